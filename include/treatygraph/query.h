// Query: answer provenance questions from a built graph without rebuilding.
//
//   Result<GraphIndex> index = GraphIndex::Load("out");   // reads out/graph.jsonld
//   std::vector<size_t> hits = index.value().Resolve("上合组织");
//   if (hits.size() == 1) {
//     for (const Evidence& ev : index.value().graph().nodes()[hits[0]].evidence) ...
//   }
//
// Entities are named by node id, by UN symbol (A/RES/73/334), or by a name
// or alias in either script, any width and spacing. Node indices are
// positions in graph().nodes(), valid for the lifetime of the index.
#ifndef TREATYGRAPH_QUERY_H_
#define TREATYGRAPH_QUERY_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "treatygraph/graph.h"
#include "treatygraph/status.h"

namespace treatygraph {

class GraphIndex {
 public:
  // Reads DIR/graph.jsonld. Errors name the file.
  static Result<GraphIndex> Load(const std::string& graph_dir);
  explicit GraphIndex(KnowledgeGraph graph);
  GraphIndex(GraphIndex&&) noexcept;
  GraphIndex& operator=(GraphIndex&&) noexcept;
  ~GraphIndex();

  const KnowledgeGraph& graph() const;

  // The nodes an ENTITY argument names: an exact id, else an exact UN symbol
  // or value, else an exact label or alias (normalised). Several results
  // mean the name is ambiguous; none, that nothing matches exactly.
  std::vector<size_t> Resolve(std::string_view entity) const;

  struct FindHit {
    size_t node;
    int rank;  // 0 exact label, 1 exact alias, 2 substring
  };
  // Nodes whose label or an alias contains `text` (normalised), of `type`
  // when it is not empty: exact label first, then exact alias, then
  // substring; ties by degree (higher first), then id.
  std::vector<FindHit> Find(std::string_view text, std::string_view type) const;

  // Indices into graph().edges() of the edges leaving / entering a node.
  const std::vector<size_t>& OutEdges(size_t node) const;
  const std::vector<size_t>& InEdges(size_t node) const;
  // Index of the node with this id. REQUIRES: it exists.
  size_t NodeIndex(const EntityId& id) const;

  // The shortest path between two nodes, ignoring edge direction, as edge
  // indices in order; empty when none within max_hops.
  std::vector<size_t> ShortestPath(size_t from, size_t to, int max_hops) const;

  // Dated events (HELD_ON, SIGNED_ON, ADOPTED_ON edges) in date order; with
  // a node, only those whose subject is that node or linked to it.
  std::vector<size_t> Timeline(std::optional<size_t> about) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace treatygraph

#endif  // TREATYGRAPH_QUERY_H_
