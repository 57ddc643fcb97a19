// Times `query` on a graph of a million edges or more: loading (the query
// index, and the JSON-LD for comparison) and each command's index calls.
//
//   build-query/bench/query_bench samples /tmp/qbench [--edges N] [--skip-jsonld] [--reuse]
//
// --reuse times the graph already in the output folder instead of making one.
//
// The graph is the samples' graph copied until it has N edges (default one
// million): each copy gets its own documents and entity ids, except
// countries and organisations, which all copies share (so they become hubs,
// as 联合国 is in a real corpus), and each copy's meetings are linked to the
// same meeting in the previous copy (FOLLOWS), so paths can run far.
// Prints numbers; not a test.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <set>
#include <string>
#include <unordered_map>

#include "treatygraph/export.h"
#include "treatygraph/query.h"

namespace treatygraph {
namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

Result<KnowledgeGraph> build_samples(const std::string& folder) {
  Result<Extractors> extractors = Extractors::Create(Gazetteer::BuiltIn());
  if (!extractors.ok()) return extractors.status();
  std::vector<std::string> paths;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    paths.push_back(entry.path().string());
  }
  std::sort(paths.begin(), paths.end());
  KnowledgeGraph graph;
  for (const std::string& path : paths) {
    Result<Document> doc = ingest_file(path);
    if (doc.ok()) graph.AddDocument(doc.value(), extractors.value().Run(doc.value()));
  }
  graph.Finalize();
  return graph;
}

bool shared_across_copies(const Node& n) { return n.type == "Country" || n.type == "Organization"; }

// Copies of `base` until there are `target_edges` edges (see the top).
KnowledgeGraph replicate(const KnowledgeGraph& base, size_t target_edges) {
  std::vector<DocumentRecord> documents;
  std::vector<Node> nodes;
  std::unordered_map<std::string, size_t> node_at;  // id -> position in `nodes`
  std::vector<Edge> edges;
  std::unordered_map<std::string, size_t> edge_at;  // from \x1f to \x1f type
  const uint32_t docs_per_copy = static_cast<uint32_t>(base.documents().size());
  auto copy_id = [&base](const std::string& id, int copy) {
    auto it = std::lower_bound(base.nodes().begin(), base.nodes().end(), id,
                               [](const Node& n, const std::string& x) { return n.id < x; });
    bool shared = it != base.nodes().end() && it->id == id && shared_across_copies(*it);
    return shared || copy == 0 ? id : id + "~" + std::to_string(copy);
  };
  auto shift = [&](std::vector<Evidence> evidence, int copy) {
    for (Evidence& ev : evidence) ev.document += copy * docs_per_copy;
    return evidence;
  };
  auto add_edge = [&](Edge e) {
    std::string key = e.from + '\x1f' + e.to + '\x1f' + e.type;
    auto [it, added] = edge_at.emplace(key, edges.size());
    if (added) {
      edges.push_back(std::move(e));
    } else {
      Edge& existing = edges[it->second];
      existing.evidence.insert(existing.evidence.end(), e.evidence.begin(), e.evidence.end());
      existing.documents += e.documents;
    }
  };
  for (int copy = 0; edges.size() < target_edges; ++copy) {
    for (const DocumentRecord& d : base.documents()) {
      DocumentRecord c = d;
      if (copy > 0) c.id += "~" + std::to_string(copy), c.name = std::to_string(copy) + "/" + d.name;
      documents.push_back(std::move(c));
    }
    for (const Node& n : base.nodes()) {
      std::string id = copy_id(n.id, copy);
      auto [it, added] = node_at.emplace(id, nodes.size());
      if (added) {
        Node c = n;
        c.id = id;
        c.evidence = shift(n.evidence, copy);
        nodes.push_back(std::move(c));
      } else {
        std::vector<Evidence> more = shift(n.evidence, copy);
        Node& existing = nodes[it->second];
        existing.evidence.insert(existing.evidence.end(), more.begin(), more.end());
        existing.documents += n.documents;
      }
      if (copy > 0 && n.type == "Meeting" && !n.evidence.empty()) {
        add_edge({id, copy_id(n.id, copy - 1), "FOLLOWS", shift({n.evidence[0]}, copy), 1});
      }
    }
    for (const Edge& e : base.edges()) {
      add_edge({copy_id(e.from, copy), copy_id(e.to, copy), e.type, shift(e.evidence, copy),
                e.documents});
    }
  }
  // Document ids, node ids and edges sorted as Finalize() leaves them.
  std::vector<uint32_t> order(documents.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](uint32_t a, uint32_t b) { return documents[a].id < documents[b].id; });
  std::vector<uint32_t> renumber(order.size());
  std::vector<DocumentRecord> sorted_documents;
  for (uint32_t i = 0; i < order.size(); ++i) {
    renumber[order[i]] = i;
    sorted_documents.push_back(std::move(documents[order[i]]));
  }
  for (Node& n : nodes) {
    for (Evidence& ev : n.evidence) ev.document = renumber[ev.document];
    n.degree = 0;
  }
  for (Edge& e : edges) {
    for (Evidence& ev : e.evidence) ev.document = renumber[ev.document];
    ++nodes[node_at.at(e.from)].degree;
    ++nodes[node_at.at(e.to)].degree;
  }
  std::sort(nodes.begin(), nodes.end(), [](const Node& a, const Node& b) { return a.id < b.id; });
  std::sort(edges.begin(), edges.end(), [](const Edge& a, const Edge& b) {
    return std::tie(a.from, a.to, a.type) < std::tie(b.from, b.to, b.type);
  });
  return KnowledgeGraph::FromParts(std::move(sorted_documents), std::move(nodes), std::move(edges));
}

// Runs `work` `runs` times; prints the median and the maximum.
void time_it(const char* what, int runs, const std::function<size_t()>& work) {
  std::vector<double> ms;
  size_t answers = 0;
  for (int i = 0; i < runs; ++i) {
    auto start = Clock::now();
    answers = work();
    ms.push_back(seconds_since(start) * 1000);
  }
  std::sort(ms.begin(), ms.end());
  std::printf("| %s | %.2f ms | %.2f ms | %zu |\n", what, ms[ms.size() / 2], ms.back(), answers);
}

// What the CLI does for each command, minus the printing.
void time_queries(const GraphIndex& index, const std::string& hub, const std::string& leaf,
                  const std::string& far_leaf) {
  constexpr int kRuns = 9;
  auto one = [&](const std::string& name) { return index.Resolve(name).at(0); };
  auto show = [&](const std::string& name) {
    size_t i = one(name), n = index.node(i).aliases.size();
    for (size_t e : index.OutEdges(i)) n += index.node(index.edge(e).to).label.size();
    for (size_t e : index.InEdges(i)) n += index.node(index.edge(e).from).label.size();
    return n;
  };
  auto provenance = [&](const std::string& name) {
    size_t n = 0;
    for (const Evidence& ev : index.NodeEvidence(one(name))) {
      n += index.Sentence(ev).size() + index.document(ev.document).name.size() > 0;
    }
    return n;
  };
  auto neighbors = [&](const std::string& name, int depth) {
    std::set<size_t> seen = {one(name)};
    std::vector<size_t> frontier = {one(name)};
    for (int d = 0; d < depth; ++d) {
      std::vector<size_t> next;
      for (size_t v : frontier) {
        for (size_t e : index.OutEdges(v)) if (seen.insert(index.edge(e).to).second) next.push_back(index.edge(e).to);
        for (size_t e : index.InEdges(v)) if (seen.insert(index.edge(e).from).second) next.push_back(index.edge(e).from);
      }
      frontier = std::move(next);
    }
    for (size_t v : seen) index.node(v);
    return seen.size() - 1;
  };
  auto path = [&](const std::string& a, const std::string& b) {
    std::vector<size_t> p = index.ShortestPath(one(a), one(b), 6);
    for (size_t e : p) index.EdgeEvidence(e, 1);
    return p.size();
  };
  auto timeline = [&](std::optional<size_t> about) {
    std::vector<size_t> events = index.Timeline(about);
    for (size_t e : events) index.EdgeEvidence(e, 1), index.node(index.edge(e).to);
    return events.size();
  };
  std::printf("\n| command | median | max | answers |\n| --- | --- | --- | --- |\n");
  time_it("find 合作组织 (substring, all nodes)", kRuns, [&] { return index.Find("合作组织", "").size(); });
  time_it("find 青岛 --type Place", kRuns, [&] { return index.Find("青岛", "Place").size(); });
  time_it("show (hub)", kRuns, [&] { return show(hub); });
  time_it("show (leaf)", kRuns, [&] { return show(leaf); });
  time_it("provenance (hub, every mention)", kRuns, [&] { return provenance(hub); });
  time_it("provenance (leaf)", kRuns, [&] { return provenance(leaf); });
  time_it("neighbors (leaf, depth 1)", kRuns, [&] { return neighbors(leaf, 1); });
  time_it("neighbors (leaf, depth 2, through hubs)", kRuns, [&] { return neighbors(leaf, 2); });
  time_it("path leaf -> hub", kRuns, [&] { return path(leaf, hub); });
  time_it("path leaf -> a meeting of another copy", kRuns, [&] { return path(leaf, far_leaf); });
  time_it("timeline (leaf)", kRuns, [&] { return timeline(one(leaf)); });
  time_it("timeline (hub)", kRuns, [&] { return timeline(one(hub)); });
  time_it("timeline (whole graph)", kRuns, [&] { return timeline(std::nullopt); });
}

Status make_graph(const std::string& samples, const std::string& out, size_t target_edges);

int run(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: query_bench SAMPLES OUT_DIR [--edges N] [--skip-jsonld] [--reuse]\n");
    return 2;
  }
  std::string samples = argv[1], out = argv[2];
  size_t target_edges = 1000000;
  bool skip_jsonld = false, reuse = false;
  for (int i = 3; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--edges" && i + 1 < argc) target_edges = std::stoul(argv[++i]);
    if (a == "--skip-jsonld") skip_jsonld = true;
    if (a == "--reuse") reuse = true;
  }
  if (!reuse) {
    Status made = make_graph(samples, out, target_edges);
    if (!made.ok()) return std::fprintf(stderr, "%s\n", made.ToString().c_str()), 1;
  }
  std::printf("\n| load | median | max | edges |\n| --- | --- | --- | --- |\n");
  time_it("GraphIndex::Load, graph.tgidx (mmap, checksum, validation)", 5, [&] {
    Result<GraphIndex> index = GraphIndex::Load(out);
    return index.ok() && index.value().from_index_file() ? index.value().edge_count() : 0;
  });
  Result<GraphIndex> index = GraphIndex::Load(out);
  if (!index.ok()) return 1;
  // A meeting of copy 7 and one of copy 0 (ids of copies past 0 end in ~N).
  std::string leaf, far_leaf;
  for (size_t i = 0; i < index.value().node_count(); ++i) {
    NodeInfo n = index.value().node(i);
    if (n.type != "Meeting") continue;
    if (n.id.find('~') == std::string::npos && far_leaf.empty()) far_leaf = n.id;
    if (n.id.size() > 2 && n.id.substr(n.id.size() - 2) == "~7" && leaf.empty()) leaf = n.id;
  }
  time_queries(index.value(), "上海合作组织", leaf, far_leaf);
  if (!skip_jsonld) {
    std::printf("\n");
    std::filesystem::rename(out + "/graph.tgidx", out + "/graph.tgidx.off");
    time_it("GraphIndex::Load, graph.jsonld (the fallback)", 1, [&] {
      Result<GraphIndex> slow = GraphIndex::Load(out);
      return slow.ok() ? slow.value().edge_count() : 0;
    });
    std::filesystem::rename(out + "/graph.tgidx.off", out + "/graph.tgidx");
  }
  return 0;
}

// Writes the graph.jsonld and graph.tgidx of a replicated samples graph.
Status make_graph(const std::string& samples, const std::string& out, size_t target_edges) {
  Result<KnowledgeGraph> base = build_samples(samples);
  if (!base.ok()) return base.status();
  auto start = Clock::now();
  KnowledgeGraph graph = replicate(base.value(), target_edges);
  size_t evidence = 0;
  for (const Edge& e : graph.edges()) evidence += e.evidence.size();
  std::printf("graph: %zu nodes, %zu edges (%zu edge evidence), %zu documents; made in %.1f s\n",
              graph.nodes().size(), graph.edges().size(), evidence, graph.documents().size(),
              seconds_since(start));
  std::filesystem::create_directories(out);
  start = Clock::now();
  Status s = write_jsonld(graph, out + "/graph.jsonld");
  std::printf("write graph.jsonld: %.1f s, %.0f MB\n", seconds_since(start),
              std::filesystem::file_size(out + "/graph.jsonld") / 1e6);
  start = Clock::now();
  if (s.ok()) s = write_query_index(graph, out);
  if (!s.ok()) return s;
  std::printf("write graph.tgidx: %.1f s, %.0f MB\n", seconds_since(start),
              std::filesystem::file_size(out + "/graph.tgidx") / 1e6);
  return Status::Ok();
}

}  // namespace
}  // namespace treatygraph

int main(int argc, char** argv) { return treatygraph::run(argc, argv); }
