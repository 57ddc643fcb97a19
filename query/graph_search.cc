// Searches over the index: shortest paths and timelines.
//
// The path search is a breadth-first search over the stored adjacency,
// treating edges as undirected. A node's neighbours are visited in edge
// order (its out- and in-lists merged), the order a Boost adjacency_list
// built edge by edge would give, so the path chosen among equally short
// ones is the one earlier versions printed. The search stops at max_hops:
// nodes nearer than that are reached exactly as a full search reaches them.
#include <algorithm>

#include "query/graph_index_impl.h"

namespace treatygraph {

using namespace index_format;

namespace {

constexpr uint32_t kUnreached = UINT32_MAX;

class PathSearch {
 public:
  // Follows every edge but those of type `skipped` (kNoType: none).
  PathSearch(const IndexView& view, uint32_t skipped) : view_(view), skipped_(skipped) {}

  // For each node reached, the edge it was reached by; empty when `to` is
  // not within max_hops of `from`.
  std::vector<uint32_t> Run(size_t from, size_t to, int max_hops) const {
    std::vector<uint32_t> via_edge(view_.count(kNodes), kUnreached);
    std::vector<bool> seen(view_.count(kNodes), false);
    std::vector<uint32_t> frontier = {static_cast<uint32_t>(from)}, next;
    seen[from] = true;
    for (int depth = 1; depth <= max_hops && !frontier.empty(); ++depth) {
      for (uint32_t v : frontier) {
        bool found = false;
        ForEachIncidentEdge(v, [&](uint32_t e, uint32_t other) {
          if (found || seen[other]) return;
          seen[other] = true;
          via_edge[other] = e;
          next.push_back(other);
          found = other == to;
        });
        if (found) return via_edge;
      }
      frontier.swap(next);
      next.clear();
    }
    return {};
  }

 private:
  // Calls visit(edge, other end) for v's edges in edge order.
  template <typename Visit>
  void ForEachIncidentEdge(uint32_t v, Visit visit) const {
    uint32_t out = view_.u32(kOutOffsets, v), out_end = view_.u32(kOutOffsets, v + 1);
    uint32_t in = view_.u32(kInOffsets, v), in_end = view_.u32(kInOffsets, v + 1);
    while (out < out_end || in < in_end) {
      uint32_t e;
      if (in == in_end || (out < out_end && view_.u32(kOutEdges, out) < view_.u32(kInEdges, in))) {
        e = view_.u32(kOutEdges, out++);
      } else {
        e = view_.u32(kInEdges, in++);
      }
      auto edge = view_.at<EdgeEntry>(kEdges, e);
      if (edge.type == skipped_) continue;
      visit(e, edge.from == v ? edge.to : edge.from);
    }
  }

  const IndexView& view_;
  uint32_t skipped_;
};

}  // namespace

std::vector<size_t> GraphIndex::ShortestPath(size_t from, size_t to, int max_hops) const {
  const Impl& x = *impl_;
  if (from == to || from >= x.node_count() || to >= x.node_count()) return {};
  // Prefer a path of semantic relations; fall back to one through documents.
  std::vector<uint32_t> via_edge = PathSearch(x.view, x.mentions_type).Run(from, to, max_hops);
  if (via_edge.empty()) via_edge = PathSearch(x.view, Impl::kNoType).Run(from, to, max_hops);
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
