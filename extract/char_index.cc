#include "extract/char_index.h"

namespace treatygraph {
namespace {

// The code point of the three-byte sequence at p, or 0 when p holds none.
char32_t three_byte_code_point(const unsigned char* p) {
  if ((p[0] & 0xF0) != 0xE0 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80) return 0;
  return (static_cast<char32_t>(p[0] & 0x0F) << 12) | (static_cast<char32_t>(p[1] & 0x3F) << 6) |
         (p[2] & 0x3F);
}

}  // namespace

int CharIndex::KeyOf(std::string_view utf8) {
  if (utf8.size() != 3) return -1;
  char32_t cp = three_byte_code_point(reinterpret_cast<const unsigned char*>(utf8.data()));
  return cp >= kFirst && cp <= kLast ? static_cast<int>(cp - kFirst) : -1;
}

CharIndex::CharIndex(std::string_view text) : start_(kLast - kFirst + 2, 0) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  // Calls f(offset, key) for each indexed character, reading forward: a
  // stray byte must not hide the character after it.
  auto for_each_indexed = [&](auto f) {
    for (size_t at = 0; at + 3 <= text.size();) {
      char32_t cp = three_byte_code_point(bytes + at);
      if (cp == 0) {
        ++at;
        continue;
      }
      if (cp >= kFirst && cp <= kLast) f(static_cast<uint32_t>(at), cp - kFirst);
      at += 3;
    }
  };
  for_each_indexed([&](uint32_t, uint32_t key) { ++start_[key + 1]; });
  for (size_t key = 1; key < start_.size(); ++key) start_[key] += start_[key - 1];
  offsets_.resize(start_.back());
  std::vector<uint32_t> fill(start_.begin(), start_.end() - 1);
  for_each_indexed([&](uint32_t offset, uint32_t key) { offsets_[fill[key]++] = offset; });
}

}  // namespace treatygraph
