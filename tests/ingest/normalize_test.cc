#include <doctest/doctest.h>

#include "treatygraph/document.h"

namespace treatygraph {

TEST_CASE("normalize_for_matching folds width, script and CJK spacing") {
  struct Case {
    const char* input;
    const char* expected;
  };
  const Case cases[] = {
      {"２０１８ 年 ６月 １０日", "2018年6月10日"},        // full-width digits, uneven spaces
      {"上海合作組織", "上海合作组织"},                    // traditional -> simplified
      {"杜尚別", "杜尚别"},
      {"能源俱樂部", "能源俱乐部"},                        // 俱 is simplified too
      {"顯著", "显著"},
      {"第 59/48 号决议", "第59/48号决议"},
      {"上合组\n织区域", "上合组织区域"},                  // PDF line break inside a word
      {"《议程》¹ 提出", "《议程》提出"},                  // footnote marker dropped
      {"United  Nations", "United Nations"},               // spaces between words kept, folded
      {"（一）", "(一)"},                                  // full-width brackets
      {"2019—2021", "2019-2021"},                          // dashes
      {"２０２５－０６－２０　０９：４２", "2025-06-20 09:42"},  // two numbers stay apart
  };
  for (const Case& c : cases) {
    CAPTURE(c.input);
    CHECK(normalize_for_matching(c.input) == c.expected);
  }
}

TEST_CASE("a blank line between paragraphs survives as one line break") {
  Document doc = ingest_bytes("t.txt", "", "第一段。\n\n第二段").value();
  CHECK(doc.text == "第一段。\n第二段");
}

TEST_CASE("a PDF column's wrapped lines are joined even across blank lines") {
  // Ten lines of one width: a text column. Breaks after full lines join;
  // the break after the sentence end stays.
  std::string text;
  for (int i = 0; i < 10; ++i) text += "经济合作组织经济合作组织经济合作\n\n";
  text += "组织。\n\n下一段";
  Document doc = ingest_bytes("t.txt", "", text).value();
  CHECK(doc.text.find('\n') == doc.text.find("。") + 3);
  CHECK(doc.text.find("经济合作组织。") != std::string::npos);
}

TEST_CASE("an indented bullet line is an item of its own; a name broken at its dot is one") {
  Document links = ingest_bytes("t.txt", "", "王毅会见老挝外长贡玛西\n\u3000·东盟外长会前瞻").value();
  CHECK(links.text == "王毅会见老挝外长贡玛西\n·东盟外长会前瞻");
  Document name = ingest_bytes("t.txt", "", "主席穆萨·法基\n·穆罕默德").value();
  CHECK(name.text == "主席穆萨·法基·穆罕默德");
  // A bullet followed by a space opens an item, indented or not.
  Document spaced = ingest_bytes("t.txt", "", "习近平同巴林国王哈马德举行会谈\n· 王毅:中阿合作").value();
  CHECK(spaced.text == "习近平同巴林国王哈马德举行会谈\n·王毅:中阿合作");
}

TEST_CASE("a line broken inside a symbol or number (after / or -, before a bracketed year) is joined") {
  Document doc = ingest_bytes("t.txt", "", "观察员地位的第 57/\n32 号决议。\nhttps://undocs.org/\nA/RES/1").value();
  CHECK(doc.text == "观察员地位的第57/32号决议。\nhttps://undocs.org/A/RES/1");
  Document range = ingest_bytes("t.txt", "", "支持落实《2024-\n2034 年十年期行动纲领》").value();
  CHECK(range.text == "支持落实《2024-2034年十年期行动纲领》");
  Document year = ingest_bytes("t.txt", "", "第 2626(2022)号、第 2679\n(2023)号决议。\n2024\n(a) 项").value();
  CHECK(year.text == "第2626(2022)号、第2679(2023)号决议。\n2024\n(a)项");
  // So is an old General Assembly number before its session in Roman numerals.
  Document roman = ingest_bytes("t.txt", "", "第 2832\n(XXVI)号决议。\n2024\n(X) 项").value();
  CHECK(roman.text == "第2832(XXVI)号决议。\n2024\n(X)项");
  // Between two words of Latin text the break stays a break.
  Document latin = ingest_bytes("t.txt", "", "and/or\nmore").value();
  CHECK(latin.text == "and/or\nmore");
}

TEST_CASE("short heading lines are not joined to the text") {
  Document doc = ingest_bytes("t.txt", "", "第七十五届会议\n\n议程项目\n\n大会，").value();
  CHECK(doc.text == "第七十五届会议\n议程项目\n大会,");
}

}  // namespace treatygraph
