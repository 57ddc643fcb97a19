// HTML input: the stage between decoding and normalisation that takes the
// markup out of a page and keeps the text, without losing the offset map.
//
// It reads decoded code points and writes `Content`: the code points the
// normaliser should see, each with the span of decoded code points it stands
// for. Text characters stand for themselves; an entity (`&amp;`, `&#x4E2D;`)
// becomes one code point standing for the whole entity; tags, comments and
// the content of <script>, <style>, <title> and the like become nothing; a
// block element (<p>, <div>, <br>, <li>, <tr>, <h1>...) becomes a paragraph
// break standing for its tag. Source whitespace is HTML whitespace: a line
// break in the source is a space (except inside <pre>), so a line broken
// inside a CJK word is joined as in a browser. Paragraph breaks are written
// as U+2029 PARAGRAPH SEPARATOR, which the normaliser treats as a line break
// but its PDF-layout heuristic (which looks at '\n' lines) does not see.
//
//   if (looks_like_html(cps, n)) {
//     Content c = strip_html(cps, n);
//     NormalizedText t = normalize_codepoints(c.codepoints.data(), c.size());
//     // t.codepoint_begin[k] indexes c; c.source_begin[...] indexes cps.
//   }
//
// The parser is a tolerant, linear-time scanner, not an HTML5 tree builder:
// it needs no balanced tags, and a '<' that does not open a tag is text.
#ifndef TREATYGRAPH_INGEST_HTML_H_
#define TREATYGRAPH_INGEST_HTML_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace treatygraph {

// Code points for the normaliser, with the decoded code points behind each.
struct Content {
  std::vector<char32_t> codepoints;
  // Per code point: the decoded code points [source_begin, source_end) it
  // stands for. Both are non-decreasing, so any run of content maps to one
  // contiguous span of the decoded input.
  std::vector<uint32_t> source_begin;
  std::vector<uint32_t> source_end;

  size_t size() const { return codepoints.size(); }
  void push(char32_t cp, uint32_t begin, uint32_t end) {
    codepoints.push_back(cp);
    source_begin.push_back(begin);
    source_end.push_back(end);
  }
};

// What strip_html writes for the end of a block element: two of them, so the
// normaliser keeps a paragraph break.
constexpr char32_t kParagraphSeparator = 0x2029;

// Whether cps[0, n) is an HTML page or fragment, from the content alone: it
// starts (after whitespace, a BOM, an XML declaration or comments) with
// <!DOCTYPE html or <html, or with a known tag followed by another, or its
// first 64k code points hold several known HTML tags, block tags among them,
// at least one per 2,000 code points.
// Conservative: text with a stray '<' or a quoted tag or two is not HTML.
bool looks_like_html(const char32_t* cps, size_t n);

// Strips the markup from cps[0, n). Source spans are offset by `base`, so
// that a caller stripping a part of a longer sequence gets indices into the
// whole. Linear time in n.
Content strip_html(const char32_t* cps, size_t n, uint32_t base = 0);

}  // namespace treatygraph

#endif  // TREATYGRAPH_INGEST_HTML_H_
