// Relation rules: typed edges between the mentions of one document.
#include "extract/extractors_internal.h"

namespace treatygraph {

void extract_relations(const Document&, const std::vector<Mention>&,
                       std::vector<RelationMention>*) {}

}  // namespace treatygraph
