// Front matter detection (contract in front_matter.h).
#include "ingest/front_matter.h"

#include <string_view>

namespace treatygraph {
namespace {

constexpr size_t kMaxKeyLength = 64;

struct Line {
  size_t begin, end, next;  // [begin, end) without the line break; next line
};

Line line_at(const char32_t* cps, size_t n, size_t i) {
  size_t e = i;
  while (e < n && cps[e] != '\n') ++e;
  return {i, e, e < n ? e + 1 : n};
}

// Whether the line, trailing blanks and '\r' aside, is exactly `fence`.
bool is_fence(const char32_t* cps, const Line& line, std::u32string_view fence) {
  size_t e = line.end;
  while (e > line.begin && (cps[e - 1] == ' ' || cps[e - 1] == '\t' || cps[e - 1] == '\r')) --e;
  return std::u32string_view(cps + line.begin, e - line.begin) == fence;
}

bool is_blank_or_comment(const char32_t* cps, const Line& line) {
  for (size_t k = line.begin; k < line.end; ++k) {
    char32_t c = cps[k];
    if (c == '#') return true;
    if (c != ' ' && c != '\t' && c != '\r') return false;
  }
  return true;
}

// `key: value` or `key:`: the line starts with neither a blank nor a list
// dash, and a ':' followed by a blank or the line's end comes within
// kMaxKeyLength code points. (Prose rarely has an ASCII ': ' that early on
// the line right after a `---`; Chinese prose uses the full-width '：'.)
bool is_mapping_entry(const char32_t* cps, const Line& line) {
  if (line.begin == line.end) return false;
  char32_t first = cps[line.begin];
  if (first == ' ' || first == '\t' || first == '-' || first == ':') return false;
  for (size_t k = line.begin + 1; k < line.end && k - line.begin <= kMaxKeyLength; ++k) {
    if (cps[k] != ':') continue;
    return k + 1 == line.end || cps[k + 1] == ' ' || cps[k + 1] == '\t' || cps[k + 1] == '\r';
  }
  return false;
}

}  // namespace

FrontMatter find_front_matter(const char32_t* cps, size_t n) {
  size_t i = 0;
  if (i < n && cps[i] == 0xFEFF) ++i;
  Line open = line_at(cps, n, i);
  if (open.end == n || !is_fence(cps, open, U"---")) return {};
  bool entry_seen = false;
  for (Line line = line_at(cps, n, open.next); line.begin < n; line = line_at(cps, n, line.next)) {
    if (is_fence(cps, line, U"---") || is_fence(cps, line, U"...")) {
      if (!entry_seen) return {};
      return {open.next, line.begin, line.next};
    }
    if (!entry_seen) {
      if (is_blank_or_comment(cps, line)) continue;
      if (!is_mapping_entry(cps, line)) return {};
      entry_seen = true;
    }
  }
  return {};  // never closed: not front matter
}

}  // namespace treatygraph
