// A fast 64-bit content hash for whole files: the query index's checksum and
// the stamp that ties it to graph.jsonld. Not cryptographic; it only has to
// notice accidental change (a truncated copy, a rebuilt graph) at memory
// speed, since `query` may hash a gigabyte of JSON-LD on load. FNV-1a
// (base/hash.h) reads a byte at a time and would take seconds there.
#ifndef TREATYGRAPH_QUERY_CONTENT_HASH_H_
#define TREATYGRAPH_QUERY_CONTENT_HASH_H_

#include <cstdint>
#include <string_view>

namespace treatygraph {

// The same value on every run and little-endian machine.
uint64_t content_hash64(std::string_view bytes);

}  // namespace treatygraph

#endif  // TREATYGRAPH_QUERY_CONTENT_HASH_H_
