// AtomicFile: write a file so that readers see either the old content or the
// complete new content, never a half-written file.
//
//   AtomicFile out(path);
//   out.stream() << ...;
//   Status s = out.Commit();   // flush, fsync, rename over `path`
//
// Without Commit() (an error path, an exception) the temporary is removed.
#ifndef TREATYGRAPH_BASE_ATOMIC_FILE_H_
#define TREATYGRAPH_BASE_ATOMIC_FILE_H_

#include <cstdio>
#include <string>
#include <string_view>

#include "treatygraph/status.h"

namespace treatygraph {

class AtomicFile {
 public:
  explicit AtomicFile(std::string path);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  // Status of opening the temporary file; Write is a no-op when not ok.
  const Status& status() const { return status_; }
  void Write(std::string_view bytes);
  // Completes the file and renames it into place.
  Status Commit();

 private:
  std::string path_;
  std::string temp_path_;
  std::FILE* file_ = nullptr;
  Status status_;
};

}  // namespace treatygraph

#endif  // TREATYGRAPH_BASE_ATOMIC_FILE_H_
