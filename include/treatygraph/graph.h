// KnowledgeGraph: one node per real-world entity across all documents, typed
// directed edges, and for every node and edge the evidence behind it.
//
//   KnowledgeGraph graph;
//   for (const Document& doc : docs) graph.AddDocument(doc, extractors.Run(doc));
//   graph.Finalize();   // labels, metrics, deterministic order
//   for (const Node& n : graph.nodes()) ...
//
// Node ids are derived from the resolved entity (its type and resolution
// key: a UN symbol, an ISO date, or a canonical name), never from input
// order, so the same entity has the same id in every run and corpus.
#ifndef TREATYGRAPH_GRAPH_H_
#define TREATYGRAPH_GRAPH_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "treatygraph/document.h"
#include "treatygraph/extract.h"

namespace treatygraph {

using EntityId = std::string;

// Where a fact comes from. Sentences are stored once per document
// (DocumentRecord::sentences); evidence refers to them by index.
struct Evidence {
  uint32_t document = 0;  // index into KnowledgeGraph::documents()
  uint32_t sentence = 0;  // index into that document's sentences
  uint32_t line = 0;      // 1-based line in the original file
  SourceSpan span;        // in the original file
  std::string surface;    // decoded original text of the span
  std::string rule;
};

struct DocumentRecord {
  EntityId id;
  std::string name;
  std::string path;
  std::string encoding;
  std::string format;
  uint64_t bytes = 0;
  std::vector<std::string> sentences;  // quoted from the decoded original
};

struct Node {
  EntityId id;
  std::string type;  // entity_type_name(), or "Document"
  std::string label;
  std::vector<std::string> aliases;  // sorted, without the label
  std::string value;
  std::vector<Evidence> evidence;  // one per mention, in document order
  // Metrics computed by Finalize().
  uint32_t degree = 0;
  double pagerank = 0;
  uint32_t component = 0;
  uint32_t documents = 0;  // how many documents mention it
};

struct Edge {
  EntityId from;
  EntityId to;
  std::string type;
  std::vector<Evidence> evidence;  // weight = evidence.size()
  uint32_t documents = 0;
};

// One document's share of the graph: its record, and its mentions and
// relations already resolved to entity ids, with their evidence. Documents
// are independent until they meet in the graph, so fragments are made on
// worker threads (or by `treatygraph extract` on other machines) and added
// in any order: the finalised graph is the same.
struct FragmentMention {
  EntityId id;
  std::string type;
  std::string canonical;  // the resolved name; the label candidate
  std::string name;       // as written
  std::string value;
  Evidence evidence;      // evidence.document is unused until added
};

struct FragmentRelation {
  EntityId from;  // an entity id, or the document's id
  EntityId to;
  std::string type;
  Evidence evidence;
};

struct DocumentFragment {
  DocumentRecord document;
  std::vector<FragmentMention> mentions;  // in document order
  std::vector<FragmentRelation> relations;
};

// Resolves a document's extraction to entity ids and quotes its evidence.
DocumentFragment make_fragment(const Document& doc, const Extraction& extraction);

class KnowledgeGraph {
 public:
  KnowledgeGraph();
  KnowledgeGraph(KnowledgeGraph&&) noexcept;
  KnowledgeGraph& operator=(KnowledgeGraph&&) noexcept;
  ~KnowledgeGraph();

  // Adds a document node, a node per resolved entity, a MENTIONS edge per
  // entity, and the extracted relations, all with evidence. A document whose
  // id is already present (same bytes) is ignored and false is returned.
  bool AddDocument(const Document& doc, const Extraction& extraction);

  // The same for a fragment made earlier. When the document is already
  // present, its record keeps the smallest (path, name) of the two, so that
  // which copy names it does not depend on the order of adding either.
  bool AddFragment(DocumentFragment fragment);

  // Makes a finalised graph (one read back from its JSON-LD) accept
  // AddFragment again: adding fragments to it and finalising gives the graph
  // that building all their documents at once would give.
  void Reopen();

  // Chooses labels and aliases, computes degree, PageRank and components,
  // and sorts documents, nodes and edges by id, so the result does not
  // depend on the order documents were added. Call once after the last
  // AddDocument. With `threads` > 1, independent parts (nodes and edges,
  // PageRank and components) run side by side; the result is the same.
  void Finalize(size_t threads = 1);

  // A finalised graph from its parts, as read back from an export.
  // REQUIRES: nodes sorted by id, edges by (from, to, type), every evidence's
  // document an index into `documents`.
  static KnowledgeGraph FromParts(std::vector<DocumentRecord> documents, std::vector<Node> nodes,
                                  std::vector<Edge> edges);

  // REQUIRES: Finalize() was called. Sorted by id; edges by (from, to, type);
  // documents by id.
  const std::vector<Node>& nodes() const;
  const std::vector<Edge>& edges() const;
  const std::vector<DocumentRecord>& documents() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The stable id of an entity: a short type prefix and a hash of its key.
EntityId make_entity_id(std::string_view type, std::string_view key);

}  // namespace treatygraph

#endif  // TREATYGRAPH_GRAPH_H_
