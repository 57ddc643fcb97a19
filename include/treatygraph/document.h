// Document: one input file, decoded and normalised for matching.
//
// Extraction never looks at the original bytes. It runs on `text`, a
// normalised UTF-8 view (NFKC, traditional -> simplified, whitespace next to
// CJK removed, lines broken inside CJK words joined). Every byte of `text`
// maps back to the code point of the original file it came from, so a match
// [begin, end) in `text` has an exact span in the original bytes:
//
//   Document doc = ingest_bytes("a.txt", bytes).value();
//   SourceSpan src = doc.source_span(begin, end);
//   // decode(original[src.byte_begin, src.byte_end)) normalises to
//   // doc.text.substr(begin, end - begin)
#ifndef TREATYGRAPH_DOCUMENT_H_
#define TREATYGRAPH_DOCUMENT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "treatygraph/status.h"

namespace treatygraph {

// A span of the original input, in the two documented units: bytes of the
// original file, and code points of the decoded text.
struct SourceSpan {
  uint64_t byte_begin = 0;
  uint64_t byte_end = 0;
  uint64_t codepoint_begin = 0;
  uint64_t codepoint_end = 0;
};

// A sentence of the normalised text: [begin, end) into Document::text.
struct Sentence {
  uint32_t begin = 0;
  uint32_t end = 0;
};

struct IngestWarning {
  uint64_t byte_offset = 0;
  std::string message;
};

struct Document {
  std::string id;        // "doc-" + hash of the original bytes; path-independent
  std::string name;      // file name (label of the Document node)
  std::string path;      // as given by the user; empty for stdin
  std::string encoding;  // detected: "UTF-8", "UTF-16LE", "GB18030", "Big5", ...
  std::string format;    // "text" or "html" (detected from the content)
  std::string original;  // the file's bytes, untouched

  // A YAML front matter block at the start of the file (Markdown metadata),
  // decoded, without its `---` fences; empty if none. It is not part of
  // `text`, so nothing is extracted from it.
  std::string front_matter;

  // Decoded text (UTF-8), before normalisation; what `surface` quotes. For
  // HTML this is the page with its markup: offsets count original bytes.
  std::string decoded;
  // For each code point of `decoded`: its byte offset in `original`, plus one
  // final entry = original.size().
  std::vector<uint32_t> decoded_source_byte;
  // For each code point of `decoded`: its byte offset in `decoded`, plus end.
  std::vector<uint32_t> decoded_byte;

  // Normalised view used by every extractor.
  std::string text;
  // For each byte of `text`: index of the first decoded code point it came
  // from, and one past the last. Sized text.size().
  std::vector<uint32_t> text_codepoint_begin;
  std::vector<uint32_t> text_codepoint_end;

  std::vector<Sentence> sentences;          // sorted, non-overlapping
  std::vector<uint32_t> line_start_codepoint;  // decoded code point where each line starts
  std::vector<IngestWarning> warnings;

  // The original span of text[begin, end). REQUIRES: begin < end <= text.size().
  SourceSpan source_span(uint32_t begin, uint32_t end) const;
  // The decoded original text of text[begin, end): the surface form. For
  // HTML it is the page source of the span, tags and entities included
  // (`<b>上海</b>合作组织`): what the byte span holds, so it can be checked.
  std::string surface(uint32_t begin, uint32_t end) const;
  // 1-based line of the original file holding text[pos].
  uint32_t line_of(uint32_t pos) const;
  // Index into `sentences` of the sentence holding text[pos].
  uint32_t sentence_of(uint32_t pos) const;
  // The sentence quoted from the decoded original, whitespace folded. For
  // HTML the quote is what a reader sees: markup dropped and entities
  // decoded, but the characters are still the original's (not normalised).
  // Such a quote contains the surface of a mention only when the mention
  // spans no tag and no entity.
  std::string quote_sentence(uint32_t sentence_index) const;
};

// Decodes and normalises `bytes`. `name` is used in warnings and as the label.
// Fails (kUnreadable) only when the bytes are not text at all (binary files).
Result<Document> ingest_bytes(std::string name, std::string path, std::string bytes);

// Reads a file and ingests it. Errors name the path.
Result<Document> ingest_file(const std::string& path);

// The normalised form of a string on its own, as extractors see text:
// used to compare names across documents and in tests. With format "html"
// the string is a piece of page source: markup is dropped and entities
// decoded first, so that for a mention in an HTML document
//   normalize_for_matching(decoded original span, "html") == matched text.
std::string normalize_for_matching(std::string_view utf8, std::string_view format = "text");

}  // namespace treatygraph

#endif  // TREATYGRAPH_DOCUMENT_H_
