#include <doctest/doctest.h>

#include <algorithm>

#include "treatygraph/query.h"

namespace treatygraph {
namespace {

// Two small documents: one cites resolution 73/334 twice, both cite 59/48.
GraphIndex small_index() {
  Extractors ex = std::move(Extractors::Create(Gazetteer::BuiltIn()).value());
  KnowledgeGraph g;
  for (std::string text : {"标题\n\n回顾第 73/334 号决议和第 59/48 号决议。\n\n又回顾第 73/334 号决议。",
                           "重申第 59/48 號決議。"}) {
    Document d = ingest_bytes("doc" + std::to_string(text.size()) + ".txt", "", text).value();
    g.AddDocument(d, ex.Run(d));
  }
  g.Finalize();
  return GraphIndex(std::move(g));
}

}  // namespace

TEST_CASE("entities resolve by id, symbol and name in either script") {
  GraphIndex index = small_index();
  std::vector<size_t> by_symbol = index.Resolve("A/RES/73/334");
  REQUIRE(by_symbol.size() == 1);
  CHECK(index.node(by_symbol[0]).type == "Resolution");
  CHECK(index.Resolve(index.node(by_symbol[0]).id) == by_symbol);
  CHECK(index.Resolve("第73/334號決議") == by_symbol);     // traditional script
  CHECK(index.Resolve("第 73/334 号决议") == by_symbol);   // spacing
  CHECK(index.Resolve("第99/1号决议").empty());
}

TEST_CASE("provenance of a node lists every mention with its line and sentence") {
  GraphIndex index = small_index();
  std::vector<Evidence> evidence = index.NodeEvidence(index.Resolve("A/RES/73/334")[0]);
  REQUIRE(evidence.size() == 2);
  CHECK(evidence[0].line == 3);
  CHECK(evidence[1].line == 5);
  CHECK(index.Sentence(evidence[1]) == "又回顾第73/334号决议。");
}

TEST_CASE("find ranks exact labels before substrings and filters by type") {
  GraphIndex index = small_index();
  std::vector<GraphIndex::FindHit> hits = index.Find("59/48", "");
  REQUIRE(!hits.empty());
  CHECK(hits[0].rank == 2);
  CHECK(index.Find("59/48", "Date").empty());
  std::vector<GraphIndex::FindHit> exact = index.Find("第59/48号决议", "Resolution");
  REQUIRE(exact.size() == 1);
  CHECK(exact[0].rank == 0);
}

TEST_CASE("the shortest path prefers relations to co-mentions") {
  GraphIndex index = small_index();
  size_t a = index.Resolve("A/RES/73/334")[0], b = index.Resolve("A/RES/59/48")[0];
  std::vector<size_t> path = index.ShortestPath(a, b, 6);
  REQUIRE(path.size() == 2);
  // The document recalls both (回顾...): a relation, preferred to MENTIONS.
  CHECK(index.edge(path[0]).type == "RECALLS");
  CHECK(index.edge(path[1]).type == "RECALLS");
  CHECK(index.edge(path[0]).to == a);
  CHECK(index.edge(path[1]).to == b);
  CHECK(index.ShortestPath(a, b, 1).empty());  // needs two hops
}
}  // namespace treatygraph
