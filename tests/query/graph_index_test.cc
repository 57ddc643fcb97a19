#include <doctest/doctest.h>

#include <algorithm>
#include <array>

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

// Edges, in (from, to, type) order:
//   0 a->d  1 a->x  2 c->d  3 x->c  4 x->d MENTIONS;  z is alone.
// From x, d is two relations away by a (edges 1, 0) or by c (3, 2).
GraphIndex crafted_index() {
  std::vector<Node> nodes;
  for (const char* id : {"a", "c", "d", "x", "z"}) {
    nodes.emplace_back();
    nodes.back().id = nodes.back().label = id;
    nodes.back().type = "Place";
  }
  const std::array<const char*, 3> parts[] = {{"a", "d", "NEAR"}, {"a", "x", "NEAR"},
                                              {"c", "d", "NEAR"}, {"x", "c", "NEAR"},
                                              {"x", "d", "MENTIONS"}};
  std::vector<Edge> edges;
  for (auto [from, to, type] : parts) {
    edges.emplace_back();
    edges.back().from = from;
    edges.back().to = to;
    edges.back().type = type;
  }
  return GraphIndex(KnowledgeGraph::FromParts({}, std::move(nodes), std::move(edges)));
}

TEST_CASE("among equally short paths the search takes the first in edge order") {
  GraphIndex index = crafted_index();
  auto node = [&index](const char* id) { return index.NodeIndex(id).value(); };
  struct Case {
    const char* from;
    const char* to;
    int max_hops;
    std::vector<size_t> path;
  } cases[] = {
      // x meets a by its in-edge 1 before c by its out-edge 3: direction
      // does not count, edge order does.
      {"x", "d", 2, {1, 0}},
      {"d", "x", 2, {0, 1}},
      {"x", "d", 6, {1, 0}},
      // No relation within one hop: the co-mention is the path.
      {"x", "d", 1, {4}},
      {"x", "d", 0, {}},
      {"a", "c", 1, {}},
      {"a", "c", 2, {0, 2}},  // by d, met before x
      {"x", "z", 6, {}},
      {"x", "x", 6, {}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.from);
    CAPTURE(c.to);
    CAPTURE(c.max_hops);
    CHECK(index.ShortestPath(node(c.from), node(c.to), c.max_hops) == c.path);
  }
}
}  // namespace treatygraph
