// The query index file (DIR/graph.tgidx): the graph laid out for `query`,
// written beside graph.jsonld by every command that writes the JSON-LD.
//
// Why it exists: parsing the JSON-LD builds a std::string for every id,
// sentence and piece of evidence; at a million edges that takes half a
// minute. This file holds the same graph as fixed-size records and one
// string table, so loading is one mmap, a checksum pass and a validation
// pass, with no allocation per record. Evidence is decoded only when a
// query prints it.
//
// Layout, all integers little-endian (the only byte order we build for):
//
//   FileHeader             magic, version, sizes, the JSON-LD's stamp, and
//                          one {offset, count} per Section, in enum order
//   sections               each an array of count elements of
//                          kElementSize[section] bytes, at its offset
//   uint64 checksum        content_hash64 of every byte before it
//
// Strings are interned: a record field naming a string holds its index in
// the string table (kStringOffsets has count+1 entries into kStringBytes).
// Node and edge types are indices into kNodeTypes / kEdgeTypes, so a type
// test is an integer compare. A node's evidence is a contiguous run of the
// evidence pool; an edge's is a list of pool indices (kEdgeEvidence), so a
// MENTIONS edge shares its records with the entity it points to.
//
// The stamp ties the index to one graph.jsonld: its size and content hash,
// nothing else, so that the same graph always gives the same bytes. Whether
// the JSON-LD changed since is decided on loading (query/graph_index.cc):
// an index newer than a JSON-LD of the stamped size is used at once; else
// the JSON-LD's hash must match; else the index is stale and `query` reads
// the JSON-LD.
//
// Bump kIndexVersion whenever a record, a section or the meaning of a field
// changes, or when normalize_for_matching changes (normalised names are
// stored): a reader refuses any other version and falls back to the JSON-LD.
#ifndef TREATYGRAPH_QUERY_INDEX_FORMAT_H_
#define TREATYGRAPH_QUERY_INDEX_FORMAT_H_

#include <cstddef>
#include <cstdint>
#include <type_traits>

static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
              "the query index stores records in host order, which must be little-endian");

namespace treatygraph::index_format {

// Not text in any encoding, so a JSON or CSV file never passes for an index.
constexpr char kMagic[8] = {'\x89', 'T', 'G', 'I', 'D', 'X', '\r', '\n'};
constexpr uint32_t kIndexVersion = 2;
constexpr char kIndexFileName[] = "graph.tgidx";

enum Section : uint32_t {
  kStringOffsets,      // uint64 per string, plus the end
  kStringBytes,        // UTF-8, not terminated
  kNodeTypes,          // string index per node type, sorted by name
  kEdgeTypes,          // string index per edge type, sorted by name
  kDocuments,          // DocumentEntry, sorted by id (as in the graph)
  kSentences,          // string index; a document's are contiguous
  kNodes,              // NodeEntry, sorted by id
  kAliases,            // string index; a node's are contiguous
  kNormalizedAliases,  // normalize_for_matching of kAliases, same positions
  kEdges,              // EdgeEntry, sorted by (from, to, type) ids
  kEdgeEvidence,       // evidence pool index; an edge's are contiguous
  kEvidence,           // EvidenceEntry
  kOutOffsets,         // uint32 per node, plus the end, into kOutEdges
  kOutEdges,           // edge index, grouped by source node, ascending
  kInOffsets,          // uint32 per node, plus the end, into kInEdges
  kInEdges,            // edge index, grouped by target node, ascending
  kSectionCount,
};

struct SectionEntry {
  uint64_t offset = 0;  // from the start of the file
  uint64_t count = 0;   // elements, not bytes
};

struct FileHeader {
  char magic[8];
  uint32_t version = 0;
  uint32_t section_count = 0;
  uint64_t file_size = 0;  // including the trailing checksum
  uint64_t jsonld_size = 0;
  uint64_t jsonld_hash = 0;
  SectionEntry sections[kSectionCount];
};

struct DocumentEntry {
  uint32_t id, name, path, encoding, format;  // strings
  uint32_t first_sentence, sentence_count;     // into kSentences
  uint32_t reserved;                           // zero; keeps `bytes` aligned
  uint64_t bytes;
};

struct NodeEntry {
  uint32_t id, label, value, normalized_label;  // strings
  uint32_t type;                                 // into kNodeTypes
  uint32_t first_alias, alias_count;             // into kAliases
  uint32_t first_evidence, evidence_count;       // into kEvidence
  uint32_t degree, component, documents;
  double pagerank;
};

struct EdgeEntry {
  uint32_t from, to;                        // node indices
  uint32_t type;                            // into kEdgeTypes
  uint32_t first_evidence, evidence_count;  // into kEdgeEvidence
  uint32_t documents;
};

struct EvidenceEntry {
  uint32_t document, sentence, line;  // as in Evidence
  uint32_t surface, rule;             // strings
  uint32_t reserved;                  // zero; keeps the spans aligned
  uint64_t byte_begin, byte_end, codepoint_begin, codepoint_end;
};

// Every byte of a record is a field, so records compare and hash as bytes.
static_assert(sizeof(FileHeader) == 40 + 16 * kSectionCount);
static_assert(sizeof(DocumentEntry) == 40 && sizeof(NodeEntry) == 56);
static_assert(sizeof(EdgeEntry) == 24 && sizeof(EvidenceEntry) == 56);
static_assert(std::is_trivially_copyable_v<NodeEntry> && std::is_trivially_copyable_v<EvidenceEntry>);

constexpr size_t kElementSize[kSectionCount] = {
    8, 1, 4, 4, sizeof(DocumentEntry), 4, sizeof(NodeEntry), 4, 4,
    sizeof(EdgeEntry), 4, sizeof(EvidenceEntry), 4, 4, 4, 4,
};

}  // namespace treatygraph::index_format

#endif  // TREATYGRAPH_QUERY_INDEX_FORMAT_H_
