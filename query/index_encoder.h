// Lays a finalised KnowledgeGraph out as a query index file (see
// query/index_format.h). `write_query_index` (treatygraph/query.h) writes it
// beside graph.jsonld; GraphIndex also encodes in memory, so a graph read
// from the JSON-LD is queried through exactly the same code as one mapped
// from the index file.
#ifndef TREATYGRAPH_QUERY_INDEX_ENCODER_H_
#define TREATYGRAPH_QUERY_INDEX_ENCODER_H_

#include <cstdint>
#include <string>

#include "treatygraph/graph.h"
#include "treatygraph/status.h"

namespace treatygraph {

// Which graph.jsonld an index belongs to (all zero for an in-memory index).
// Only content: no times, so the index is as deterministic as the JSON-LD.
struct JsonldStamp {
  uint64_t size = 0;
  uint64_t hash = 0;  // content_hash64 of the whole file
};

// The index file's bytes; deterministic for a given graph and stamp.
// Fails (kInternal) when the graph breaks KnowledgeGraph::FromParts'
// contract: nodes not sorted by id, an edge to a missing node, evidence of
// a missing document, or more than 2^32 of anything.
Result<std::string> encode_query_index(const KnowledgeGraph& graph, const JsonldStamp& stamp);

// Replaces the stamp of an encoded index (and its checksum).
// REQUIRES: `index` came from encode_query_index.
void restamp_query_index(const JsonldStamp& stamp, std::string* index);

}  // namespace treatygraph

#endif  // TREATYGRAPH_QUERY_INDEX_ENCODER_H_
