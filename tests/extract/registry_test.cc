#include <doctest/doctest.h>

#include <set>

#include "extract/extractors_internal.h"

namespace treatygraph {

TEST_CASE("every shipped rule compiles and every extractor is registered once") {
  Gazetteer gazetteer = Gazetteer::BuiltIn();
  std::set<std::string> names;
  for (const ExtractorEntry& entry : extractor_registry()) {
    CAPTURE(entry.name);
    Result<std::unique_ptr<Extractor>> made = entry.make(gazetteer);
    REQUIRE(made.ok());
    CHECK(made.value()->name() == entry.name);
    CHECK(names.insert(entry.name).second);
  }
}

TEST_CASE("a rule that does not compile is reported with its name") {
  Result<Rule> bad = compile_rule("test/broken", "(unclosed");
  REQUIRE(!bad.ok());
  CHECK(bad.status().message().find("test/broken") != std::string::npos);
}

TEST_CASE("a rule's prefilter rejects only texts it cannot match") {
  struct Case {
    const char* pattern;
    const char* text;
    bool may_match;
  };
  const Case cases[] = {
      {"(?:《)([^《》\\n]{4,60})(?:》)决议", "见《关于某事项》决议。", true},
      {"(?:《)([^《》\\n]{4,60})(?:》)决议", "见关于某事项的决定。", false},
      // “” (U+201C/D) share a lead byte with letters that have case (Ⅰ/ⅰ):
      // a rule needing them is never filtered.
      {"“([^“”\\n]{4,60})”决议", "没有引号", true},
      {"(?:秘书长|总干事)(\\p{Han}{2,3}?)表示", "总干事王明表示", true},
      {"(?:秘书长|总干事)(\\p{Han}{2,3}?)表示", "主任王明表示", false},
      // Atoms with ASCII letters are lowercased by RE2: never filtered.
      {"S/RES/(\\d+)", "S/RES/1373", true},
      {"S/RES/(\\d+)", "nothing here", true},
  };
  for (const Case& c : cases) {
    const std::string pattern = c.pattern, text = c.text;
    CAPTURE(pattern);
    CAPTURE(text);
    Result<Rule> rule = compile_rule("test/prefilter", c.pattern);
    REQUIRE(rule.ok());
    CHECK(may_match(rule.value(), c.text) == c.may_match);
    if (RE2::PartialMatch(c.text, *rule.value().re)) CHECK(may_match(rule.value(), c.text));
  }
}

TEST_CASE("the built-in gazetteer parses and user TSV errors name the line") {
  Gazetteer g;
  extern const char kBuiltinGazetteerTsv[];
  CHECK(g.AddTsv(kBuiltinGazetteerTsv, "built-in").ok());
  CHECK(!g.entries().empty());
  Status s = g.AddTsv("Country\t中国\nNoSuchType\tx\n", "user.tsv");
  CHECK(!s.ok());
  CHECK(s.ToString() == "user.tsv: line 2: expected TYPE<tab>CANONICAL[<tab>ALIAS...] with a known TYPE");
}

TEST_CASE("numbers in Arabic and Chinese digits") {
  CHECK(parse_number("2018") == 2018);
  CHECK(parse_number("二〇一一") == 2011);
  CHECK(parse_number("十八") == 18);
  CHECK(parse_number("二十") == 20);
  CHECK(parse_number("十") == 10);
  CHECK(parse_number("一百零二") == 102);
  CHECK(parse_number("x") == -1);
}

}  // namespace treatygraph
