// UndirectedIndexGraph: the query index's adjacency seen by Boost.Graph as
// an undirected IncidenceGraph, without copying it. Vertices are node
// indices; a vertex's out-edges are its out- and in-lists of the index
// (kOutEdges, kInEdges) merged in edge order, so a traversal meets a node's
// neighbours in the order a Boost adjacency_list built edge by edge would.
// Edges of one type can be left out (paths first try relations only, without
// MENTIONS).
//
//   UndirectedIndexGraph g(view, mentions_type);
//   boost::breadth_first_visit(g, from, queue, visitor, colors);
//
// Private to query/: Boost types never reach include/treatygraph/.
#ifndef TREATYGRAPH_QUERY_INDEX_GRAPH_H_
#define TREATYGRAPH_QUERY_INDEX_GRAPH_H_

#include <boost/graph/graph_traits.hpp>
#include <boost/iterator/iterator_facade.hpp>
#include <cstdint>
#include <iterator>
#include <utility>

#include "query/index_view.h"

namespace treatygraph {

class UndirectedIndexGraph {
 public:
  UndirectedIndexGraph() = default;  // Boost's concept checks want one
  // Follows every edge but those of type `skipped`, an index into
  // kEdgeTypes (one out of range skips none). REQUIRES: `view` outlives
  // the graph.
  UndirectedIndexGraph(const IndexView& view, uint32_t skipped) : view_(&view), skipped_(skipped) {}

  const IndexView& view() const { return *view_; }
  uint32_t skipped_type() const { return skipped_; }

 private:
  const IndexView* view_ = nullptr;
  uint32_t skipped_ = UINT32_MAX;
};

// An edge as met from one of its ends: `source` is the node whose list it
// came from, `target` the other end (the same node for a self-loop).
struct IncidentEdge {
  uint32_t edge = 0, source = 0, target = 0;
  bool operator==(const IncidentEdge& o) const {
    return edge == o.edge && source == o.source && target == o.target;
  }
  bool operator!=(const IncidentEdge& o) const { return !(*this == o); }
};

// Walks a node's out- and in-lists together, taking the lower edge index of
// the two heads each step (both lists ascend), and steps over left-out
// edges. The edge under the iterator is read once, when it gets there.
class IncidentEdgeIterator
    : public boost::iterator_facade<IncidentEdgeIterator, IncidentEdge,
                                    boost::forward_traversal_tag, IncidentEdge> {
 public:
  IncidentEdgeIterator() = default;
  // The first of node v's edges, or with `at_end` the position past its last.
  IncidentEdgeIterator(const UndirectedIndexGraph& g, uint32_t v, bool at_end)
      : graph_(&g), vertex_(v) {
    const IndexView& view = g.view();
    out_ = view.u32(index_format::kOutOffsets, v);
    out_end_ = view.u32(index_format::kOutOffsets, v + 1);
    in_ = view.u32(index_format::kInOffsets, v);
    in_end_ = view.u32(index_format::kInOffsets, v + 1);
    if (at_end) {
      out_ = out_end_;
      in_ = in_end_;
    }
    Settle();
  }

 private:
  friend class boost::iterator_core_access;

  // From the current position to the first edge not left out, kept in
  // current_. A self-loop is in both lists; the in-list's copy comes first.
  void Settle() {
    const IndexView& view = graph_->view();
    while (out_ < out_end_ || in_ < in_end_) {
      uint32_t out_edge = out_ < out_end_ ? view.u32(index_format::kOutEdges, out_) : UINT32_MAX;
      uint32_t in_edge = in_ < in_end_ ? view.u32(index_format::kInEdges, in_) : UINT32_MAX;
      head_is_out_ = out_edge < in_edge;
      uint32_t e = head_is_out_ ? out_edge : in_edge;
      auto entry = view.at<index_format::EdgeEntry>(index_format::kEdges, e);
      if (entry.type != graph_->skipped_type()) {
        current_ = {e, vertex_, entry.from == vertex_ ? entry.to : entry.from};
        return;
      }
      Advance();
    }
  }
  void Advance() {
    if (head_is_out_) {
      ++out_;
    } else {
      ++in_;
    }
  }

  void increment() {
    Advance();
    Settle();
  }
  bool equal(const IncidentEdgeIterator& o) const { return out_ == o.out_ && in_ == o.in_; }
  IncidentEdge dereference() const { return current_; }

  const UndirectedIndexGraph* graph_ = nullptr;
  uint32_t vertex_ = 0;
  uint32_t out_ = 0, out_end_ = 0, in_ = 0, in_end_ = 0;
  bool head_is_out_ = false;
  IncidentEdge current_;
};

// The IncidenceGraph functions, found by argument-dependent lookup.
inline std::pair<IncidentEdgeIterator, IncidentEdgeIterator> out_edges(
    uint32_t v, const UndirectedIndexGraph& g) {
  return {IncidentEdgeIterator(g, v, false), IncidentEdgeIterator(g, v, true)};
}
inline uint32_t out_degree(uint32_t v, const UndirectedIndexGraph& g) {
  auto [first, last] = out_edges(v, g);
  return static_cast<uint32_t>(std::distance(first, last));
}
inline uint32_t source(const IncidentEdge& e, const UndirectedIndexGraph&) { return e.source; }
inline uint32_t target(const IncidentEdge& e, const UndirectedIndexGraph&) { return e.target; }

}  // namespace treatygraph

namespace boost {

template <>
struct graph_traits<treatygraph::UndirectedIndexGraph> {
  using vertex_descriptor = uint32_t;
  using edge_descriptor = treatygraph::IncidentEdge;
  using directed_category = undirected_tag;
  using edge_parallel_category = allow_parallel_edge_tag;
  using traversal_category = incidence_graph_tag;
  using out_edge_iterator = treatygraph::IncidentEdgeIterator;
  using degree_size_type = uint32_t;
  static vertex_descriptor null_vertex() { return UINT32_MAX; }
};

}  // namespace boost

#endif  // TREATYGRAPH_QUERY_INDEX_GRAPH_H_
