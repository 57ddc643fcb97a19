// GraphIndex: lookup structures over a loaded graph. Built once after the
// load; every query after that is a lookup or a bounded search.
#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <unordered_map>

#include "treatygraph/document.h"
#include "treatygraph/export.h"
#include "treatygraph/query.h"

namespace treatygraph {

struct GraphIndex::Impl {
  KnowledgeGraph graph;
  std::unordered_map<std::string, size_t> by_id;
  std::vector<std::vector<size_t>> out_edges, in_edges;
  std::vector<std::string> norm_label;                // per node
  std::vector<std::vector<std::string>> norm_aliases;  // per node
  using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS,
                                           boost::no_property, boost::property<boost::edge_index_t, size_t>>;
  Undirected undirected;
};

GraphIndex::GraphIndex(KnowledgeGraph graph) : impl_(std::make_unique<Impl>()) {
  Impl& x = *impl_;
  x.graph = std::move(graph);
  const auto& nodes = x.graph.nodes();
  const auto& edges = x.graph.edges();
  x.out_edges.resize(nodes.size());
  x.in_edges.resize(nodes.size());
  x.norm_label.resize(nodes.size());
  x.norm_aliases.resize(nodes.size());
  x.undirected = Impl::Undirected(nodes.size());
  for (size_t i = 0; i < nodes.size(); ++i) {
    x.by_id.emplace(nodes[i].id, i);
    x.norm_label[i] = normalize_for_matching(nodes[i].label);
    for (const std::string& a : nodes[i].aliases) x.norm_aliases[i].push_back(normalize_for_matching(a));
  }
  for (size_t e = 0; e < edges.size(); ++e) {
    size_t a = x.by_id.at(edges[e].from), b = x.by_id.at(edges[e].to);
    x.out_edges[a].push_back(e);
    x.in_edges[b].push_back(e);
    boost::add_edge(a, b, e, x.undirected);
  }
}

GraphIndex::GraphIndex(GraphIndex&&) noexcept = default;
GraphIndex& GraphIndex::operator=(GraphIndex&&) noexcept = default;
GraphIndex::~GraphIndex() = default;

Result<GraphIndex> GraphIndex::Load(const std::string& graph_dir) {
  Result<KnowledgeGraph> graph = read_jsonld(graph_dir + "/graph.jsonld");
  if (!graph.ok()) return graph.status();
  return GraphIndex(std::move(graph.value()));
}

const KnowledgeGraph& GraphIndex::graph() const { return impl_->graph; }
const std::vector<size_t>& GraphIndex::OutEdges(size_t node) const { return impl_->out_edges[node]; }
const std::vector<size_t>& GraphIndex::InEdges(size_t node) const { return impl_->in_edges[node]; }
size_t GraphIndex::NodeIndex(const EntityId& id) const { return impl_->by_id.at(id); }

std::vector<size_t> GraphIndex::Resolve(std::string_view entity) const {
  const Impl& x = *impl_;
  auto id = x.by_id.find(std::string(entity));
  if (id != x.by_id.end()) return {id->second};
  const auto& nodes = x.graph.nodes();
  std::vector<size_t> out;
  std::string raw(entity);
  for (size_t i = 0; i < nodes.size(); ++i) {
    if (!nodes[i].value.empty() && nodes[i].value == raw) out.push_back(i);
  }
  if (!out.empty()) return out;
  std::string norm = normalize_for_matching(entity);
  if (norm.empty()) return out;
  for (size_t i = 0; i < nodes.size(); ++i) {
    const auto& aliases = x.norm_aliases[i];
    if (x.norm_label[i] == norm || std::find(aliases.begin(), aliases.end(), norm) != aliases.end()) {
      out.push_back(i);
    }
  }
  return out;
}

std::vector<GraphIndex::FindHit> GraphIndex::Find(std::string_view text,
                                                  std::string_view type) const {
  const Impl& x = *impl_;
  const auto& nodes = x.graph.nodes();
  std::string norm = normalize_for_matching(text);
  std::vector<FindHit> hits;
  if (norm.empty()) return hits;
  for (size_t i = 0; i < nodes.size(); ++i) {
    if (!type.empty() && nodes[i].type != type) continue;
    const auto& aliases = x.norm_aliases[i];
    int rank = -1;
    if (x.norm_label[i] == norm) {
      rank = 0;
    } else if (std::find(aliases.begin(), aliases.end(), norm) != aliases.end()) {
      rank = 1;
    } else if (x.norm_label[i].find(norm) != std::string::npos ||
               std::any_of(aliases.begin(), aliases.end(),
                           [&](const std::string& a) { return a.find(norm) != std::string::npos; })) {
      rank = 2;
    }
    if (rank >= 0) hits.push_back({i, rank});
  }
  std::sort(hits.begin(), hits.end(), [&nodes](const FindHit& a, const FindHit& b) {
    if (a.rank != b.rank) return a.rank < b.rank;
    if (nodes[a.node].degree != nodes[b.node].degree) return nodes[a.node].degree > nodes[b.node].degree;
    return nodes[a.node].id < nodes[b.node].id;
  });
  return hits;
}

namespace {

// Stops the breadth-first search once the target is reached.
struct Found {};

class PathRecorder : public boost::default_bfs_visitor {
 public:
  PathRecorder(std::vector<size_t>* via_edge, std::vector<int>* depth, size_t target)
      : via_edge_(via_edge), depth_(depth), target_(target) {}
  template <typename E, typename G>
  void tree_edge(E e, const G& g) const {
    size_t from = boost::source(e, g), to = boost::target(e, g);
    (*depth_)[to] = (*depth_)[from] + 1;
    (*via_edge_)[to] = boost::get(boost::edge_index, g, e);
    if (to == target_) throw Found{};
  }

 private:
  std::vector<size_t>* via_edge_;
  std::vector<int>* depth_;
  size_t target_;
};

}  // namespace

namespace {

// Keeps the edges a reader would call a connection: every type but MENTIONS
// (two entities named by one document are connected, but weakly).
template <typename Graph>
struct SemanticEdge {
  const Graph* graph = nullptr;
  const std::vector<Edge>* edges = nullptr;
  template <typename E>
  bool operator()(const E& e) const {
    return (*edges)[boost::get(boost::edge_index, *graph, e)].type != "MENTIONS";
  }
};

template <typename Graph>
std::vector<size_t> bfs_path(const Graph& graph, size_t from, size_t to, size_t n) {
  std::vector<size_t> via_edge(n, SIZE_MAX);
  std::vector<int> depth(n, 0);
  try {
    boost::breadth_first_search(graph, from, boost::visitor(PathRecorder(&via_edge, &depth, to)));
  } catch (const Found&) {
  }
  if (via_edge[to] == SIZE_MAX) return {};
  via_edge.push_back(static_cast<size_t>(depth[to]));  // the hop count, last
  return via_edge;
}

}  // namespace

std::vector<size_t> GraphIndex::ShortestPath(size_t from, size_t to, int max_hops) const {
  const Impl& x = *impl_;
  const size_t n = x.graph.nodes().size();
  if (from == to || from >= n || to >= n) return {};
  const auto& edges = x.graph.edges();
  // Prefer a path of semantic relations; fall back to one through documents.
  using Semantic = SemanticEdge<Impl::Undirected>;
  boost::filtered_graph<Impl::Undirected, Semantic> semantic(x.undirected,
                                                             Semantic{&x.undirected, &edges});
  std::vector<size_t> via_edge = bfs_path(semantic, from, to, n);
  if (via_edge.empty() || static_cast<int>(via_edge.back()) > max_hops) {
    via_edge = bfs_path(x.undirected, from, to, n);
  }
  if (via_edge.empty() || static_cast<int>(via_edge.back()) > max_hops) return {};
  std::vector<size_t> path;
  for (size_t v = to; v != from;) {
    size_t e = via_edge[v];
    path.push_back(e);
    size_t a = x.by_id.at(edges[e].from), b = x.by_id.at(edges[e].to);
    v = a == v ? b : a;
  }
  std::reverse(path.begin(), path.end());
  return path;
}

std::vector<size_t> GraphIndex::Timeline(std::optional<size_t> about) const {
  const Impl& x = *impl_;
  const auto& nodes = x.graph.nodes();
  const auto& edges = x.graph.edges();
  auto dated = [](const std::string& t) {
    return t == "HELD_ON" || t == "SIGNED_ON" || t == "ADOPTED_ON";
  };
  auto related = [&](size_t subject) {
    if (!about) return true;
    if (subject == *about) return true;
    for (size_t e : x.out_edges[subject]) {
      if (edges[e].type != "MENTIONS" && x.by_id.at(edges[e].to) == *about) return true;
    }
    for (size_t e : x.in_edges[subject]) {
      if (edges[e].type != "MENTIONS" && x.by_id.at(edges[e].from) == *about) return true;
    }
    return false;
  };
  std::vector<size_t> out;
  for (size_t e = 0; e < edges.size(); ++e) {
    if (dated(edges[e].type) && related(x.by_id.at(edges[e].from))) out.push_back(e);
  }
  std::stable_sort(out.begin(), out.end(), [&](size_t a, size_t b) {
    const std::string& da = nodes[x.by_id.at(edges[a].to)].value;
    const std::string& db = nodes[x.by_id.at(edges[b].to)].value;
    return da < db;
  });
  return out;
}

}  // namespace treatygraph
