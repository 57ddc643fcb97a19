// Searches over the index: shortest paths and timelines.
//
// The path search is Boost.Graph's breadth-first search over the stored
// adjacency, seen as an undirected graph (query/index_graph.h) so nothing
// is copied. A node's neighbours are met in edge order, so the path chosen
// among equally short ones is the same whichever way the graph was loaded.
// The visitor records the edge each node was reached by and ends the
// search, by throwing, once the target is reached or the next node to
// expand lies at the hop limit: the queue holds nodes in order of depth, so
// every node within the limit has been reached by then, exactly as a full
// search reaches it.
#include <algorithm>

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/two_bit_color_map.hpp>
#include <boost/pending/queue.hpp>

#include "query/graph_index_impl.h"
#include "query/index_graph.h"

namespace treatygraph {

using namespace index_format;

namespace {

// Thrown by the visitor to end the search; caught in shortest_path_tree.
struct SearchOver {};

class PathVisitor : public boost::default_bfs_visitor {
 public:
  PathVisitor(uint32_t to, uint32_t max_hops, std::vector<uint32_t>* via_edge,
              std::vector<uint32_t>* depth)
      : to_(to), max_hops_(max_hops), via_edge_(via_edge), depth_(depth) {}

  void examine_vertex(uint32_t u, const UndirectedIndexGraph&) const {
    if ((*depth_)[u] >= max_hops_) throw SearchOver{};  // nothing nearer is left
  }
  void tree_edge(const IncidentEdge& e, const UndirectedIndexGraph&) const {
    (*via_edge_)[e.target] = e.edge;
    (*depth_)[e.target] = (*depth_)[e.source] + 1;
  }
  void discover_vertex(uint32_t v, const UndirectedIndexGraph&) const {
    if (v == to_) throw SearchOver{};
  }

 private:
  uint32_t to_, max_hops_;
  // Shared with the caller: Boost copies visitors.
  std::vector<uint32_t>* via_edge_;
  std::vector<uint32_t>* depth_;
};

// For each node reached, the edge it was reached by; empty when `to` is not
// within max_hops of `from` in `graph`.
std::vector<uint32_t> shortest_path_tree(const UndirectedIndexGraph& graph, size_t node_count,
                                         uint32_t from, uint32_t to, int max_hops) {
  if (max_hops <= 0) return {};
  std::vector<uint32_t> via_edge(node_count), depth(node_count);
  boost::two_bit_color_map<> colors(node_count);  // white: not reached yet
  boost::queue<uint32_t> queue;
  PathVisitor visitor(to, static_cast<uint32_t>(max_hops), &via_edge, &depth);
  try {
    boost::breadth_first_visit(graph, from, queue, visitor, colors);
  } catch (const SearchOver&) {
  }
  if (get(colors, to) == boost::two_bit_white) return {};
  return via_edge;
}

}  // namespace

std::vector<size_t> GraphIndex::ShortestPath(size_t from, size_t to, int max_hops) const {
  const Impl& x = *impl_;
  if (from == to || from >= x.node_count() || to >= x.node_count()) return {};
  auto search = [&](uint32_t skipped_type) {
    return shortest_path_tree(UndirectedIndexGraph(x.view, skipped_type), x.node_count(),
                              static_cast<uint32_t>(from), static_cast<uint32_t>(to), max_hops);
  };
  // Prefer a path of semantic relations; fall back to one through documents.
  std::vector<uint32_t> via_edge = search(x.mentions_type);
  if (via_edge.empty()) via_edge = search(Impl::kNoType);
  if (via_edge.empty()) return {};
  std::vector<size_t> path;
  for (size_t v = to; v != from;) {
    EdgeEntry e = x.edge(via_edge[v]);
    path.push_back(via_edge[v]);
    v = e.from == v ? e.to : e.from;
  }
  std::reverse(path.begin(), path.end());
  return path;
}

std::vector<size_t> GraphIndex::Timeline(std::optional<size_t> about) const {
  const Impl& x = *impl_;
  std::vector<size_t> events;
  auto add_dated_out_edges = [&](size_t subject) {
    auto [first, last] = x.adjacency(kOutOffsets, subject);
    for (uint32_t k = first; k < last; ++k) {
      uint32_t e = x.view.u32(kOutEdges, k);
      if (x.dated_type[x.edge(e).type]) events.push_back(e);
    }
  };
  if (!about) {
    for (size_t e = 0; e < x.edge_count(); ++e) {
      if (x.dated_type[x.edge(e).type]) events.push_back(e);
    }
  } else {
    // Subjects: the node, and whatever a relation (not a co-mention) links
    // to it in either direction.
    std::vector<size_t> subjects = {*about};
    for (size_t e : OutEdges(*about)) {
      if (x.edge(e).type != x.mentions_type) subjects.push_back(x.edge(e).to);
    }
    for (size_t e : InEdges(*about)) {
      if (x.edge(e).type != x.mentions_type) subjects.push_back(x.edge(e).from);
    }
    std::sort(subjects.begin(), subjects.end());
    subjects.erase(std::unique(subjects.begin(), subjects.end()), subjects.end());
    for (size_t s : subjects) add_dated_out_edges(s);
    std::sort(events.begin(), events.end());
  }
  // By date (the target's value); events of one date stay in edge order.
  std::vector<std::pair<std::string_view, size_t>> dated;
  dated.reserve(events.size());
  for (size_t e : events) dated.emplace_back(x.view.string(x.node(x.edge(e).to).value), e);
  std::sort(dated.begin(), dated.end());  // events are in edge order: a stable sort by date
  for (size_t k = 0; k < dated.size(); ++k) events[k] = dated[k].second;
  return events;
}

}  // namespace treatygraph
