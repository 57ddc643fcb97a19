#include <doctest/doctest.h>

#include <filesystem>

#include "treatygraph/document.h"
#include "treatygraph/extract.h"

namespace treatygraph {

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
