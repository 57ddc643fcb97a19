#include "treatygraph/status.h"

namespace treatygraph {

std::string Status::ToString() const {
  if (ok()) return "OK";
  std::string out;
  if (!file_.empty()) out += file_ + ": ";
  if (offset_) out += "byte " + std::to_string(*offset_) + ": ";
  out += message_;
  return out;
}

}  // namespace treatygraph
