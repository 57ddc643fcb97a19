// IndexView: read access to query index bytes (query/index_format.h) that
// someone else owns: a mapped file, or an index encoded in memory.
//
// Open checks everything an accessor relies on (header, checksum, every
// index and range between sections), so the accessors below never read out
// of bounds and do no checks of their own, whatever the bytes were.
#ifndef TREATYGRAPH_QUERY_INDEX_VIEW_H_
#define TREATYGRAPH_QUERY_INDEX_VIEW_H_

#include <cstring>
#include <string>
#include <string_view>

#include "query/index_format.h"
#include "treatygraph/status.h"

namespace treatygraph {

class IndexView {
 public:
  IndexView() = default;  // an empty graph

  // kUnreadable, naming `origin`, when the bytes are not a whole, intact
  // index of this version. REQUIRES: `bytes` outlives the view.
  static Result<IndexView> Open(std::string_view bytes, const std::string& origin);

  const index_format::FileHeader& header() const { return header_; }
  size_t count(index_format::Section s) const { return header_.sections[s].count; }

  // Element i of section s. REQUIRES: i < count(s) and T matches the section.
  template <typename T>
  T at(index_format::Section s, size_t i) const {
    T value;
    std::memcpy(&value, bytes_.data() + header_.sections[s].offset + i * sizeof(T), sizeof(T));
    return value;
  }
  uint32_t u32(index_format::Section s, size_t i) const { return at<uint32_t>(s, i); }

  // String `id` of the table. REQUIRES: id < string_count().
  std::string_view string(uint32_t id) const {
    uint64_t begin = at<uint64_t>(index_format::kStringOffsets, id);
    uint64_t end = at<uint64_t>(index_format::kStringOffsets, id + 1);
    return bytes_.substr(header_.sections[index_format::kStringBytes].offset + begin, end - begin);
  }
  size_t string_count() const { return count(index_format::kStringOffsets) - 1; }

 private:
  std::string_view bytes_;
  index_format::FileHeader header_{};
};

}  // namespace treatygraph

#endif  // TREATYGRAPH_QUERY_INDEX_VIEW_H_
