// The registry's view of the extractors: one factory per entity type, each in
// its own file, plus helpers shared by the rules. Private to extract/.
#ifndef TREATYGRAPH_EXTRACT_EXTRACTORS_INTERNAL_H_
#define TREATYGRAPH_EXTRACT_EXTRACTORS_INTERNAL_H_

#include <re2/re2.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "treatygraph/extract.h"

namespace treatygraph {

// A compiled rule: RE2 with the rule's name, checked at construction.
struct Rule {
  std::string name;
  std::unique_ptr<RE2> re;
};

// Compiles `pattern` for rule `name`; on error returns a Status naming it.
Result<Rule> compile_rule(std::string name, const std::string& pattern);

using ExtractorFactory = Result<std::unique_ptr<Extractor>> (*)(const Gazetteer&);

// One entry per extractor, in the order they run.
struct ExtractorEntry {
  const char* name;
  ExtractorFactory make;
};
const std::vector<ExtractorEntry>& extractor_registry();

Result<std::unique_ptr<Extractor>> make_date_extractor(const Gazetteer& gazetteer);
Result<std::unique_ptr<Extractor>> make_resolution_extractor(const Gazetteer& gazetteer);

// Relation rules (extract/relations.cc): typed relations between the
// resolved mentions of one document (sorted by position), with evidence spans.
void extract_relations(const Document& doc, const std::vector<Mention>& mentions,
                       std::vector<RelationMention>* out);

// The value of a number written in Arabic or Chinese digits (二〇一一, 十八);
// -1 when `s` is neither.
long parse_number(std::string_view s);

}  // namespace treatygraph

#endif  // TREATYGRAPH_EXTRACT_EXTRACTORS_INTERNAL_H_
