// MappedFile: a whole file mapped read-only, with the size and modification
// time it had when opened. Mapping is lazy: pages are read when touched, so
// opening a large file only to compare its stamp costs nothing.
//
//   Result<MappedFile> f = MappedFile::Open(path, MappedFile::kReadAll);
//   if (f.ok()) use(f.value().bytes());
#ifndef TREATYGRAPH_QUERY_MAPPED_FILE_H_
#define TREATYGRAPH_QUERY_MAPPED_FILE_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "treatygraph/status.h"

namespace treatygraph {

class MappedFile {
 public:
  enum Access {
    kOnDemand,  // pages read when touched
    kReadAll,   // the caller will read every byte: fault them in up front
  };
  // kNotFound when the file does not exist, kUnreadable otherwise.
  static Result<MappedFile> Open(const std::string& path, Access access);

  MappedFile(MappedFile&& other) noexcept;
  MappedFile& operator=(MappedFile&& other) noexcept;
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  ~MappedFile();

  // Valid while this object lives. Empty for an empty file.
  std::string_view bytes() const { return {data_, size_}; }
  uint64_t size() const { return size_; }
  int64_t mtime_ns() const { return mtime_ns_; }

 private:
  MappedFile() = default;
  const char* data_ = nullptr;
  size_t size_ = 0;
  int64_t mtime_ns_ = 0;
};

}  // namespace treatygraph

#endif  // TREATYGRAPH_QUERY_MAPPED_FILE_H_
