#include <doctest/doctest.h>

#include "export/edge_summary.h"

namespace treatygraph {

TEST_CASE("an edge's summary quotes its first sentence, cut at a character boundary") {
  std::string long_sentence;
  for (int i = 0; i < 400; ++i) long_sentence += "合";
  DocumentRecord doc;
  doc.name = "a.txt";
  doc.sentences = {"短句。", long_sentence};
  Node from, to;
  from.id = "a", to.id = "b";
  Edge short_edge{"a", "b", "HELD_IN", {Evidence{0, 0, 1, {}, "", ""}}, 1};
  Edge long_edge{"a", "b", "HELD_ON", {Evidence{0, 1, 1, {}, "", ""}}, 1};
  Edge bare_edge{"a", "b", "PART_OF", {}, 0};
  KnowledgeGraph g = KnowledgeGraph::FromParts({doc}, {from, to}, {short_edge, long_edge, bare_edge});
  CHECK(summarize_edge(g, g.edges()[0]).sentence == "短句。");
  CHECK(summarize_edge(g, g.edges()[0]).document == "a.txt");
  EdgeSummary cut = summarize_edge(g, g.edges()[1]);
  CHECK(cut.sentence == long_sentence.substr(0, 3 * kMaxSummaryCodepoints) + "…");
  CHECK(summarize_edge(g, g.edges()[2]).sentence.empty());
}

}  // namespace treatygraph
