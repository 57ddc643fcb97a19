// Instruments: named legal and policy texts (GUIDELINES.md), each with its
// kind as value. The kind is decided by the title's head noun, the LAST kind
// noun in it: 《…宣言落实计划》 is a plan, 《…框架协定》 an agreement.
//
// How the genre writes an instrument's name, and the rule for each:
//   《上海合作组织宪章》            -> 上海合作组织宪章 (charter); the mention
//                                    spans the title without 《》
//   《2019-2021年〈X构想〉落实措施计划》 -> the outer plan and the inner X构想
//   《中亚无核武器区条约》议定书     -> 中亚无核武器区条约议定书 (protocol) and
//                                    the treaty: a kind noun glued to 》
//                                    extends the title (not 》相关议定书)
//   《X公约》(《Y公约》), 《X条约》(Y条约) -> Y is X's short form
//   《条约汇编》, 《…》决议, 《公约》 -> not instruments (a publication, a
//                                    resolution's title, a bare kind noun)
//   上合组织成员国元首理事会关于…的声明, 关于…的全面国际公约,
//   中华人民共和国和俄罗斯联邦关于…的联合声明
//                                 -> 关于 + 的 + head noun, with the issuer
//                                    (org and organ tokens, countries joined
//                                    by 和) written before 关于
//   关于X和关于Y的两个协定         -> two agreements, 关于X的协定, 关于Y的协定
//   A与B于2011年6月签署谅解备忘录 -> A与B谅解备忘录; the mention spans the
//                                    noun only, so the date stays a Date
//   执行联合国全球反恐战略,  签订的上海合作组织…合作议定书
//                                 -> an unbracketed proper name: it starts
//                                    with a name head (an organisation, a
//                                    country or place, a year, 关于, “) and
//                                    runs to a kind noun, after a verb or
//                                    punctuation; generic phrases (联合国三大
//                                    禁毒公约, 国际反恐公约) have no head or
//                                    hold a generic word
//   X国家安全战略和Y国家发展战略   -> two names: a kind noun before 和/与/及
//                                    ends one name, the next starts after it
//   生物多样性公约秘书处           -> a headless name followed by 秘书处 or by
//                                    a session (第N届缔约方会议) is a proper name
//   批准全面禁止核试验条约         -> so is a headless treaty or convention
//                                    that a treaty verb acts on (4+ characters)
//   加入该公约…并加入其附加议定书  -> the protocol of the last convention
//   A与B的合作,并注意到这两个实体…签署的合作谅解备忘录
//                                 -> A与B合作谅解备忘录 (parties named before)
// Resolution inside one document: a title written with an abbreviated
// organisation name resolves like the full one (上合组织 -> 上海合作组织),
// and a short title that ends a longer one of the same document is that
// instrument (《阿斯塔纳宣言》 after 上海合作组织十周年阿斯塔纳宣言).
#include <algorithm>
#include <map>
#include <set>

#include "extract/extractors_internal.h"
#include "extract/text_util.h"
#include "extract/word_list.h"

namespace treatygraph {
namespace {

struct KindNoun {
  std::string_view noun;
  std::string_view kind;
};

// Head nouns of an instrument's title; the last one in the title decides.
const KindNoun kKindNouns[] = {
    {"条约", "treaty"},    {"公约", "convention"}, {"宪章", "charter"},      {"协定", "agreement"},
    {"协议", "agreement"}, {"议定书", "protocol"}, {"宣言", "declaration"},  {"声明", "statement"},
    {"公报", "statement"}, {"寄语", "statement"},  {"战略", "strategy"},     {"愿景", "strategy"},
    {"纲要", "programme"}, {"方案", "programme"},  {"构想", "concept"},      {"计划", "plan"},
    {"规划", "plan"},      {"议程", "agenda"},     {"备忘录", "memorandum"}, {"路线图", "roadmap"},
    {"准则", "other"},     {"条例", "other"},      {"规则", "other"},        {"框架", "other"},
    {"倡议", "other"},     {"立场", "other"},      {"章程", "charter"},      {"守则", "other"},
    {"纲领", "programme"},
};

// A title ending in one of these is a publication or a newspaper.
const std::string_view kPublicationEnds[] = {"汇编", "报告", "年鉴", "杂志", "日报",   "时报",
                                             "周刊", "月刊", "丛书", "文集", "白皮书", "名录"};

// Standard abbreviations of organisation names inside titles.
const std::pair<std::string_view, std::string_view> kAbbreviations[] = {
    {"上合组织", "上海合作组织"},
    {"世贸组织", "世界贸易组织"},
    {"独联体", "独立国家联合体"},
    {"集安条约组织", "集体安全条约组织"},
    {"联合国教科文组织", "联合国教育、科学及文化组织"},
    {"东盟", "东南亚国家联盟"},
};

// Words that make an unbracketed phrase generic rather than a name.
const std::string_view kGenericWords[] = {
    "三大", "相关", "有关", "各项",   "其他",     "这些",     "上述",           "现有", "现行",
    "一项", "该",   "其",   "本组织", "国际反恐", "国际禁毒", "具有法律约束力", "多边", "双边"};

// Where an unbracketed name cannot start: verbs and function words written
// before a name (执行X战略, 签订的X议定书). 与/和/同/及 are not here: they
// join the parties inside a name (A与B合作议定书).
const std::string_view kNameBoundaries[] = {
    "的",   "执行", "落实", "实施", "签署", "签订",   "通过", "制定", "提出", "注意到",
    "回顾", "欢迎", "加入", "遵守", "恪守", "根据",   "依照", "按照", "遵循", "履行",
    "以及", "及其", "在",   "于",   "是",   "为",     "对",   "将",   "就",   "了",
    "等",   "继续", "支持", "启动", "包括", "特别是", "作为", "成为", "确认", "鼓励",
    "完成", "研究", "题为", "即",   "从而", "向",     "由",   "把",   "有",
    "保持", "推进", "推动", "设置", "主导",  // ……保持议程连续性: the text is their object
    "举行",                                  // 在北京举行公约开放供签署仪式
    // A presidential statement's own words (以安理会名义发表如下声明, 通报本声明).
    "发表", "通报", "名义",
    // A Council's or Assembly's verbs (安全理事会重申联合国萨赫勒综合战略).
    "重申", "强调", "赞赏", "赞扬", "呼吁", "敦促", "吁请", "要求", "认识到", "铭记", "重视",
};

// Without a head, these end an unbracketed name too (see NameStart).
const std::string_view kHeadlessBoundaries[] = {"和", "与", "同", "并", "请"};

// Verbs that take a treaty as object: what follows them up to 公约/条约 is
// the treaty's name even without a name head (批准不扩散核武器条约).
const std::string_view kTreatyVerbs[] = {"加入", "批准", "签署", "遵守", "恪守", "执行", "履行",
                                         "制定", "缔结", "落实", "退出", "违反", "修订"};

// Organs and parts of an issuer written before 关于 (上合组织成员国元首理事会关于…).
const std::string_view kIssuerTokens[] = {
    "上海合作组织",   "上合组织",   "联合国",     "成员国",   "元首理事会",
    "政府首脑理事会", "外长理事会", "部长理事会", "国家元首", "元首",
    "秘书处",         "政府间",     "国家"};

// The kind of the title's last kind noun (of two ending at the same place,
// the longer). Walks back from the end, since titles end in their noun: a
// search for each noun over the whole title cost a tenth of extraction.
std::string kind_of(std::string_view title) {
  for (size_t end = title.size(); end > 0; end -= prev_char_len(title, end)) {
    std::string_view before = title.substr(0, end);
    const KindNoun* best = nullptr;
    for (const KindNoun& k : kKindNouns) {
      if (ends_with(before, k.noun) && (best == nullptr || k.noun.size() > best->noun.size())) {
        best = &k;
      }
    }
    if (best != nullptr) return std::string(best->kind);
  }
  return std::string();
}

bool is_bare_kind_noun(std::string_view title) {
  for (const KindNoun& k : kKindNouns) {
    if (title == k.noun) return true;
  }
  return false;
}

// The resolution key of a title: brackets dropped, abbreviations expanded,
// quotes around the whole dropped (“4月3日协议” is 4月3日协议).
std::string canonical_title(std::string_view title) {
  if (starts_with(title, "“") && ends_with(title, "”") &&
      title.find("”") == title.size() - std::string_view("”").size()) {
    title = title.substr(3, title.size() - 6);
  }
  std::string out;
  for (size_t i = 0; i < title.size();) {
    std::string_view rest = title.substr(i);
    if (starts_with(rest, "〈") || starts_with(rest, "〉") || starts_with(rest, "《") ||
        starts_with(rest, "》")) {
      i += 3;
      continue;
    }
    bool expanded = false;
    for (const auto& [abbr, full] : kAbbreviations) {
      if (starts_with(rest, abbr)) {
        out += full;
        i += abbr.size();
        expanded = true;
        break;
      }
    }
    if (!expanded) out += title[i++];
  }
  return out;
}

// What follows a kind noun that makes it a word of another phrase: 声明如下
// is a verb, 独立战略审查 and 计划执行情况 are reviews of something.
bool qualifies_next_noun(std::string_view after) {
  for (std::string_view w : {"如下", "审查", "评估", "执行情况", "实施情况", "审议情况"}) {
    if (starts_with(after, w)) return true;
  }
  return false;
}

class InstrumentExtractor : public ContextualExtractor {
 public:
  InstrumentExtractor(std::vector<Rule> rules, std::vector<std::string> known_heads,
                      const Gazetteer& gazetteer)
      : title_(std::move(rules[0])),
        extension_(std::move(rules[1])),
        short_form_(std::move(rules[2])),
        about_(std::move(rules[3])),
        about_pair_(std::move(rules[4])),
        memorandum_(std::move(rules[5])),
        noun_(std::move(rules[6])),
        org_head_(std::move(rules[7])),
        year_head_(std::move(rules[8])),
        session_after_(std::move(rules[9])),
        its_protocol_(std::move(rules[10])),
        both_parties_(std::move(rules[11])),
        known_heads_(std::move(known_heads)),
        known_head_words_(known_heads_),
        short_forms_(gazetteer) {}

  std::string_view name() const override { return "instrument"; }

  void ExtractIn(const Document& doc, const DocumentContext& context,
                 std::vector<Mention>* out) const override {
    const CharIndex& chars = context.chars;
    std::string_view text = doc.text;
    std::vector<Mention> found;
    std::vector<std::pair<uint32_t, uint32_t>> titles;  // 《…》 spans, brackets included
    std::map<std::string, std::string> short_forms;     // short canonical -> full
    ExtractTitles(text, chars, &found, &titles, &short_forms);
    // The titles come in text order and never overlap: only the last one
    // starting at or before pos can hold it.
    auto in_title = [&](uint32_t pos) {
      auto after = std::upper_bound(titles.begin(), titles.end(), pos,
                                    [](uint32_t p, const auto& t) { return p < t.first; });
      return after != titles.begin() && pos < std::prev(after)->second;
    };
    const Marks marks(text);
    ExtractAboutPairs(text, chars, in_title, &found);
    ExtractAbout(text, chars, marks, in_title, &found);
    ExtractMemoranda(text, chars, in_title, &found);
    ExtractProperNames(text, chars, marks, in_title, &found);
    for (Mention& m : found) short_forms_.ExpandOpening(&m.canonical);
    ResolveShortForms(short_forms, &found);
    ExtractAnaphora(text, chars, marks, in_title, &found);
    for (Mention& m : found) out->push_back(std::move(m));
  }

 private:
  static uint32_t offset(std::string_view text, std::string_view piece) {
    return static_cast<uint32_t>(piece.data() - text.data());
  }

  // Where the rules that look back from a match find what they look for,
  // found once per document (see Occurrences).
  struct Marks {
    explicit Marks(std::string_view text)
        : newlines(text, "\n"), open_quotes(text, "“"), close_quotes(text, "”") {}
    Occurrences newlines, open_quotes, close_quotes;
  };

  static void Add(std::string_view text, uint32_t begin, uint32_t end, std::string canonical,
                  std::string kind, const std::string& rule, std::vector<Mention>* out) {
    Mention m;
    m.type = EntityType::kInstrument;
    m.begin = begin;
    m.end = end;
    m.name = std::string(text.substr(begin, end - begin));
    m.canonical = std::move(canonical);
    m.value = kind.empty() ? "other" : std::move(kind);
    m.rule = rule;
    out->push_back(std::move(m));
  }

  void ExtractTitles(std::string_view text, const CharIndex& chars, std::vector<Mention>* out,
                     std::vector<std::pair<uint32_t, uint32_t>>* titles,
                     std::map<std::string, std::string>* short_forms) const {
    RuleMatches matches(title_, text, &chars);
    re2::StringPiece inner;
    while (matches.Next(&inner)) {
      uint32_t begin = offset(text, inner);
      uint32_t end = begin + static_cast<uint32_t>(inner.size());
      titles->emplace_back(begin - 3, end + 3);
      std::string_view title(inner.data(), inner.size());
      std::string_view after = text.substr(end + 3);
      if (starts_with(after, "决议")) continue;  // a resolution cited by its title
      if (titles_a_speech(after)) continue;
      // Inner titles 〈X〉 are instruments of their own.
      for (size_t open = title.find("〈"); open != std::string_view::npos;
           open = title.find("〈", open + 3)) {
        size_t close = title.find("〉", open);
        if (close == std::string_view::npos) break;
        std::string_view nested = title.substr(open + 3, close - open - 3);
        std::string kind = kind_of(nested);
        if (kind.empty() || is_bare_kind_noun(nested)) continue;
        Add(text, begin + static_cast<uint32_t>(open + 3), begin + static_cast<uint32_t>(close),
            canonical_title(nested), kind, title_.name + "/nested", out);
      }
      std::string clean = canonical_title(title);
      // 《…决议》 is a resolution cited by title, another extractor's.
      if (is_bare_kind_noun(clean) || ends_with(clean, "决议")) continue;
      bool publication = false;
      for (std::string_view p : kPublicationEnds) publication = publication || ends_with(clean, p);
      // 《大会正式记录,第七十七届会议,补编第17号》: the UN's official records.
      publication = publication || clean.find("正式记录") != std::string::npos;
      if (publication) continue;
      std::string kind = kind_of(clean);
      Add(text, begin, end, clean, kind, title_.name, out);
      std::string full = clean;
      uint32_t full_end = end + 3;
      re2::StringPiece ext;
      if (RE2::PartialMatch(after, *extension_.re, &ext)) {
        // 《X条约》议定书: the protocol to X, a text of its own.
        full = clean + std::string(ext);
        full_end += static_cast<uint32_t>(ext.size());
        Add(text, begin - 3, full_end, full, kind_of(ext), extension_.name, out);
      }
      // A short form names a kind (《政治协议》), or is declared as one
      // (以下简称《厦门共识》).
      re2::StringPiece declared, short_form;
      if (RE2::PartialMatch(text.substr(full_end), *short_form_.re, &declared, &short_form) &&
          (!kind_of(short_form).empty() || !declared.empty())) {
        uint32_t sb = offset(text, short_form);
        std::string short_canonical = canonical_title(short_form);
        (*short_forms)[short_canonical] = full;
        Add(text, sb, sb + static_cast<uint32_t>(short_form.size()), full, kind_of(full),
            short_form_.name, out);
      }
    }
  }

  // Start of the unbracketed name that ends at `end`: walks left over name
  // characters to a boundary, then takes the leftmost name head. Returns
  // npos when the phrase has no head; *region_start is then where a name
  // without a head would start (the walk also stopping at 和/与/并/请 and
  // at treaty verbs).
  // Whether what follows a number says what it counts: 年, 届, 次, 号, 周年, ….
  static bool counted_after_number(std::string_view after) {
    for (std::string_view unit : {"年", "届", "次", "号", "周", "月", "日", "个", "国", "点", "项", "世纪"}) {
      if (starts_with(after, unit)) return true;
    }
    return false;
  }

  size_t NameStart(std::string_view text, size_t end, size_t* region_start) const {
    size_t pos = end;
    // Without a head, 和/与/并 and a request verb end the phrase too.
    size_t headless = end;
    while (headless > 0) {
      size_t n = prev_char_len(text, headless);
      if (!is_han(text.substr(headless - n, n))) break;
      if (headless_boundaries_.AnyEndsAt(text, headless)) break;
      headless -= n;
    }
    while (pos > 0) {
      size_t n = prev_char_len(text, pos);
      std::string_view ch = text.substr(pos - n, n);
      bool name_char = is_han(ch) || ch == "“" || ch == "”" || ch == "-" ||
                       (n == 1 && ch[0] >= '0' && ch[0] <= '9');
      if (!name_char) break;
      if (name_boundaries_.AnyEndsAt(text, pos)) break;
      // A number in a name counts something (2030年, 2025-2028年, 10+3,
      // 第5次); one followed by a word is an item's number (议程项目8维也纳
      // 宣言……, header lines run together).
      if (n == 1 && ch[0] >= '0' && ch[0] <= '9' && pos < end && is_han(text, pos) &&
          !counted_after_number(text.substr(pos))) {
        break;
      }
      pos -= n;
      if (ch == "“") break;  // a quoted name starts at its quote
    }
    *region_start = headless;
    // X战略和Y战略: a name ends at its kind noun, the next starts after the
    // conjunction.
    // The last such conjunction in the phrase wins.
    for (size_t q = end; q > pos; q -= prev_char_len(text, q)) {
      std::string_view conj = text.substr(q - prev_char_len(text, q), prev_char_len(text, q));
      if (conj != "和" && conj != "与" && conj != "及") continue;
      std::string_view before = text.substr(pos, q - conj.size() - pos);
      bool after_noun = false;
      for (const KindNoun& kn : kKindNouns) after_noun = after_noun || ends_with(before, kn.noun);
      if (after_noun) {
        pos = q;
        break;
      }
    }
    for (size_t p = pos; p < end;) {
      std::string_view rest = text.substr(p, end - p);
      // A quote closed inside the name is part of it (“一带一路”倡议); one
      // closed after it encloses the name (“4月3日协议”).
      if (starts_with(rest, "“")) return rest.find("”") == std::string_view::npos ? p + 3 : p;
      if (starts_with(rest, "关于")) return p;
      bool digit = text[p] >= '0' && text[p] <= '9';
      if (digit && RE2::PartialMatch(rest, *year_head_.re)) return p;  // a year opens with one
      if (RE2::PartialMatch(rest, *org_head_.re)) return p;
      if (known_head_words_.FirstAt(rest, 0) != nullptr) return p;
      unsigned char b = static_cast<unsigned char>(text[p]);
      p += b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    }
    return std::string_view::npos;
  }

  // Where the heading holding the kind noun text[k, e) starts, when the
  // name fills a line of its own (a paragraph, once normalised) with five to
  // forty name characters and no verb or preposition; npos otherwise. A
  // heading needs no head word: it names the text it heads.
  static size_t TitleLineStart(std::string_view text, size_t k, size_t e) {
    if (e < text.size() && text[e] != '\n') return std::string_view::npos;
    size_t start = text.rfind('\n', k);
    start = start == std::string_view::npos ? 0 : start + 1;
    while (start < k && text[start] == ' ') ++start;
    std::string_view line = text.substr(start, e - start);
    for (std::string_view w : {"于", "在", "的", "签署", "签订", "通过", "发表", "根据"}) {
      if (line.find(w) != std::string_view::npos) return std::string_view::npos;
    }
    size_t chars = 0;
    for (size_t p = start; p < e; p += utf8_length(static_cast<unsigned char>(text[p]))) {
      std::string_view ch = text.substr(p, utf8_length(static_cast<unsigned char>(text[p])));
      bool name_char = is_han(ch) || ch == "“" || ch == "”" || ch == "-" || (ch[0] >= '0' && ch[0] <= '9');
      if (!name_char) return std::string_view::npos;
      ++chars;
    }
    return chars >= 5 && chars <= 40 ? start : std::string_view::npos;
  }

  // 发表题为《共建普惠包容的开放型亚太经济》的重要讲话: a speech's or an
  // article's title, not a text the parties issued.
  static bool titles_a_speech(std::string_view after) {
    if (!starts_with(after, "的")) return false;
    std::string_view rest = after.substr(std::string_view("的").size(), 5 * 3);
    for (std::string_view noun : {"讲话", "演讲", "致辞", "文章", "贺信", "贺词", "发言"}) {
      if (rest.find(noun) != std::string_view::npos) return true;
    }
    return false;
  }

  static bool generic(std::string_view name) {
    for (std::string_view w : kGenericWords) {
      if (name.find(w) != std::string_view::npos) return true;
    }
    return false;
  }

  // Inside “…” that follows 题为: the title of something else.
  // A quote opened on an earlier line does not reach pos, so only pos's line
  // is searched (not the whole text before it).
  static bool in_titled_quote(std::string_view text, const Marks& marks, size_t pos) {
    size_t newline = pos == 0 ? Occurrences::npos : marks.newlines.LastAtOrBefore(pos - 1);
    size_t line_start = newline == Occurrences::npos ? 0 : newline + 1;
    size_t open = marks.open_quotes.LastAtOrBefore(pos);
    if (open == Occurrences::npos || open < line_start) return false;
    size_t close = marks.close_quotes.LastAtOrBefore(pos);
    if (close != Occurrences::npos && close > open) return false;
    return ends_with(text.substr(0, open), "题为");
  }

  template <typename InTitle>
  void ExtractAboutPairs(std::string_view text, const CharIndex& chars, InTitle in_title, std::vector<Mention>* out) const {
    RuleMatches matches(about_pair_, text, &chars);
    re2::StringPiece whole, first, second, noun;
    bool possible = may_match(about_pair_, text);
    while (possible &&
           matches.Next(&whole, &first, &second, &noun)) {
      uint32_t begin = offset(text, whole);
      if (in_title(begin)) continue;
      std::string n(noun);
      uint32_t second_begin = offset(text, second) - 6;  // 关于
      Add(text, begin, offset(text, first) + static_cast<uint32_t>(first.size()),
          canonical_title("关于" + std::string(first) + "的" + n), kind_of(n),
          about_pair_.name + "/first", out);
      Add(text, second_begin, begin + static_cast<uint32_t>(whole.size()),
          canonical_title("关于" + std::string(second) + "的" + n), kind_of(n),
          about_pair_.name + "/second", out);
    }
  }

  template <typename InTitle>
  void ExtractAbout(std::string_view text, const CharIndex& chars, const Marks& marks, InTitle in_title,
                    std::vector<Mention>* out) const {
    RuleMatches matches(about_, text, &chars);
    re2::StringPiece whole, modifier;
    while (matches.Next(&whole, &modifier)) {
      uint32_t begin = offset(text, whole);
      uint32_t end = begin + static_cast<uint32_t>(whole.size());
      if (in_title(begin) || in_titled_quote(text, marks, begin)) continue;
      std::string_view mod(modifier.data(), modifier.size());
      if (mod.find("个") != std::string_view::npos || mod.find("项") != std::string_view::npos ||
          mod.find("各") != std::string_view::npos) {
        continue;  // 的两个协定: a coordinated pair, or a generic phrase
      }
      // The issuer written before 关于 belongs to the name: organs, and
      // countries joined by 和 (中华人民共和国和俄罗斯联邦关于…的联合声明).
      bool extended = true;
      while (extended) {
        extended = false;
        std::string_view before = text.substr(0, begin);
        auto try_token = [&](std::string_view token) {
          if (!extended && !token.empty() && ends_with(before, token)) {
            begin -= static_cast<uint32_t>(token.size());
            extended = true;
          }
        };
        for (std::string_view token : kIssuerTokens) try_token(token);
        for (const std::string& head : known_heads_) try_token(head);
        try_token("政府");
        if (!extended && (ends_with(before, "和") || ends_with(before, "与"))) {
          // Only when a party stands before the conjunction.
          uint32_t probe = begin - 3;
          for (const std::string& head : known_heads_) {
            if (!extended && ends_with(text.substr(0, probe), head)) begin = probe, extended = true;
          }
        }
      }
      std::string_view name = text.substr(begin, end - begin);
      if (generic(name) || qualifies_next_noun(text.substr(end))) continue;
      Add(text, begin, end, canonical_title(name), kind_of(name), about_.name, out);
    }
  }

  template <typename InTitle>
  void ExtractMemoranda(std::string_view text, const CharIndex& chars, InTitle in_title, std::vector<Mention>* out) const {
    RuleMatches matches(memorandum_, text, &chars);
    re2::StringPiece joint, second, noun;
    bool possible = may_match(memorandum_, text);
    while (possible && matches.Next(&joint, &second, &noun)) {
      uint32_t at = offset(text, joint);
      if (in_title(at)) continue;
      // 联合国中部非洲区域办事处(中部非洲办)与……: the first party's short
      // name in brackets is no part of the memorandum's name.
      size_t name_end = at;
      const size_t kShortName = 3 * 8 + 2;  // (+ up to eight characters +)
      size_t from = at > kShortName ? at - kShortName : 0;
      std::string_view before = text.substr(from, at - from);
      if (ends_with(before, ")")) {
        size_t open = before.rfind('(');
        if (open != std::string_view::npos) name_end = from + open;
      }
      size_t region = 0;
      size_t start = NameStart(text, name_end, &region);
      if (start == std::string_view::npos) continue;
      std::string parties(text.substr(start, name_end - start));
      parties.append(text.substr(at, offset(text, second) + second.size() - at));
      uint32_t nb = offset(text, noun);
      Add(text, nb, nb + static_cast<uint32_t>(noun.size()),
          canonical_title(parties + std::string(noun)), "memorandum", memorandum_.name, out);
    }
  }

  template <typename InTitle>
  void ExtractProperNames(std::string_view text, const CharIndex& chars, const Marks& marks, InTitle in_title,
                          std::vector<Mention>* out) const {
    // Names found by the rules before (关于 names, pairs, titles), by start,
    // with the furthest end of any name starting at or before each: [s, e)
    // lies inside one of them when the furthest end up to s reaches e. The
    // names this rule adds need not be asked: the nouns come in text order
    // without overlap, so an earlier name ends before a later noun does.
    std::vector<std::pair<uint32_t, uint32_t>> covering;  // (begin, furthest end so far)
    for (const Mention& m : *out) covering.emplace_back(m.begin, m.end);
    std::sort(covering.begin(), covering.end());
    for (size_t i = 1; i < covering.size(); ++i) {
      covering[i].second = std::max(covering[i].second, covering[i - 1].second);
    }
    auto inside_earlier_name = [&](size_t start, size_t end) {
      auto after = std::upper_bound(covering.begin(), covering.end(), start,
                                    [](size_t s, const auto& c) { return s < c.first; });
      return after != covering.begin() && std::prev(after)->second >= end;
    };
    RuleMatches matches(noun_, text, &chars);
    re2::StringPiece noun;
    while (matches.Next(&noun)) {
      size_t k = offset(text, noun);
      size_t e = k + noun.size();
      if (in_title(static_cast<uint32_t>(k)) || in_titled_quote(text, marks, k)) continue;
      std::string_view after = text.substr(e);
      // 集体安全条约组织, 联合国开发计划署 are bodies; 声明如下 is a verb.
      // 临时议程, 议程项目 list the items of a session.
      if (starts_with(after, "组织") || starts_with(after, "署") || qualifies_next_noun(after) ||
          starts_with(after, "项目") || ends_with(text.substr(0, k), "临时")) {
        continue;
      }
      // 全面战略伙伴关系, 高级别战略对话: 战略 as "strategic", not a strategy.
      bool strategic = false;
      for (std::string_view w : {"伙伴", "对话", "沟通", "合作", "协作", "互信", "关系", "磋商"}) {
        strategic = strategic || (noun == "战略" && starts_with(after, w));
      }
      if (strategic) continue;
      size_t region = 0;
      size_t start = NameStart(text, k, &region);
      // An annex's heading that opens with its meeting's ordinal is named
      // whole (第六届环孟加拉湾倡议峰会宣言), where the body's name inside it
      // would open the name.
      if (size_t heading = TitleLineStart(text, k, e); heading != std::string_view::npos &&
                                                       start != std::string_view::npos && heading < start &&
                                                       session_ordinal_end(text, heading) == start) {
        start = heading;
      }
      if (start == std::string_view::npos) {
        // A headless name is a proper name when it has a secretariat or
        // sessions (生物多样性公约秘书处), or when a treaty verb acts on a
        // treaty-like noun (加入禁止化学武器公约, 制定青年权利公约).
        size_t len = codepoints(text.substr(region, k - region));
        bool body = starts_with(after, "秘书处") || RE2::PartialMatch(after, *session_after_.re);
        bool acted_on = false;
        if (noun == "公约" || noun == "条约" || noun == "宪章" || noun == "议定书") {
          for (std::string_view verb : kTreatyVerbs) {
            acted_on = acted_on || ends_with(text.substr(0, region), verb);
          }
        }
        size_t line = TitleLineStart(text, k, e);
        if (line != std::string_view::npos) {
          start = line;  // an annex's heading: 中俄印外长第十三次会晤联合公报
        } else if ((body && len >= 2 && len <= 12) || (acted_on && len >= 4 && len <= 20)) {
          start = region;
        } else {
          continue;
        }
      }
      std::string_view name = text.substr(start, e - start);
      std::string kind = kind_of(name);
      // A quoted word opens a formal text's name (“上海五国”杜尚别声明), not a
      // plan's (“一揽子”解决方案).
      if (starts_with(name, "“") && (kind == "plan" || kind == "programme")) continue;
      // A dated mention of a statement (2021年8月26日主席声明) cites it by its
      // date: no name.
      if (RE2::PartialMatch(name, "^\\d{4}年\\d{1,2}月")) continue;
      // A year opens a name only with words of its own before the noun:
      // 2030年可持续发展议程, not 2021-2025年行动计划.
      re2::StringPiece year;
      if (RE2::PartialMatch(name, *year_head_.re, &year) &&
          codepoints(name) < codepoints(year) + codepoints(noun) + 3) {
        continue;
      }
      if (codepoints(name) < codepoints(noun) + 2 || generic(name)) continue;
      if (inside_earlier_name(start, e)) continue;  // already part of a 关于 name or a pair
      Add(text, static_cast<uint32_t>(start), static_cast<uint32_t>(e), canonical_title(name), kind,
          noun_.name, out);
    }
  }

  // Texts named through what came before them in the sentence:
  //   加入该公约…也加入其附加议定书   -> the last convention's 附加议定书
  //   A与B的合作,并注意到这两个实体…签署的合作谅解备忘录 -> A与B合作谅解备忘录
  template <typename InTitle>
  void ExtractAnaphora(std::string_view text, const CharIndex& chars, const Marks& marks, InTitle in_title,
                       std::vector<Mention>* found) const {
    std::vector<Mention> added;
    RuleMatches matches(its_protocol_, text, &chars);
    re2::StringPiece protocol;
    bool possible = may_match(its_protocol_, text);
    // The conventions and treaties by end, the first found first among
    // equal ends: the parent is the one ending last at or before the
    // protocol, if no line break stands between them (a line break after it
    // stands after every convention ending earlier, too).
    std::vector<std::pair<uint32_t, size_t>> treaties;  // (end, index into *found)
    for (size_t i = 0; possible && i < found->size(); ++i) {
      const Mention& m = (*found)[i];
      if (m.value == "convention" || m.value == "treaty") treaties.emplace_back(m.end, i);
    }
    std::sort(treaties.begin(), treaties.end());
    while (possible && matches.Next(&protocol)) {
      uint32_t at = offset(text, protocol);
      if (in_title(at)) continue;
      auto after = std::upper_bound(treaties.begin(), treaties.end(), at,
                                    [](uint32_t p, const auto& t) { return p < t.first; });
      if (after == treaties.begin()) continue;
      uint32_t last_end = std::prev(after)->first;
      if (marks.newlines.AnyIn(last_end, at)) continue;
      // The first found of those ending at last_end.
      auto first = std::lower_bound(treaties.begin(), after, last_end,
                                    [](const auto& t, uint32_t e) { return t.first < e; });
      const Mention* parent = &(*found)[first->second];
      Add(text, at, at + static_cast<uint32_t>(protocol.size()),
          parent->canonical + std::string(protocol), "protocol", its_protocol_.name, &added);
    }
    RuleMatches more_matches(both_parties_, text, &chars);
    re2::StringPiece memorandum;
    possible = may_match(both_parties_, text);
    const Occurrences full_stops(possible ? text : std::string_view(), "。");
    const Occurrences joints(possible ? text : std::string_view(), "与");
    while (possible && more_matches.Next(&memorandum)) {
      uint32_t at = offset(text, memorandum);
      if (in_title(at)) continue;
      size_t sentence = full_stops.LastAtOrBefore(at);
      sentence = sentence == Occurrences::npos ? 0 : sentence;
      size_t joint = joints.LastAtOrBefore(at);
      if (joint == Occurrences::npos || joint < sentence) continue;
      size_t region = 0;
      size_t start = NameStart(text, joint, &region);
      // The first 的 after the joint that starts at or before `at`: looked
      // for up to `at` only, not over the rest of the text.
      size_t second_end = text.substr(0, at + 3).find("的", joint);
      if (start == std::string_view::npos || second_end == std::string_view::npos ||
          second_end > at || codepoints(text.substr(joint, second_end - joint)) > 25) {
        continue;
      }
      std::string parties(text.substr(start, second_end - start));
      Add(text, at, at + static_cast<uint32_t>(memorandum.size()),
          canonical_title(parties + std::string(memorandum)), "memorandum", both_parties_.name,
          &added);
    }
    for (Mention& m : added) found->push_back(std::move(m));
  }

  // Whether the words before a shorter title inside a longer one make it
  // their object: 联合国打击网络犯罪公约 is not a fuller name of 网络犯罪公约
  // (the Budapest convention), as 上海合作组织反恐怖主义公约 is of 反恐怖主义公约.
  static bool ends_with_action(std::string_view before) {
    for (std::string_view verb : {"打击", "制止", "禁止", "防止", "反对", "消除", "取缔", "惩治",
                                  "预防", "保护", "促进", "加强", "修订", "修正"}) {
      if (ends_with(before, verb)) return true;
    }
    return false;
  }

  // Short forms declared in the text, and short titles that end a longer
  // title of the same document (unless the rest of it acts on them),
  // resolve to the full title.
  static void ResolveShortForms(const std::map<std::string, std::string>& declared,
                                std::vector<Mention>* found) {
    std::set<std::string> all;
    for (const Mention& m : *found) all.insert(m.canonical);
    for (Mention& m : *found) {
      auto it = declared.find(m.canonical);
      if (it != declared.end()) {
        m.canonical = it->second;
        m.value = kind_of(m.canonical);
        continue;
      }
      std::string longer;
      int count = 0;
      for (const std::string& c : all) {
        if (c.size() > m.canonical.size() && ends_with(c, m.canonical) && kind_of(c) == m.value &&
            !ends_with_action(std::string_view(c).substr(0, c.size() - m.canonical.size()))) {
          longer = c;
          ++count;
        }
      }
      if (count == 1 && codepoints(m.canonical) >= 4) m.canonical = longer;
    }
  }

  Rule title_, extension_, short_form_, about_, about_pair_, memorandum_, noun_, org_head_,
      year_head_, session_after_, its_protocol_, both_parties_;
  std::vector<std::string> known_heads_;
  WordList known_head_words_;  // known_heads_, asked at every character of a name
  OrganisationShortForms short_forms_;
  // What NameStart asks at every character it walks back over.
  const WordEndSet name_boundaries_{kNameBoundaries};
  const WordEndSet headless_boundaries_{kNameBoundaries, kHeadlessBoundaries, kTreatyVerbs};
};

}  // namespace

Result<std::unique_ptr<Extractor>> make_instrument_extractor(const Gazetteer& gazetteer) {
  const std::string nouns =
      "(?:联合声明|声明|公约|条约|协定|协议|议定书|宣言|构想|路线图|纲要|战略|计划|备忘录)";
  const std::string clause = "[^,。;:、《》()\\n]";
  std::vector<std::string> patterns = {
      "《([^《》\\n]{1,150})》",
      // A kind noun glued to 》, with at most a few words before it.
      "^((?:附加|实施|落实措施|落实行动|行动)?(?:议定书|纲要|计划|规划|路线图))",
      "^\\((以下简称|以下称|下称|简称)?《?([^()《》\\n]{2,24}?)》?\\)",
      "(关于" + clause + "{2,80}?的(\\p{Han}{0,6}?)" + nouns + ")",
      "(关于(" + clause + "{2,40}?)和关于(" + clause + "{2,40}?)的(?:两|二)(?:个|项)(" + nouns +
          "))",
      "((?:与|同))([^,。;:《》()\\n与同]{2,40}?)(?:\\([^()\\n]{1,10}\\))?(?:(?:于|在)[^,。;:]{2,24}?)?(?:签署|签订)(?:了|的)?"
      "(?:旨在[^,。;:]{2,60}?的)?((?:\\p{Han}{0,4}?合作)?谅解备忘录)",
      "(公约|宪章|条约|协定|协议|议定书|宣言|战略|纲要|构想|议程|备忘录|路线图|方案|计划|"
      "声明|公报)",
      // Known organisations open names through the gazetteer (known_head_words_).
      "^\\p{Han}{2,10}?组织",
      "^(\\d{4}(?:-\\d{4})?年(?:行动|工作|合作|度)?)",
      "^第[一二三四五六七八九十\\d]+届缔约方",
      "其((?:附加)?议定书)",
      "(?:这两个实体|双方|两个组织|两组织)(?:于[^,。;]{2,20}?)?(?:签署|签订)(?:了|的)?((?:合作)?谅解备忘录)",
  };
  const char* names[] = {
      "instrument/title",         "instrument/title-extension", "instrument/short-form",
      "instrument/about",         "instrument/about-pair",      "instrument/memorandum-parties",
      "instrument/proper-name",   "instrument/org-head",        "instrument/year-head",
      "instrument/session-after", "instrument/its-protocol",    "instrument/memorandum-of-both"};
  Result<std::vector<Rule>> rules =
      compile_rules(std::vector<const char*>(std::begin(names), std::end(names)), patterns);
  if (!rules.ok()) return rules.status();
  // Countries, places and organisations open names too (伊朗核问题全面协议,
  // 中亚无核武器区条约, 南盟区域铁路协定).
  std::vector<std::string> heads = known_names(gazetteer, /*with_organisations=*/true);
  return std::unique_ptr<Extractor>(
      new InstrumentExtractor(std::move(rules.value()), std::move(heads), gazetteer));
}

}  // namespace treatygraph
