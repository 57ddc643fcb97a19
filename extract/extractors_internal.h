// The registry's view of the extractors: one factory per entity type, each in
// its own file, plus helpers shared by the rules. Private to extract/.
#ifndef TREATYGRAPH_EXTRACT_EXTRACTORS_INTERNAL_H_
#define TREATYGRAPH_EXTRACT_EXTRACTORS_INTERNAL_H_

#include <re2/re2.h>

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/char_index.h"
#include "extract/prefix_trie.h"
#include "treatygraph/extract.h"

namespace treatygraph {

class RulePrefilter;  // extract/rule.cc

// A compiled rule: RE2 with the rule's name, checked at construction.
// A rule whose pattern lets no line break in (admits_line_break,
// extract/rule.cc) is compiled with RE2's never_nl: no match of it holds
// one, which lets RuleMatches search it line by line.
struct Rule {
  std::string name;
  std::shared_ptr<const RE2> re;  // owned with the rule's prefilter analysis
  // The words a match needs (RE2's own prefilter analysis of the pattern);
  // null when they cannot be checked cheaply. Immutable: shared by threads.
  std::shared_ptr<const RulePrefilter> prefilter;
  // Characters (CharIndex keys) of which every match holds at least one,
  // derived from the same analysis; empty when the rule may cross a line
  // break or no such set was found.
  std::vector<int> triggers;
};

// The matches of a rule over a text, in the order and with the groups a loop
// of RE2::FindAndConsume(&input, *rule.re, ...) finds them: each search
// starts where the last match ended and sees the text from there on as the
// whole text (for ^ and \b). With triggers and the document's CharIndex it
// runs RE2 only over the lines holding a trigger, and finds the same matches:
// no match crosses a line, and none lies in a line without a trigger.
class RuleMatches {
 public:
  // `chars` may be null (then every line is searched); if not, it was built
  // from `text`. Both must outlive this object.
  RuleMatches(const Rule& rule, std::string_view text, const CharIndex* chars);

  // The next match's groups 1..n into *groups...; false when there is none.
  template <typename... Groups>
  bool Next(Groups*... groups) {
    static_assert(sizeof...(groups) <= kMaxGroups, "more groups than RuleMatches holds");
    re2::StringPiece* out[] = {groups..., nullptr};
    return NextN(out, static_cast<int>(sizeof...(groups)));
  }
  // Searches on from text[offset] instead of the last match's end, as if the
  // input had been set to the text from there.
  void RestartAt(size_t offset);  // REQUIRES: offset >= the last match's start

 private:
  static constexpr int kMaxGroups = 16;
  bool NextN(re2::StringPiece* const* groups, int n);
  // The next stretch of whole lines, from scan_from_ on, that holds a
  // trigger: [*begin, *end). False when there is none.
  bool NextLines(size_t* begin, size_t* end);

  const Rule& rule_;
  std::string_view text_;
  const CharIndex* chars_;
  size_t start_ = 0;      // where the last match ended: the input's start
  size_t scan_from_ = 0;  // text before this holds no match
  size_t stretch_end_ = 0;  // end of the last stretch NextLines gave
  // Per trigger: its next occurrence not yet passed, and the end of its list.
  std::vector<std::pair<const uint32_t*, const uint32_t*>> next_trigger_;
};

// False only if `rule` matches nowhere in `text`, because words every match
// of it contains are absent (a few memmem calls, several times faster than a
// DFA pass over the text); true otherwise. A whole-text scan asks it first.
bool may_match(const Rule& rule, std::string_view text);

// Compiles `pattern` for rule `name`; on error returns a Status naming it.
Result<Rule> compile_rule(std::string name, const std::string& pattern);

// Compiles names[i] with patterns[i] for every i; the first failure wins.
// REQUIRES: names.size() == patterns.size().
Result<std::vector<Rule>> compile_rules(const std::vector<const char*>& names,
                                        const std::vector<std::string>& patterns);

// Every canonical name and alias of the gazetteer's countries and places,
// and with `with_organisations` its organisations': the words that may open
// an instrument's or a meeting's name (中亚无核武器区条约, 南盟区域铁路协定,
// 中非合作论坛部长级会议).
std::vector<std::string> known_names(const Gazetteer& gazetteer, bool with_organisations);

// The gazetteer's other names of organisations, and their full names: what
// opens a meeting's or an instrument's name is written in full in its
// identity (澜湄合作第八次外长会 -> 澜沧江-湄公河合作第八次外长会).
class OrganisationShortForms {
 public:
  explicit OrganisationShortForms(const Gazetteer& gazetteer);

  // `canonical` with the longest short form it opens with written in full.
  void ExpandOpening(std::string* canonical) const;

 private:
  PrefixTrie trie_;                     // short form -> index into full_names_
  std::vector<std::string> full_names_;
};

// A mention of text[begin, end) as written; `canonical` defaults to it.
Mention make_mention(EntityType type, std::string_view text, uint32_t begin, uint32_t end,
                     std::string canonical, const std::string& rule);

using ExtractorFactory = Result<std::unique_ptr<Extractor>> (*)(const Gazetteer&);

// One entry per extractor, in the order they run.
struct ExtractorEntry {
  const char* name;
  ExtractorFactory make;
};
const std::vector<ExtractorEntry>& extractor_registry();

Result<std::unique_ptr<Extractor>> make_date_extractor(const Gazetteer& gazetteer);
Result<std::unique_ptr<Extractor>> make_resolution_extractor(const Gazetteer& gazetteer);
Result<std::unique_ptr<Extractor>> make_organization_extractor(const Gazetteer& gazetteer);
Result<std::unique_ptr<Extractor>> make_country_extractor(const Gazetteer& gazetteer);
Result<std::unique_ptr<Extractor>> make_place_extractor(const Gazetteer& gazetteer);
Result<std::unique_ptr<Extractor>> make_person_extractor(const Gazetteer& gazetteer);
Result<std::unique_ptr<Extractor>> make_instrument_extractor(const Gazetteer& gazetteer);
Result<std::unique_ptr<Extractor>> make_meeting_extractor(const Gazetteer& gazetteer);
Result<std::unique_ptr<Extractor>> make_un_document_extractor(const Gazetteer& gazetteer);

// Known names (extract/abbreviation.cc): the gazetteer's organisations,
// countries and places with their aliases and standard abbreviations,
// matched leftmost-longest across the three types so that a name inside a
// longer name of another type (苏丹 in 努尔苏丹) is not found.
struct NameHit {
  EntityType type;
  uint32_t begin;  // [begin, end) into the searched text
  uint32_t end;
  std::string canonical;
};

class NameDictionary {
 public:
  explicit NameDictionary(const Gazetteer& gazetteer);
  // Non-overlapping hits in text order.
  std::vector<NameHit> Find(std::string_view text) const;
  // The canonical name of the `type` entry named exactly `name`; nullptr if none.
  const std::string* CanonicalOf(EntityType type, std::string_view name) const;
  // The longest proper prefix of `name`, of at least `min_bytes`, that names
  // a `type` entry exactly: its canonical name (nullptr if none) and, in
  // *length, its bytes. One walk of the trie, for a caller on the hot path.
  const std::string* LongestPrefixNamed(EntityType type, std::string_view name, size_t min_bytes,
                                        size_t* length) const;

 private:
  struct Name {
    std::string text;
    EntityType type;
    std::string canonical;
    bool blocking;  // a phrase that hides the names inside it
  };
  std::vector<Name> names_;
  PrefixTrie by_text_;  // name text -> index into names_ (the last added of a text)
  std::map<std::pair<EntityType, std::string>, size_t> exact_;
};

// What the extractors need to know of one document, computed once per
// document by Extractors::Run (on its stack: Run is called from several
// threads at once) instead of once per extractor.
struct DocumentContext {
  // NameDictionary::Find over the whole text; left empty for an extractor
  // run on its own that reads no names.
  std::vector<NameHit> names;
  CharIndex chars;  // of the whole text, for RuleMatches
};

// An extractor that reads the shared DocumentContext. Extract() computes the
// context itself, for an extractor run on its own (tests, benchmarks); the
// registry calls ExtractIn() with the context it computed once.
class ContextualExtractor : public Extractor {
 public:
  ContextualExtractor() = default;
  // An extractor that reads the names of the gazetteer's entries.
  explicit ContextualExtractor(const Gazetteer& gazetteer)
      : names_(std::make_unique<NameDictionary>(gazetteer)) {}

  void Extract(const Document& doc, std::vector<Mention>* out) const final {
    ExtractIn(doc,
              DocumentContext{names_ ? names_->Find(doc.text) : std::vector<NameHit>{},
                              CharIndex(doc.text)},
              out);
  }
  // REQUIRES: context was computed from doc, its names by a NameDictionary
  // of the same gazetteer as this extractor's (if it reads names).
  virtual void ExtractIn(const Document& doc, const DocumentContext& context,
                         std::vector<Mention>* out) const = 0;

 protected:
  // REQUIRES: constructed with a gazetteer.
  const NameDictionary& names() const { return *names_; }

 private:
  std::unique_ptr<NameDictionary> names_;
};

// Short forms a document declares for the name before them:
// 上海合作组织(以下简称“上合组织”或“本组织”) -> full_end at "(", {上合组织, 本组织}.
// UN texts also declare one bare in parentheses, 联合国索马里援助团(联索援助团):
// `parenthesized`, and then it counts only if it is made of the full name's
// characters in order, as such short forms are (发展基金(专门账户) is no
// abbreviation).
struct DeclaredAbbreviation {
  uint32_t full_end = 0;
  std::vector<std::string> short_forms;
  bool parenthesized = false;
};
Result<Rule> compile_declaration_rule();
Result<Rule> compile_parenthesized_declaration_rule();
// Both kinds, in text order.
std::vector<DeclaredAbbreviation> find_declared_abbreviations(const Rule& declaration,
                                                              const Rule& parenthesized,
                                                              std::string_view text,
                                                              const CharIndex& chars);
// Whether every character of `short_form` occurs in `full`, in order.
bool is_made_of(std::string_view short_form, std::string_view full);

// Relation rules (extract/relations.cc): typed relations between the
// resolved mentions of one document (sorted by position), with evidence spans.
void extract_relations(const Document& doc, const std::vector<Mention>& mentions,
                       std::vector<RelationMention>* out);

// The value of a number written in Arabic or Chinese digits (二〇一一, 十八);
// -1 when `s` is neither.
long parse_number(std::string_view s);

}  // namespace treatygraph

#endif  // TREATYGRAPH_EXTRACT_EXTRACTORS_INTERNAL_H_
