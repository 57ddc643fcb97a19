#include <doctest/doctest.h>
#include <unicode/ucnv.h>

#include "ingest/decode.h"

namespace treatygraph {
namespace {

// Encodes UTF-8 text into `encoding` with ICU, as another program would.
std::string encode(const std::string& utf8, const char* encoding) {
  UErrorCode err = U_ZERO_ERROR;
  std::vector<char> out(utf8.size() * 4 + 16);
  int32_t n = ucnv_convert(encoding, "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                           utf8.data(), static_cast<int32_t>(utf8.size()), &err);
  REQUIRE(U_SUCCESS(err));
  return std::string(out.data(), n);
}

std::string to_utf8(const Decoded& d) {
  std::string s;
  for (char32_t cp : d.codepoints) append_utf8(cp, &s);
  return s;
}

const std::string kText = "上海合作組織成員國元首理事會第十八次會議於2018年6月9日在青島舉行。";

}  // namespace

TEST_CASE("each encoding is detected and decoded with exact source offsets") {
  struct Case {
    const char* encoding;
    std::string prefix;  // a BOM, when the case has one
    const char* expected_name;
  };
  const Case cases[] = {
      {"UTF-8", "", "UTF-8"},
      {"UTF-8", "\xEF\xBB\xBF", "UTF-8"},
      {"UTF-16LE", "\xFF\xFE", "UTF-16LE"},
      {"UTF-16BE", "\xFE\xFF", "UTF-16BE"},
      {"GB18030", "", "GB18030"},
      {"Big5", "", "Big5"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.encoding);
    std::string body = encode(kText, c.encoding);
    std::string bytes = c.prefix + body;
    Result<Decoded> d = decode_bytes(bytes);
    REQUIRE(d.ok());
    CHECK(d.value().encoding == c.expected_name);
    CHECK(to_utf8(d.value()) == kText);
    // Re-encoding code point i alone gives the bytes at its offsets.
    const Decoded& dec = d.value();
    REQUIRE(dec.source_byte.size() == dec.codepoints.size() + 1);
    for (size_t i = 0; i < dec.codepoints.size(); ++i) {
      std::string one;
      append_utf8(dec.codepoints[i], &one);
      std::string piece = bytes.substr(dec.source_byte[i], dec.source_byte[i + 1] - dec.source_byte[i]);
      CHECK(piece == encode(one, c.encoding));
    }
  }
}

TEST_CASE("invalid UTF-8 becomes U+FFFD with a warning naming the offset") {
  struct Case {
    std::string bytes;
    size_t bad_offset;
  };
  const Case cases[] = {
      {"ab\x80" "cd", 2},            // stray continuation byte
      {"ab\xC0\xAF" "cd", 2},        // overlong encoding
      {"ab\xED\xA0\x80" "cd", 2},    // UTF-16 surrogate encoded in UTF-8
      {"ab\xF4\x90\x80\x80" "cd", 2},  // past U+10FFFF
      {"ab\xE4\xB8", 2},             // truncated at the end
  };
  for (const Case& c : cases) {
    // Enough valid Chinese text that the file is still judged to be UTF-8.
    std::string bytes = c.bytes + std::string(120, 'x') + kText + kText;
    Result<Decoded> d = decode_bytes(bytes);
    REQUIRE(d.ok());
    CHECK(d.value().encoding == "UTF-8");
    REQUIRE(!d.value().warnings.empty());
    CHECK(d.value().warnings.front().byte_offset == c.bad_offset);
    CHECK(d.value().codepoints[2] == 0xFFFD);
  }
}

TEST_CASE("binary files are refused with the reason") {
  Result<Decoded> png = decode_bytes(std::string("\x89PNG\r\n\x1a\n\0\0\0", 11));
  CHECK(!png.ok());
  CHECK(png.status().message().find("PNG") != std::string::npos);
  Result<Decoded> zip = decode_bytes(std::string("PK\x03\x04\0\0", 6));
  CHECK(!zip.ok());
}

}  // namespace treatygraph
