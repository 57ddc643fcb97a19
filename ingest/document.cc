// ingest_bytes and the Document accessors: decoding, the markup stages
// (front matter, HTML), normalisation and segmentation wired together, and
// the offset map read back (see treatygraph/document.h for the contract).
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>

#include "base/hash.h"
#include "ingest/decode.h"
#include "ingest/front_matter.h"
#include "ingest/html.h"
#include "ingest/normalize.h"
#include "ingest/segment.h"
#include "treatygraph/document.h"

namespace treatygraph {

void CompactOffsets::reserve(size_t n) {
  blocks_.reserve(n / kBlockSize + 1);
  narrow_.reserve(n);
  tail_.reserve(kBlockSize);
}

void CompactOffsets::SealTail() {
  auto [low, high] = std::minmax_element(tail_.begin(), tail_.end());
  if (*high - *low <= UINT8_MAX) {
    blocks_.push_back({*low, static_cast<uint32_t>(narrow_.size() / kBlockSize)});
    for (uint32_t v : tail_) narrow_.push_back(static_cast<uint8_t>(v - *low));
  } else {
    blocks_.push_back({0, kWide | static_cast<uint32_t>(wide_.size() / kBlockSize)});
    wide_.insert(wide_.end(), tail_.begin(), tail_.end());
  }
  tail_.clear();
}

uint32_t CompactOffsets::operator[](size_t i) const {
  size_t block = i / kBlockSize, k = i % kBlockSize;
  if (block == blocks_.size()) return tail_[k];
  const Block& b = blocks_[block];
  if (b.slot & kWide) return wide_[(b.slot & ~kWide) * kBlockSize + k];
  return b.base + narrow_[b.slot * kBlockSize + k];
}

namespace {

bool starts_codepoint(char byte) { return (byte & 0xC0) != 0x80; }

// Document::text_block_codepoints for `text`.
std::vector<uint32_t> codepoints_before_blocks(std::string_view text) {
  std::vector<uint32_t> out;
  out.reserve(text.size() / Document::kTextBlockBytes + 1);
  uint32_t count = 0;
  for (size_t pos = 0; pos < text.size(); ++pos) {
    if (pos % Document::kTextBlockBytes == 0) out.push_back(count);
    count += starts_codepoint(text[pos]);
  }
  return out;
}

// The decoded original of text[begin, end), without a copy: a sentence of a
// one-line file can be the whole file.
std::string_view surface_view(const Document& doc, uint32_t begin, uint32_t end) {
  SourceSpan span = doc.source_span(begin, end);
  uint32_t from = doc.decoded_byte[span.codepoint_begin];
  uint32_t to = doc.decoded_byte[span.codepoint_end];
  return std::string_view(doc.decoded).substr(from, to - from);
}

}  // namespace

uint32_t Document::text_codepoint_index(uint32_t pos) const {
  // Code points starting before the block, plus those starting in it up to
  // pos, count the code point holding pos itself once.
  uint32_t starts = text_block_codepoints[pos / kTextBlockBytes];
  for (uint32_t k = pos - pos % kTextBlockBytes; k <= pos; ++k) starts += starts_codepoint(text[k]);
  return starts - 1;
}

SourceSpan Document::source_span(uint32_t begin, uint32_t end) const {
  SourceSpan span;
  span.codepoint_begin = text_codepoint_begin[text_codepoint_index(begin)];
  span.codepoint_end = text_codepoint_end[text_codepoint_index(end - 1)];
  span.byte_begin = decoded_source_byte[span.codepoint_begin];
  span.byte_end = decoded_source_byte[span.codepoint_end];
  return span;
}

std::string Document::surface(uint32_t begin, uint32_t end) const {
  return std::string(surface_view(*this, begin, end));
}

uint32_t Document::line_of(uint32_t pos) const {
  uint32_t cp = text_codepoint_begin[text_codepoint_index(pos)];
  auto it = std::upper_bound(line_start_codepoint.begin(), line_start_codepoint.end(), cp);
  return static_cast<uint32_t>(it - line_start_codepoint.begin());
}

uint32_t Document::sentence_of(uint32_t pos) const {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), pos,
                             [](uint32_t p, const Sentence& s) { return p < s.begin; });
  if (it == sentences.begin()) return 0;
  return static_cast<uint32_t>(it - sentences.begin() - 1);
}

namespace {

// Folds the original's line breaks and indentation: a quote is one line.
// A space survives only between two ASCII characters (words, symbols).
std::string fold_whitespace(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  bool pending_space = false;
  for (char c : raw) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) {
      unsigned char prev = out.back();
      if (prev < 0x80 && static_cast<unsigned char>(c) < 0x80) out.push_back(' ');
      pending_space = false;
    }
    out.push_back(c);
  }
  return out;
}

// What a reader sees of a piece of page source: markup dropped, entities
// decoded, block boundaries and no-break spaces as plain whitespace.
std::string html_visible_text(std::string_view source) {
  std::vector<char32_t> cps = utf8_codepoints(source);
  Content content = strip_html(cps.data(), cps.size());
  std::string out;
  out.reserve(source.size());
  for (char32_t cp : content.codepoints) {
    append_utf8(cp == kParagraphSeparator ? '\n' : cp == 0xA0 ? ' ' : cp, &out);
  }
  return out;
}

// Normalises stripped page content; text bytes index the decoded code
// points behind the content, as if normalised directly.
NormalizedText normalize_content(const Content& content, LineBreaks line_breaks) {
  CodepointSources sources;
  sources.begin = content.source_begin.data();
  sources.end = content.source_end.data();
  return normalize_codepoints(content.codepoints.data(), content.size(), line_breaks, sources);
}

}  // namespace

std::string Document::quote_sentence(uint32_t index) const {
  if (index >= sentences.size()) return "";
  const Sentence& s = sentences[index];
  std::string_view raw = surface_view(*this, s.begin, s.end);
  if (format == "html") return fold_whitespace(html_visible_text(raw));
  return fold_whitespace(raw);
}

Result<Document> ingest_bytes(std::string name, std::string path, std::string bytes) {
  Result<Decoded> decoded = decode_bytes(bytes);
  if (!decoded.ok()) {
    Status s = decoded.status();
    return Status(s.code(), s.message(), path.empty() ? name : path, s.offset());
  }
  Decoded& d = decoded.value();
  Document doc;
  doc.id = "doc-" + hex64(stable_hash64(bytes));
  doc.name = std::move(name);
  doc.path = std::move(path);
  doc.encoding = d.encoding;
  doc.format = "text";
  doc.warnings = std::move(d.warnings);
  doc.decoded_source_byte = std::move(d.source_byte);
  doc.decoded_byte.reserve(d.codepoints.size() + 1);
  doc.line_start_codepoint.push_back(0);
  const char32_t* cps = d.codepoints.data();
  size_t n = d.codepoints.size();
  for (size_t i = 0; i < n; ++i) {
    doc.decoded_byte.push_back(static_cast<uint32_t>(doc.decoded.size()));
    append_utf8(cps[i], &doc.decoded);
    // A lone '\r' ends a line too (classic Mac OS files); "\r\n" ends one.
    if (cps[i] == '\n' || (cps[i] == '\r' && (i + 1 == n || cps[i + 1] != '\n'))) {
      doc.line_start_codepoint.push_back(static_cast<uint32_t>(i + 1));
    }
  }
  doc.decoded_byte.push_back(static_cast<uint32_t>(doc.decoded.size()));
  // Markup stages between decoding and normalisation: front matter is cut
  // off, HTML stripped; both keep every code point's source.
  FrontMatter front = find_front_matter(cps, n);
  if (front.end > 0) {
    doc.front_matter = doc.decoded.substr(
        doc.decoded_byte[front.yaml_begin],
        doc.decoded_byte[front.yaml_end] - doc.decoded_byte[front.yaml_begin]);
  }
  size_t body = front.end;
  NormalizedText norm;
  if (looks_like_html(cps + body, n - body)) {
    doc.format = "html";
    norm = normalize_content(strip_html(cps + body, n - body, static_cast<uint32_t>(body)),
                             LineBreaks::kFromLayout);
  } else {
    CodepointSources sources;
    sources.first = static_cast<uint32_t>(body);
    norm = normalize_codepoints(cps + body, n - body, LineBreaks::kFromLayout, sources);
  }
  doc.text = std::move(norm.text);
  doc.text_codepoint_begin = std::move(norm.codepoint_begin);
  doc.text_codepoint_end = std::move(norm.codepoint_end);
  doc.text_block_codepoints = codepoints_before_blocks(doc.text);
  doc.sentences = split_sentences(doc.text);
  doc.original = std::move(bytes);
  return doc;
}

Result<Document> ingest_file(const std::string& path) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) {
    return Status(StatusCode::kNotFound, std::strerror(errno), path);
  }
  if (!S_ISREG(st.st_mode)) {
    return Status(StatusCode::kUnreadable, "not a regular file", path);
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(StatusCode::kUnreadable, "cannot open for reading", path);
  // Read in chunks into a buffer sized from stat: growing a string by
  // doubling would hold up to twice a large file for a moment.
  std::string bytes;
  bytes.reserve(static_cast<size_t>(st.st_size));
  char chunk[1 << 16];
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) bytes.append(chunk, in.gcount());
  if (in.bad()) return Status(StatusCode::kUnreadable, "read error", path);
  std::string name = path.substr(path.find_last_of('/') + 1);
  return ingest_bytes(name, path, std::move(bytes));
}

std::string normalize_for_matching(std::string_view utf8, std::string_view format) {
  std::vector<char32_t> cps = utf8_codepoints(utf8);
  if (format == "html") {
    return normalize_content(strip_html(cps.data(), cps.size()), LineBreaks::kJoinAll).text;
  }
  return normalize_codepoints(cps.data(), cps.size(), LineBreaks::kJoinAll).text;
}

}  // namespace treatygraph
