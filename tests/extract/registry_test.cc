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
