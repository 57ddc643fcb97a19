// RuleMatches searches only the lines that hold a rule's triggers; it must
// find exactly what a loop of RE2::FindAndConsume over the whole text finds.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "extract/extractors_internal.h"
#include "treatygraph/document.h"

namespace treatygraph {
namespace {

Rule compiled(const std::string& pattern) {
  Result<Rule> rule = compile_rule("test", pattern);
  REQUIRE(rule.ok());
  return std::move(rule.value());
}

std::string trigger_text(const Rule& rule) {
  std::string out;
  for (int key : rule.triggers) {
    char32_t cp = static_cast<char32_t>(key) + CharIndex::kFirst;
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return out;
}

// Group 1's and group 2's spans of every match, as (begin, end) offsets.
using Spans = std::vector<std::pair<long, long>>;

void add(std::string_view text, const re2::StringPiece& group, Spans* out) {
  out->emplace_back(group.data() == nullptr ? -1 : group.data() - text.data(),
                    group.data() == nullptr ? -1 : group.data() - text.data() + group.size());
}

// With `restart_after_first`, each search goes on from the end of group 1,
// as the person rules do.
Spans with_find_and_consume(const Rule& rule, std::string_view text, bool restart_after_first) {
  Spans out;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece first, second;
  while (RE2::FindAndConsume(&input, *rule.re, &first, &second)) {
    add(text, first, &out);
    add(text, second, &out);
    if (restart_after_first) {
      const char* after = first.data() + first.size();
      input = re2::StringPiece(after, text.data() + text.size() - after);
    }
  }
  return out;
}

Spans with_rule_matches(const Rule& rule, std::string_view text, const CharIndex* chars,
                        bool restart_after_first) {
  Spans out;
  RuleMatches matches(rule, text, chars);
  re2::StringPiece first, second;
  while (matches.Next(&first, &second)) {
    add(text, first, &out);
    add(text, second, &out);
    if (restart_after_first) matches.RestartAt(first.data() + first.size() - text.data());
  }
  return out;
}

// Rules of the kinds the extractors hold: leftmost-first alternations, lazy
// and bounded repetition, ^ and $ with and without (?m), \b, a rule whose
// match may restart inside the last one; each has two groups.
const char* const kPatterns[] = {
    "(?:举行|举办|召开)(?:了)?((?:“[^”\\n]+”|[^,。;:、()“”《》\\n\\s]){1,60}?(?:会议|论坛|峰会))"
    "(上|的|和|,|。|(?m:$)|$)",
    "((\\d{4})年(\\d{1,2})月)(\\d{1,2}日)?",
    "(?m)^(\\p{Han}{1,8})\\((签名|签字)\\)",
    "(第\\d{1,3}/\\d{1,4}号)(决议)?$",
    "《([^《》\\n]{1,150})》(\\p{Han}?)",
    "\\b(A)/(\\d{2})",
    "(?:在|于)(\\p{Han}{2,6}?)(举行|签署)",
    "((?:总统|总理|部长)\\p{Han}{2,3}?)(,|。|和)",
};

std::vector<std::string> texts() {
  std::vector<std::string> out = {
      "",
      "举行会议",
      "\n各方于2019年6月14日在比什凯克举行峰会。\n第二段\n2020年1月",
      "赵钱孙李(签名)\n周吴郑王(签字)\n",
      "回顾其第64/183号决议\n第65/124号",
      "《上海合作组织宪章》\n《《》》\n",
      "A/79 xA/80\nA/81",
      "总统习近平和总理李强。\n部长王毅,总统",
      "举行“举行会议”会议和召开论坛\n召开\n论坛的",
  };
  for (const auto& entry :
       std::filesystem::directory_iterator(std::string(TREATYGRAPH_SOURCE_DIR) + "/samples")) {
    Result<Document> doc = ingest_file(entry.path().string());
    REQUIRE(doc.ok());
    out.push_back(doc.value().text);
  }
  return out;
}

TEST_CASE("CharIndex lists every occurrence of a character, in text order") {
  // ASCII, a two-byte ·, three-byte CJK, a four-byte character, a stray
  // continuation byte and a truncated sequence at the end.
  const std::string text = "a会·议\xf0\x9f\x98\x80会\x80议。会议\xe4\xbc";
  CharIndex chars(text);
  for (std::string_view c : {"会", "议", "。", "中"}) {
    int key = CharIndex::KeyOf(c);
    REQUIRE(key >= 0);
    std::vector<uint32_t> naive;
    for (size_t at = text.find(c); at != std::string::npos; at = text.find(c, at + 1)) {
      naive.push_back(static_cast<uint32_t>(at));
    }
    std::vector<uint32_t> indexed(chars.Begin(key), chars.End(key));
    CAPTURE(c);
    CHECK(indexed == naive);
  }
  CHECK(CharIndex::KeyOf("a") == -1);
  CHECK(CharIndex::KeyOf("·") == -1);
  CHECK(CharIndex::KeyOf("会议") == -1);
}

TEST_CASE("A rule keeps to lines unless its pattern lets a line break in") {
  CHECK(compiled("(举行)([^,。\\n]{1,5})").re->options().never_nl());
  CHECK(compiled("[^\\s]+会议").re->options().never_nl());
  CHECK(compiled("(?m)^第(\\d+)条$").re->options().never_nl());
  CHECK_FALSE(compiled("决议草案\\n(\\p{Han}+)").re->options().never_nl());
  CHECK_FALSE(compiled("会议[ \\n]?通过").re->options().never_nl());
  CHECK_FALSE(compiled("会议\\s*通过").re->options().never_nl());
  CHECK_FALSE(compiled("(?s)会议.*通过").re->options().never_nl());
  // ...and then it still matches across one.
  Rule crossing = compiled("决议草案\\n(\\p{Han}+)");
  CHECK(crossing.triggers.empty());
  std::string text = "决议草案\n合作";
  RuleMatches matches(crossing, text, nullptr);
  re2::StringPiece title;
  REQUIRE(matches.Next(&title));
  CHECK(title == "合作");
}

TEST_CASE("A rule's triggers are characters every match of it holds") {
  // Either verb is needed; the nouns are not enough on their own.
  Rule held = compiled("(?:举行|召开)(\\p{Han}{1,5}?(?:会议|论坛))");
  CHECK(trigger_text(held) == "举召");
  // 年 and 月 are both needed: one is enough as a trigger, and 年 is the
  // more common in the genre, so it is dropped first.
  CHECK(trigger_text(compiled("(\\d{4})年(\\d{1,2})月")) == "月");
  // No CJK word is needed: no triggers.
  CHECK(compiled("(\\d{4})-(\\d{2})").triggers.empty());
  CHECK(compiled("(会议|A/RES)").triggers.empty());
}

TEST_CASE("RuleMatches finds what FindAndConsume finds, with and without the index") {
  const std::vector<std::string> all = texts();
  for (const char* pattern : kPatterns) {
    Rule rule = compiled(pattern);
    CAPTURE(pattern);
    for (const std::string& text : all) {
      CharIndex chars(text);
      for (bool restart : {false, true}) {
        CAPTURE(restart);
        Spans expected = with_find_and_consume(rule, text, restart);
        CHECK(with_rule_matches(rule, text, &chars, restart) == expected);
        CHECK(with_rule_matches(rule, text, nullptr, restart) == expected);
      }
    }
  }
}

}  // namespace
}  // namespace treatygraph
