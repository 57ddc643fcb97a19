#include "query/mapped_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <utility>

namespace treatygraph {

Result<MappedFile> MappedFile::Open(const std::string& path, Access access) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    StatusCode code = errno == ENOENT ? StatusCode::kNotFound : StatusCode::kUnreadable;
    return Status(code, std::string("cannot open: ") + std::strerror(errno), path);
  }
  struct stat st;
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    return Status(StatusCode::kUnreadable, "not a regular file", path);
  }
  MappedFile file;
  file.size_ = static_cast<size_t>(st.st_size);
  file.mtime_ns_ = static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
  if (file.size_ > 0) {
    int flags = MAP_PRIVATE | (access == kReadAll ? MAP_POPULATE : 0);
    void* p = ::mmap(nullptr, file.size_, PROT_READ, flags, fd, 0);
    if (p == MAP_FAILED) {
      ::close(fd);
      return Status(StatusCode::kUnreadable, std::string("cannot map: ") + std::strerror(errno),
                    path);
    }
    file.data_ = static_cast<const char*>(p);
  }
  ::close(fd);  // the mapping keeps the file open
  return file;
}

MappedFile::MappedFile(MappedFile&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)), size_(std::exchange(other.size_, 0)),
      mtime_ns_(other.mtime_ns_) {}

MappedFile& MappedFile::operator=(MappedFile&& other) noexcept {
  if (this != &other) {
    if (data_ != nullptr) ::munmap(const_cast<char*>(data_), size_);
    data_ = std::exchange(other.data_, nullptr);
    size_ = std::exchange(other.size_, 0);
    mtime_ns_ = other.mtime_ns_;
  }
  return *this;
}

MappedFile::~MappedFile() {
  if (data_ != nullptr) ::munmap(const_cast<char*>(data_), size_);
}

}  // namespace treatygraph
