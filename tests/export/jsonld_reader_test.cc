#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "treatygraph/export.h"

namespace treatygraph {
namespace {

std::string slurp(const std::string& path) {
  std::stringstream buf;
  buf << std::ifstream(path, std::ios::binary).rdbuf();
  return buf.str();
}

KnowledgeGraph samples_graph() {
  Extractors ex = std::move(Extractors::Create(Gazetteer::BuiltIn()).value());
  KnowledgeGraph g;
  for (const auto& entry : std::filesystem::directory_iterator(TREATYGRAPH_SOURCE_DIR "/samples")) {
    Document d = ingest_file(entry.path().string()).value();
    g.AddDocument(d, ex.Run(d));
  }
  g.Finalize();
  return g;
}

}  // namespace

TEST_CASE("JSON-LD is lossless: read back and written again, every export is byte-identical") {
  KnowledgeGraph g = samples_graph();
  REQUIRE(write_jsonld(g, "roundtrip_a.jsonld").ok());
  REQUIRE(write_graphml(g, "roundtrip_a.graphml").ok());
  Result<KnowledgeGraph> back = read_jsonld("roundtrip_a.jsonld");
  REQUIRE(back.ok());
  CHECK(back.value().nodes().size() == g.nodes().size());
  CHECK(back.value().edges().size() == g.edges().size());
  REQUIRE(write_jsonld(back.value(), "roundtrip_b.jsonld").ok());
  REQUIRE(write_graphml(back.value(), "roundtrip_b.graphml").ok());
  CHECK(slurp("roundtrip_a.jsonld") == slurp("roundtrip_b.jsonld"));
  CHECK(slurp("roundtrip_a.graphml") == slurp("roundtrip_b.graphml"));
  for (const char* f : {"roundtrip_a.jsonld", "roundtrip_b.jsonld", "roundtrip_a.graphml",
                        "roundtrip_b.graphml"}) {
    std::remove(f);
  }
}

TEST_CASE("numbers out of any range read as none, not as undefined behaviour") {
  // RapidJSON's own conversion of such numbers runs into undefined
  // behaviour (UBSan, graph_loader fuzzer); the reader converts them itself.
  KnowledgeGraph g = samples_graph();
  REQUIRE(write_jsonld(g, "numbers_a.jsonld").ok());
  std::string text = slurp("numbers_a.jsonld");
  size_t degree = text.find("\"tg:degree\":");
  size_t pagerank = text.find("\"tg:pagerank\":");
  REQUIRE(degree != std::string::npos);
  REQUIRE(pagerank != std::string::npos);
  REQUIRE(degree < pagerank);
  size_t degree_end = text.find(',', degree);
  size_t pagerank_end = text.find(',', pagerank);
  std::string edited = text.substr(0, degree) + "\"tg:degree\":1e3" + text.substr(degree_end, pagerank - degree_end) +
                       "\"tg:pagerank\":1e-99999999999" + text.substr(pagerank_end);
  std::ofstream("numbers_b.jsonld") << edited;
  Result<KnowledgeGraph> back = read_jsonld("numbers_b.jsonld");
  REQUIRE(back.ok());
  Result<KnowledgeGraph> same = read_jsonld("numbers_a.jsonld");
  REQUIRE(same.ok());
  // The first node written is the one edited: its degree and PageRank read
  // as none; every other node is as written.
  size_t differing = 0;
  for (size_t i = 0; i < back.value().nodes().size(); ++i) {
    const Node& a = back.value().nodes()[i];
    const Node& b = same.value().nodes()[i];
    if (a.degree != b.degree || a.pagerank != b.pagerank) {
      ++differing;
      CHECK(a.degree == 0);
      CHECK(a.pagerank == 0.0);
    }
  }
  CHECK(differing == 1);
  std::remove("numbers_a.jsonld");
  std::remove("numbers_b.jsonld");
}

TEST_CASE("a graph file that is missing, empty, truncated or foreign gets a clear error") {
  struct Case {
    const char* content;  // nullptr: no file at all
    const char* message;
  };
  const Case cases[] = {
      {nullptr, "cannot open the graph"},
      {"", "the graph file is empty"},
      {"{\"@context\": {}, \"@graph\": [{\"@id\": ", "not valid JSON"},
      {"{\"nodes\": [1, 2, 3]}", "not a treatygraph JSON-LD file"},
      {"{\"@context\": {}, \"@graph\": [{\"@id\": \"x\", \"rdf:subject\": {\"@id\": \"y\"}}]}",
       "not a treatygraph graph"},
  };
  for (const Case& c : cases) {
    std::string path = "reader_case.jsonld";
    std::remove(path.c_str());
    if (c.content != nullptr) std::ofstream(path) << c.content;
    Result<KnowledgeGraph> g = read_jsonld(path);
    CAPTURE(c.message);
    REQUIRE(!g.ok());
    CHECK(g.status().ToString().find(c.message) != std::string::npos);
    CHECK(g.status().file() == path);
  }
  std::remove("reader_case.jsonld");
}

}  // namespace treatygraph
