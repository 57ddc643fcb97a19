// GraphIndex's state, shared by the files that implement it: the index
// bytes (mapped from graph.tgidx, or encoded in memory from a graph read
// from the JSON-LD) and a view over them. Every query reads the view, so
// both sources answer through the same code.
#ifndef TREATYGRAPH_QUERY_GRAPH_INDEX_IMPL_H_
#define TREATYGRAPH_QUERY_GRAPH_INDEX_IMPL_H_

#include <optional>
#include <string>
#include <vector>

#include "query/index_view.h"
#include "query/mapped_file.h"
#include "treatygraph/query.h"

namespace treatygraph {

struct GraphIndex::Impl {
  std::optional<MappedFile> file;  // when loaded from graph.tgidx
  std::string encoded;             // otherwise
  IndexView view;
  std::string index_problem;

  // Edge types the queries test, as indices into kEdgeTypes.
  static constexpr uint32_t kNoType = UINT32_MAX;
  uint32_t mentions_type = kNoType;
  std::vector<bool> dated_type;  // HELD_ON, SIGNED_ON, ADOPTED_ON

  // Call once the view is set.
  void FindEdgeTypes();

  index_format::NodeEntry node(size_t i) const {
    return view.at<index_format::NodeEntry>(index_format::kNodes, i);
  }
  index_format::EdgeEntry edge(size_t e) const {
    return view.at<index_format::EdgeEntry>(index_format::kEdges, e);
  }
  size_t node_count() const { return view.count(index_format::kNodes); }
  size_t edge_count() const { return view.count(index_format::kEdges); }
  // [first, last) of a node's entries in kOutEdges or kInEdges.
  std::pair<uint32_t, uint32_t> adjacency(index_format::Section offsets, size_t node) const {
    return {view.u32(offsets, node), view.u32(offsets, node + 1)};
  }
};

}  // namespace treatygraph

#endif  // TREATYGRAPH_QUERY_GRAPH_INDEX_IMPL_H_
