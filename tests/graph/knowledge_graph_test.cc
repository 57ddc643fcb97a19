#include <doctest/doctest.h>

#include <algorithm>

#include "treatygraph/graph.h"

namespace treatygraph {
namespace {

const Extractors& extractors() {
  static const Extractors* e =
      new Extractors(std::move(Extractors::Create(Gazetteer::BuiltIn()).value()));
  return *e;
}

KnowledgeGraph build(const std::vector<std::string>& texts) {
  KnowledgeGraph g;
  for (size_t i = 0; i < texts.size(); ++i) {
    Document d = ingest_bytes(texts[i] + ".txt", "", texts[i]).value();
    g.AddDocument(d, extractors().Run(d));
  }
  g.Finalize();
  return g;
}

const Node* find_value(const KnowledgeGraph& g, const std::string& value) {
  for (const Node& n : g.nodes()) {
    if (n.value == value) return &n;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("one node per resolution across documents and forms, with all evidence") {
  KnowledgeGraph g = build({"回顾第 73/334 号决议，", "見第73/334號決議。",
                            "https://undocs.org/ch/A/RES/73/334"});
  const Node* n = find_value(g, "A/RES/73/334");
  REQUIRE(n != nullptr);
  CHECK(n->label == "第73/334号决议");
  CHECK(n->evidence.size() == 3);
  CHECK(n->documents == 3);
  CHECK(std::count_if(g.nodes().begin(), g.nodes().end(),
                      [](const Node& x) { return x.type == "Resolution"; }) == 1);
}

TEST_CASE("ids and output do not depend on input order") {
  KnowledgeGraph a = build({"2018年6月9日", "第 59/48 号决议"});
  KnowledgeGraph b = build({"第 59/48 号决议", "2018年6月9日"});
  REQUIRE(a.nodes().size() == b.nodes().size());
  for (size_t i = 0; i < a.nodes().size(); ++i) {
    CHECK(a.nodes()[i].id == b.nodes()[i].id);
    CHECK(a.nodes()[i].label == b.nodes()[i].label);
  }
  CHECK(make_entity_id("Resolution", "A/RES/59/48") == make_entity_id("Resolution", "A/RES/59/48"));
  CHECK(make_entity_id("Resolution", "A/RES/59/48") != make_entity_id("UNDocument", "A/RES/59/48"));
}

TEST_CASE("the same bytes twice are one document") {
  KnowledgeGraph g;
  Document d = ingest_bytes("a.txt", "", "2018年6月9日").value();
  CHECK(g.AddDocument(d, extractors().Run(d)));
  CHECK(!g.AddDocument(d, extractors().Run(d)));
  g.Finalize();
  CHECK(g.documents().size() == 1);
}

TEST_CASE("every mention becomes a MENTIONS edge whose weight counts the mentions") {
  KnowledgeGraph g = build({"2018年6月9日开会。2018年6月9日闭会。"});
  REQUIRE(g.edges().size() == 1);
  const Edge& e = g.edges()[0];
  CHECK(e.type == "MENTIONS");
  CHECK(e.evidence.size() == 2);
  CHECK(e.evidence[1].line == 1);
  const DocumentRecord& doc = g.documents()[e.evidence[1].document];
  CHECK(doc.sentences[e.evidence[1].sentence] == "2018年6月9日闭会。");
  // Metrics: the document and the date form one component, both of degree 1.
  for (const Node& n : g.nodes()) {
    CHECK(n.degree == 1);
    CHECK(n.component == g.nodes()[0].component);
    CHECK(n.pagerank > 0);
  }
}

}  // namespace treatygraph
