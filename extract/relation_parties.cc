// Who stands behind the document: sponsors, signatories, and the countries
// the signatories speak for.
//
//   中国、印度、……和乌兹别克斯坦:决议草案      SPONSORED_BY @document -> each country
//   中华人民共和国主席 胡锦涛                     REPRESENTS 胡锦涛 -> 中国
//   吉尔吉斯共和国代总统、总理扎帕罗夫            REPRESENTS 扎帕罗夫 -> 吉尔吉斯斯坦
//   中华人民共和国 常驻联合国代表 大使 李保东(签名) REPRESENTS, SIGNED_BY
// A person signs the document when the name is followed by (签名), or when
// it stands with its title in the closing block after the last sentence
// (the signatures of a declaration); a name in running text with a title
// represents its country but signs nothing.
#include <algorithm>
#include <map>

#include "extract/relation_rules.h"

namespace treatygraph {
namespace {

using T = EntityType;

// Titles that, written between a country and a name, make the person that
// country's representative. The gap must end with one of them.
// `ministry`: the country stands right before the name, so a 与 in the gap
// joins the portfolio of one minister (外交与对外经济部长, 国际关系与合作部长),
// not a second party.
const std::string_view kTitles[] = {
    "主席",   "总统", "总理", "首相", "国王",   "女王",   "埃米尔",   "苏丹", "亲王",
    "王储",   "大使", "代表", "部长", "外长",   "国务卿", "国务委员", "议长", "元首",
    "领导人", "总督", "特使", "大臣", "总书记", "副总统", "常驻代表", "司令", "首脑", "长官",
    "临时代办", "顾问", "参谋长"};

bool is_title(std::string_view gap, bool ministry = false) {
  if (gap.size() > 45) return false;
  GapShape shape = shape_of(gap);
  std::string_view t = trim(gap);
  bool portfolio = ministry && (ends_with(t, "部长") || ends_with(t, "大臣"));
  // 负责国防事务的副首相: a portfolio described with 的 is still the title.
  std::string_view described = t;
  if (starts_with(described, "负责") && described.rfind("的") != std::string_view::npos) {
    described = described.substr(described.rfind("的") + std::string_view("的").size());
  }
  // 也门问题特使, 阿富汗事务特使: an envoy on a country's question does not
  // represent it.
  if (shape.commas > 0 || shape.open > 0 || contains_any(gap, {"。", ";", "问题"}) || starts_with(t, "事务") ||
      contains(described, "的") ||
      (!portfolio && contains(gap, "与"))) {
    return false;
  }
  for (std::string_view title : kTitles) {
    if (ends_with(t, title)) return true;
  }
  return false;
}

// A gap in a list of sponsors that holds one name the gazetteer does not
// know (、刚果、 when 刚果 is unknown): the list goes on past it.
bool unknown_item(std::string_view gap) {
  if (gap.size() < 3 * 3 || !starts_with(gap, "、") || !(ends_with(gap, "、") || ends_with(gap, "和"))) {
    return false;
  }
  std::string_view item = gap.substr(3, gap.size() - 6);
  if (item.size() > 10 * 3) return false;
  for (size_t i = 0; i < item.size(); i += 3) {
    if (!is_han(item.substr(i, 3))) return false;
  }
  return true;
}

void sponsors(RelationContext& ctx) {
  const std::vector<int>& top = ctx.top();
  std::string_view text = ctx.text();
  for (std::string_view marker : {":决议草案", ":订正决议草案"}) {
    for (size_t pos = text.find(marker); pos != std::string_view::npos;
         pos = text.find(marker, pos + 1)) {
      // Walk back over the countries listed before the marker.
      // Top-level mentions end in increasing order (none is nested in
      // another): a binary search, not a walk from the first for each marker.
      size_t k = static_cast<size_t>(
          std::partition_point(top.begin(), top.end(),
                               [&](int i) { return ctx.mention(i).end <= pos; }) -
          top.begin());
      uint32_t boundary = static_cast<uint32_t>(pos);
      std::vector<int> found;
      while (k > 0) {
        int i = top[k - 1];
        const Mention& m = ctx.mention(i);
        std::string_view gap = ctx.slice(m.end, boundary);
        bool first = found.empty();
        // Sponsors marked with * (co-sponsor later) or footnote digits.
        std::string_view g = trim(gap);
        auto marker_byte = [](char c) { return c == '*' || c == ' ' || (c >= '0' && c <= '9'); };
        while (!g.empty() && marker_byte(g.back())) g.remove_suffix(1);
        while (!g.empty() && marker_byte(g.front())) g.remove_prefix(1);  // 捷克*和乌拉圭
        if (m.type != T::kCountry || !(first ? g.empty() : is_coordinator(g) || g == "," || unknown_item(g))) {
          break;
        }
        found.push_back(i);
        boundary = m.begin;
        --k;
      }
      uint32_t end = static_cast<uint32_t>(pos + marker.size());
      for (int i : found)
        ctx.Add("SPONSORED_BY", RelationMention::kDocument, i, boundary, end, "relation/sponsors");
    }
  }
}

// Where the closing block begins: after the last sentence end, when that is
// near the end of the document.
uint32_t closing_block(std::string_view text) {
  size_t last = text.rfind("。");
  if (last == std::string_view::npos) return 0;
  return static_cast<uint32_t>(last + 3);
}

// Display width of a piece of a line: an ideograph or full-width sign takes
// two columns, ASCII one.
size_t display_width(std::string_view piece) {
  size_t width = 0;
  for (size_t i = 0; i < piece.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(piece[i]);
    if (c < 0x80) ++width;
    else if ((c & 0xC0) != 0x80) width += 2;
  }
  return width;
}

// The cells of a line laid out in columns: pieces apart by two spaces or more.
std::vector<std::pair<size_t, size_t>> cells_of(std::string_view text, size_t line_begin, size_t line_end) {
  std::vector<std::pair<size_t, size_t>> cells;
  size_t at = line_begin;
  while (at < line_end) {
    while (at < line_end && text[at] == ' ') ++at;
    if (at == line_end) break;
    size_t end = text.find("  ", at);
    if (end == std::string_view::npos || end > line_end) end = line_end;
    while (end > at && (text[end - 1] == ' ' || text[end - 1] == '\r')) --end;
    cells.emplace_back(at, end);
    at = end;
  }
  return cells;
}

// Signatures laid out side by side, each name under its title:
//   哈萨克斯坦共和国总统            吉尔吉斯共和国总统
//   卡·托卡耶夫                    萨·扎帕罗夫
// The title of a name is the cell of the line above that its column falls
// in, not the nearest country before it (which is the next column's).
// False when neither line is split into cells.
// A signature block's lines are short: lines longer than kMaxRow bytes are
// not looked at, so a document of one endless line stays linear.
constexpr size_t kMaxRow = 600;

// The newline before `at` within kMaxRow bytes, or npos.
size_t newline_before(std::string_view text, size_t at) {
  size_t from = at > kMaxRow ? at - kMaxRow : 0;
  size_t found = text.substr(from, at - from).rfind('\n');
  return found == std::string_view::npos ? found : from + found;
}

bool cell_above(std::string_view text, uint32_t name_begin, std::pair<size_t, size_t>* cell) {
  size_t line_begin = newline_before(text, name_begin);
  if (line_begin == std::string_view::npos || line_begin == 0) return false;
  size_t line_end = text.substr(name_begin, kMaxRow).find('\n');
  line_end = line_end == std::string_view::npos ? std::min(text.size(), name_begin + kMaxRow) : name_begin + line_end;
  size_t above_end = line_begin;
  size_t above_begin = newline_before(text, above_end);
  if (above_begin == std::string_view::npos && above_end > kMaxRow) return false;
  above_begin = above_begin == std::string_view::npos ? 0 : above_begin + 1;
  ++line_begin;
  std::vector<std::pair<size_t, size_t>> above = cells_of(text, above_begin, above_end);
  if (above.empty() || (above.size() < 2 && cells_of(text, line_begin, line_end).size() < 2)) return false;
  size_t column = display_width(text.substr(line_begin, name_begin - line_begin));
  const std::pair<size_t, size_t>* best = nullptr;
  for (const auto& c : above) {
    if (display_width(text.substr(above_begin, c.first - above_begin)) <= column + 2) best = &c;
  }
  if (best == nullptr) return false;
  *cell = *best;
  return true;
}

// Whether the character at layout[at] ends its cell: two spaces or the line
// end follow it.
bool ends_cell(std::string_view layout, size_t at) {
  at += 1;
  while (at < layout.size() && (static_cast<unsigned char>(layout[at]) & 0xC0) == 0x80) ++at;
  return at >= layout.size() || layout[at] == '\n' || layout[at] == '\r' || layout.compare(at, 2, "  ") == 0;
}

// The country a state body's name opens (黎巴嫩看守政府, 哈萨克斯坦议会):
// its index among the mentions, or -1 when `org` opens with none.
int state_of(const RelationContext& ctx, int org) {
  const Mention& o = ctx.mention(org);
  const std::vector<Mention>& all = ctx.mentions();
  auto it = std::lower_bound(all.begin(), all.end(), o.begin,
                             [](const Mention& m, uint32_t at) { return m.begin < at; });
  for (; it != all.end() && it->begin == o.begin; ++it) {
    if (it->type == T::kCountry && it->end < o.end) return static_cast<int>(it - all.begin());
  }
  return -1;
}

void people(RelationContext& ctx) {
  const std::vector<int>& top = ctx.top();
  // Who represents which country so far: titles listed after a person share it.
  std::map<int, int> represented;
  std::set<int> listed;  // persons that share the country of the one before
  uint32_t closing = closing_block(ctx.text());
  for (size_t k = 0; k < top.size(); ++k) {
    int p = top[k];
    const Mention& person = ctx.mention(p);
    if (person.type != T::kPerson) continue;
    bool titled = false;
    std::pair<size_t, size_t> cell;
    bool in_columns = !ctx.layout().empty() && cell_above(ctx.layout(), ctx.layout_at(person.begin), &cell);
    if (in_columns) {
      // The first country in the cell, its title the rest of the cell (also
      // when the folded text ran the cell into the next one's body:
      // 塔吉克斯坦共和国总统 and 土库曼斯坦人民委员会 read as one name).
      const std::vector<Mention>& all = ctx.mentions();
      size_t i = static_cast<size_t>(
          std::partition_point(all.begin(), all.end(),
                               [&](const Mention& m) { return ctx.layout_at(m.begin) < cell.first; }) -
          all.begin());
      while (i < all.size() && all[i].type != T::kCountry && ctx.layout_at(all[i].begin) < cell.second) ++i;
      if (i < all.size() && all[i].type == T::kCountry && ctx.layout_at(all[i].begin) < cell.second) {
        int c = static_cast<int>(i);
        const Mention& country = ctx.mention(c);
        size_t title_begin = ctx.layout_at(country.end - 1) + 1;
        while (title_begin < cell.second && (static_cast<unsigned char>(ctx.layout()[title_begin]) & 0xC0) == 0x80) {
          ++title_begin;
        }
        if (is_title(ctx.layout().substr(title_begin, cell.second - title_begin), true)) {
          ctx.Add("REPRESENTS", p, c, country.begin, person.end, "relation/title-column");
          represented[p] = c;
          titled = true;
        }
      }
    }
    // The nearest country before the name, over organisations that are part
    // of the title (常驻联合国代表); a state body's head represents its
    // country (黎巴嫩看守政府总理纳吉布·米卡提, 哈萨克斯坦议会上院议长).
    for (size_t j = k; j > 0 && j + 3 > k && !in_columns; --j) {
      int c = top[j - 1];
      if (ctx.mention(c).type == T::kOrganization) {
        int state = state_of(ctx, c);
        if (state >= 0 && is_title(ctx.slice(ctx.mention(c).end, person.begin), j == k)) {
          ctx.Add("REPRESENTS", p, state, ctx.mention(c).begin, person.end, "relation/title");
          represented[p] = state;
          titled = true;
          break;
        }
        continue;
      }
      // The title runs from the country to the name; but 中国驻塞尔维亚大使:
      // the state the envoy is posted to is not the one he represents, the
      // state before 驻 is.
      uint32_t title_from = ctx.mention(c).end;
      if (ctx.mention(c).type == T::kCountry && j >= 2 && ctx.between(top[j - 2], c) == "驻" &&
          ctx.mention(top[j - 2]).type == T::kCountry) {
        c = top[j - 2];
      }
      const Mention& country = ctx.mention(c);
      if (country.type == T::kCountry && is_title(ctx.slice(title_from, person.begin), j == k)) {
        ctx.Add("REPRESENTS", p, c, country.begin, person.end, "relation/title");
        represented[p] = c;
        titled = true;
      } else if (country.type == T::kCountry && j == k && j >= 2) {
        // 俄罗斯联邦总统阿富汗问题特别代表X, 中国外交部阿富汗事务特使X: the
        // country before 问题/事务 is the envoy's brief; the state he serves
        // is named before it, with a title or as its ministry.
        std::string_view brief = ctx.slice(country.end, person.begin);
        for (std::string_view topic : {"问题", "事务"}) {
          if (!starts_with(brief, topic) || !is_title(brief.substr(topic.size()), true)) continue;
          int before = top[j - 2];
          std::string_view between = ctx.between(before, c);
          if (between.size() > 4 * 3 || contains_any(between, {"、", ",", "。", ";", "和"})) break;
          int state = ctx.mention(before).type == T::kCountry        ? before
                      : ctx.mention(before).type == T::kOrganization ? state_of(ctx, before)
                                                                     : -1;
          if (state < 0 || (!between.empty() && !is_title(between, true))) break;
          ctx.Add("REPRESENTS", p, state, ctx.mention(before).begin, person.end, "relation/title");
          represented[p] = state;
          titled = true;
          break;
        }
      }
      break;
    }
    // 巴基斯坦总统A、总理B和陆军参谋长C: titles listed after the first
    // person's share the country. A list is made by 、: after a single
    // person, 和 may join another party's officer (柬埔寨副首相兼外交大臣宋金达
    // 和外交部长王毅).
    if (!titled && k > 0 && ctx.mention(top[k - 1]).type == T::kPerson && represented.count(top[k - 1]) > 0) {
      std::string_view gap = ctx.slice(ctx.mention(top[k - 1]).end, person.begin);
      bool in_list = listed.count(top[k - 1]) > 0;
      for (std::string_view joiner : {"、", "和", "及", "以及"}) {
        if (joiner != "、" && !in_list) continue;
        if (starts_with(gap, joiner) && gap.size() > joiner.size() && is_title(gap.substr(joiner.size()))) {
          listed.insert(p);
          int c = represented[top[k - 1]];
          ctx.Add("REPRESENTS", p, c, ctx.mention(top[k - 1]).begin, person.end, "relation/title-listed");
          represented[p] = c;
          titled = true;
          break;
        }
      }
    }
    // 任命加里·科尼耶为海地总理: the title and its country after the name.
    if (!titled && k + 1 < top.size()) {
      int c = top[k + 1];
      const Mention& country = ctx.mention(c);
      std::string_view verb = trim(ctx.slice(person.end, country.begin));
      std::string_view title = ctx.slice(country.end, country.end + 4 * 3);
      bool appointed = verb == "为" || verb == "出任" || verb == "担任" || verb == "当选为";
      bool titled_after = false;
      for (std::string_view t : kTitles) titled_after = titled_after || starts_with(title, t);
      if (country.type == T::kCountry && appointed && titled_after) {
        ctx.Add("REPRESENTS", p, c, person.begin, country.end, "relation/title-after");
        represented[p] = c;
        titled = true;
      }
    }
    std::string_view after = trim(ctx.slice(person.end, person.end + 12));
    bool signature = starts_with(after, "(签名)") || starts_with(after, "(签字)");
    // A signatory's name ends its line, or runs into the next signatory's
    // country; a web page's related links after the last sentence
    // (·王毅同所罗门群岛外长阿戈瓦卡举行会谈) name people doing things.
    std::string_view line_rest = ctx.slice(person.end, person.end + 24);
    line_rest = trim(line_rest.substr(0, line_rest.find('\n')));
    bool ends_entry = line_rest.empty() || line_rest[0] == '[' ||
                      (in_columns && ends_cell(ctx.layout(), ctx.layout_at(person.end - 1))) ||
                      (k + 1 < top.size() && ctx.mention(top[k + 1]).begin == person.end &&
                       ctx.mention(top[k + 1]).type == T::kCountry);
    if (signature || (titled && person.begin >= closing && ends_entry)) {
      ctx.Add("SIGNED_BY", RelationMention::kDocument, p, person.begin, person.end,
              signature ? "relation/signature" : "relation/signature-block");
    }
  }
}

}  // namespace

void relate_parties(RelationContext& ctx) {
  sponsors(ctx);
  people(ctx);
}

}  // namespace treatygraph
