#include "export/text_escape.h"

#include <cstdio>

namespace treatygraph {
namespace {

// Length of the forbidden character at s[i], or 0 if s[i] starts an allowed one.
size_t forbidden_length(std::string_view s, size_t i) {
  unsigned char c = s[i];
  if (c < 0x20) return (c == '\t' || c == '\n' || c == '\r') ? 0 : 1;
  // U+FFFE and U+FFFF: EF BF BE, EF BF BF.
  if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
      (static_cast<unsigned char>(s[i + 2]) & 0xFE) == 0xBE) {
    return 3;
  }
  return 0;
}

}  // namespace

void append_xml_escaped(std::string_view s, std::string* out) {
  for (size_t i = 0; i < s.size();) {
    if (size_t n = forbidden_length(s, i)) {
      i += n;
      continue;
    }
    char c = s[i++];
    switch (c) {
      case '&': out->append("&amp;"); break;
      case '<': out->append("&lt;"); break;
      case '>': out->append("&gt;"); break;
      case '"': out->append("&quot;"); break;
      case '\'': out->append("&apos;"); break;
      default: out->push_back(c);
    }
  }
}

std::string drop_forbidden_characters(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    if (size_t n = forbidden_length(s, i)) {
      i += n;
      continue;
    }
    out.push_back(s[i++]);
  }
  return out;
}

std::string join_aliases(const std::vector<std::string>& aliases) {
  std::string out;
  for (const std::string& a : aliases) {
    if (!out.empty()) out.push_back('|');
    out += a;
  }
  return out;
}

std::string format_double(double value) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.9g", value);
  return buf;
}

}  // namespace treatygraph
