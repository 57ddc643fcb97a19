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

#include <cstddef>
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

// A sequence of uint32 offsets kept in about one byte per entry. A
// Document's offset maps have an entry per code point of a file, and
// neighbouring entries differ by a few units: a code point is 1 to 4 bytes,
// and a code point of normalised text comes from the decoded code point of
// the one before it or from one a little further on. Entries are grouped in
// blocks of 64: a block whose entries all lie within 255 of its smallest is
// stored as that value plus one byte per entry; any other block (a long run
// of markup skipped) as four bytes per entry. Any values can be stored; the
// maps' small steps make the narrow form the usual one.
//
//   CompactOffsets offsets;
//   offsets.push_back(7);
//   offsets.push_back(10);
//   uint32_t second = offsets[1];  // 10
class CompactOffsets {
 public:
  // Makes room for `n` entries in all, so that building does not copy.
  void reserve(size_t n);
  void push_back(uint32_t value) {
    tail_.push_back(value);
    if (tail_.size() == kBlockSize) SealTail();
  }
  // REQUIRES: i < size().
  uint32_t operator[](size_t i) const;
  uint32_t back() const { return (*this)[size() - 1]; }
  size_t size() const { return blocks_.size() * kBlockSize + tail_.size(); }
  bool empty() const { return size() == 0; }

 private:
  static constexpr size_t kBlockSize = 64;
  static constexpr uint32_t kWide = 0x80000000;
  struct Block {
    uint32_t base;  // the smallest entry (narrow) or unused (wide)
    uint32_t slot;  // index of the block in narrow_ or, with kWide, in wide_
  };
  void SealTail();

  std::vector<Block> blocks_;     // complete blocks
  std::vector<uint8_t> narrow_;   // kBlockSize offsets from `base` per narrow block
  std::vector<uint32_t> wide_;    // kBlockSize values per wide block
  std::vector<uint32_t> tail_;    // the entries after the last complete block
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
  CompactOffsets decoded_source_byte;
  // For each code point of `decoded`: its byte offset in `decoded`, plus end.
  CompactOffsets decoded_byte;

  // Normalised view used by every extractor.
  std::string text;
  // For each code point of `text`: index of the first decoded code point it
  // came from, and one past the last. Per code point rather than per byte:
  // the bytes of one code point all come from the same place.
  CompactOffsets text_codepoint_begin;
  CompactOffsets text_codepoint_end;
  // For each block of kTextBlockBytes bytes of `text`: how many code points
  // of `text` start before it, from which text_codepoint_index counts on.
  static constexpr uint32_t kTextBlockBytes = 64;
  std::vector<uint32_t> text_block_codepoints;

  std::vector<Sentence> sentences;          // sorted, non-overlapping
  std::vector<uint32_t> line_start_codepoint;  // decoded code point where each line starts
  std::vector<IngestWarning> warnings;

  // Index of the code point of `text` holding the byte text[pos]: what
  // text_codepoint_begin and text_codepoint_end are indexed by.
  // REQUIRES: pos < text.size().
  uint32_t text_codepoint_index(uint32_t pos) const;
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
