#include <doctest/doctest.h>
#include <unicode/ucnv.h>

#include <algorithm>
#include <filesystem>

#include "ingest/decode.h"
#include "ingest/html.h"
#include "treatygraph/document.h"
#include "treatygraph/extract.h"

namespace treatygraph {
namespace {

// Converts between UTF-8 and `encoding` with ICU, as another program would.
std::string convert(const std::string& bytes, const char* to, const char* from) {
  UErrorCode err = U_ZERO_ERROR;
  std::vector<char> out(bytes.size() * 4 + 16);
  int32_t n = ucnv_convert(to, from, out.data(), static_cast<int32_t>(out.size()), bytes.data(),
                           static_cast<int32_t>(bytes.size()), &err);
  REQUIRE(U_SUCCESS(err));
  return std::string(out.data(), n);
}

// What a reader sees of a piece of page source.
std::string visible_text(const std::string& source) {
  std::vector<char32_t> cps = utf8_codepoints(source);
  std::string out;
  for (char32_t cp : strip_html(cps.data(), cps.size()).codepoints) {
    append_utf8(cp == kParagraphSeparator || cp == 0xA0 ? ' ' : cp, &out);
  }
  return out;
}

std::string without_whitespace(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c != ' ' && c != '\n' && c != '\r' && c != '\t') out.push_back(c);
  }
  return out;
}

// A page as diplomatic sites publish them: head, scripts, entities, inline
// tags inside names, a <br> and a source line break inside sentences.
const char kPage[] =
    "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n"
    "<title>上海合作组织成员国元首理事会青岛宣言</title>\n"
    "<script>var nav = \"<p>美利坚合众国</p>\";</script>\n"
    "<style>.t { color: red }</style></head>\n<body>\n"
    "<h1>上海合作组织成员国元首理事会青岛宣言</h1>\n"
    "<p>2018年6月9日至10日，上海合作组织成员国元首理事会会议在中华人民共和国"
    "<b>青岛</b>举行。</p>\n"
    "<p>成员国重申&ldquo;上海精神&rdquo;，支持联合国大会第73&#47;1号决议&nbsp;和"
    "《联合国宪章》。</p>\n"
    "<!-- <p>日本国</p> -->\n"
    "<p>俄罗斯联邦总统普京、哈萨克斯坦共和国总统纳扎尔巴耶夫出席会议。<br>\n"
    "成员国欢迎2019年在吉尔吉斯\n共和国举行下次会议。</p>\n"
    "<div>&#x4E2D;华人民共和国与&#20420;罗斯联邦于2001年<b>7</b>&#26376;16日签署了"
    "《中俄睦邻友好合作条约》。</div>\n"
    "</body></html>\n";

}  // namespace

TEST_CASE("compact offsets give back every value pushed") {
  // Each sequence, built by a rule from the index, is read back whole; the
  // lengths cross block boundaries (64 entries) and end in partial blocks.
  struct Case {
    const char* what;
    uint32_t (*value)(uint32_t i);
  };
  const Case cases[] = {
      {"steps of 3 (UTF-8 ideographs)", [](uint32_t i) { return 3 * i; }},
      {"repeated values (bytes of one code point)", [](uint32_t i) { return i / 3; }},
      {"a jump past 255 inside a block (markup skipped)",
       [](uint32_t i) { return i < 100 ? i : i + 100000; }},
      {"decreasing values", [](uint32_t i) { return 1000000 - 7 * i; }},
      {"values near the top of the range", [](uint32_t i) { return UINT32_MAX - (i % 300); }},
      {"every block wide", [](uint32_t i) { return i * 1000; }},
  };
  for (const Case& c : cases) {
    CAPTURE(c.what);
    for (uint32_t n : {0u, 1u, 63u, 64u, 65u, 1000u}) {
      CAPTURE(n);
      CompactOffsets offsets;
      if (n % 2 == 0) offsets.reserve(n);
      for (uint32_t i = 0; i < n; ++i) offsets.push_back(c.value(i));
      REQUIRE(offsets.size() == n);
      CHECK(offsets.empty() == (n == 0));
      for (uint32_t i = 0; i < n; ++i) REQUIRE(offsets[i] == c.value(i));
      if (n > 0) CHECK(offsets.back() == c.value(n - 1));
    }
  }
}

TEST_CASE("the offset map sends every mention back to its original bytes") {
  // The contract of issue 2: decoding and normalising the original bytes at a
  // mention's offsets gives exactly the text that was matched.
  Result<Extractors> extractors = Extractors::Create(Gazetteer::BuiltIn());
  REQUIRE(extractors.ok());
  size_t checked = 0;
  for (const auto& entry : std::filesystem::directory_iterator(TREATYGRAPH_SOURCE_DIR "/samples")) {
    Result<Document> doc = ingest_file(entry.path().string());
    REQUIRE(doc.ok());
    const Document& d = doc.value();
    for (const Mention& m : extractors.value().Run(d).mentions) {
      SourceSpan span = d.source_span(m.begin, m.end);
      std::string original = d.original.substr(span.byte_begin, span.byte_end - span.byte_begin);
      CAPTURE(entry.path().filename().string());
      CAPTURE(m.name);
      CHECK(normalize_for_matching(original) == d.text.substr(m.begin, m.end - m.begin));
      CHECK(d.surface(m.begin, m.end) == original);  // samples are UTF-8
      ++checked;
    }
  }
  CHECK(checked > 50);
}

TEST_CASE("lines and sentences are found for a position") {
  Document d = ingest_bytes("t.txt", "", "标题\n\n第一句。第二句有2018年6月9日。").value();
  size_t pos = d.text.find("2018");
  CHECK(d.line_of(pos) == 3);
  CHECK(d.quote_sentence(d.sentence_of(pos)) == "第二句有2018年6月9日。");
}

TEST_CASE("the document id depends on the bytes, not the path") {
  Document a = ingest_bytes("a.txt", "x/a.txt", "同一内容").value();
  Document b = ingest_bytes("b.txt", "y/b.txt", "同一内容").value();
  Document c = ingest_bytes("a.txt", "x/a.txt", "另一内容").value();
  CHECK(a.id == b.id);
  CHECK(a.id != c.id);
}

TEST_CASE("an empty file is a document with no text") {
  Result<Document> d = ingest_bytes("empty.txt", "", "");
  REQUIRE(d.ok());
  CHECK(d.value().text.empty());
  CHECK(d.value().sentences.empty());
}

}  // namespace treatygraph

namespace treatygraph {

TEST_CASE("the offset map sends every mention in an HTML page back to its original bytes") {
  // For HTML the contract reads: the original bytes of a mention's span,
  // decoded in the document's encoding, with markup dropped and entities
  // decoded, normalise to the matched text. The page is checked as UTF-8
  // and as GB18030, where byte and code point offsets differ.
  Result<Extractors> extractors = Extractors::Create(Gazetteer::BuiltIn());
  REQUIRE(extractors.ok());
  for (const char* encoding : {"UTF-8", "GB18030"}) {
    CAPTURE(encoding);
    std::string bytes = convert(kPage, encoding, "UTF-8");
    Result<Document> doc = ingest_bytes("page.txt", "", bytes);  // no .html: content decides
    REQUIRE(doc.ok());
    const Document& d = doc.value();
    CHECK(d.format == "html");
    CHECK(d.encoding == encoding);
    // Nothing from <title>, <script>, <style> or comments reaches the text.
    CHECK(d.text.find("美利坚") == std::string::npos);
    CHECK(d.text.find("日本") == std::string::npos);
    CHECK(d.text.find("color") == std::string::npos);
    CHECK(d.text.rfind("上海合作组织成员国元首理事会青岛宣言") == d.text.find("上海合作组织"));
    size_t checked = 0;
    for (const Mention& m : extractors.value().Run(d).mentions) {
      CAPTURE(m.name);
      SourceSpan span = d.source_span(m.begin, m.end);
      REQUIRE(span.byte_begin < span.byte_end);
      REQUIRE(span.byte_end <= d.original.size());
      std::string original = d.original.substr(span.byte_begin, span.byte_end - span.byte_begin);
      std::string decoded = convert(original, "UTF-8", encoding);
      std::string matched = d.text.substr(m.begin, m.end - m.begin);
      CHECK(normalize_for_matching(decoded, "html") == matched);
      CHECK(d.surface(m.begin, m.end) == decoded);
      // The quote is readable text holding what the span shows.
      std::string quote = d.quote_sentence(d.sentence_of(m.begin));
      CHECK(quote.find('<') == std::string::npos);
      CHECK(without_whitespace(quote).find(without_whitespace(visible_text(decoded))) !=
            std::string::npos);
      ++checked;
    }
    CHECK(checked >= 3);
  }
}

TEST_CASE("an HTML quote drops markup and keeps the original characters") {
  Document d = ingest_bytes("p.txt", "", kPage).value();
  size_t pos = d.text.find("青岛举行");
  REQUIRE(pos != std::string::npos);
  CHECK(d.quote_sentence(d.sentence_of(pos)) ==
        "2018年6月9日至10日，上海合作组织成员国元首理事会会议在中华人民共和国青岛举行。");
  pos = d.text.find("上海精神");
  CHECK(d.quote_sentence(d.sentence_of(pos)) ==
        "成员国重申“上海精神”，支持联合国大会第73/1号决议和《联合国宪章》。");
  // The surface is the page source of the span, tags included.
  size_t b = d.text.find("共和国青岛");
  CHECK(d.surface(b, b + 15) == "共和国<b>青岛");
  // Lines count lines of the original page.
  CHECK(d.line_of(pos) == 9);
}

TEST_CASE("UTF-16 without a BOM is detected from the content") {
  // Pure Chinese text has no NUL bytes at all in UTF-16, and ICU's detector
  // gives it low confidence: the decoder checks the code units itself.
  const std::string texts[] = {
      "上海合作组织成员国元首理事会第十八次会议于2018年6月9日在青岛举行。\n",
      "上海合作组织成员国元首理事会会议在青岛举行。成员国重申上海精神。",
  };
  for (const std::string& text : texts) {
    for (const char* encoding : {"UTF-16LE", "UTF-16BE"}) {
      CAPTURE(encoding);
      CAPTURE(text);
      std::string bytes = convert(text, encoding, "UTF-8");
      Result<Document> d = ingest_bytes("u16.txt", "", bytes);
      REQUIRE(d.ok());
      CHECK(d.value().encoding == encoding);
      CHECK(d.value().decoded == text);
    }
  }
}

TEST_CASE("lone surrogates in UTF-16 become U+FFFD and offsets stay in order") {
  // 'A', a lone lead surrogate, 'B', a lone trail surrogate, 中, then a
  // lead surrogate cut off by the end of the file.
  std::string bytes("\xFF\xFE" "A\0" "\x00\xD8" "B\0" "\x00\xDC" "\x2D\x4E" "\x3D\xD8", 14);
  Result<Document> doc = ingest_bytes("s.txt", "", bytes);
  REQUIRE(doc.ok());
  const Document& d = doc.value();
  CHECK(d.decoded == "A\xEF\xBF\xBD" "B\xEF\xBF\xBD" "中\xEF\xBF\xBD");
  CHECK(!d.warnings.empty());
  for (size_t i = 1; i < d.decoded_source_byte.size(); ++i) {
    CHECK(d.decoded_source_byte[i - 1] <= d.decoded_source_byte[i]);
  }
  CHECK(d.decoded_source_byte.back() == bytes.size());
  size_t pos = d.text.find("中");
  SourceSpan span = d.source_span(pos, pos + 3);
  CHECK(span.byte_begin == 10);
  CHECK(span.byte_end == 12);
}

TEST_CASE("UTF-16 cut off in the middle of a code unit keeps what came before") {
  std::string bytes("\xFF\xFE" "A\0" "\x2D\x4E" "B", 7);
  Result<Document> doc = ingest_bytes("odd.txt", "", bytes);
  REQUIRE(doc.ok());
  CHECK(doc.value().decoded.rfind("A中", 0) == 0);
  CHECK(doc.value().decoded_source_byte.back() == bytes.size());
}

TEST_CASE("empty and whitespace-only files are documents with no text") {
  for (const char* bytes : {"", " ", "\n\n\n", " \t\r\n\u3000\n", "\xEF\xBB\xBF"}) {
    CAPTURE(bytes);
    Result<Document> d = ingest_bytes("w.txt", "", bytes);
    REQUIRE(d.ok());
    CHECK(d.value().text.empty());
    CHECK(d.value().sentences.empty());
    CHECK(d.value().quote_sentence(0).empty());
  }
}

TEST_CASE("control characters and noncharacters are dropped without breaking offsets") {
  // U+0001, U+001F, U+007F, U+0085, U+FFFE and U+FFFF between the letters
  // of names; a NUL byte too, which alone does not make a file binary.
  std::string bytes = std::string("联\x01合国\x1F大\x7F会", 18) + "\xC2\x85" "在" +
                      "\xEF\xBF\xBE" "纽\xEF\xBF\xBF" "约" + std::string("\0", 1) +
                      "举行。" + std::string(300, 'x');
  Result<Document> doc = ingest_bytes("c.txt", "", bytes);
  REQUIRE(doc.ok());
  const Document& d = doc.value();
  CHECK(d.text.rfind("联合国大会在纽约举行。", 0) == 0);
  size_t pos = d.text.find("纽约");
  SourceSpan span = d.source_span(pos, pos + 6);
  std::string original = d.original.substr(span.byte_begin, span.byte_end - span.byte_begin);
  CHECK(original == "纽\xEF\xBF\xBF约");
  CHECK(normalize_for_matching(original) == "纽约");
}

TEST_CASE("a million '《' are ingested in linear time") {
  // Quadratic work here would run into the suite's per-test timeout
  // (tests/CMakeLists.txt); no clock is read, so load cannot fail it.
  std::string bytes;
  for (int i = 0; i < 1000000; ++i) bytes += "《";
  Result<Document> d = ingest_bytes("b.txt", "", bytes);
  REQUIRE(d.ok());
  CHECK(d.value().format == "text");
  CHECK(d.value().text.size() == bytes.size());
}

}  // namespace treatygraph

namespace treatygraph {

TEST_CASE("short GB18030 texts are not taken for the encodings ICU guesses") {
  // ICU's detector names IBM420, KOI8-R or UTF-16BE for lines like these.
  for (const char* text : {"中国", "联合国大会", "上海合作组织", "各方同意加强合作",
                           "中华人民共和国外交部", "青岛宣言全文如下"}) {
    CAPTURE(text);
    Result<Document> d = ingest_bytes("s.txt", "", convert(text, "GB18030", "UTF-8"));
    REQUIRE(d.ok());
    CHECK(d.value().encoding == "GB18030");
    CHECK(d.value().decoded == text);
  }
}

TEST_CASE("UTF-32 with a BOM is decoded, not taken for UTF-16") {
  for (const char* encoding : {"UTF-32LE", "UTF-32BE"}) {
    CAPTURE(encoding);
    std::string bom = convert("\xEF\xBB\xBF", encoding, "UTF-8");
    std::string bytes = bom + convert("联合国大会", encoding, "UTF-8");
    Result<Document> d = ingest_bytes("u32.txt", "", bytes);
    REQUIRE(d.ok());
    CHECK(d.value().encoding == encoding);
    CHECK(d.value().text == "联合国大会");
    CHECK(d.value().source_span(3, 6).byte_begin == 8);
  }
}

TEST_CASE("bytes without a magic number that decode to no text are refused") {
  // A fixed pseudo-random sequence, with and without NUL bytes.
  std::string noise, noise_without_nul;
  uint32_t x = 12345;
  while (noise.size() < 4096) {
    x = x * 1103515245 + 12345;
    char c = static_cast<char>(x >> 16);
    noise.push_back(c);
    if (c != 0) noise_without_nul.push_back(c);
  }
  CHECK(!ingest_bytes("n.bin", "", noise).ok());
  CHECK(!ingest_bytes("n.bin", "", noise_without_nul).ok());
}

}  // namespace treatygraph

namespace treatygraph {

TEST_CASE("a page's declared legacy charset is honoured") {
  // Short pages give ICU's detector little to go on; the declaration decides.
  const std::string page =
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=big5\">"
      "</head><body><p>聯合國大會</p></body></html>";
  Result<Document> d = ingest_bytes("big5.htm", "", convert(page, "Big5", "UTF-8"));
  REQUIRE(d.ok());
  CHECK(d.value().encoding == "Big5");
  CHECK(d.value().format == "html");
  CHECK(d.value().text == "联合国大会");
  // A page that is valid UTF-8 is UTF-8, whatever it declares.
  Result<Document> u = ingest_bytes("utf8.htm", "", page);
  REQUIRE(u.ok());
  CHECK(u.value().encoding == "UTF-8");
}

}  // namespace treatygraph

namespace treatygraph {

TEST_CASE("lines end at \\n, \\r\\n and a lone \\r (classic Mac OS files)") {
  for (const char* bytes : {"第一行。\n第二行。\n第三行2018年", "第一行。\r\n第二行。\r\n第三行2018年",
                            "第一行。\r第二行。\r第三行2018年"}) {
    CAPTURE(bytes);
    Document d = ingest_bytes("l.txt", "", bytes).value();
    CHECK(d.line_of(static_cast<uint32_t>(d.text.find("第二行"))) == 2);
    CHECK(d.line_of(static_cast<uint32_t>(d.text.find("2018"))) == 3);
  }
}

}  // namespace treatygraph
