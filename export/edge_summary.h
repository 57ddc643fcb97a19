// The compact evidence summary that flat formats (GraphML, GEXF, CSV) carry
// on each edge: the first piece of evidence's sentence and document. The
// full evidence is in the JSON-LD.
#ifndef TREATYGRAPH_EXPORT_EDGE_SUMMARY_H_
#define TREATYGRAPH_EXPORT_EDGE_SUMMARY_H_

#include <string>

#include "treatygraph/graph.h"

namespace treatygraph {

struct EdgeSummary {
  std::string sentence;  // at most kMaxSummaryCodepoints, then "…"
  std::string document;  // file name
};

// A summary is a pointer to the source, not the source: a document that is
// one enormous sentence must not be copied onto each of its edges.
inline constexpr size_t kMaxSummaryCodepoints = 300;

// Empty fields for an edge without evidence.
EdgeSummary summarize_edge(const KnowledgeGraph& graph, const Edge& edge);

}  // namespace treatygraph

#endif  // TREATYGRAPH_EXPORT_EDGE_SUMMARY_H_
