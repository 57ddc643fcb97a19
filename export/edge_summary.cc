#include "export/edge_summary.h"

namespace treatygraph {

EdgeSummary summarize_edge(const KnowledgeGraph& graph, const Edge& edge) {
  EdgeSummary out;
  if (edge.evidence.empty()) return out;
  const Evidence& first = edge.evidence.front();
  const DocumentRecord& doc = graph.documents()[first.document];
  out.document = doc.name;
  if (first.sentence >= doc.sentences.size()) return out;
  const std::string& sentence = doc.sentences[first.sentence];
  size_t codepoints = 0, i = 0;
  for (; i < sentence.size(); ++i) {
    bool starts_codepoint = (static_cast<unsigned char>(sentence[i]) & 0xC0) != 0x80;
    if (starts_codepoint && codepoints++ == kMaxSummaryCodepoints) break;
  }
  out.sentence = sentence.substr(0, i);
  if (i < sentence.size()) out.sentence += "…";
  return out;
}

}  // namespace treatygraph
