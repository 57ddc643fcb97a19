#include "ingest/segment.h"

namespace treatygraph {
namespace {

// Length of the sentence terminator at text[i], or 0.
size_t terminator_length(std::string_view text, size_t i) {
  char c = text[i];
  if (c == '\n' || c == ';' || c == '!' || c == '?') return 1;
  // 。 is E3 80 82: test its first byte before calling compare at every byte.
  if (c == '\xE3' && text.compare(i, 3, "。") == 0) return 3;
  return 0;
}

}  // namespace

std::vector<Sentence> split_sentences(std::string_view text) {
  std::vector<Sentence> out;
  size_t begin = 0;
  auto close = [&](size_t end) {
    while (begin < end && (text[begin] == ' ' || text[begin] == '\n')) ++begin;
    size_t e = end;
    while (e > begin && (text[e - 1] == ' ' || text[e - 1] == '\n')) --e;
    if (e > begin) out.push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(e)});
  };
  for (size_t i = 0; i < text.size();) {
    size_t len = terminator_length(text, i);
    if (len == 0) {
      ++i;
      continue;
    }
    // A closing quote or bracket right after the terminator belongs to it.
    size_t end = i + len;
    while (end < text.size() && (text.compare(end, 3, "”") == 0 || text.compare(end, 3, "」") == 0)) {
      end += 3;
    }
    if (end < text.size() && text[end] == ')') ++end;
    close(end);
    begin = end;
    i = end;
  }
  close(text.size());
  return out;
}

}  // namespace treatygraph
