#include <doctest/doctest.h>

#include "extract/test_util.h"

namespace treatygraph {

TEST_CASE("resolutions get their canonical UN symbol") {
  using V = std::vector<std::string>;
  struct Case {
    const char* text;
    V expected;
  };
  const Case cases[] = {
      {"关于给予观察员地位的第 59/48 号决议，", {"A/RES/59/48"}},
      {"第 S-30/1 号决议，附件。", {"A/RES/S-30/1"}},
      // An emergency special session's, by number and by symbol.
      {"2024 年 5 月 10 日第 ES-10/23 号决议和 A/RES/ES-10/21", {"A/RES/ES-10/23", "A/RES/ES-10/21"}},
      {"2009 年 12 月 18 日第 64/183 号、2010 年 12 月 13 日第 65/124 号和 2019 年 8 月 30 日第 "
       "73/334 号决议",
       {"A/RES/64/183", "A/RES/65/124", "A/RES/73/334"}},
      {"联合国安理会第 1970 和 1973 号决议", {"S/RES/1970", "S/RES/1973"}},
      // Security Council numbers each with its own date; the dates' years
      // are no numbers.
      {"回顾其2011年10月31日第2018(2011)号、2012年2月29日第2039(2012)号和2022年5月31日第2634(2022)号决议",
       {"S/RES/2018", "S/RES/2039", "S/RES/2634"}},
      {"安理会第 2231号决议", {"S/RES/2231"}},
      {"第2231(2015)号决议", {"S/RES/2231"}},
      {"第1514(XV)号决议", {"A/RES/1514(XV)"}},
      {"第 3201(S-VI)号决议", {"A/RES/3201(S-VI)"}},  // a special session's
      // A session's lettered resolutions; old numbers running on into new ones.
      {"第 34/80 B 号和第 53/77 D 号决议", {"A/RES/34/80B", "A/RES/53/77D"}},
      // Any letter, and an old lettered one (第 377 A(V)号, 第 217 A(III)号).
      {"第 55/33 S 号决议", {"A/RES/55/33S"}},
      {"题为“联合一致共策和平”的第 377 A(V)号决议和第 217 A(III)号决议", {"A/RES/377A(V)", "A/RES/217A(III)"}},
      {"包括第 3080(XXVIII)号、第 34/80 B 号和第 74/25 号决议", {"A/RES/3080(XXVIII)", "A/RES/34/80B", "A/RES/74/25"}},
      {"https://undocs.org/ch/A/RES/48/2", {"A/RES/48/2"}},
      {"  75/324. 联合国同经济合作组织的合作", {"A/RES/75/324"}},
      // The Economic and Social Council numbers by year.
      {"理事会 1984 年 7 月 27 日第 1984/67 号决议", {"E/RES/1984/67"}},
      {"2024/18.  拉丁美洲和加勒比经济委员会第四十届会议的举办地点", {"E/RES/2024/18"}},
      {"E/RES/2024/18", {"E/RES/2024/18"}},
      {"第 2896 卷，第 50518 号。", {}},            // a treaty series volume, not a resolution
      {"见第 72/212 号文件", {}},                    // a list that does not end in 决议
  };
  for (const Case& c : cases) {
    std::string text = c.text;
    CAPTURE(text);
    CHECK(testing::found(c.text, EntityType::kResolution) == c.expected);
  }
}

}  // namespace treatygraph

namespace treatygraph {

TEST_CASE("resolutions known only by their title") {
  using V = std::vector<std::string>;
  struct Case {
    const char* text;
    V expected;  // names; such resolutions have no symbol
  };
  const Case cases[] = {
      {"一致通过《联合国与上合组织的合作》决议。", {"联合国与上合组织的合作"}},
      {"通过“联合国同上海合作组织的合作”决议", {"联合国同上海合作组织的合作"}},
      {"中国、印度：决议草案\n\n联合国同上海合作组织的合作\n\n大会,", {"联合国同上海合作组织的合作"}},
      {"列入题为“联合国同上海合作组织的合作”的分项。", {}},  // an agenda item, not a resolution
  };
  for (const Case& c : cases) {
    std::string text = c.text;
    CAPTURE(text);
    CHECK(testing::found(c.text, EntityType::kResolution, "name") == c.expected);
  }
}

}  // namespace treatygraph
