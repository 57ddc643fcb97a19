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
// (成员国元首理事会会议 after 上海合作组织成员国元首理事会会议).
#include <algorithm>
#include <map>

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
};

// Words between an ordinal and 会议 that qualify the session, not name a
// body: the body of 第三十届特别会议 is written before it (世界毒品问题大会),
// that of 第二届世界反恐论坛 after it.
const std::string_view kSessionQualifiers[] = {"特别", "全体",   "首脑", "部长级", "部长", "缔约方",
                                               "例行", "高级别", "元首", "专家",   "年度", "协商"};

// Words that make a phrase generic rather than a named meeting.
const std::string_view kGenericWords[] = {"各种", "相关", "其他", "机制性", "有关", "这些",
                                          "此类", "多边", "系列", "定期",   "包括"};

// Words that only name sessions, never a standing body.
const std::string_view kSessionWords[] = {
    "部长级会议", "首脑会议",   "元首会议", "负责人会议", "领导人会议", "院长会议", "圆桌会议",
    "例行会议",   "缔约方会议", "全体会议", "特别会议",   "峰会",       "培训班"};

std::string expand(std::string_view name) {
  std::string out;
  for (size_t i = 0; i < name.size();) {
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

class MeetingExtractor : public Extractor {
 public:
  MeetingExtractor(std::vector<Rule> rules, std::vector<std::string> heads)
      : ordinal_(std::move(rules[0])),
        held_(std::move(rules[1])),
        session_(std::move(rules[2])),
        dated_(std::move(rules[3])),
        dialogue_(std::move(rules[4])),
        alias_(std::move(rules[5])),
        org_head_(std::move(rules[6])),
        ordinal_key_(std::move(rules[7])),
        ordinal_pair_(std::move(rules[8])),
        heads_(std::move(heads)) {}

  std::string_view name() const override { return "meeting"; }

  void Extract(const Document& doc, std::vector<Mention>* out) const override {
    std::string_view text = doc.text;
    std::vector<Mention> found;
    ExtractOrdinals(text, &found);
    ExtractOrdinalPairs(text, &found);
    ExtractHeld(text, &found);
    ExtractSessions(text, &found);
    ExtractSimple(text, dated_, &found);
    ExtractSimple(text, dialogue_, &found);
    Resolve(text, &found);
    for (Mention& m : found) out->push_back(std::move(m));
  }

 private:
  static uint32_t offset(std::string_view text, std::string_view piece) {
    return static_cast<uint32_t>(piece.data() - text.data());
  }

  void Add(std::string_view text, uint32_t begin, uint32_t end, const std::string& rule,
           std::vector<Mention>* out) const {
    std::string_view name = text.substr(begin, end - begin);
    for (std::string_view w : kGenericWords) {
      if (name.find(w) != std::string_view::npos) return;
    }
    // A short name in parentheses right after is part of the mention.
    re2::StringPiece paren;
    if (RE2::PartialMatch(text.substr(end), *alias_.re, &paren)) {
      end += static_cast<uint32_t>(paren.size());
    }
    Mention m;
    m.type = EntityType::kMeeting;
    m.begin = begin;
    m.end = end;
    m.name = std::string(text.substr(begin, end - begin));
    m.canonical = expand(m.name);
    m.rule = rule;
    out->push_back(std::move(m));
  }

  // Start of the body written before `pos`: back over name characters to a
  // boundary word or punctuation.
  static size_t BodyStart(std::string_view text, size_t pos) {
    while (pos > 0) {
      size_t n = prev_char_len(text, pos);
      std::string_view ch = text.substr(pos - n, n);
      // 政府首脑(总理)理事会: a short gloss in parentheses inside the body.
      if (ch == ")") {
        size_t open = text.rfind('(', pos - 1);
        if (open != std::string_view::npos && pos - open <= 20 &&
            text.substr(open, pos - open).find('\n') == std::string_view::npos) {
          pos = open;
          continue;
        }
      }
      // 第十九次会议和最高法院院长第十六次会议: two meetings, not one body.
      std::string_view before = text.substr(0, pos);
      if (ends_with(before, "会议和") || ends_with(before, "峰会和") ||
          ends_with(before, "论坛和") || ends_with(before, "大会和")) {
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
      if (boundary) break;
      pos -= n;
    }
    return pos;
  }

  // Whether the name starting at `p` (up to `end`) opens with a body.
  bool HasHead(std::string_view text, size_t p, size_t end) const {
    std::string_view rest = text.substr(p, end - p);
    if (RE2::PartialMatch(rest, *org_head_.re)) return true;
    return heads_.FirstAt(rest, 0) != nullptr;
  }

  void ExtractOrdinals(std::string_view text, std::vector<Mention>* out) const {
    re2::StringPiece input(text.data(), text.size());
    re2::StringPiece whole, first, after_body;
    while (RE2::FindAndConsume(&input, *ordinal_.re, &whole, &first, &after_body)) {
      uint32_t at = offset(text, whole);
      uint32_t end = at + static_cast<uint32_t>(whole.size());
      if (after_body.find("第") != re2::StringPiece::npos) continue;  // a pair, below
      std::string_view qualifier(after_body.data(), after_body.size());
      bool body_before = qualifier.empty();
      for (std::string_view q : kSessionQualifiers) body_before = body_before || qualifier == q;
      uint32_t begin = body_before ? static_cast<uint32_t>(BodyStart(text, at)) : at;
      // 首次峰会 names nothing: a 首 ordinal needs a body.
      if (starts_with(first, "首") && begin == at && after_body.empty()) continue;
      Add(text, begin, end, ordinal_.name, out);
    }
  }

  // 第三十八届和第三十九届峰会: two sessions of the body written before.
  void ExtractOrdinalPairs(std::string_view text, std::vector<Mention>* out) const {
    re2::StringPiece input(text.data(), text.size());
    re2::StringPiece first, second, tail;
    while (RE2::FindAndConsume(&input, *ordinal_pair_.re, &first, &second, &tail)) {
      uint32_t at = offset(text, first);
      uint32_t begin = static_cast<uint32_t>(BodyStart(text, at));
      std::string body = expand(text.substr(begin, at - begin));
      uint32_t first_end = at + static_cast<uint32_t>(first.size());
      uint32_t second_begin = offset(text, second);
      uint32_t end = offset(text, tail) + static_cast<uint32_t>(tail.size());
      size_t before = out->size();
      Add(text, begin, first_end, ordinal_pair_.name + "/first", out);
      if (out->size() > before)
        out->back().canonical = body + std::string(first) + std::string(tail);
      before = out->size();
      Add(text, second_begin, end, ordinal_pair_.name + "/second", out);
      if (out->size() > before)
        out->back().canonical = body + std::string(second) + std::string(tail);
    }
  }

  void ExtractHeld(std::string_view text, std::vector<Mention>* out) const {
    re2::StringPiece input(text.data(), text.size());
    re2::StringPiece whole, follow;
    while (RE2::FindAndConsume(&input, *held_.re, &whole, &follow)) {
      if (follow == "机制" || follow == "等") continue;
      uint32_t begin = offset(text, whole);
      // What is held has an identity: a body, an ordinal, a quoted title, a
      // high-level label or a session word (举行妇女论坛 names no session).
      std::string_view held(whole.data(), whole.size());
      if (held.find("举行") != held.npos || held.find("召开") != held.npos ||
          held.find("举办") != held.npos) {
        continue;  // two events in one phrase: each is found on its own
      }
      bool identity = HasHead(text, begin, begin + held.size()) ||
                      RE2::PartialMatch(held, *ordinal_.re) || held.find("“") != held.npos ||
                      held.find("高级别") != held.npos;
      for (std::string_view w : kSessionWords) identity = identity || ends_with(held, w);
      if (!identity) continue;
      // The session word alone (举行会议) names nothing.
      std::string_view name(whole.data(), whole.size());
      if (name == "会议" || name == "论坛" || name == "峰会" || name == "大会" || name == "活动" ||
          name == "培训班") {
        continue;
      }
      Add(text, begin, begin + static_cast<uint32_t>(whole.size()), held_.name, out);
    }
  }

  void ExtractSessions(std::string_view text, std::vector<Mention>* out) const {
    re2::StringPiece input(text.data(), text.size());
    re2::StringPiece word, follow;
    while (RE2::FindAndConsume(&input, *session_.re, &word, &follow)) {
      if (follow == "机制" || follow == "等") continue;
      size_t at = offset(text, word);
      size_t begin = BodyStart(text, at);
      if (begin == at || !HasHead(text, begin, at)) continue;
      // 上合组织论坛 is the forum itself (a mechanism); a session of a forum
      // names its topic (上合组织妇女论坛).
      if (word == "论坛" && RE2::FullMatch(text.substr(begin, at - begin), *org_head_.re)) continue;
      Add(text, static_cast<uint32_t>(begin), static_cast<uint32_t>(at + word.size()),
          session_.name, out);
    }
  }

  void ExtractSimple(std::string_view text, const Rule& rule, std::vector<Mention>* out) const {
    re2::StringPiece input(text.data(), text.size());
    re2::StringPiece name;
    bool possible = may_match(rule, text);
    while (possible && RE2::FindAndConsume(&input, *rule.re, &name)) {
      uint32_t begin = offset(text, name);
      // 10日在青岛召开…会议: the place and verb are not part of a name.
      std::string_view n(name.data(), name.size());
      bool verb = false;
      for (std::string_view w : kBodyBoundaries) verb = verb || starts_with(n, w);
      for (std::string_view w : {"举行", "举办", "召开"}) verb = verb || n.find(w) != n.npos;
      if (verb) continue;
      Add(text, begin, begin + static_cast<uint32_t>(name.size()), rule.name, out);
    }
  }

  // Bare ordinals inherit the body of the meeting before them; same-session
  // mentions share the fullest name.
  void Resolve(std::string_view text, std::vector<Mention>* found) const {
    std::sort(found->begin(), found->end(),
              [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
    struct Key {
      std::string body, ordinal, tail;
    };
    auto key_of = [&](const Mention& m, Key* k) {
      re2::StringPiece body, ordinal, tail;
      if (!RE2::FullMatch(m.canonical, *ordinal_key_.re, &body, &ordinal, &tail)) return false;
      // 第十九次 -> 19, 首届 -> 1 (第 and the counter are 3 bytes each).
      std::string_view o(ordinal.data(), ordinal.size());
      long n = starts_with(o, "首") ? 1 : parse_number(o.substr(3, o.size() - 6));
      *k = {std::string(body), std::to_string(n) + std::string(last_chars(ordinal, 1)),
            std::string(tail)};
      return true;
    };
    for (size_t i = 0; i < found->size(); ++i) {
      Mention& m = (*found)[i];
      Key k;
      if (!key_of(m, &k) || !k.body.empty()) continue;
      for (size_t j = i; j-- > 0;) {
        const Mention& prev = (*found)[j];
        if (text.substr(prev.end, m.begin - prev.end).find('\n') != std::string_view::npos) break;
        Key pk;
        if (key_of(prev, &pk) && !pk.body.empty() && pk.tail == k.tail &&
            last_chars(pk.ordinal, 1) == last_chars(k.ordinal, 1)) {
          m.canonical = pk.body + m.canonical;
          break;
        }
      }
    }
    // One name per session: the fullest among mentions that agree, by
    // ordinal and by how the body and session word end (元首理事会…会议).
    for (Mention& m : *found) {
      Key k;
      bool ordinal = key_of(m, &k);
      std::string best = m.canonical;
      int longer_names = 0;
      for (const Mention& other : *found) {
        if (other.canonical.size() <= m.canonical.size()) continue;
        Key ok;
        if (ordinal) {
          if (!key_of(other, &ok) || ok.ordinal != k.ordinal) continue;
          std::string mine = k.body + k.tail, theirs = ok.body + ok.tail;
          bool alike = mine == k.tail && k.tail == "会议";
          alike = alike || last_chars(mine, 4) == last_chars(theirs, 4);
          if (!alike) continue;
        } else if (key_of(other, &ok) || !ends_with(other.canonical, m.canonical)) {
          continue;  // 成员国元首理事会会议 within 上海合作组织成员国元首理事会会议
        }
        if (other.canonical != best) ++longer_names;
        if (other.canonical.size() > best.size()) best = other.canonical;
      }
      // A short name that ends two different longer ones stays itself.
      if (ordinal || longer_names == 1) m.canonical = best;
    }
  }

  Rule ordinal_, held_, session_, dated_, dialogue_, alias_, org_head_, ordinal_key_, ordinal_pair_;
  WordList heads_;  // names of countries and places
};

}  // namespace

Result<std::unique_ptr<Extractor>> make_meeting_extractor(const Gazetteer& gazetteer) {
  const std::string number = "(?:第[0-9一二三四五六七八九十百零〇]+|首)(?:次|届)";
  const std::string name_unit = "(?:“[^”\\n]+”|[^,。;:、()“”《》\\n\\s])";
  // What may follow a meeting's name: a postposition, a conjunction, a verb
  // of what the meeting did, punctuation.
  const std::string follow =
      "(上|成果|期间|间隙|的|和|及|、|,|。|;|:|所|取得|\\(|\\n|前|后|时|并|将|框架|机制|等|"
      "通过|发表|批准|签署|审议|决定|达成|之际|以来|中|筹备|主席|文件|精神|开幕|闭幕|结束|$)";
  std::vector<std::string> patterns = {
      // An ordinal, an optional body after it, a session word.
      "((" + number + ")([\\p{Han}\\-]{0,20}?)(?:会议|峰会|论坛|大会|会晤))",
      "(?:举行|举办|召开)(?:了)?(?:的)?(" + name_unit +
          "{1,60}?(?:会议|论坛|峰会|大会|活动|培训班))" + follow,
      "(部长级会议|部长会议|首脑会议|元首会议|负责人会议|领导人会议|院长会议|圆桌会议|例行会议|"
      "缔约方会议|峰会|论坛)" +
          follow,
      "\\d日(\\p{Han}{2,16}?会议)(?:所|上|的|,|。)",
      "(高级别\\p{Han}{0,4}?对话)",
      "^(\\(\\p{Han}{2,12}\\))",
      "^(?:上海合作组织|上合组织|成员国|\\p{Han}{1,10}?(?:组织|集团|联盟|共同体))",
      "(.*?)(" + number + ")(.*)",
      "(" + number + ")(?:和|、|及|与)(" + number + ")(\\p{Han}{0,6}?(?:会议|峰会|论坛|大会))",
  };
  const char* names[] = {"meeting/ordinal",  "meeting/held",        "meeting/session-word",
                         "meeting/dated",    "meeting/dialogue",    "meeting/parenthesised-name",
                         "meeting/org-head", "meeting/ordinal-key", "meeting/ordinal-pair"};
  Result<std::vector<Rule>> rules =
      compile_rules(std::vector<const char*>(std::begin(names), std::end(names)), patterns);
  if (!rules.ok()) return rules.status();
  // Countries and places open names too (伊朗核问题全面协议, 中亚无核武器区条约).
  std::vector<std::string> heads = country_and_place_names(gazetteer);
  return std::unique_ptr<Extractor>(new MeetingExtractor(std::move(rules.value()), std::move(heads)));
}

}  // namespace treatygraph
