#include <doctest/doctest.h>

#include "extract/test_util.h"
#include "treatygraph/export.h"
#include "treatygraph/shard.h"

namespace treatygraph {
namespace {

const Extractors& extractors() { return testing::shared_extractors(); }

DocumentFragment fragment_of(const std::string& name, const std::string& text) {
  Document d = ingest_bytes(name, "in/" + name, text).value();
  return make_fragment(d, extractors().Run(d));
}

void check_same_evidence(const Evidence& a, const Evidence& b) {
  CHECK(a.sentence == b.sentence);
  CHECK(a.line == b.line);
  CHECK(a.span.byte_begin == b.span.byte_begin);
  CHECK(a.span.byte_end == b.span.byte_end);
  CHECK(a.span.codepoint_begin == b.span.codepoint_begin);
  CHECK(a.span.codepoint_end == b.span.codepoint_end);
  CHECK(a.surface == b.surface);
  CHECK(a.rule == b.rule);
}

}  // namespace

TEST_CASE("a fragment line reads back field for field") {
  // Control characters and quotes in a surface, a second line, two scripts.
  DocumentFragment f = fragment_of("a \"q\".txt",
      "上海合作组织成员国元首理事会会议于2018年6月10日在青岛举行。\n"
      "回顾大會第73/334號決議，\x01并注意到《联合国宪章》。");
  REQUIRE(f.mentions.size() >= 5);
  REQUIRE(!f.relations.empty());
  std::string line = fragment_to_json_line(f);
  CHECK(line.find('\n') == std::string::npos);
  Result<FragmentLine> back = parse_fragment_line(line, "t:1");
  REQUIRE(back.ok());
  REQUIRE(back.value().fragment.has_value());
  const DocumentFragment& g = *back.value().fragment;
  CHECK(g.document.id == f.document.id);
  CHECK(g.document.name == "a \"q\".txt");
  CHECK(g.document.path == "in/a \"q\".txt");
  CHECK(g.document.encoding == f.document.encoding);
  CHECK(g.document.bytes == f.document.bytes);
  CHECK(g.document.sentences == f.document.sentences);
  REQUIRE(g.mentions.size() == f.mentions.size());
  for (size_t i = 0; i < f.mentions.size(); ++i) {
    CHECK(g.mentions[i].id == f.mentions[i].id);
    CHECK(g.mentions[i].type == f.mentions[i].type);
    CHECK(g.mentions[i].canonical == f.mentions[i].canonical);
    CHECK(g.mentions[i].name == f.mentions[i].name);
    CHECK(g.mentions[i].value == f.mentions[i].value);
    check_same_evidence(g.mentions[i].evidence, f.mentions[i].evidence);
  }
  REQUIRE(g.relations.size() == f.relations.size());
  for (size_t i = 0; i < f.relations.size(); ++i) {
    CHECK(g.relations[i].from == f.relations[i].from);
    CHECK(g.relations[i].to == f.relations[i].to);
    CHECK(g.relations[i].type == f.relations[i].type);
    check_same_evidence(g.relations[i].evidence, f.relations[i].evidence);
  }
  CHECK(fragment_to_json_line(g) == line);
}

TEST_CASE("a skipped line records the input and the reason") {
  Result<FragmentLine> back = parse_fragment_line(skipped_to_json_line("x.bin", "binary"), "t:1");
  REQUIRE(back.ok());
  CHECK(!back.value().fragment.has_value());
  CHECK(back.value().skipped_input == "x.bin");
  CHECK(back.value().skipped_reason == "binary");
}

TEST_CASE("damaged fragment lines are refused with where and why") {
  std::string good = fragment_to_json_line(fragment_of("a.txt", "2018年6月10日在青岛举行。"));
  struct Case {
    std::string line;
    std::string message;
  };
  std::string bad_sentence = good;
  size_t at = bad_sentence.find("\"evidence\":[0,");
  REQUIRE(at != std::string::npos);
  bad_sentence.replace(at, 14, "\"evidence\":[7,");
  const Case cases[] = {
      {good.substr(0, good.size() / 2), "not valid JSON"},
      {"[1,2]", "not a treatygraph fragment line"},
      {R"({"@context":{},"@graph":[]})", "not a treatygraph fragment line"},
      {R"({"treatygraph":"fragment","version":2})", "version"},
      {R"({"treatygraph":"fragment","version":1})", "'document'"},
      {R"({"treatygraph":"fragment","version":1,"document":{"id":"d","name":"n","path":"",)"
       R"("encoding":"UTF-8","format":"text","bytes":-1,"sentences":[]},"mentions":[],"relations":[]})",
       "'bytes'"},
      {bad_sentence, "sentence the document does not have"},
      {R"({"treatygraph":"fragment","version":1,"document":{"id":"d","name":"n","path":"",)"
       R"("encoding":"UTF-8","format":"text","bytes":1,"sentences":["s"]},"mentions":[],)"
       R"("relations":[{"from":"d","to":"org-1","type":"X","evidence":[0,1,0,1,0,1,"s","r"]}]})",
       "not among the document's mentions"},
      {R"({"treatygraph":"fragment","version":1,"document":{"id":"d","name":"n","path":"",)"
       R"("encoding":"UTF-8","format":"text","bytes":1,"sentences":["s"]},"mentions":[],)"
       R"("relations":[{"from":"d","to":"d","type":"X","evidence":[0,1,0,1,0,1,"s","r"]}]})",
       "to itself"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.line);
    Result<FragmentLine> r = parse_fragment_line(c.line, "part-1:9");
    REQUIRE(!r.ok());
    CHECK(r.status().file() == "part-1:9");
    CHECK(r.status().message().find(c.message) != std::string::npos);
  }
  Result<FragmentLine> truncated = parse_fragment_line("{\"treatygraph\":", "p:1");
  REQUIRE(!truncated.ok());
  CHECK(truncated.status().offset().has_value());
}

TEST_CASE("fragments added in any order give the same graph, and a reopened graph grows like a rebuild") {
  std::vector<DocumentFragment> f = {
      fragment_of("a.txt", "上海合作组织峰会于2018年6月10日在青岛举行。"),
      fragment_of("b.txt", "上合组织秘书长出席了在青岛举行的会议。"),
      fragment_of("c.txt", "回顾第73/334号决议和上海合作组织宪章。"),
  };
  auto write = [](const KnowledgeGraph& g, const std::string& name) {
    std::string path = "/tmp/treatygraph_fragment_test_" + name + ".jsonld";
    REQUIRE(write_jsonld(g, path).ok());
    Result<KnowledgeGraph> back = read_jsonld(path);
    REQUIRE(back.ok());
    return std::move(back.value());
  };
  auto bytes = [](const std::string& name) {
    std::string path = "/tmp/treatygraph_fragment_test_" + name + ".jsonld";
    std::FILE* in = std::fopen(path.c_str(), "rb");
    std::string s;
    char buf[4096];
    for (size_t n; (n = std::fread(buf, 1, sizeof buf, in)) > 0;) s.append(buf, n);
    std::fclose(in);
    std::remove(path.c_str());
    return s;
  };
  KnowledgeGraph forward;
  for (const DocumentFragment& x : f) forward.AddFragment(x);
  forward.Finalize();
  write(forward, "forward");
  KnowledgeGraph backward;
  for (size_t i = f.size(); i-- > 0;) backward.AddFragment(f[i]);
  backward.Finalize();
  write(backward, "backward");
  // The first two built and read back, then the third added.
  KnowledgeGraph first_two;
  first_two.AddFragment(f[1]);
  first_two.AddFragment(f[0]);
  first_two.Finalize();
  KnowledgeGraph grown = write(first_two, "first_two");
  grown.Reopen();
  CHECK(!grown.AddFragment(f[0]));  // already there: read once
  CHECK(grown.AddFragment(f[2]));
  grown.Finalize();
  write(grown, "grown");
  std::string expected = bytes("forward");
  CHECK(bytes("backward") == expected);
  CHECK(bytes("grown") == expected);
  bytes("first_two");
}

TEST_CASE("the same document under two names keeps the smaller path, whichever comes first") {
  DocumentFragment a = fragment_of("a.txt", "在青岛举行。");
  DocumentFragment b = a;
  b.document.path = "in/0.txt";
  b.document.name = "0.txt";
  for (bool a_first : {true, false}) {
    KnowledgeGraph g;
    g.AddFragment(a_first ? a : b);
    g.AddFragment(a_first ? b : a);
    g.Finalize();
    REQUIRE(g.documents().size() == 1);
    CHECK(g.documents()[0].path == "in/0.txt");
    CHECK(g.documents()[0].name == "0.txt");
  }
}

TEST_CASE("base64 decoding") {
  struct Case {
    const char* text;
    std::optional<std::string> bytes;
  };
  const Case cases[] = {
      {"", std::string()},
      {"Zg==", std::string("f")},
      {"Zm8=", std::string("fo")},
      {"Zm9v", std::string("foo")},
      {"5LiK5rW3", std::string("上海")},
      {"AAD/", std::string("\0\0\xff", 3)},
      {"Zm9", std::nullopt},       // length not a multiple of 4
      {"Zm=v", std::nullopt},      // padding inside
      {"Zm9v\n", std::nullopt},    // line breaks are not base64
      {"***=", std::nullopt},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(decode_base64(c.text) == c.bytes);
  }
}

TEST_CASE("document lines for extract on stdin") {
  Result<InputDocument> text = parse_input_line(R"({"name":"a.txt","text":"上海"})", "stdin:1");
  REQUIRE(text.ok());
  CHECK(text.value().name == "a.txt");
  CHECK(text.value().path.empty());
  CHECK(text.value().bytes == "上海");
  Result<InputDocument> bytes = parse_input_line(R"({"path":"x/b.txt","base64":"Zm9v"})", "stdin:2");
  REQUIRE(bytes.ok());
  CHECK(bytes.value().name == "b.txt");
  CHECK(bytes.value().path == "x/b.txt");
  CHECK(bytes.value().bytes == "foo");
  const char* bad[] = {R"({"name":"a.txt"})", R"({"text":"x"})", R"({"name":"a","base64":"%%"})",
                       R"(["a"])", R"({"name":)"};
  for (const char* line : bad) {
    CAPTURE(line);
    Result<InputDocument> r = parse_input_line(line, "stdin:7");
    REQUIRE(!r.ok());
    CHECK(r.status().file() == "stdin:7");
  }
}

}  // namespace treatygraph
