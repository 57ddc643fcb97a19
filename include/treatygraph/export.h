// Exporters: write a finalised KnowledgeGraph in formats other tools load.
//
// Every writer goes through an atomic file: the output is written to a
// temporary name beside the target and renamed only once complete, so a full
// disk or a crash never leaves a half-written file in place of a good one.
// Output is deterministic: the same graph gives byte-identical files.
#ifndef TREATYGRAPH_EXPORT_H_
#define TREATYGRAPH_EXPORT_H_

#include <string>

#include "treatygraph/graph.h"
#include "treatygraph/status.h"

namespace treatygraph {

// GraphML with keys for Gephi, NetworkX, igraph and Neo4j APOC.
Status write_graphml(const KnowledgeGraph& graph, const std::string& path);

// JSON-LD 1.1 with an inline @context (schema.org, PROV-O, own terms).
Status write_jsonld(const KnowledgeGraph& graph, const std::string& path);

// GEXF 1.3 for Gephi desktop: typed attributes, colour by type, size by degree.
Status write_gexf(const KnowledgeGraph& graph, const std::string& path);

// Property-graph bulk import into folder `dir`: nodes.csv and edges.csv with
// neo4j-admin import headers, and kuzu_load.cypher for Kuzu.
Status write_property_graph_csv(const KnowledgeGraph& graph, const std::string& dir);

// Reads a graph back from the JSON-LD that write_jsonld wrote (the lossless
// record). Errors name the file, and the byte offset of a syntax error.
Result<KnowledgeGraph> read_jsonld(const std::string& path);

// The same from bytes in memory; `origin` names them in errors.
Result<KnowledgeGraph> parse_jsonld(std::string bytes, const std::string& origin);

}  // namespace treatygraph

#endif  // TREATYGRAPH_EXPORT_H_
