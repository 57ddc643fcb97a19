#include "base/atomic_file.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace treatygraph {

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
  // Same folder as the target, so rename() never crosses file systems.
  temp_path_ = path_ + ".tmp-" + std::to_string(::getpid());
  file_ = std::fopen(temp_path_.c_str(), "wb");
  if (file_ == nullptr) {
    status_ = Status(StatusCode::kIoError, std::string("cannot create: ") + std::strerror(errno),
                     temp_path_);
  }
}

AtomicFile::~AtomicFile() {
  if (file_ != nullptr) {
    std::fclose(file_);
    std::remove(temp_path_.c_str());
  }
}

void AtomicFile::Write(std::string_view bytes) {
  if (!status_.ok() || bytes.empty()) return;
  if (std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size()) {
    status_ = Status(StatusCode::kIoError, std::string("write failed: ") + std::strerror(errno),
                     path_);
  }
}

Status AtomicFile::Commit() {
  if (!status_.ok()) return status_;
  bool flushed = std::fflush(file_) == 0 && ::fsync(::fileno(file_)) == 0;
  int saved_errno = errno;
  bool closed = std::fclose(file_) == 0;
  file_ = nullptr;
  if (!flushed || !closed) {
    std::remove(temp_path_.c_str());
    return Status(StatusCode::kIoError,
                  std::string("write failed: ") + std::strerror(flushed ? errno : saved_errno),
                  path_);
  }
  if (std::rename(temp_path_.c_str(), path_.c_str()) != 0) {
    int err = errno;
    std::remove(temp_path_.c_str());
    return Status(StatusCode::kIoError, std::string("cannot rename into place: ") +
                                            std::strerror(err), path_);
  }
  return Status::Ok();
}

}  // namespace treatygraph
