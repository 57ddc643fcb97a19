#include <string.h>

#include <algorithm>

#include "extract/extractors_internal.h"

namespace treatygraph {

RuleMatches::RuleMatches(const Rule& rule, std::string_view text, const CharIndex* chars)
    : rule_(rule), text_(text), chars_(rule.triggers.empty() ? nullptr : chars) {
  if (chars_ == nullptr) return;
  for (int key : rule.triggers) next_trigger_.emplace_back(chars_->Begin(key), chars_->End(key));
}

void RuleMatches::RestartAt(size_t offset) { start_ = scan_from_ = offset; }

bool RuleMatches::NextLines(size_t* begin, size_t* end) {
  if (scan_from_ > text_.size()) return false;
  if (chars_ == nullptr) {  // the rest of the text, in one search
    *begin = scan_from_;
    *end = text_.size();
    return true;
  }
  // The first occurrence of a trigger at or after `from`; the text's size
  // if none. The cursors only move forward.
  auto next_trigger = [this](size_t from) {
    size_t first = text_.size();
    for (auto& [at, end] : next_trigger_) {
      while (at != end && *at < from) ++at;
      if (at != end) first = std::min<size_t>(first, *at);
    }
    return first;
  };
  auto line_end = [this](size_t at) {
    const void* nl = memchr(text_.data() + at, '\n', text_.size() - at);
    return nl == nullptr ? text_.size() : static_cast<const char*>(nl) - text_.data();
  };
  // The rest of the stretch a match was found in is searched on as it is:
  // the triggers in it are behind the cursors already.
  if (scan_from_ < stretch_end_) {
    *begin = scan_from_;
    *end = stretch_end_;
    return true;
  }
  size_t first = next_trigger(scan_from_);
  if (first == text_.size()) return false;
  const void* nl = memrchr(text_.data() + scan_from_, '\n', first - scan_from_);
  *begin = nl == nullptr ? scan_from_ : static_cast<const char*>(nl) - text_.data() + 1;
  *end = line_end(first);
  // Lines holding a trigger a little further on are searched in the same
  // call, and so are the lines between: one RE2 call costs about as much as
  // scanning a few hundred bytes.
  const size_t kJoinGap = 256;
  while (*end < text_.size()) {
    size_t next = next_trigger(*end);
    if (next == text_.size() || next - *end > kJoinGap) break;
    *end = line_end(next);
  }
  stretch_end_ = *end;
  return true;
}

bool RuleMatches::NextN(re2::StringPiece* const* groups, int n) {
  re2::StringPiece found[kMaxGroups + 1];
  const re2::StringPiece input(text_.data() + start_, text_.size() - start_);
  size_t begin = 0, end = 0;
  while (NextLines(&begin, &end)) {
    if (rule_.re->Match(input, begin - start_, end - start_, RE2::UNANCHORED, found, n + 1)) {
      for (int i = 0; i < n; ++i) *groups[i] = found[i + 1];
      start_ = scan_from_ = static_cast<size_t>(found[0].data() + found[0].size() - text_.data());
      return true;
    }
    scan_from_ = end + 1;
  }
  return false;
}

}  // namespace treatygraph
