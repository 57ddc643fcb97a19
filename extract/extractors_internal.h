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

#include "extract/prefix_trie.h"
#include "treatygraph/extract.h"

namespace treatygraph {

class RulePrefilter;  // extract/rule.cc

// A compiled rule: RE2 with the rule's name, checked at construction.
struct Rule {
  std::string name;
  std::unique_ptr<RE2> re;
  // The words a match needs (RE2's own prefilter analysis of the pattern);
  // null when they cannot be checked cheaply. Immutable: shared by threads.
  std::shared_ptr<const RulePrefilter> prefilter;
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

// What several extractors need to know of one document, computed once per
// document by Extractors::Run (on its stack: Run is called from several
// threads at once) instead of once per extractor.
struct DocumentContext {
  std::vector<NameHit> names;  // NameDictionary::Find over the whole text
};

// An extractor that reads the shared DocumentContext. Extract() computes the
// context itself, for an extractor run on its own (tests, benchmarks); the
// registry calls ExtractIn() with the context it computed once.
class ContextualExtractor : public Extractor {
 public:
  explicit ContextualExtractor(const Gazetteer& gazetteer) : names_(gazetteer) {}

  void Extract(const Document& doc, std::vector<Mention>* out) const final {
    ExtractIn(doc, DocumentContext{names_.Find(doc.text)}, out);
  }
  // REQUIRES: context was computed from doc by a NameDictionary of the same
  // gazetteer as this extractor's.
  virtual void ExtractIn(const Document& doc, const DocumentContext& context,
                         std::vector<Mention>* out) const = 0;

 protected:
  const NameDictionary& names() const { return names_; }

 private:
  NameDictionary names_;
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
                                                              std::string_view text);
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
