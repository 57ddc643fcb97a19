// Decoding: bytes in any supported encoding -> UTF-8 code points, each with
// the byte offset in the original file where it starts.
#ifndef TREATYGRAPH_INGEST_DECODE_H_
#define TREATYGRAPH_INGEST_DECODE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/utf8.h"
#include "treatygraph/document.h"
#include "treatygraph/status.h"

namespace treatygraph {

struct Decoded {
  std::string encoding;
  std::vector<char32_t> codepoints;
  CompactOffsets source_byte;  // per code point, plus a final entry = input size
  std::vector<IngestWarning> warnings;
};

// Detects the encoding from the content (BOM, UTF-8 validity, then ICU's
// detector for GB18030, Big5, UTF-16 without BOM) and decodes. Undecodable
// bytes become U+FFFD with a warning. Fails on binary content.
Result<Decoded> decode_bytes(std::string_view bytes);

// The code points of text known to be UTF-8 (no detection: NUL bytes and all
// are text); an invalid byte becomes U+FFFD.
std::vector<char32_t> utf8_codepoints(std::string_view utf8);

}  // namespace treatygraph

#endif  // TREATYGRAPH_INGEST_DECODE_H_
