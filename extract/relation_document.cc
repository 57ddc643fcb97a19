// The document's own text and when and where it was made.
//
// A declaration closes with a dateline paragraph, and a General Assembly
// resolution with its adoption line:
//   上海合作组织十周年阿斯塔纳宣言        (title paragraph)
//   ……
//   二〇一一年六月十五日于阿斯塔纳       -> SIGNED_ON 2011-06-15, SIGNED_IN 阿斯塔纳
//
//   75/324. 联合国同经济合作组织的合作   (the resolution's heading)
//   ……
//   2021年9月9日第102次全体会议         -> ADOPTED_ON 2021-09-09
//   (or 第45次全体会议⏎2023年12月5日, the meeting's line first)
// The title is an instrument that opens a paragraph and fills it (a
// parenthesis such as (全文) may follow) or opens the document; the
// dateline is a paragraph holding only a date and optionally 于/在 + place.
// Each dateline belongs to the nearest title above it, so a letter with a
// declaration annexed dates the declaration, not the letter.
//
// A resolution's header also says when it was adopted, on a line of its own:
//   第 2628(2022)号决议                              (Security Council)
//   2022 年 3 月 31 日安全理事会第 9005 次会议通过      -> ADOPTED_ON 2022-03-31
//
//   2022 年 11 月 21 日大会决议                        (General Assembly)
//   [未经发交主要委员会而通过(A/77/L.16)]
//   77/11. 联合国同东南亚国家联盟的合作              -> ADOPTED_ON 2022-11-21
// The resolution so dated is the document's own: its number or symbol
// above the line with only header lines between, else the heading below.
#include <algorithm>
#include <map>

#include "extract/relation_rules.h"

namespace treatygraph {
namespace {

using T = EntityType;

// True when only whitespace separates `pos` from the previous line break
// (or the document's start).
bool opens_paragraph(std::string_view text, uint32_t pos) {
  while (pos > 0) {
    char c = text[pos - 1];
    if (c == '\n') return true;
    if (c != ' ' && c != '\t' && c != '\r') return false;
    --pos;
  }
  return true;
}

// The rest of the line after `pos`.
std::string_view rest_of_line(std::string_view text, uint32_t pos) {
  size_t nl = text.find('\n', pos);
  return text.substr(pos, (nl == std::string_view::npos ? text.size() : nl) - pos);
}

bool is_title(const RelationContext& ctx, int i) {
  const Mention& m = ctx.mention(i);
  if (m.type != T::kInstrument || !opens_paragraph(ctx.text(), m.begin)) return false;
  std::string_view rest = strip_marks(rest_of_line(ctx.text(), m.end));
  if (rest.empty() || (starts_with(rest, "(") && ends_with(rest, ")") && rest.size() <= 30)) {
    return true;
  }
  // 加德满都宣言⏎深化一体化,促进和平与繁荣: the original ends the title's line
  // before a subtitle that the normalised view joined to it.
  if (m.end < ctx.text().size() && ctx.original_break_before(m.end)) return true;
  return trim(ctx.slice(0, m.begin)).empty();  // the document opens with it
}

// A resolution's own heading: "75/324. 联合国同……的合作" at a paragraph start.
bool is_heading(const RelationContext& ctx, int i) {
  const Mention& m = ctx.mention(i);
  return m.type == T::kResolution && opens_paragraph(ctx.text(), m.begin) &&
         starts_with(ctx.slice(m.end, m.end + 1), ".");
}

// A declaration or communiqué named after a city was made there:
// 伊斯兰堡宣言, “上海五国”杜尚别声明, 上海合作组织十周年阿斯塔纳宣言. The
// city inside the title is not a mention of its own, so it is found by the
// names of the places the document mentions elsewhere.
void named_after_city(RelationContext& ctx) {
  const std::vector<Mention>& all = ctx.mentions();
  std::map<std::string, int> places;  // name -> first mention
  for (size_t j = 0; j < all.size(); ++j) {
    if (all[j].type == T::kPlace) places.emplace(all[j].name, static_cast<int>(j));
  }
  for (size_t i = 0; i < all.size(); ++i) {
    if (all[i].type != T::kInstrument) continue;
    for (const auto& [city, j] : places) {
      bool named = false;
      for (const char* kind : {"宣言", "声明", "公报"}) {
        if (contains(all[i].name, city + kind)) named = true;
      }
      if (!named) continue;
      ctx.Add("SIGNED_IN", static_cast<int>(i), j, all[i].begin, all[i].end,
              "relation/city-in-title");
      break;
    }
  }
}

// The opening of a declaration names the meeting it comes from:
//   根据2021年9月17日在杜尚别举行的……元首理事会会议成果声明如下:
//   于2011年6月15日在阿斯塔纳举行成员国元首理事会会议,并声明如下:
// The meeting's date and place (found by the setting rules) are then the
// declaration's, for the nearest title above.
void declared_at_meeting(RelationContext& ctx) {
  std::vector<int> titles;
  for (int i : ctx.top()) {
    if (is_title(ctx, i)) titles.push_back(i);
  }
  if (titles.empty()) return;
  const std::vector<RelationMention> found = ctx.relations();
  for (const RelationMention& r : found) {
    bool on = r.type == "HELD_ON";
    if (!on && r.type != "HELD_IN") continue;
    if (!on && ctx.mention(r.to).type != T::kPlace) continue;
    std::string_view text = ctx.text();
    size_t stop = text.find_first_of(":\n", r.end);
    size_t full = text.find("。", r.end);
    if (full < stop) stop = full;
    std::string_view rest =
        ctx.slice(r.end, stop == std::string_view::npos ? static_cast<uint32_t>(text.size())
                                                        : static_cast<uint32_t>(stop));
    if (rest.size() > 60 || !contains_any(rest, {"声明如下", "宣布如下", "宣言如下"})) continue;
    int title = -1;
    for (int t : titles) {
      if (ctx.mention(t).begin < r.begin) title = t;
    }
    if (title < 0) continue;
    ctx.Add(on ? "SIGNED_ON" : "SIGNED_IN", title, r.to, r.begin, r.end,
            "relation/declared-at-meeting");
  }
}

// The organs that adopt resolutions, as a header line writes them.
const std::string_view kAdoptingOrgans[] = {"安全理事会", "安理会", "大会"};
// What a header line says after the date, organ and meeting.
const std::string_view kAdoptionWords[] = {"通过的决议", "通过", "决议"};

// A header line is short: at most this many bytes on either side of its date.
constexpr size_t kHeaderLineReach = 120;

// The bounds of the line holding text[at], if it reaches no further than
// kHeaderLineReach either side (so that a document on one long line costs
// a bounded look per date, not a read to its ends).
bool short_line_around(std::string_view text, uint32_t at, uint32_t* begin, uint32_t* end) {
  size_t from = at > kHeaderLineReach ? at - kHeaderLineReach : 0;
  size_t back = text.substr(from, at - from).rfind('\n');
  if (back == std::string_view::npos && from > 0) return false;
  *begin = static_cast<uint32_t>(back == std::string_view::npos ? 0 : from + back + 1);
  size_t ahead = text.substr(at, kHeaderLineReach).find('\n');
  if (ahead == std::string_view::npos && at + kHeaderLineReach < text.size()) return false;
  *end = static_cast<uint32_t>(ahead == std::string_view::npos ? text.size() : at + ahead);
  return true;
}

// Whether text[line_begin, line_end), a line holding a date, is an adoption
// header: besides the date, only the adopting organ, a meeting, and 通过
// or 决议.
bool is_adoption_header(const RelationContext& ctx, uint32_t line_begin, uint32_t line_end) {
  const std::vector<int>& top = ctx.top();
  std::string filler;  // the line without its mentions and spaces
  bool organ = false;
  int dates = 0;
  uint32_t pos = line_begin;
  for (size_t k = ctx.top_at(line_begin); k < top.size(); ++k) {
    const Mention& m = ctx.mention(top[k]);
    if (m.begin >= line_end) break;
    if (m.type == T::kDate) {
      ++dates;
    } else if (m.type == T::kOrganization || m.type == T::kMeeting) {
      organ = true;
    } else {
      return false;
    }
    filler += trim(ctx.slice(pos, m.begin));
    pos = m.end;
  }
  filler += trim(ctx.slice(pos, line_end));
  if (dates != 1) return false;
  std::string_view rest = filler;
  for (std::string_view o : kAdoptingOrgans) {
    if (starts_with(rest, o)) {
      rest.remove_prefix(o.size());
      organ = true;
      break;
    }
  }
  if (!organ) return false;
  for (std::string_view w : kAdoptionWords) {
    if (rest == w) return true;
  }
  return false;
}

// No sentence between two header items: the header holds the symbol, the
// organ, dates, session and agenda lines, but no clause.
bool within_header(std::string_view gap) {
  return gap.size() <= 600 && !contains_any(gap, {"。", ",", ";"});
}

// The document's own resolution, for the adoption header at top[date]:
// the nearest resolution above over header lines (the number alone on its
// line, or the symbol at the top), else a heading below (75/324. ……).
int own_resolution(const RelationContext& ctx, size_t date, uint32_t line_end) {
  const std::vector<int>& top = ctx.top();
  uint32_t at = ctx.mention(top[date]).begin;
  for (size_t k = date; k-- > 0;) {
    const Mention& m = ctx.mention(top[k]);
    if (!within_header(ctx.slice(m.end, at))) break;
    if (m.type == T::kResolution) return m.value.empty() ? -1 : top[k];
  }
  for (size_t k = date + 1; k < top.size(); ++k) {
    const Mention& m = ctx.mention(top[k]);
    if (!within_header(ctx.slice(line_end, m.begin))) break;
    if (m.type == T::kResolution) return is_heading(ctx, top[k]) ? top[k] : -1;
  }
  return -1;
}

void adoption_header(RelationContext& ctx) {
  const std::vector<int>& top = ctx.top();
  for (size_t k = 0; k < top.size(); ++k) {
    const Mention& m = ctx.mention(top[k]);
    uint32_t line_begin = 0, line_end = 0;
    if (m.type != T::kDate || !short_line_around(ctx.text(), m.begin, &line_begin, &line_end) ||
        !is_adoption_header(ctx, line_begin, line_end)) {
      continue;
    }
    int resolution = own_resolution(ctx, k, line_end);
    if (resolution < 0) continue;
    ctx.Add("ADOPTED_ON", resolution, top[k], m.begin, line_end, "relation/adoption-header");
  }
}

}  // namespace

void relate_document_dateline(RelationContext& ctx) {
  const std::vector<int>& top = ctx.top();
  int title = -1;    // the nearest instrument title above
  int heading = -1;  // the nearest resolution heading above
  for (size_t k = 0; k < top.size(); ++k) {
    int i = top[k];
    const Mention& m = ctx.mention(i);
    if (is_title(ctx, i)) title = i;
    if (is_heading(ctx, i)) heading = i;
    if (m.type != T::kDate) continue;
    // Adoption line: the date and 第N次全体会议 next to each other, in either
    // order (2021年9月9日⏎第102次全体会议, 第45次全体会议⏎2023年12月5日),
    // date both the meeting and the resolution adopted there. Meeting first,
    // the two lines must hold nothing else.
    auto plenary_beside_date = [&](size_t j) {
      const Mention& meeting = ctx.mention(top[j]);
      if (meeting.type != T::kMeeting || !contains(meeting.name, "全体会议")) return false;
      if (j > k) return trim(ctx.between(i, top[j])).empty();
      return trim(ctx.between(top[j], i)).empty() && opens_paragraph(ctx.text(), meeting.begin) &&
             trim(rest_of_line(ctx.text(), m.end)).empty();
    };
    size_t plenary = k + 1 < top.size() && plenary_beside_date(k + 1) ? k + 1
                     : k > 0 && plenary_beside_date(k - 1)          ? k - 1
                                                                     : top.size();
    if (plenary < top.size()) {
      const Mention& meeting = ctx.mention(top[plenary]);
      uint32_t begin = std::min(m.begin, meeting.begin), end = std::max(m.end, meeting.end);
      ctx.Add("HELD_ON", top[plenary], i, begin, end, "relation/adoption-line");
      if (heading >= 0) ctx.Add("ADOPTED_ON", heading, i, begin, end, "relation/adoption-line");
      continue;  // an adoption line is not a declaration's dateline
    }
    // Dateline: the paragraph holds the date and at most 于/在 + place.
    if (title < 0 || !opens_paragraph(ctx.text(), m.begin)) continue;
    int place = -1;
    uint32_t end = m.end;
    if (k + 1 < top.size()) {
      const Mention& next = ctx.mention(top[k + 1]);
      std::string_view gap = trim(ctx.between(i, top[k + 1]));
      if (next.type == T::kPlace && (gap == "于" || gap == "在") &&
          trim(rest_of_line(ctx.text(), next.end)).empty()) {
        place = top[k + 1];
        end = next.end;
      }
    }
    if (!trim(rest_of_line(ctx.text(), end)).empty()) continue;
    ctx.Add("SIGNED_ON", title, i, m.begin, end, "relation/dateline");
    if (place >= 0) ctx.Add("SIGNED_IN", title, place, m.begin, end, "relation/dateline");
    title = -1;
  }
  adoption_header(ctx);
  named_after_city(ctx);
  declared_at_meeting(ctx);
}

}  // namespace treatygraph
