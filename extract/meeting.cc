// Meetings: sessions, summits, conferences and forums with an identity (an
// ordinal, a name, a date), never a bare 会议 nor a standing body whose name
// ends in 会议 (亚洲相互协作与建立信任措施会议, 裁军谈判会议: Organizations).
//
// How the genre writes them, and the rule for each:
//   大会第七十七届会议, 上海合作组织成员国元首理事会第十八次会议,
//   第102次全体会议, 第九次经济合作组织交通运输部长会议, 首届创业论坛
//                       -> an ordinal (第N届/第N次/首届/首次) and a session
//                          word, with the body written before it (up to a
//                          verb or punctuation) or after it
//   在青岛举行的上海合作组织首脑会议, 以视频方式举行的首届…论坛,
//   共同举办“…”高级别联合活动
//                       -> what follows 举行(的)/举办/召开 up to a session
//                          word (会议, 论坛, 峰会, 活动, 培训班 ...) that ends
//                          the phrase (followed by 上, 成果, 期间, 的, 和 ...)
//   世贸组织部长级会议, 上合组织妇女论坛
//                       -> a body (an organisation, a country or place, or
//                          成员国) and a word that only names sessions
//                          (部长级会议, 首脑会议, 圆桌会议, 论坛 ...)
//   2010年7月19日区域机构会议
//                       -> a dated 会议
//   高级别国际会议(杜尚别进程)
//                       -> a short name in parentheses is part of the mention
//   东南亚国家联盟第三十八届和第三十九届峰会
//                       -> two sessions of one body
// A body's name reaches back over a short gloss in parentheses (政府首脑
// (总理)理事会) but not past a verb, a date, or a meeting joined by 和
// (总检察长第十九次会议和最高法院院长第十六次会议 are two meetings). When
// the body is written after the ordinal (第二届世界反恐论坛), nothing before
// the ordinal belongs to the name.
// Not meetings: a session word followed by 机制 or 等 (能源部长会议机制 is a
// mechanism), and phrases with generic words (相关会议, 各种培训班).
//
// Resolution inside one document: a bare ordinal (第十九次会议) after a
// meeting of a named body in the same paragraph is that body's session; and
// mentions with the same ordinal, counter and session word whose bodies end
// alike (上海合作组织成员国元首理事会第二十次会议, 合作组织国家元首理事会
// 第二十次会议) are one meeting, named by the fullest form; a name without
// ordinal that ends exactly one longer meeting name is that meeting
// (成员国元首理事会会议 after 上海合作组织成员国元首理事会会议). A session of
// the same states' ministers is one meeting whether the states are spelt out
// or written by their initials (中俄印外长第十三次会晤), and 该 with a bare
// session word (在……举行的该首脑会议) is the meeting named just before.
#include <algorithm>
#include <map>
#include <set>

#include "extract/extractors_internal.h"
#include "extract/text_util.h"
#include "extract/word_list.h"

namespace treatygraph {
namespace {

// Standard abbreviations of organisation names, expanded in the canonical
// name so that a meeting resolves alike however its body is written.
const std::pair<std::string_view, std::string_view> kAbbreviations[] = {
    {"上合组织", "上海合作组织"},
    {"世贸组织", "世界贸易组织"},
};

// Where a body's name cannot reach back past: verbs and function words.
const std::string_view kBodyBoundaries[] = {
    "的",   "在",   "于",   "向",     "举行", "举办", "召开", "出席", "参加",
    "及",   "与",   "欢迎", "注意到", "执行", "落实", "是",   "为",   "将",
    "就",   "了",   "由",   "对",     "支持", "评价", "赞赏", "祝贺", "期待",
    "筹备", "主办", "承办", "列入",   "提交", "提出", "报告", "主持", "通过",
    "决定", "请",   "建议", "鼓励",   "强调", "重申", "指出", "认为", "宣布",
    "商定", "同意", "赞同", "我们",   "各方", "双方", "迎来", "迎接", "其中",
    "日电",  // a news dateline (新华社万象7月26日电) before the headline's subject
    "感谢", "确认",
    // More of a paragraph's verbs (回顾联委会第十九次会议, 并赞扬……).
    "回顾", "并", "赞扬", "审议", "批准", "核可", "呼吁", "敦促", "吁请", "邀请", "希望", "担任",
};

// Words between an ordinal and 会议 that qualify the session, not name a
// body: the body of 第三十届特别会议 is written before it (世界毒品问题大会),
// that of 第二届世界反恐论坛 after it.
const std::string_view kSessionQualifiers[] = {"特别", "全体",   "首脑", "部长级", "部长",   "缔约方",
                                               "例行", "高级别", "元首", "专家",   "年度",   "协商",
                                               "领导人", "外长", "总理", "政府首脑", "外交部长"};

// A meeting's word and 和: what joins two meetings (……第七次会晤和……会议).
// The words a body's name ends with when it holds its own session:
// 伊加特部长理事会在吉布提市举行第七十一届特别会议.
const std::string_view kSubjectBodyEnds[] = {"理事会", "委员会", "大会", "组织",
                                             "论坛",   "联盟",   "小组", "议会"};

// The body that holds the bare session at text[pos]: the subject of the
// clause that ends in 举行 right before it (……,伊加特部长理事会在吉布提市举行
// 第七十一届特别会议, X于……在Y举行第N届会议); empty if none. Only a plain
// name of four characters or more ending in a body word (not a pronoun).
std::string SubjectBody(std::string_view text, size_t pos) {
  std::string_view before = text.substr(pos > 180 ? pos - 180 : 0, std::min<size_t>(pos, 180));
  if (ends_with(before, "了")) before.remove_suffix(std::string_view("了").size());
  if (!ends_with(before, "举行")) return {};
  // The clause: after the last comma, semicolon, colon or full stop.
  size_t mark = before.find_last_of(",;:");
  size_t stop = before.rfind("。");
  size_t clause = mark == std::string_view::npos ? std::string_view::npos : mark + 1;
  if (stop != std::string_view::npos && (clause == std::string_view::npos || stop + 3 > clause)) clause = stop + 3;
  if (clause == std::string_view::npos) return {};
  std::string subject;
  for (char c : before.substr(clause)) {
    if (c != '\n') subject += c;
  }
  // The setting opens with 于 or 在 after the subject.
  size_t setting = std::min(subject.find("于"), subject.find("在"));
  if (setting == std::string::npos) return {};
  subject.resize(setting);
  if (codepoints(subject) < 4 || starts_with(subject, "该") || starts_with(subject, "本")) return {};
  for (size_t i = 0; i < subject.size(); i += utf8_length(static_cast<unsigned char>(subject[i]))) {
    if (!is_han(subject, i)) return {};
  }
  for (std::string_view end : kSubjectBodyEnds) {
    if (ends_with(subject, end)) return subject;
  }
  return {};
}

// Kinds of body a meeting's name may give alone for the body named before
// (委员会第六次会议).
const std::string_view kBodyKinds[] = {"委员会", "理事会", "论坛"};

// Session words a bare ordinal may stand with for a session named whole
// elsewhere in the document (第三届峰会 for 第三届里海峰会).
const std::string_view kBareSessionWords[] = {"峰会",     "首脑会议", "常会",
                                              "特别会议", "外长会",   "会晤"};

const std::string_view kMeetingJoints[] = {"会议和", "峰会和", "论坛和", "会晤和", "外长会和"};

// A forum's meetings, written after its name (论坛领导人会议).
const std::string_view kForumMeetings[] = {"领导人会议", "部长级会议", "部长会议", "外长会议",
                                           "外长会",     "首脑会议",   "峰会",     "高官会"};

// Words that make a phrase generic rather than a named meeting.
const std::string_view kGenericWords[] = {"各种", "相关", "其他", "机制性", "有关", "这些",
                                          "此类", "多边", "系列", "定期",   "包括"};

// Words that only name sessions, never a standing body.
const std::string_view kSessionWords[] = {
    "部长级会议", "首脑会议",   "元首会议", "负责人会议", "领导人会议", "院长会议", "圆桌会议",
    "例行会议",   "缔约方会议", "全体会议", "特别会议",   "峰会",       "培训班"};

// Whether `body` opens with a number and a measure word (三场, 六个, 两次):
// it counts events rather than naming one.
bool counts_events(std::string_view body) {
  constexpr std::string_view kNumerals = "一二两三四五六七八九十百几多数";
  size_t pos = 0;
  while (pos + 3 <= body.size() && kNumerals.find(body.substr(pos, 3)) != std::string_view::npos) pos += 3;
  if (pos == 0) return false;
  for (std::string_view measure : {"场", "个", "次", "届", "轮", "项"}) {
    if (starts_with(body.substr(pos), measure)) return true;
  }
  return false;
}

std::string expand(std::string_view name) {
  std::string out;
  for (size_t i = 0; i < name.size();) {
    // “上合组织+”会议: a format's quoted name is kept as written.
    if (starts_with(name.substr(i), "“")) {
      size_t close = name.find("”", i);
      if (close != std::string_view::npos) {
        close += std::string_view("”").size();
        out.append(name.substr(i, close - i));
        i = close;
        continue;
      }
    }
    bool done = false;
    for (const auto& [abbr, full] : kAbbreviations) {
      if (starts_with(name.substr(i), abbr)) {
        out += full;
        i += abbr.size();
        done = true;
        break;
      }
    }
    if (!done) out += name[i++];
  }
  return out;
}

// The last `n` code points of `s`.
std::string_view last_chars(std::string_view s, size_t n) {
  size_t pos = s.size();
  for (size_t i = 0; i < n && pos > 0; ++i) pos -= prev_char_len(s, pos);
  return s.substr(pos);
}

// Every written form of each state's name with its one-character initial,
// the X of the X方 form the gazetteer lists (中方 -> 中); the initial itself
// is a form too.
std::map<std::string, std::string, std::less<>> country_initials(const Gazetteer& gazetteer) {
  std::map<std::string, std::string, std::less<>> out;
  for (const Gazetteer::Entry& entry : gazetteer.entries()) {
    if (entry.type != EntityType::kCountry) continue;
    std::string initial;
    for (const std::string& alias : entry.aliases) {
      if (alias.size() == 6 && alias.compare(3, 3, "方") == 0) initial = alias.substr(0, 3);
    }
    if (initial.empty()) continue;
    out.emplace(entry.canonical, initial);
    for (const std::string& alias : entry.aliases) {
      if (alias.size() != 6 || alias.compare(3, 3, "方") != 0) out.emplace(alias, initial);
    }
    out.emplace(initial, initial);
  }
  return out;
}

class MeetingExtractor : public ContextualExtractor {
 public:
  MeetingExtractor(std::vector<Rule> rules, std::vector<std::string> heads,
                   std::vector<std::string> heads_with_organisations, const Gazetteer& gazetteer)
      : ordinal_(std::move(rules[0])),
        held_(std::move(rules[1])),
        session_(std::move(rules[2])),
        dated_(std::move(rules[3])),
        dialogue_(std::move(rules[4])),
        alias_(std::move(rules[5])),
        org_head_(std::move(rules[6])),
        ordinal_key_(std::move(rules[7])),
        ordinal_pair_(std::move(rules[8])),
        format_tag_(std::move(rules[9])),
        quoted_format_(std::move(rules[10])),
        session_by_year_(std::move(rules[11])),
        that_session_(std::move(rules[12])),
        review_conference_(std::move(rules[13])),
        head_names_(heads.begin(), heads.end()),
        known_bodies_(heads_with_organisations.begin(), heads_with_organisations.end()),
        heads_(std::move(heads)),
        heads_with_organisations_(std::move(heads_with_organisations)),
        short_forms_(gazetteer),
        country_initials_(country_initials(gazetteer)) {}

  std::string_view name() const override { return "meeting"; }

  void ExtractIn(const Document& doc, const DocumentContext& context,
                 std::vector<Mention>* out) const override {
    const CharIndex& chars = context.chars;
    std::string_view text = doc.text;
    std::vector<Mention> found;
    ExtractOrdinals(text, chars, &found);
    ExtractOrdinalPairs(text, chars, &found);
    ExtractHeld(text, chars, &found);
    ExtractSessions(text, chars, &found);
    ExtractSimple(text, chars, dated_, &found);
    ExtractSimple(text, chars, dialogue_, &found);
    ExtractSimple(text, chars, quoted_format_, &found);
    ExtractSimple(text, chars, session_by_year_, &found);
    ExtractSimple(text, chars, that_session_, &found);
    ExtractReviewConferences(text, chars, &found);
    Resolve(text, &found);
    ExpandDeclaredShortForms(&found);
    AddFormatShortNames(text, &found);
    for (Mention& m : found) out->push_back(std::move(m));
  }

  // 第26次中国-东盟(10+1)领导人会议 ... 10+1领导人会议通过了: the format tag
  // written in a meeting's name and the words after it name that meeting
  // elsewhere in the document. The first meeting so named wins; the short
  // name must end in a session word (领导人会议, 外长会).
  static void AddFormatShortNames(std::string_view text, std::vector<Mention>* found) {
    std::map<std::string, std::string> meeting_of;  // short name -> canonical
    for (const Mention& m : *found) {
      std::string_view written = text.substr(m.begin, m.end - m.begin);
      size_t open = written.find('(');
      size_t close = written.find(')', open == std::string_view::npos ? 0 : open);
      if (open == std::string_view::npos || close == std::string_view::npos) continue;
      std::string_view tag = written.substr(open + 1, close - open - 1);
      size_t plus = tag.find('+');
      bool format = plus != std::string_view::npos && plus > 0 && plus + 1 < tag.size() &&
                    std::all_of(tag.begin(), tag.end(), [](char c) { return (c >= '0' && c <= '9') || c == '+'; });
      std::string_view rest = written.substr(close + 1);
      if (!format || rest.size() < 2 * 3 || !(ends_with(rest, "会议") || ends_with(rest, "会"))) continue;
      meeting_of.emplace(std::string(tag) + std::string(rest), m.canonical);
    }
    std::vector<Mention> added;
    for (const auto& [short_name, canonical] : meeting_of) {
      for (size_t at = text.find(short_name); at != std::string_view::npos;
           at = text.find(short_name, at + short_name.size())) {
        // Not the tag inside the full name itself (……(10+1)领导人会议).
        if (at > 0 && (text[at - 1] == '(' || (text[at - 1] >= '0' && text[at - 1] <= '9'))) continue;
        Mention m = make_mention(EntityType::kMeeting, text, static_cast<uint32_t>(at),
                                 static_cast<uint32_t>(at + short_name.size()), canonical, "meeting/format-short-name");
        added.push_back(std::move(m));
      }
    }
    for (Mention& m : added) found->push_back(std::move(m));
  }

  // A body's short name declared in brackets inside a meeting's name
  // (中新双边合作联合委员会(联委会)第二十一次会议) opens the names of its other
  // meetings in the document (联委会第十九次会议): written in full there too,
  // one body's meetings are named alike.
  static void ExpandDeclaredShortForms(std::vector<Mention>* found) {
    std::map<std::string, std::string> full_of;  // short form -> the body's name
    for (const Mention& m : *found) {
      size_t open = m.name.find('(');
      size_t close = m.name.find(')', open);
      if (open == std::string::npos || close == std::string::npos || open == 0) continue;
      std::string_view body = std::string_view(m.name).substr(0, open);
      std::string_view inside = std::string_view(m.name).substr(open + 1, close - open - 1);
      if (inside.size() < 2 * 3 || !is_made_of(inside, body) || !starts_with(m.canonical, body)) continue;
      full_of.emplace(std::string(inside), std::string(body));
    }
    if (full_of.empty()) return;
    for (Mention& m : *found) {
      for (const auto& [short_form, body] : full_of) {
        if (starts_with(m.canonical, short_form) && !starts_with(m.canonical, body)) {
          m.canonical = body + m.canonical.substr(short_form.size());
          break;
        }
      }
    }
  }

 private:
  static uint32_t offset(std::string_view text, std::string_view piece) {
    return static_cast<uint32_t>(piece.data() - text.data());
  }

  void Add(std::string_view text, uint32_t begin, uint32_t end, const std::string& rule,
           std::vector<Mention>* out) const {
    std::string_view name = text.substr(begin, end - begin);
    for (std::string_view w : kGenericWords) {
      // 第二十七次定期会晤: a numbered session of a regular series.
      if (w == "定期" && name.find("第") != std::string_view::npos) continue;
      if (name.find(w) != std::string_view::npos) return;
    }
    // 第十一届紧急特别会议续会: a session resumed is a meeting of its own.
    if (starts_with(text, end, "续会")) end += static_cast<uint32_t>(std::string_view("续会").size());
    // A short name in parentheses right after is part of the mention
    // (高级别国际会议(杜尚别进程)); one that is a meeting's name itself
    // (……元首理事会会议(上合组织天津峰会)) is another name of it.
    re2::StringPiece paren;
    std::string_view short_name;
    if (RE2::PartialMatch(text.substr(end), *alias_.re, &paren)) {
      std::string_view inside(paren.data() + 1, paren.size() - 2);
      bool names_a_session = false;
      for (std::string_view word : {"峰会", "会议", "会晤", "论坛"}) names_a_session |= ends_with(inside, word);
      // ……联合国人类住区会议(人居二), ……缔约方大会(COP30): a short name
      // ending in the meeting's number is the meeting's (not a format tag,
      // 10+1).
      bool numbered = false;
      for (std::string_view numeral : {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}) {
        numbered |= ends_with(inside, numeral);
      }
      numbered |= !inside.empty() && inside.back() >= '0' && inside.back() <= '9';
      numbered = numbered && inside.size() > 3 && inside.size() <= 6 * 3 && inside.find('+') == std::string_view::npos &&
                 !(inside[0] >= '0' && inside[0] <= '9');
      names_a_session |= numbered;
      if (names_a_session) {
        short_name = inside;
      } else {
        end += static_cast<uint32_t>(paren.size());
      }
    }
    Mention m;
    m.type = EntityType::kMeeting;
    m.begin = begin;
    m.end = end;
    m.name = std::string(text.substr(begin, end - begin));
    m.canonical = without_title_marks(expand(m.name));
    // Pages in traditional script quote with 「」; the name is written with
    // the quotes of simplified text (「金砖+」领导人对话会 as “金砖+”…).
    using Quotes = std::pair<std::string_view, std::string_view>;
    for (auto [from, to] : {Quotes{"「", "“"}, Quotes{"」", "”"}}) {
      for (size_t at = m.canonical.find(from); at != std::string::npos; at = m.canonical.find(from, at)) {
        m.canonical.replace(at, from.size(), to);
      }
    }
    // A body's short name in brackets inside the name (made of the body's
    // characters: 加勒比共同体(加共体)) is no part of its identity; a gloss
    // (政府首脑(总理)理事会) is.
    for (size_t open = m.canonical.find('('); open != std::string::npos;) {
      size_t close = m.canonical.find(')', open);
      if (close == std::string::npos || close + 1 == m.canonical.size()) break;
      std::string_view inside = std::string_view(m.canonical).substr(open + 1, close - open - 1);
      if (is_made_of(inside, std::string_view(m.canonical).substr(0, open))) {
        m.canonical.erase(open, close + 1 - open);
        open = m.canonical.find('(', open);
      } else {
        open = m.canonical.find('(', close);
      }
    }
    // 澜湄合作第八次外长会 and 澜沧江-湄公河合作第八次外长会 are one meeting:
    // the organisation opening the name is written in full.
    short_forms_.ExpandOpening(&m.canonical);
    // A format tag (10+3) is written or left out: one meeting either way.
    if (m.canonical.find('+') != std::string::npos) RE2::GlobalReplace(&m.canonical, *format_tag_.re, "");
    m.rule = rule;
    if (!short_name.empty()) {
      Mention alias = m;
      alias.begin = static_cast<uint32_t>(short_name.data() - text.data());
      alias.end = alias.begin + static_cast<uint32_t>(short_name.size());
      alias.name = std::string(short_name);
      alias.rule = rule + "/short-name";
      out->push_back(std::move(m));
      out->push_back(std::move(alias));
      return;
    }
    out->push_back(std::move(m));
  }

  // 《不扩散核武器条约》缔约国2010年审议大会 ... 2010年审议大会: a review
  // conference named by its year, after the treaty's parties or alone; the
  // one year's conference is one meeting, named in full where the text
  // names it so. A forum's annual conference is named after the forum.
  void ExtractReviewConferences(std::string_view text, const CharIndex& chars, std::vector<Mention>* out) const {
    RuleMatches matches(review_conference_, text, &chars);
    re2::StringPiece name;
    bool possible = may_match(review_conference_, text);
    size_t first = out->size();
    while (possible && matches.Next(&name)) {
      uint32_t begin = offset(text, name);
      uint32_t end = begin + static_cast<uint32_t>(name.size());
      bool annual = ends_with(name, "年会");
      size_t body = ends_with(text.substr(0, begin), "缔约国") || annual ? BodyStart(text, begin) : begin;
      // A year's annual conference of no body named is none the text names.
      if (annual && body == begin) continue;
      // 该条约缔约国2026年审议大会: the treaty pointed back to is named below.
      if (starts_with(text, body, "该")) body = begin;
      Add(text, static_cast<uint32_t>(body), end, review_conference_.name, out);
    }
    std::map<std::string, std::string> full;  // 2010年审议大会 -> the longest name ending so
    std::set<std::string> parties;            // 不扩散核武器条约缔约国, …
    for (size_t i = first; i < out->size(); ++i) {
      const std::string& c = (*out)[i].canonical;
      size_t year = c.find_first_of("0123456789");
      if (year == std::string::npos) continue;
      std::string& longest = full[c.substr(year)];
      if (c.size() > longest.size()) longest = c;
      if (year > 0) parties.insert(c.substr(0, year));
    }
    for (size_t i = first; i < out->size(); ++i) {
      std::string& c = (*out)[i].canonical;
      size_t year = c.find_first_of("0123456789");
      if (year == std::string::npos) continue;
      c = full[c.substr(year)];
      // A year's conference named only alone is of the one treaty whose
      // parties the text names at another.
      if (c.find_first_of("0123456789") == 0 && parties.size() == 1) c = *parties.begin() + c;
    }
  }

  // Start of the body written before `pos`: back over name characters to a
  // boundary word or punctuation.
  size_t BodyStart(std::string_view text, size_t pos) const {
    const size_t ordinal = pos;
    while (pos > 0) {
      size_t n = prev_char_len(text, pos);
      std::string_view ch = text.substr(pos - n, n);
      // 古特雷斯和大会第七十九届会议: the Assembly's session, after a list's
      // joint (its name holds no conjunction).
      if (ch == "和" && text.substr(pos, ordinal - pos) == "大会") break;
      // 中华人民共和国、印度共和国和俄罗斯联邦外交部长第十三次会晤: the states
      // listed name the body of their ministers' meeting.
      if (ch == "、" && heads_.FirstAt(text, pos) != nullptr) {
        size_t name_begin = KnownNameEndingAt(text, pos - n);
        if (name_begin != std::string_view::npos) {
          pos = name_begin;
          continue;
        }
      }
      // 政府首脑(总理)理事会: a short gloss in parentheses inside the body.
      if (ch == ")") {
        // Only the last 40 bytes can hold the gloss's '(' (a short form of
        // up to twelve characters, ……委员会(中白政府间合作委员会)第七次会议):
        // not read further back, which on a long line would be quadratic.
        size_t from = pos > 40 ? pos - 40 : 0;
        size_t open = text.substr(from, pos - from).rfind('(');
        if (open != std::string_view::npos) open += from;
        // A long one holds a name only, not a declaration (下称“部长会议”).
        bool gloss = open != std::string_view::npos && pos - open <= 20;
        if (open != std::string_view::npos && pos - open > 20) {
          std::string_view inside = text.substr(open + 1, pos - open - 2);  // without ( and )
          gloss = inside.find("称") == std::string_view::npos;
          for (size_t c = 0; gloss && c < inside.size(); c += 3) gloss = is_han(inside, c);
        }
        if (gloss &&
            text.substr(open, pos - open).find('\n') == std::string_view::npos) {
          pos = open;
          continue;
        }
      }
      // 第十九次会议和最高法院院长第十六次会议: two meetings, not one body.
      std::string_view before = text.substr(0, pos);
      bool joint = ends_with(before, "大会和");
      for (std::string_view j : kMeetingJoints) joint = joint || ends_with(before, j);
      if (joint) break;
      // 《联合国气候变化框架公约》第二十五次缔约方会议: a titled instrument
      // is the body of its parties' sessions.
      if (ch == "》") {
        size_t open = OpeningOnLine(text, pos, "《", 60);
        if (open != std::string_view::npos) pos = open;
        break;
      }
      // ……建立对话关系30周年纪念峰会: an anniversary's number is in the name.
      if (ch.size() == 1 && ch[0] >= '0' && ch[0] <= '9') {
        size_t digits_end = pos;
        while (digits_end < ordinal && text[digits_end] >= '0' && text[digits_end] <= '9') ++digits_end;
        if (starts_with(text, digits_end, "周年")) {
          pos -= n;
          continue;
        }
      }
      // “金砖+”外长对话会: a format named in quotes opens the body.
      if (ch == "”") {
        size_t open = OpeningOnLine(text, pos, "“", 16);
        if (open != std::string_view::npos) pos = open;
        break;
      }
      if (!is_han(ch) && ch != "-") break;
      if ((ch == "日" || ch == "月" || ch == "年") && pos > n && text[pos - n - 1] >= '0' &&
          text[pos - n - 1] <= '9') {
        break;  // a date is not part of the body
      }
      bool boundary = false;
      for (std::string_view w : kBodyBoundaries)
        boundary = boundary || ends_with(text.substr(0, pos), w);
      // 中非合作论坛成果落实协调人部长级会议: 成果落实 is a noun, not the verb.
      if (boundary && ends_with(text.substr(0, pos), "成果落实")) boundary = false;
      // 建立对话关系30周年纪念峰会: 对 opens the noun 对话 here.
      if (boundary && ends_with(text.substr(0, pos), "对") && starts_with(text, pos, "话")) boundary = false;
      // 东盟与中日韩(10+3)外长会: the format tag says the 与 pairs the parties.
      if (boundary && ends_with(text.substr(0, pos), "与") &&
          text.substr(pos, ordinal - pos).find('+') != std::string_view::npos) {
        boundary = false;
      }
      if (boundary) break;
      pos -= n;
    }
    return pos;
  }

  // Where the mark `open` that a closing mark ending at `pos` pairs with
  // stands, at most `max_characters` back on the same line; npos if none.
  // (Bounded, so that a long line is not read back from every mark.)
  static size_t OpeningOnLine(std::string_view text, size_t pos, std::string_view open,
                              size_t max_characters) {
    size_t from = pos > max_characters * 3 ? pos - max_characters * 3 : 0;
    size_t at = text.substr(from, pos - from).rfind(open);
    if (at == std::string_view::npos) return std::string_view::npos;
    at += from;
    return text.substr(at, pos - at).find('\n') == std::string_view::npos ? at : std::string_view::npos;
  }

  // Where a country or place name that ends at `end` begins; npos if none
  // (names of up to ten characters).
  size_t KnownNameEndingAt(std::string_view text, size_t end) const {
    size_t begin = end;
    for (int chars = 0; chars < 10 && begin > 0; ++chars) {
      begin -= prev_char_len(text, begin);
      if (head_names_.count(text.substr(begin, end - begin)) > 0) return begin;
    }
    return std::string_view::npos;
  }

  // Whether the name starting at `p` (up to `end`) opens with a body.
  bool HasHead(std::string_view text, size_t p, size_t end, bool organisations = false) const {
    std::string_view rest = text.substr(p, end - p);
    // 中俄总理第二十七次定期会晤: China and a partner's initial (a forum so
    // named is a body, 中阿合作论坛; 与中日韩 is the second party of a pair).
    if (organisations && starts_with(rest, 0, "中") && is_partner_initial(rest, 3) &&
        !ends_with(text.substr(0, p), "与") && !ends_with(text.substr(0, p), "和")) {
      return true;
    }
    if (RE2::PartialMatch(rest, *org_head_.re)) return true;
    // “金砖+”领导人对话会, “中国+中亚”外长会晤: a format named in quotes (a
    // forum so named is a body: “一带一路”国际合作高峰论坛).
    if (organisations && starts_with(rest, 0, "“") && rest.find("”") != std::string_view::npos) {
      return true;
    }
    const WordList& heads = organisations ? heads_with_organisations_ : heads_;
    return heads.FirstAt(rest, 0) != nullptr;
  }

  void ExtractOrdinals(std::string_view text, const CharIndex& chars, std::vector<Mention>* out) const {
    RuleMatches matches(ordinal_, text, &chars);
    re2::StringPiece whole, first, after_body;
    while (matches.Next(&whole, &first, &after_body)) {
      uint32_t at = offset(text, whole);
      uint32_t end = at + static_cast<uint32_t>(whole.size());
      if (after_body.find("第") != re2::StringPiece::npos) continue;  // a pair, below
      std::string_view qualifier(after_body.data(), after_body.size());
      // 首次以正式成员身份出席外长会: the ordinal counts an act, not sessions.
      bool act = false;
      for (std::string_view verb : {"出席", "参加", "举行", "举办", "召开", "主办", "承办", "身份"}) {
        act = act || qualifier.find(verb) != std::string_view::npos;
      }
      if (act) continue;
      bool body_before = qualifier.empty();
      for (std::string_view q : kSessionQualifiers) body_before = body_before || qualifier == q;
      uint32_t begin = body_before ? static_cast<uint32_t>(BodyStart(text, at)) : at;
      // 金砖国家第三次协调人会议: a known body before the ordinal names the
      // series whatever words qualify the session after it.
      if (!body_before) {
        size_t body = BodyStart(text, at);
        if (body < at && HasHead(text, body, at, /*organisations=*/true)) begin = static_cast<uint32_t>(body);
      }
      // 第五十一届太平洋岛屿论坛领导人会议: the forum's meeting, not the forum's
      // session.
      if (ends_with(std::string_view(whole.data(), whole.size()), "论坛")) {
        for (std::string_view m : kForumMeetings) {
          if (starts_with(text.substr(end), m)) {
            end += static_cast<uint32_t>(m.size());
            break;
          }
        }
      }
      // 首次峰会 names nothing: a 首 ordinal needs a body.
      if (starts_with(first, "首") && begin == at && after_body.empty()) continue;
      Add(text, begin, end, ordinal_.name, out);
      if (begin == at && body_before && !out->empty() && out->back().begin == begin) {
        std::string subject = SubjectBody(text, at);
        if (!subject.empty()) out->back().canonical = subject + out->back().canonical;
      }
      // A two-column UN header sets the organs side by side (大会 安全理事会)
      // above their session and year (第七十七届会议 第七十七年): the
      // session is the Assembly's; the Council counts years.
      // (大会 经济及社会理事会: the body walk stopped at 及.)
      std::string_view organs = text.substr(begin, at - begin);
      bool ecosoc = organs == "社会理事会" && ends_with(text.substr(0, begin), "大会经济及");
      if (!out->empty() && out->back().begin == begin && (organs == "大会安全理事会" || ecosoc)) {
        if (ecosoc) out->back().begin = begin - static_cast<uint32_t>(std::string_view("大会经济及").size());
        out->back().canonical = "大会" + std::string(text.substr(at, end - at));
      }
    }
  }

  // 第三十八届和第三十九届峰会, 亚信第二次、第三次和第五次峰会: sessions of
  // the body written before, listed, with the session word after the last.
  void ExtractOrdinalPairs(std::string_view text, const CharIndex& chars, std::vector<Mention>* out) const {
    RuleMatches matches(ordinal_pair_, text, &chars);
    re2::StringPiece first, rest, tail;
    while (matches.Next(&first, &rest, &tail)) {
      uint32_t at = offset(text, first);
      uint32_t begin = static_cast<uint32_t>(BodyStart(text, at));
      std::string body = expand(text.substr(begin, at - begin));
      uint32_t end = offset(text, tail) + static_cast<uint32_t>(tail.size());
      // The ordinals: the first, then each one after a joining word.
      std::vector<std::pair<uint32_t, uint32_t>> ordinals = {{at, at + static_cast<uint32_t>(first.size())}};
      for (uint32_t pos = offset(text, rest), stop = pos + static_cast<uint32_t>(rest.size()); pos < stop;) {
        size_t ordinal = text.find("第", pos);
        if (ordinal == std::string_view::npos || ordinal >= stop) break;
        uint32_t ordinal_end = static_cast<uint32_t>(session_ordinal_end(text, ordinal));
        if (ordinal_end == 0) break;
        ordinals.emplace_back(static_cast<uint32_t>(ordinal), ordinal_end);
        pos = ordinal_end;
      }
      for (size_t i = 0; i < ordinals.size(); ++i) {
        bool first_one = i == 0, last_one = i + 1 == ordinals.size();
        uint32_t from = first_one ? begin : ordinals[i].first;
        uint32_t to = last_one ? end : ordinals[i].second;
        size_t before = out->size();
        Add(text, from, to, ordinal_pair_.name + (first_one ? "/first" : last_one ? "/second" : "/middle"), out);
        if (out->size() > before) {
          out->back().canonical =
              body + std::string(text.substr(ordinals[i].first, ordinals[i].second - ordinals[i].first)) +
              std::string(tail);
        }
      }
    }
  }

  void ExtractHeld(std::string_view text, const CharIndex& chars, std::vector<Mention>* out) const {
    RuleMatches matches(held_, text, &chars);
    re2::StringPiece whole, follow;
    while (matches.Next(&whole, &follow)) {
      if (follow == "机制" || follow == "等") continue;
      uint32_t begin = offset(text, whole);
      // What is held has an identity: a body, an ordinal, a quoted title, a
      // high-level label or a session word (举行妇女论坛 names no session).
      std::string_view held(whole.data(), whole.size());
      if (held.find("举行") != held.npos || held.find("召开") != held.npos ||
          held.find("举办") != held.npos) {
        continue;  // two events in one phrase: each is found on its own
      }
      if (counts_events(held)) continue;  // 举行了三场高级别论坛: a count
      // ……第七次会晤和上合组织成员国元首理事会会议: two meetings joined by 和;
      // the first has its own name, the second is what was held.
      bool joined = false;
      for (std::string_view joint : kMeetingJoints) {
        size_t at = held.rfind(joint);
        if (at == held.npos) continue;
        joined = true;
        uint32_t second = begin + static_cast<uint32_t>(at + joint.size());
        uint32_t end = begin + static_cast<uint32_t>(held.size());
        if (HasHead(text, second, end, /*organisations=*/true)) Add(text, second, end, held_.name, out);
        break;
      }
      if (joined) continue;
      // 举行的第四十届和第四十一届东盟峰会: two meetings, found as a pair.
      if (RE2::PartialMatch(held, *ordinal_pair_.re)) continue;
      bool identity = HasHead(text, begin, begin + held.size()) ||
                      RE2::PartialMatch(held, *ordinal_.re) || held.find("“") != held.npos ||
                      held.find("高级别") != held.npos || DatedBefore(text, begin);
      for (std::string_view w : kSessionWords) identity = identity || ends_with(held, w);
      if (!identity) continue;
      // The session word alone (举行会议, 举行的会议) names nothing of its
      // own; after a body, a date and a place it is that body's meeting,
      // named after it later (name_sessions_after_their_body), or dropped.
      std::string_view name(whole.data(), whole.size());
      if (starts_with(name, "的") || starts_with(name, "了")) {
        name.remove_prefix(3);
        if (name == "会议" && starts_with(held, "的")) {
          static const std::string kAfterBody = "meeting/held-after-body";
          Add(text, begin + 3, begin + 3 + static_cast<uint32_t>(name.size()), kAfterBody, out);
          continue;
        }
      }
      if (name == "会议" || name == "论坛" || name == "峰会" || name == "大会" || name == "活动" ||
          name == "培训班") {
        continue;
      }
      Add(text, begin, begin + static_cast<uint32_t>(whole.size()), held_.name, out);
    }
  }

  // Whether the clause before the verb that holds the meeting starting at
  // `name_begin` dates it (2021年5月27日于摩加迪沙举行的全国协商理事会会议):
  // a date is an identity (GUIDELINES.md), as an ordinal is.
  static bool DatedBefore(std::string_view text, size_t name_begin) {
    const size_t kWindow = 24 * 3;  // the verb, a place, and the date before it
    size_t from = name_begin > kWindow ? name_begin - kWindow : 0;
    std::string_view before = text.substr(from, name_begin - from);
    size_t clause = before.find_last_of(",;:");
    if (clause != std::string_view::npos) before.remove_prefix(clause + 1);
    for (std::string_view end : {"。", "、"}) {
      size_t at = before.rfind(end);
      if (at != std::string_view::npos) before.remove_prefix(at + end.size());
    }
    for (std::string_view unit : {"日", "月"}) {
      for (size_t at = before.find(unit); at != std::string_view::npos; at = before.find(unit, at + 1)) {
        if (at > 0 && before[at - 1] >= '0' && before[at - 1] <= '9') return true;
      }
    }
    return false;
  }

  void ExtractSessions(std::string_view text, const CharIndex& chars, std::vector<Mention>* out) const {
    RuleMatches matches(session_, text, &chars);
    re2::StringPiece word, follow;
    while (matches.Next(&word, &follow)) {
      if (follow == "机制" || follow == "等") continue;
      // ……论坛关于……的专家会议: the forum names the meeting's topic.
      if (follow == "关于" && word == "论坛") continue;
      size_t at = offset(text, word);
      size_t begin = BodyStart(text, at);
      // 东亚峰会外长会: a summit's ministers meet under its name.
      bool summit_body = at - begin >= 4 * 3 && ends_with(text.substr(begin, at - begin), "峰会") &&
                         word != "峰会" && word != "论坛";
      // 互联互通高级别论坛, 廉洁丝路专题论坛: a forum held on a topic is an
      // event, whatever its topic (of two to eight characters).
      // Not a count of them (三场高级别论坛).
      bool topic_forum = (word == "高级别论坛" || word == "专题论坛") && at - begin >= 2 * 3 &&
                         at - begin <= 8 * 3 && !counts_events(text.substr(begin, at - begin));
      if (begin == at || !(HasHead(text, begin, at, word != "论坛") || summit_body || topic_forum)) continue;
      // 第三十八届和第三十九届峰会: two meetings, found as a pair.
      if (RE2::PartialMatch(text.substr(begin, at + word.size() - begin), *ordinal_pair_.re)) continue;
      // 印度洋委员会和印度洋海军论坛: a forum the gazetteer knows as a body
      // is no session, however the name before it runs.
      if (word == "论坛") {
        size_t end = at + word.size();
        bool known = false;
        for (size_t p = begin; p < at && !known; p += utf8_length(static_cast<unsigned char>(text[p]))) {
          known = known_bodies_.count(text.substr(p, end - p)) > 0;
        }
        if (known) continue;
      }
      // 上合组织论坛 is the forum itself (a mechanism); a session of a forum
      // names its topic (上合组织妇女论坛).
      if (word == "论坛" && RE2::FullMatch(text.substr(begin, at - begin), *org_head_.re)) continue;
      // ……共同体论坛(中拉论坛): a forum given a short name is the standing
      // body; its sessions are counted (第四届部长级会议).
      if (word == "论坛") {
        std::string_view after = text.substr(at + word.size(), 40);
        size_t close = after.find(')');
        if (starts_with(after, "(") && close != std::string_view::npos &&
            ends_with(after.substr(0, close), "论坛")) {
          continue;
        }
      }
      Add(text, static_cast<uint32_t>(begin), static_cast<uint32_t>(at + word.size()),
          session_.name, out);
    }
  }

  void ExtractSimple(std::string_view text, const CharIndex& chars, const Rule& rule, std::vector<Mention>* out) const {
    RuleMatches matches(rule, text, &chars);
    re2::StringPiece name;
    bool possible = may_match(rule, text);
    while (possible && matches.Next(&name)) {
      uint32_t begin = offset(text, name);
      // 10日在青岛召开…会议: the place and verb are not part of a name.
      std::string_view n(name.data(), name.size());
      bool verb = false;
      for (std::string_view w : kBodyBoundaries) verb = verb || starts_with(n, w);
      for (std::string_view w : {"举行", "举办", "召开"}) verb = verb || n.find(w) != n.npos;
      if (verb) continue;
      // 用好中澳高级别对话等机制: a dialogue listed as a standing mechanism is
      // a body (the organisation extractor's), not a meeting.
      if (&rule == &dialogue_) {
        std::string_view rest = text.substr(begin + name.size(), 120);
        // 中印尼高级别对话合作机制: the dialogue names the mechanism.
        if (starts_with(rest, 0, "机制") || starts_with(rest, 0, "合作机制")) continue;
        size_t listed = rest.find("等机制");
        if (listed != std::string_view::npos && rest.substr(0, listed).find_first_of(",;") == std::string_view::npos &&
            rest.substr(0, listed).find("。") == std::string_view::npos) {
          continue;
        }
      }
      Add(text, begin, begin + static_cast<uint32_t>(name.size()), rule.name, out);
    }
  }

  // What a meeting's canonical name reads as: the body, the ordinal as a
  // number with its counter (19次), and the session word.
  struct Key {
    bool ordinal = false;  // false: the name has no ordinal, the rest is empty
    std::string body, number, tail;
  };
  Key KeyOf(const Mention& m) const {
    Key k;
    re2::StringPiece body, ordinal, tail;
    if (!RE2::FullMatch(m.canonical, *ordinal_key_.re, &body, &ordinal, &tail)) return k;
    // 第十九次 -> 19, 首届 -> 1 (第 and the counter are 3 bytes each).
    std::string_view o(ordinal.data(), ordinal.size());
    long n = starts_with(o, "首") ? 1 : parse_number(o.substr(3, o.size() - 6));
    k.ordinal = true;
    k.body = std::string(body);
    k.number = std::to_string(n) + std::string(last_chars(ordinal, 1));
    k.tail = std::string(tail);
    return k;
  }

  // Bare ordinals inherit the body of the meeting before them; same-session
  // mentions share the fullest name. Each step is O(n log n) in the number
  // of mentions: a document of one long line holds them all in one
  // paragraph, and comparing each mention with all the others (or reading
  // the text back from each) would be quadratic.
  void Resolve(std::string_view text, std::vector<Mention>* found) const {
    std::sort(found->begin(), found->end(),
              [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
    InheritBodies(text, found);
    ShareFullestNames(found);
    ShareAcrossInitials(found);
    ShareShortNames(found);
    NameSeriesByTheirOneSession(found);
    ReferBack(found);
  }

  // 第八次中国-中东欧国家领导人会晤 … 出席中国-中东欧国家领导人会晤: a series'
  // name written without a number, in a text that names one numbered
  // meeting of that series, is that meeting.
  static void NameSeriesByTheirOneSession(std::vector<Mention>* found) {
    std::map<std::string, std::set<std::string>> sessions;  // series -> the numbered meetings
    for (const Mention& m : *found) {
      size_t ordinal_end = session_ordinal_end(m.canonical, 0);
      if (ordinal_end == 0 || ordinal_end >= m.canonical.size()) continue;
      sessions[m.canonical.substr(ordinal_end)].insert(m.canonical);
    }
    for (Mention& m : *found) {
      auto it = sessions.find(m.canonical);
      bool series = ends_with(m.canonical, "会晤") || ends_with(m.canonical, "峰会") ||
                    ends_with(m.canonical, "领导人会议") || ends_with(m.canonical, "外长会");
      if (it != sessions.end() && series && it->second.size() == 1) m.canonical = *it->second.begin();
    }
  }

  // A short name given in parentheses (……会议(上合组织天津峰会)) names that
  // meeting wherever the document writes it.
  static void ShareShortNames(std::vector<Mention>* found) {
    std::map<std::string, std::string> meeting_of;  // short name -> canonical
    for (const Mention& m : *found) {
      if (ends_with(m.rule, "/short-name")) meeting_of.emplace(m.name, m.canonical);
    }
    if (meeting_of.empty()) return;
    for (Mention& m : *found) {
      auto it = meeting_of.find(m.name);
      if (it != meeting_of.end()) m.canonical = it->second;
    }
  }

  // The length of the longest form of a state's name at body[pos] (up to
  // ten characters), 0 if none; its initial in *initial.
  size_t LongestStateAt(std::string_view body, size_t pos, const std::string** initial) const {
    size_t longest = 0;
    size_t end = pos;
    for (int chars = 0; chars < 10 && end < body.size(); ++chars) {
      end += utf8_length(static_cast<unsigned char>(body[end]));
      auto it = country_initials_.find(body.substr(pos, end - pos));
      if (it != country_initials_.end()) longest = end - pos, *initial = &it->second;
    }
    return longest;
  }

  // The states a meeting's body names, as their one-character initials
  // sorted, and the rest of the body (中华人民共和国、印度共和国和俄罗斯联邦
  // 外交部长 and 中俄印外长 both give 中俄印 and 外长); empty when it names
  // fewer than two. Full names count anywhere in the body, bare initials
  // only in a leading run of two or more (中俄印; not the 中 of 中亚).
  std::string StatesSignature(std::string_view body) const {
    std::vector<std::string> initials;
    std::string rest;
    size_t pos = 0;
    bool leading = true;
    while (pos < body.size()) {
      const std::string* initial = nullptr;
      size_t longest = LongestStateAt(body, pos, &initial);
      size_t step = utf8_length(static_cast<unsigned char>(body[pos]));
      bool counts = longest > step;  // a full name
      if (longest == step && leading) {
        // A bare initial: one of a leading run of them.
        const std::string* next = nullptr;
        counts = !initials.empty() || LongestStateAt(body, pos + step, &next) > 0;
      }
      if (counts) {
        initials.push_back(*initial);
        pos += longest;
        continue;
      }
      leading = false;
      std::string_view ch = body.substr(pos, step);
      if (ch != "、" && ch != "和" && ch != "与") rest += std::string(ch);
      pos += step;
    }
    if (initials.size() < 2) return {};
    std::sort(initials.begin(), initials.end());
    std::string signature;
    for (const std::string& i : initials) signature += i;
    // 外交部长 and 外长 are one title.
    size_t title = rest.find("外交部长");
    if (title != std::string::npos) rest.replace(title, std::string_view("外交部长").size(), "外长");
    return signature + '\x1f' + rest;
  }

  // 中俄印外长第十三次会晤 and 中华人民共和国、印度共和国和俄罗斯联邦外交部长
  // 第十三次会晤 are one meeting: the same session of the same states'
  // ministers, their names spelt out or by initials. All take the fullest.
  void ShareAcrossInitials(std::vector<Mention>* found) const {
    std::map<std::string, std::string> fullest;  // session + states -> name
    std::vector<std::string> session_of(found->size());
    for (size_t i = 0; i < found->size(); ++i) {
      Key k = KeyOf((*found)[i]);
      if (!k.ordinal) continue;
      std::string states = StatesSignature(k.body);
      if (states.empty()) continue;
      session_of[i] = k.number + '\x1f' + k.tail + '\x1f' + states;
      std::string& best = fullest[session_of[i]];
      if ((*found)[i].canonical.size() > best.size()) best = (*found)[i].canonical;
    }
    for (size_t i = 0; i < found->size(); ++i) {
      if (!session_of[i].empty()) (*found)[i].canonical = fullest[session_of[i]];
    }
  }

  // 在班珠尔举行的该首脑会议: a meeting written as 该 and a bare session
  // word is the one named last before it, within a clause's reach (600
  // bytes); with none, no mention. (该机制第九次部长级会议 names a session of
  // its own.)
  static void ReferBack(std::vector<Mention>* found) {
    constexpr uint32_t kReach = 600;
    constexpr size_t kNone = static_cast<size_t>(-1);
    size_t named = kNone;  // index into `kept` of the last meeting named in full
    std::vector<Mention> kept;
    kept.reserve(found->size());
    for (Mention& m : *found) {
      // 该机制第九次部长级会议, 该联盟首次会议 count their own sessions.
      bool bare = starts_with(m.canonical, "该") && m.canonical.find("第") == std::string::npos &&
                  m.canonical.find("首次") == std::string::npos && codepoints(m.canonical) <= 6;
      if (!bare) {
        named = kept.size();
        kept.push_back(std::move(m));
        continue;
      }
      if (named == kNone || kept[named].end > m.begin || m.begin - kept[named].end > kReach) continue;
      m.canonical = kept[named].canonical;
      kept.push_back(std::move(m));
    }
    *found = std::move(kept);
  }

  // A bare ordinal (第十九次会议) takes the body of the nearest meeting before
  // it with the same counter and session word, unless a line break stands
  // between them or between the ordinal and any mention in between. Read as
  // a scan back from each mention, in `found` order, stopping at the first
  // mention j with a line break in text[end_j, begin_i): for j ending at or
  // before begin_i that is end_j <= the last line break before begin_i; for
  // j overlapping begin_i the unsigned span runs on to the end of the text,
  // so any line break after end_j stops it. The nearest stop and the
  // nearest match are found with two monotonic stacks and a map instead.
  void InheritBodies(std::string_view text, std::vector<Mention>* found) const {
    const Occurrences newlines(text, "\n");
    const size_t last_newline = newlines.LastAtOrBefore(text.size());
    // (index, end), ends increasing: the last index whose end <= x.
    std::vector<std::pair<size_t, uint32_t>> ending_early;
    // (index, end) of mentions ending at or before last_newline, ends
    // decreasing: the last index whose end > x.
    std::vector<std::pair<size_t, uint32_t>> ending_late;
    // (session word, counter) -> the last mention with a body and that key.
    std::map<std::pair<std::string, std::string>, size_t> last_with_body;
    // (kind of body, session word, counter) -> the last body of that kind.
    std::map<std::tuple<std::string, std::string, std::string>, std::string> last_of_kind;
    constexpr size_t kNone = static_cast<size_t>(-1);
    for (size_t i = 0; i < found->size(); ++i) {
      Mention& m = (*found)[i];
      Key k = KeyOf(m);
      // 委员会第六次会议 after 中白政府间合作委员会第七次会议: a body named by
      // its kind alone is the last one of that kind named before, across
      // paragraphs (the kind word points back; a bare ordinal, below, only
      // within its line).
      std::string_view kind_alone;
      for (std::string_view kind : kBodyKinds) {
        if (k.ordinal && k.body == kind) kind_alone = kind;
      }
      if (!kind_alone.empty()) {
        auto named = last_of_kind.find({std::string(kind_alone), k.tail, std::string(last_chars(k.number, 1))});
        if (named != last_of_kind.end()) {
          m.canonical = named->second + m.canonical.substr(kind_alone.size());
          k = KeyOf(m);
        }
      } else if (k.ordinal && k.body.empty()) {
        std::pair<std::string, std::string> session{k.tail, std::string(last_chars(k.number, 1))};
        auto match = last_with_body.find(session);
        size_t stop = kNone;
        size_t line_break = m.begin == 0 ? Occurrences::npos : newlines.LastAtOrBefore(m.begin - 1);
        if (line_break != Occurrences::npos) {
          auto after = std::upper_bound(ending_early.begin(), ending_early.end(), line_break,
                                        [](size_t x, const auto& e) { return x < e.second; });
          if (after != ending_early.begin()) stop = std::prev(after)->first;
        }
        auto over = std::partition_point(ending_late.begin(), ending_late.end(),
                                         [&](const auto& e) { return e.second > m.begin; });
        if (over != ending_late.begin()) {
          size_t j = std::prev(over)->first;
          stop = stop == kNone ? j : std::max(stop, j);
        }
        if (match != last_with_body.end() && (stop == kNone || match->second > stop)) {
          Key pk = KeyOf((*found)[match->second]);
          m.canonical = pk.body + m.canonical;
          k = KeyOf(m);
        }
      }
      if (k.ordinal && !k.body.empty()) {
        last_with_body[{k.tail, std::string(last_chars(k.number, 1))}] = i;
        // 中国-白俄罗斯政府间合作委员会(中白政府间合作委员会): the name before
        // its short form.
        std::string_view body = k.body;
        size_t open = body.rfind('(');
        if (ends_with(body, ")") && open != std::string_view::npos) body = body.substr(0, open);
        for (std::string_view kind : kBodyKinds) {
          if (body.size() > kind.size() && ends_with(body, kind)) {
            last_of_kind[{std::string(kind), k.tail, std::string(last_chars(k.number, 1))}] = std::string(body);
          }
        }
      }
      while (!ending_early.empty() && ending_early.back().second >= m.end) ending_early.pop_back();
      ending_early.emplace_back(i, m.end);
      if (last_newline != Occurrences::npos && m.end <= last_newline) {
        while (!ending_late.empty() && ending_late.back().second <= m.end) ending_late.pop_back();
        ending_late.emplace_back(i, m.end);
      }
    }
  }

  // One name per session: the fullest among mentions that agree, by ordinal
  // and by how the body and session word end (元首理事会…会议): the first
  // in `found` order of the longest names in each (ordinal, last four
  // characters) class; a bare 第N次会议 takes the longest of its ordinal's
  // names, whatever they end with. A name without ordinal takes the one
  // longer name that ends with it (成员国元首理事会会议 within
  // 上海合作组织成员国元首理事会会议), and stays itself when two different
  // ones do. Renaming a mention to the fullest name of its class leaves that
  // class's fullest name as it was, so the classes' names are found first;
  // the names without ordinal are renamed in order, as they were when each
  // mention compared itself with all the others.
  void ShareFullestNames(std::vector<Mention>* found) const {
    auto tail_of = [this](const std::string& name) {
      Mention named;
      named.canonical = name;
      return KeyOf(named).tail;
    };
    std::vector<Key> keys;
    keys.reserve(found->size());
    for (const Mention& m : *found) keys.push_back(KeyOf(m));
    auto keep_longest = [](std::map<std::string, std::string>& best, const std::string& key,
                           const std::string& name) {
      std::string& b = best[key];
      if (name.size() > b.size()) b = name;
    };
    std::map<std::string, std::string> by_ordinal, by_class, by_session;
    auto class_of = [](const Key& k) {
      return k.number + '\x1f' + std::string(last_chars(k.body + k.tail, 4));
    };
    // Names without ordinal, by their bytes reversed: the names ending with
    // a name are the keys starting with its reverse. Value: how many
    // mentions are so named now.
    std::map<std::string, int> plain;
    for (size_t i = 0; i < found->size(); ++i) {
      const std::string& name = (*found)[i].canonical;
      if (keys[i].ordinal) {
        keep_longest(by_ordinal, keys[i].number, name);
        keep_longest(by_class, class_of(keys[i]), name);
        for (std::string_view session : kBareSessionWords) {
          if (ends_with(keys[i].tail, session)) keep_longest(by_session, keys[i].number + '\x1f' + std::string(session), name);
        }
      } else {
        ++plain[std::string(name.rbegin(), name.rend())];
      }
    }
    for (size_t i = 0; i < found->size(); ++i) {
      Mention& m = (*found)[i];
      const Key& k = keys[i];
      if (k.ordinal) {
        bool any_tail = k.body.empty() && k.tail == "会议";
        // 第三届峰会 after 第一届、第二届、第三届和第四届里海峰会: a bare
        // ordinal and session word is the session of that number named whole.
        bool bare = k.body.empty() && !any_tail && by_session.count(k.number + '\x1f' + k.tail) > 0;
        const std::string& best = any_tail ? by_ordinal[k.number]
                                  : bare   ? by_session[k.number + '\x1f' + k.tail]
                                           : by_class[class_of(k)];
        // The fuller name holds the words after the ordinal, in order, with
        // maybe more between (经济合作组织[成员国]交通运输部长会议): 第四次发展
        // 筹资问题国际会议 is not 第四次小岛屿发展中国家问题国际会议, though
        // both end in 国际会议.
        if (best.size() > m.canonical.size() && (any_tail || is_made_of(k.tail, tail_of(best)))) {
          m.canonical = best;
        }
        continue;
      }
      std::string reversed(m.canonical.rbegin(), m.canonical.rend());
      std::string longer;
      int distinct = 0;
      for (auto it = plain.upper_bound(reversed);
           it != plain.end() && distinct < 2 && starts_with(it->first, reversed); ++it) {
        longer = it->first;
        ++distinct;
      }
      if (distinct != 1) continue;
      if (--plain[reversed] == 0) plain.erase(reversed);
      ++plain[longer];
      m.canonical.assign(longer.rbegin(), longer.rend());
    }
  }

  Rule ordinal_, held_, session_, dated_, dialogue_, alias_, org_head_, ordinal_key_, ordinal_pair_,
      format_tag_, quoted_format_, session_by_year_, that_session_, review_conference_;
  std::set<std::string, std::less<>> head_names_;  // the same, for whole-name lookups
  std::set<std::string, std::less<>> known_bodies_;  // and with organisations
  WordList heads_;                     // names of countries and places
  WordList heads_with_organisations_;  // and of organisations
  OrganisationShortForms short_forms_;
  // Every written form of a state's name, and its one-character initial
  // (the X of its X方 form): 中华人民共和国 -> 中, 中 -> 中.
  std::map<std::string, std::string, std::less<>> country_initials_;
};

}  // namespace

Result<std::unique_ptr<Extractor>> make_meeting_extractor(const Gazetteer& gazetteer) {
  const std::string number = "(?:第[0-9一二三四五六七八九十百零〇]+|首)(?:次|届|轮)";
  // A body's short name in brackets may stand inside (……加勒比共同体(加共体)
  // 海地问题高级别会议).
  // So may a title in 《》 (纪念《赫尔辛基最后文件》签署五十周年高级别会议).
  const std::string name_unit = "(?:“[^”\\n]+”|《[^》\\n]+》|\\(\\p{Han}{1,8}\\)|[^,。;:、()“”《》\\n\\s])";
  // What may follow a meeting's name: a postposition, a conjunction, a verb
  // of what the meeting did, punctuation, the end of the line (not the line
  // break itself: then the rules never cross one, see Rule).
  const std::string follow =
      "(上|成果|期间|间隙|的|和|以及|及|、|,|。|;|:|所|取得|\\(|(?m:$)|前|后|时|并|将|框架|机制|等|于|在|"
      "通过|发表|发布|批准|签署|审议|决定|达成|之际|以来|以视频|中|筹备|主席|文件|精神|开幕|闭幕|结束|核可|为|"
      "\\d{1,2}日|$)";
  // After a session word also its topic (……首脑会议特别会议关于终止……的决定);
  // not after a held name, whose lazy end would stop at a forum's 关于.
  const std::string session_follow = follow.substr(0, follow.size() - 1) + "|关于)";
  std::vector<std::string> patterns = {
      // An ordinal, an optional body after it, a session word.
      // The body may hold a format tag: 第25次东盟与中日韩(10+3)外长会; and a
      // number (第六次亚太地区1540国家联络人讲习班). Rounds of consultations
      // count, and of negotiations (第七轮中德政府磋商, 第三轮和平谈判).
      "((" + number + ")((?:[\\p{Han}\\-0-9]|\\(\\d{1,2}\\+\\d{1,2}\\)|“[^“”\\n]{1,12}”){0,20}?)"
      "(?:会议|峰会|论坛|大会|会晤|会谈|外长会晤|外长会议|外长会|部长会议|部长会|高官会|常会|年会|讲习班|研讨会|对话|磋商|谈判))",
      "(?:举行|举办|召开|主办)(?:了)?(?:的)?(" + name_unit +
          "{1,60}?(?:会议|论坛|峰会|大会|活动|培训班|对话会))" + follow,
      "(理事会会议|非正式会晤|元首会晤|领导人会晤|外长会晤|部长级筹备会议|筹备会议|部长级会议|部长会议|首脑会议|元首会议|负责人会议|领导人会议|院长会议|圆桌会议|例行会议|"
      "缔约方会议|外长会议|外长会|财长会议|行长会议|防长会议|高官会议|特别会议|对话会|高级别论坛|专题论坛|峰会|论坛)" +
          session_follow,
      "\\d日(\\p{Han}{2,16}?会议)(?:所|上|的|,|。)",
      "(高级别\\p{Han}{0,4}?对话)",
      "^(\\(\\p{Han}{2,12}\\))",
      "^(?:上海合作组织|上合组织|金砖|成员国|\\p{Han}{1,10}?(?:组织|集团|联盟|共同体))",
      "(.*?)(" + number + ")(.*)",
      "(" + number + ")((?:(?:和|、|及|与)" + number + ")+)((?:\\p{Han}|-){0,16}?(?:会议|峰会|论坛|大会|外长会|高官会|常会))",
      "\\(\\d{1,2}\\+\\d{1,2}\\)",
      // A meeting of a format named in quotes with its + (“上合组织+”会议,
      // “金砖+”对话会).
      // Web pages in traditional script quote with 「」 (「上海合作組織＋」會議).
      "((?:“[^“”\\n]{1,12}\\+”|「[^「」\\n]{1,12}\\+」)(?:会议|会晤|对话会|峰会|外长会))",
      // The Economic and Social Council's sessions, named by year (2025年届会).
      "((?:19|20)\\d\\d年届会)",
      // A session pointed back to (该届常会于……举行): the one named last
      // (ReferBack). Not 该次会议, which may point to a meeting no rule named.
      "(该届(?:常会|会议|峰会|首脑会议|特别会议|届会))(?:于|在)",
      // A treaty's review conference named by its year (《不扩散核武器条约》缔约
      // 国2010年审议大会): the body before it is the treaty's parties. So is
      // a forum's annual conference (博鳌亚洲论坛2025年年会).
      "((?:19|20)\\d\\d年(?:审议(?:和延期)?大会|年会))",
  };
  const char* names[] = {"meeting/ordinal",  "meeting/held",        "meeting/session-word",
                         "meeting/dated",    "meeting/dialogue",    "meeting/parenthesised-name",
                         "meeting/org-head", "meeting/ordinal-key", "meeting/ordinal-pair",
                         "meeting/format-tag", "meeting/quoted-format", "meeting/session-by-year",
                         "meeting/that-session", "meeting/review-conference"};
  Result<std::vector<Rule>> rules =
      compile_rules(std::vector<const char*>(std::begin(names), std::end(names)), patterns);
  if (!rules.ok()) return rules.status();
  // Countries and places open names too (莫斯科上合组织成员国科技部长第五次会议),
  // and organisations a meeting's, but not a forum's: 联合国森林论坛 is a body.
  return std::unique_ptr<Extractor>(new MeetingExtractor(
      std::move(rules.value()), known_names(gazetteer, /*with_organisations=*/false),
      known_names(gazetteer, /*with_organisations=*/true), gazetteer));
}

}  // namespace treatygraph
