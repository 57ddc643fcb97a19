// Status and Result<T>: how every module boundary reports failure.
//
// Errors are values, never exceptions: a Status carries a code, a human
// message, and where the problem is (file and byte offset, when known).
// Only the CLI turns a Status into stderr text and an exit code.
//
//   Result<Document> doc = read_document(path);
//   if (!doc.ok()) return doc.status();
//   use(doc.value());
#ifndef TREATYGRAPH_STATUS_H_
#define TREATYGRAPH_STATUS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <utility>

namespace treatygraph {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // the caller asked for something malformed
  kNotFound,         // a file or entity does not exist
  kUnreadable,       // input exists but cannot be read or decoded
  kIoError,          // writing failed (disk full, permission)
  kInternal,         // a bug or a broken invariant
};

class Status {
 public:
  Status() = default;  // OK
  Status(StatusCode code, std::string message, std::string file = "",
         std::optional<uint64_t> offset = std::nullopt)
      : code_(code), message_(std::move(message)), file_(std::move(file)), offset_(offset) {}

  static Status Ok() { return Status(); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  const std::string& file() const { return file_; }
  std::optional<uint64_t> offset() const { return offset_; }

  // "FILE: byte OFFSET: MESSAGE", leaving out what is unknown.
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
  std::string file_;
  std::optional<uint64_t> offset_;
};

// A value or the Status that explains its absence.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}  // NOLINT
  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  // REQUIRES: ok()
  T& value() { return *value_; }
  const T& value() const { return *value_; }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace treatygraph

#endif  // TREATYGRAPH_STATUS_H_
