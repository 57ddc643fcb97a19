#include <doctest/doctest.h>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "query/content_hash.h"
#include "query/index_encoder.h"
#include "query/index_view.h"
#include "treatygraph/export.h"
#include "treatygraph/query.h"

namespace treatygraph {
namespace {

using namespace index_format;

KnowledgeGraph two_documents() {
  Extractors ex = std::move(Extractors::Create(Gazetteer::BuiltIn()).value());
  KnowledgeGraph g;
  for (std::string text : {"标题\n\n2018年6月9日在青岛举行的上海合作组织成员国元首理事会第十八次会议。\n\n"
                           "回顾第 73/334 号决议。",
                           "重申第 73/334 號決議，欢迎上合组织的工作。"}) {
    Document d = ingest_bytes("doc" + std::to_string(text.size()) + ".txt", "", text).value();
    g.AddDocument(d, ex.Run(d));
  }
  g.Finalize();
  return g;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

void write_file(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

// The checksum trailer recomputed, as a crafted file would have it.
void reseal(std::string* bytes) {
  uint64_t checksum = content_hash64(std::string_view(*bytes).substr(0, bytes->size() - 8));
  std::memcpy(bytes->data() + bytes->size() - 8, &checksum, 8);
}

}  // namespace

TEST_CASE("the index holds every node, edge and piece of evidence of the graph") {
  KnowledgeGraph graph = two_documents();
  GraphIndex index(graph);
  REQUIRE(index.node_count() == graph.nodes().size());
  REQUIRE(index.edge_count() == graph.edges().size());
  for (size_t i = 0; i < graph.nodes().size(); ++i) {
    const Node& n = graph.nodes()[i];
    NodeInfo info = index.node(i);
    CHECK(info.id == n.id);
    CHECK(info.type == n.type);
    CHECK(info.label == n.label);
    CHECK(info.value == n.value);
    CHECK(std::vector<std::string>(info.aliases.begin(), info.aliases.end()) == n.aliases);
    CHECK(info.degree == n.degree);
    CHECK(info.pagerank == n.pagerank);
    std::vector<Evidence> evidence = index.NodeEvidence(i);
    REQUIRE(evidence.size() == n.evidence.size());
    for (size_t k = 0; k < evidence.size(); ++k) {
      CHECK(evidence[k].surface == n.evidence[k].surface);
      CHECK(evidence[k].span.byte_begin == n.evidence[k].span.byte_begin);
      CHECK(index.Sentence(evidence[k]) ==
            graph.documents()[n.evidence[k].document].sentences[n.evidence[k].sentence]);
    }
  }
  for (size_t e = 0; e < graph.edges().size(); ++e) {
    const Edge& edge = graph.edges()[e];
    CHECK(index.node(index.edge(e).from).id == edge.from);
    CHECK(index.node(index.edge(e).to).id == edge.to);
    CHECK(index.edge(e).type == edge.type);
    std::vector<Evidence> evidence = index.EdgeEvidence(e);
    REQUIRE(evidence.size() == edge.evidence.size());
    for (size_t k = 0; k < evidence.size(); ++k) {
      CHECK(evidence[k].rule == edge.evidence[k].rule);
      CHECK(evidence[k].line == edge.evidence[k].line);
    }
  }
}

TEST_CASE("the same graph encodes to the same bytes") {
  KnowledgeGraph graph = two_documents();
  JsonldStamp stamp{10, 30};
  CHECK(encode_query_index(graph, stamp).value() == encode_query_index(graph, stamp).value());
}

TEST_CASE("damaged or foreign index bytes are refused with the reason") {
  const std::string good = encode_query_index(two_documents(), {}).value();
  REQUIRE(IndexView::Open(good, "x").ok());
  FileHeader header;
  std::memcpy(&header, good.data(), sizeof header);
  auto with = [&good](size_t at, const std::string& bytes, bool sealed) {
    std::string out = good;
    out.replace(at, bytes.size(), bytes);
    if (sealed) reseal(&out);
    return out;
  };
  uint32_t too_far = 1u << 30;
  std::string far(reinterpret_cast<const char*>(&too_far), 4);
  struct Case {
    const char* what;
    std::string bytes;
    const char* reason;
  } cases[] = {
      {"empty", "", "empty"},
      {"shorter than a header", good.substr(0, 40), "truncated"},
      {"cut short", good.substr(0, good.size() - 100), "truncated"},
      {"JSON", "{\"@context\": {}, \"@graph\": []}" + std::string(400, ' '), "not a treatygraph"},
      {"another version", with(8, std::string("\x63\0\0\0", 4), false), "another version"},
      {"a flipped byte", with(good.size() / 2, "\x7f", false), "checksum"},
      // Crafted: the checksum matches, the contents do not.
      {"an edge to no node", with(header.sections[kEdges].offset, far, true), "an edge to no node"},
      {"evidence out of range",
       with(header.sections[kEdgeEvidence].offset, far, true), "evidence out of range"},
      {"a section past the end",
       with(offsetof(FileHeader, sections) + 16 * kEvidence + 8, std::string(8, '\x7f'), true),
       "outside the file"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.what);
    Result<IndexView> view = IndexView::Open(c.bytes, "graph.tgidx");
    REQUIRE(!view.ok());
    CHECK(view.status().code() == StatusCode::kUnreadable);
    CHECK(view.status().message().find(c.reason) != std::string::npos);
    CHECK(view.status().file() == "graph.tgidx");
  }
}

TEST_CASE("Load uses the index only while graph.jsonld is the one it was written for") {
  const std::string dir = "index_file_test_graph";
  const std::string jsonld = dir + "/graph.jsonld", tgidx = dir + "/graph.tgidx";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  KnowledgeGraph graph = two_documents();
  REQUIRE(write_jsonld(graph, jsonld).ok());
  REQUIRE(write_query_index(graph, dir).ok());
  const std::string built = read_file(jsonld);
  std::string same_size = built;  // another graph, one name changed in place
  same_size.replace(same_size.find("青岛"), std::string("胶州").size(), "胶州");
  KnowledgeGraph empty;
  empty.Finalize();
  REQUIRE(write_jsonld(empty, dir + "/other.jsonld").ok());
  const std::string other_size = read_file(dir + "/other.jsonld");

  const auto now = std::filesystem::file_time_type::clock::now();
  const auto earlier = now - std::chrono::hours(1), later = now + std::chrono::hours(1);
  struct Case {
    const char* what;
    const std::string& jsonld_bytes;
    std::filesystem::file_time_type jsonld_time, index_time;
    bool index_used;
  } cases[] = {
      {"as built: the index is newer", built, earlier, now, true},
      // Checked by content: a copied folder, a touched JSON-LD.
      {"the same JSON-LD, newer than the index", built, later, now, true},
      {"the same JSON-LD, as old as the index", built, now, now, true},
      {"a same-size JSON-LD written after the index", same_size, later, now, false},
      {"a same-size JSON-LD of the index's time", same_size, now, now, false},
      {"another size, newer than the index", other_size, later, now, false},
      {"another size, older than the index", other_size, earlier, now, false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.what);
    write_file(jsonld, c.jsonld_bytes);
    std::filesystem::last_write_time(jsonld, c.jsonld_time);
    std::filesystem::last_write_time(tgidx, c.index_time);
    Result<GraphIndex> index = GraphIndex::Load(dir);
    REQUIRE(index.ok());
    CHECK(index.value().from_index_file() == c.index_used);
    CHECK(index.value().index_problem().empty() == c.index_used);
    if (!c.index_used) CHECK(index.value().index_problem().find("stale") != std::string::npos);
    // Whichever was read, the answer is the JSON-LD's.
    CHECK(index.value().node_count() ==
          (&c.jsonld_bytes == &other_size ? 0 : graph.nodes().size()));
  }
  std::filesystem::remove_all(dir);
}

}  // namespace treatygraph

namespace treatygraph {

TEST_CASE("the index encoded while the JSON-LD is written equals the one written after it") {
  KnowledgeGraph graph = two_documents();
  std::string dir = std::filesystem::temp_directory_path() / "treatygraph_overlap_test";
  for (const char* sub : {"/a", "/b", "/c"}) std::filesystem::create_directories(dir + sub);
  REQUIRE(write_jsonld(graph, dir + "/a/graph.jsonld").ok());
  REQUIRE(write_query_index(graph, dir + "/a").ok());
  REQUIRE(write_jsonld_and_query_index(graph, dir + "/b", 2).ok());
  REQUIRE(write_jsonld_and_query_index(graph, dir + "/c", 1).ok());  // one thread: in turn
  std::string a = read_file(dir + "/a/graph.tgidx");
  CHECK(!a.empty());
  CHECK(a == read_file(dir + "/b/graph.tgidx"));
  CHECK(a == read_file(dir + "/c/graph.tgidx"));
  CHECK(read_file(dir + "/a/graph.jsonld") == read_file(dir + "/b/graph.jsonld"));
  CHECK(read_file(dir + "/a/graph.jsonld") == read_file(dir + "/c/graph.jsonld"));
  // Restamping changes the stamp and the checksum, and the result opens.
  std::string restamped = a;
  restamp_query_index({1, 2}, &restamped);
  CHECK(restamped != a);
  Result<IndexView> view = IndexView::Open(restamped, "restamped");
  REQUIRE(view.ok());
  CHECK(view.value().header().jsonld_size == 1);
  CHECK(view.value().header().jsonld_hash == 2);
  std::filesystem::remove_all(dir);
}

}  // namespace treatygraph
