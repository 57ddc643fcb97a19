#include <doctest/doctest.h>

#include <string>

#include "ingest/decode.h"
#include "ingest/front_matter.h"
#include "treatygraph/document.h"

namespace treatygraph {

TEST_CASE("front matter is found only when fenced and shaped like YAML") {
  struct Case {
    const char* input;
    const char* yaml;  // nullptr: no front matter
  };
  const Case cases[] = {
      {"---\ntitle: 青岛宣言\ndate: 2018-06-10\n---\n正文", "title: 青岛宣言\ndate: 2018-06-10\n"},
      {"---\r\ntitle: x\r\n---\r\n正文", "title: x\r\n"},
      {"\xEF\xBB\xBF---\n# comment\n\ntags:\n  - 上合\n...\n正文", "# comment\n\ntags:\n  - 上合\n"},
      {"---  \nkey:\n---", "key:\n"},                  // closing fence at the very end
      {"---\n正文第一段。\n---\n正文第二段。", nullptr},  // horizontal rules around prose
      {"---\n注: 正文\n", nullptr},                      // never closed
      {"---\n---\n正文", nullptr},                       // empty: nothing says YAML
      {"\n---\ntitle: x\n---\n", nullptr},               // not at the very start
      {"----\ntitle: x\n----\n", nullptr},
      {"---", nullptr},
      {"", nullptr},
  };
  for (const Case& c : cases) {
    CAPTURE(c.input);
    std::vector<char32_t> cps = utf8_codepoints(c.input);
    FrontMatter fm = find_front_matter(cps.data(), cps.size());
    if (c.yaml == nullptr) {
      CHECK(fm.end == 0);
      continue;
    }
    REQUIRE(fm.end > 0);
    std::string yaml;
    for (size_t i = fm.yaml_begin; i < fm.yaml_end; ++i) append_utf8(cps[i], &yaml);
    CHECK(yaml == c.yaml);
  }
}

TEST_CASE("front matter is kept out of the text, and offsets still point into the file") {
  std::string bytes = "---\ntitle: 联合国大会\n---\n成员国支持联合国。\n";
  Document d = ingest_bytes("a.md", "", bytes).value();
  CHECK(d.front_matter == "title: 联合国大会\n");
  CHECK(d.text == "成员国支持联合国。");
  size_t pos = d.text.find("联合国");
  SourceSpan span = d.source_span(pos, pos + 9);
  CHECK(span.byte_begin == bytes.rfind("联合国"));
  CHECK(bytes.substr(span.byte_begin, span.byte_end - span.byte_begin) == "联合国");
  CHECK(d.line_of(pos) == 4);
  CHECK(d.quote_sentence(0) == "成员国支持联合国。");
}

TEST_CASE("front matter before an HTML body is cut off, the body stripped") {
  std::string bytes = "---\nlayout: post\n---\n<!DOCTYPE html><p>联合国</p>";
  Document d = ingest_bytes("a.md", "", bytes).value();
  CHECK(d.format == "html");
  CHECK(d.front_matter == "layout: post\n");
  CHECK(d.text == "联合国");
  CHECK(d.surface(0, static_cast<uint32_t>(d.text.size())) == "联合国");
}

}  // namespace treatygraph
