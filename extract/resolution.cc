// Resolutions: UN resolutions cited by number, by symbol or URL, or by the
// document's own heading, each with its canonical symbol as value.
//
//   第59/48号决议, 第S-30/1号决议        -> A/RES/59/48, A/RES/S-30/1
//   第64/183号、...第65/124号...和第73/334号决议 -> one mention per number
//   安理会第1970和1973号决议, 第2231(2015)号决议 -> S/RES/1970, S/RES/1973, ...
//   第1514(XV)号决议, 第3201(S-VI)号决议  -> A/RES/1514(XV), A/RES/3201(S-VI)
//   https://undocs.org/ch/A/RES/48/2, A/RES/48/2 -> A/RES/48/2
//   "75/324. 联合国同..." (heading)      -> A/RES/75/324
//   第1984/67号决议, "2024/18." (heading), E/RES/2024/18 -> E/RES/1984/67, E/RES/2024/18
//     (the Economic and Social Council numbers by year, the Assembly by session)
//   《联合国与上合组织的合作》决议, “…”决议 -> a resolution known by its title
//   the title line under "…：决议草案"    -> the draft's own resolution, by title
// A General Assembly number "N/M号" counts only when the coordinated list it
// stands in ends in 决议; without a slash, a number is a Security Council one.
#include "extract/extractors_internal.h"
#include "extract/text_util.h"

namespace treatygraph {
namespace {

// Separators inside a coordinated list of resolution numbers, and what may
// stand between two numbers (a date, 的).
const char kListGap[] = "(?:、|,|和|及|以及|或)[^第。;\\n]{0,30}";

// The symbol of resolution SESSION/NUMBER: a four-digit first part is the
// year of an Economic and Social Council resolution, a shorter one the
// session of a General Assembly resolution.
std::string numbered_symbol(std::string_view session, std::string_view number) {
  std::string prefix = session.size() == 4 ? "E/RES/" : "A/RES/";
  return prefix + std::string(session) + "/" + std::string(number);
}

// How a Chinese text cites the resolution with this symbol, so that every
// form of one resolution shares one canonical name.
std::string citation_of(const std::string& symbol) {
  if (symbol.rfind("A/RES/", 0) == 0 || symbol.rfind("E/RES/", 0) == 0) {
    return "第" + symbol.substr(6) + "号决议";
  }
  if (symbol.rfind("S/RES/", 0) == 0) {
    std::string number = symbol.substr(6, symbol.find('(') - 6);
    return "安理会第" + number + "号决议";
  }
  return symbol;
}

class ResolutionExtractor : public ContextualExtractor {
 public:
  ResolutionExtractor(Rule ga_item, Rule ga_tail, Rule sc_list, Rule sc_number, Rule symbol,
                      Rule heading, Rule titled, Rule draft_title)
      : ga_item_(std::move(ga_item)), ga_tail_(std::move(ga_tail)), sc_list_(std::move(sc_list)),
        sc_number_(std::move(sc_number)), symbol_(std::move(symbol)),
        heading_(std::move(heading)), titled_(std::move(titled)),
        draft_title_(std::move(draft_title)) {}

  std::string_view name() const override { return "resolution"; }

  void ExtractIn(const Document& doc, const DocumentContext& context,
                 std::vector<Mention>* out) const override {
    const CharIndex& chars = context.chars;
    std::string_view text = doc.text;
    ExtractGeneralAssembly(text, chars, out);
    ExtractSecurityCouncil(text, chars, out);
    ExtractSymbols(text, chars, out);
    ExtractHeading(text, chars, out);
    ExtractByTitle(text, chars, titled_, out);
    ExtractByTitle(text, chars, draft_title_, out);
  }

 private:
  static uint32_t offset(std::string_view text, std::string_view piece) {
    return static_cast<uint32_t>(piece.data() - text.data());
  }

  static void Add(std::string_view text, uint32_t begin, uint32_t end, std::string canonical,
                  std::string value, const std::string& rule, std::vector<Mention>* out) {
    Mention m;
    m.type = EntityType::kResolution;
    m.begin = begin;
    m.end = end;
    m.name = std::string(text.substr(begin, end - begin));
    m.canonical = std::move(canonical);
    m.value = std::move(value);
    m.rule = rule;
    out->push_back(std::move(m));
  }

  void ExtractGeneralAssembly(std::string_view text, const CharIndex& chars, std::vector<Mention>* out) const {
    RuleMatches matches(ga_item_, text, &chars);
    re2::StringPiece whole, special, session, number, letter;
    while (matches.Next(&whole, &special, &session, &number, &letter)) {
      uint32_t begin = offset(text, whole);
      uint32_t end = begin + static_cast<uint32_t>(whole.size());
      std::string_view rest = text.substr(end);
      re2::StringPiece tail;
      if (!RE2::PartialMatch(rest, *ga_tail_.re, &tail)) continue;
      // The first item of the list reaches to 决议 when it is the only one.
      if (tail == "决议") end += static_cast<uint32_t>(tail.size());
      std::string num = std::string(special) + std::string(session) + "/" + std::string(number);
      std::string symbol = special.empty() ? numbered_symbol(session, number) : "A/RES/" + num;
      num += std::string(letter);
      symbol += std::string(letter);
      Add(text, begin, end, "第" + num + "号决议", symbol, ga_item_.name, out);
    }
  }

  void ExtractSecurityCouncil(std::string_view text, const CharIndex& chars, std::vector<Mention>* out) const {
    RuleMatches matches(sc_list_, text, &chars);
    re2::StringPiece whole;
    while (matches.Next(&whole)) {
      uint32_t list_begin = offset(text, whole);
      // Numbers of the new series after the old ones are the General
      // Assembly rule's: the list of this rule's numbers ends before them.
      re2::StringPiece ga_item;
      bool ga_after = RE2::PartialMatch(whole, *ga_item_.re, &ga_item);
      if (ga_after) whole = re2::StringPiece(whole.data(), static_cast<size_t>(ga_item.data() - whole.data()));
      re2::StringPiece items = whole;
      re2::StringPiece number, letter, roman;
      bool single = true;
      // The year of a date between two numbers is no number of the list.
      auto dated = [&](const re2::StringPiece& n) {
        return starts_with(text, offset(text, n) + n.size(), "年");
      };
      {
        re2::StringPiece probe = whole;
        int count = 0;
        while (RE2::FindAndConsume(&probe, *sc_number_.re, &number, &letter, &roman)) count += dated(number) ? 0 : 1;
        single = count == 1;
      }
      while (RE2::FindAndConsume(&items, *sc_number_.re, &number, &letter, &roman)) {
        if (dated(number)) continue;
        uint32_t begin = offset(text, number);
        uint32_t end = begin + static_cast<uint32_t>(number.size());
        // 2011年10月31日第2018(2011)号: an item dated on its own opens at its
        // 第, so that its date stands right before it.
        if (begin >= 6 && text.compare(begin - 3, 3, "第") == 0 && text.compare(begin - 6, 3, "日") == 0) {
          begin -= 3;
        }
        if (single && !ga_after) begin = list_begin, end = list_begin + static_cast<uint32_t>(whole.size());
        std::string n(number);
        if (!roman.empty()) {
          // An old General Assembly resolution: 第1514(XV)号决议.
          std::string sym = n + std::string(letter) + "(" + std::string(roman) + ")";
          Add(text, begin, end, "第" + sym + "号决议", "A/RES/" + sym, sc_list_.name, out);
        } else {
          Add(text, begin, end, "安理会第" + n + "号决议", "S/RES/" + n, sc_list_.name, out);
        }
      }
    }
  }

  void ExtractSymbols(std::string_view text, const CharIndex& chars, std::vector<Mention>* out) const {
    RuleMatches matches(symbol_, text, &chars);
    re2::StringPiece whole, symbol;
    while (matches.Next(&whole, &symbol)) {
      uint32_t begin = offset(text, whole);
      std::string value(symbol);
      // S/RES/2231(2015) and S/RES/2231 are one resolution: the year is
      // part of how it is cited, not of its identity.
      if (value.rfind("S/RES/", 0) == 0) value = value.substr(0, value.find('('));
      Add(text, begin, begin + static_cast<uint32_t>(whole.size()), citation_of(value), value,
          symbol_.name, out);
    }
  }

  void ExtractHeading(std::string_view text, const CharIndex& chars, std::vector<Mention>* out) const {
    RuleMatches matches(heading_, text, &chars);
    re2::StringPiece session, number;
    while (matches.Next(&session, &number)) {
      uint32_t begin = offset(text, session);
      uint32_t end = offset(text, number) + static_cast<uint32_t>(number.size());
      std::string num = std::string(session) + "/" + std::string(number);
      Add(text, begin, end, "第" + num + "号决议", numbered_symbol(session, number), heading_.name, out);
    }
  }

  // A resolution named only by its title: no symbol, so the title is its
  // identity (the graph keys it as "title:" + the title).
  static void ExtractByTitle(std::string_view text, const CharIndex& chars, const Rule& rule, std::vector<Mention>* out) {
    RuleMatches matches(rule, text, &chars);
    re2::StringPiece title;
    bool possible = may_match(rule, text);
    while (possible && matches.Next(&title)) {
      uint32_t begin = offset(text, title);
      std::string name(title);
      Add(text, begin, begin + static_cast<uint32_t>(title.size()), name, "", rule.name, out);
    }
  }

  Rule ga_item_, ga_tail_, sc_list_, sc_number_, symbol_, heading_, titled_, draft_title_;
};

}  // namespace

Result<std::unique_ptr<Extractor>> make_resolution_extractor(const Gazetteer&) {
  const std::string gap = kListGap;
  Result<Rule> rules[] = {
      // S- marks a special session's resolutions, ES- an emergency special
      // session's (第ES-10/23号决议).
      // A letter after the number marks one of a session's lettered
      // resolutions (第 34/80 B 号: A/RES/34/80B).
      compile_rule("resolution/general-assembly",
                   "(第(E?S-)?(\\d{1,3}|(?:19|20)\\d\\d)/(\\d{1,4})(?: ?([A-Z]))?号)"),
      compile_rule("resolution/general-assembly-tail",
                   "^((?:" + gap + "第(?:E?S-)?(?:\\d{1,3}|(?:19|20)\\d\\d)/\\d{1,4}(?: ?[A-Z])?号)*决议)"),
      compile_rule("resolution/security-council",
                   // A date may stand before each number: ……的2011年10月31日第
                   // 2018(2011)号、2012年2月29日第2039(2012)号和……决议.
                   // An old one may be lettered (第377 A(V)号).
                   "(第\\d{3,4}(?:(?: ?[A-Z])?\\((?:S-)?[XVIL]+\\)|\\(\\d{4}\\))?号?(?:(?:、|,|和|及|以及)"
                   "(?:[^第。;\\n]{0,30}?第)?第?\\d{3,4}(?:(?: ?[A-Z])?\\((?:S-)?[XVIL]+\\)|\\(\\d{4}\\))?号?)*号"
                   // Old General Assembly numbers may run on into new ones
                   // (第3080(XXVIII)号、第34/80B号和第74/25号决议).
                   "(?:" + gap + "第(?:E?S-)?(?:\\d{1,3}|(?:19|20)\\d\\d)/\\d{1,4}(?: ?[A-Z])?号)*决议)"),
      compile_rule("resolution/security-council-number",
                   "(\\d{3,4})(?: ?([A-Z])?\\(((?:S-)?[XVIL]+)\\)|\\(\\d{4}\\))?"),
      compile_rule("resolution/symbol",
                   "((?:https?://)?(?:undocs\\.org/(?:[a-z]{2}/)?)?((?:A|S|E)/RES/(?:E?S-)?\\d+/"
                   "\\d+|S/RES/\\d+(?:\\(\\d{4}\\))?))"),
      compile_rule("resolution/heading", "(?m)^(\\d{2,3}|(?:19|20)\\d\\d)/(\\d{1,4})\\.(?:\\D|$)"),
      // A title in 《》 or quotes right before 决议; not 题为“…”的分项 and
      // the like, where the quoted title names something else.
      compile_rule("resolution/by-title", "(?:《|“)([^《》“”\\n]{4,60})(?:》|”)决议"),
      // The line under "SPONSORS：决议草案" is the draft resolution's title.
      compile_rule("resolution/draft-title", "决议草案\\n([^\\n,:;。]{4,60})(?:\\n|$)"),
  };
  for (auto& r : rules) {
    if (!r.ok()) return r.status();
  }
  return std::unique_ptr<Extractor>(new ResolutionExtractor(
      std::move(rules[0].value()), std::move(rules[1].value()), std::move(rules[2].value()),
      std::move(rules[3].value()), std::move(rules[4].value()), std::move(rules[5].value()),
      std::move(rules[6].value()), std::move(rules[7].value())));
}

}  // namespace treatygraph
