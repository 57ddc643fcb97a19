// Query: answer provenance questions from a built graph without rebuilding.
//
//   Result<GraphIndex> index = GraphIndex::Load("out");
//   std::vector<size_t> hits = index.value().Resolve("上合组织");
//   if (hits.size() == 1) {
//     for (const Evidence& ev : index.value().NodeEvidence(hits[0])) ...
//   }
//
// Load maps DIR/graph.tgidx, the query index that `build` writes beside
// DIR/graph.jsonld, when it is intact and belongs to that JSON-LD; otherwise
// it reads the JSON-LD (slower: seconds per hundred thousand edges) and says
// why in index_problem(). Both give the same answers.
//
// Entities are named by node id, by UN symbol (A/RES/73/334), or by a name
// or alias in either script, any width and spacing. Node indices are
// positions in the graph's id order, edge indices in (from, to, type) order,
// document indices in id order, as in KnowledgeGraph; all stay valid for the
// lifetime of the index, as do the string_views it hands out.
//
// Thread safety: a loaded GraphIndex is immutable; concurrent queries are
// safe.
#ifndef TREATYGRAPH_QUERY_H_
#define TREATYGRAPH_QUERY_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "treatygraph/graph.h"
#include "treatygraph/status.h"

namespace treatygraph {

// Writes DIR/graph.tgidx for `graph`, stamped with DIR/graph.jsonld (its
// size and content hash, so the same graph gives the same bytes) so that
// a later, different JSON-LD makes it stale. REQUIRES: DIR/graph.jsonld
// was just written from `graph`. Atomic: a crash leaves the old index or
// the new one, never half of one.
Status write_query_index(const KnowledgeGraph& graph, const std::string& graph_dir);

// Writes DIR/graph.jsonld (write_jsonld) and its index. With `threads` > 1
// the index is encoded on a second thread while the JSON-LD is written;
// with 1, one after the other. Same files as write_jsonld followed by
// write_query_index.
Status write_jsonld_and_query_index(const KnowledgeGraph& graph, const std::string& graph_dir,
                                    size_t threads);

// A node's attributes; its evidence comes from NodeEvidence.
struct NodeInfo {
  std::string_view id, type, label, value;
  std::vector<std::string_view> aliases;  // sorted, without the label
  uint32_t degree = 0, component = 0, documents = 0;
  double pagerank = 0;
  size_t mentions = 0;  // NodeEvidence(i).size()
};

struct EdgeInfo {
  size_t from = 0, to = 0;  // node indices
  std::string_view type;
  size_t evidence = 0;  // EdgeEvidence(e).size(), the edge's weight
  uint32_t documents = 0;
};

struct DocumentInfo {
  std::string_view id, name, path;
};

class GraphIndex {
 public:
  // Reads DIR/graph.tgidx, else DIR/graph.jsonld (see above). Errors name
  // the JSON-LD: it is the record; the index only speeds it up.
  static Result<GraphIndex> Load(const std::string& graph_dir);
  // Indexes a graph in memory. REQUIRES: `graph` keeps FromParts' contract
  // (sorted, every reference resolves); otherwise the index is empty.
  explicit GraphIndex(const KnowledgeGraph& graph);
  GraphIndex(GraphIndex&&) noexcept;
  GraphIndex& operator=(GraphIndex&&) noexcept;
  ~GraphIndex();

  // Whether Load used the index file, and if it found one but read the
  // JSON-LD instead, why (stale, corrupt, another version); else empty.
  bool from_index_file() const;
  const std::string& index_problem() const;

  size_t node_count() const;
  size_t edge_count() const;
  // REQUIRES: the index is in range.
  NodeInfo node(size_t i) const;
  EdgeInfo edge(size_t e) const;
  // Empty views for an index out of range (evidence of a default Evidence).
  DocumentInfo document(uint32_t d) const;
  std::vector<Evidence> NodeEvidence(size_t node) const;
  // At most `limit` pieces of the edge's evidence, in order.
  std::vector<Evidence> EdgeEvidence(size_t edge, size_t limit = SIZE_MAX) const;
  // The sentence an evidence quotes; empty when its document has no such one.
  std::string_view Sentence(const Evidence& ev) const;

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

  // Edges leaving / entering a node, in edge order.
  std::vector<size_t> OutEdges(size_t node) const;
  std::vector<size_t> InEdges(size_t node) const;
  // Index of the node with this id, if there is one.
  std::optional<size_t> NodeIndex(std::string_view id) const;

  // The shortest path between two nodes, ignoring edge direction, as edge
  // indices in order; empty when none within max_hops. Paths of relations
  // are preferred: co-mentions (MENTIONS) count only when no path of
  // relations is that short.
  std::vector<size_t> ShortestPath(size_t from, size_t to, int max_hops) const;

  // Dated events (HELD_ON, SIGNED_ON, ADOPTED_ON edges) in date order; with
  // a node, only those whose subject is that node or linked to it.
  std::vector<size_t> Timeline(std::optional<size_t> about) const;

 private:
  struct Impl;
  GraphIndex();
  std::unique_ptr<Impl> impl_;
};

}  // namespace treatygraph

#endif  // TREATYGRAPH_QUERY_H_
