// Normalisation for matching.
//
// Extractors match one canonical form of the text, whatever the input wrote:
//   1. each code point is folded through one table built from ICU at first
//      use: NFKC (full-width digits, letters and punctuation, ㈠, compatibility
//      ideographs), then traditional -> simplified, then our own folds
//      (dashes -> '-', footnote superscripts and zero-width characters dropped);
//   2. whitespace is rewritten by its context: dropped next to CJK text
//      (`2018 年 6月` -> `2018年6月`), a line break where PDF extraction
//      wrapped a line joined (`上合组\n织`), a paragraph break kept as one
//      '\n', any other run as one ' '. A wrap is told from a paragraph break
//      by the layout: in a document whose lines mostly share one width (a
//      PDF's text column), a break after a full-width line that does not end
//      a sentence is a wrap, even across blank lines (some extractions put
//      one between every two lines); elsewhere only a single break inside
//      CJK text is.
// Step 1 is a table lookup per code point instead of ICU calls per string:
// ICU's transliterator runs at ~10 MB/s, far below the throughput we need.
// The table is per code point, so rules that would need context (NFKC
// composition of a base and a combining mark, ICU's few phrase-level
// traditional->simplified rules) are not applied; Chinese diplomatic text
// does not rely on them.
#ifndef TREATYGRAPH_INGEST_NORMALIZE_H_
#define TREATYGRAPH_INGEST_NORMALIZE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "treatygraph/document.h"

namespace treatygraph {

struct NormalizedText {
  std::string text;
  // For each code point of `text`: the code points [begin, end) it came
  // from, counted as CodepointSources says.
  CompactOffsets codepoint_begin;
  CompactOffsets codepoint_end;
};

// What the code points being normalised stand for in the decoded text, so
// that the offset map is written in its final units in one pass. By default
// cps[k] is decoded code point first + k (text after a front matter block
// starts at `first`). With `begin` and `end` set (HTML content), cps[k]
// stands for decoded code points [begin[k], end[k]).
struct CodepointSources {
  uint32_t first = 0;
  const uint32_t* begin = nullptr;
  const uint32_t* end = nullptr;
};

enum class LineBreaks {
  kFromLayout,  // a document: tell wraps from paragraph breaks by the layout
  kJoinAll,     // a name or a span of a document: every line break is a wrap
};

// Normalises code points cps[0, n). Thread-safe.
NormalizedText normalize_codepoints(const char32_t* cps, size_t n,
                                    LineBreaks line_breaks = LineBreaks::kFromLayout,
                                    CodepointSources sources = {});

// True for ideographs, CJK punctuation, kana and full-width forms: the
// characters next to which whitespace carries no meaning.
bool is_cjk_context(char32_t cp);

}  // namespace treatygraph

#endif  // TREATYGRAPH_INGEST_NORMALIZE_H_
