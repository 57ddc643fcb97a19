#include <doctest/doctest.h>

#include "extract/test_util.h"

namespace treatygraph {

TEST_CASE("people are found in signatures and with their titles") {
  using V = std::vector<std::string>;
  struct Case {
    const char* text;
    V expected;
  };
  const Case cases[] = {
      {"中华人民共和国主席\n胡锦涛(签名)", {"胡锦涛"}},
      {"吉尔吉斯共和国总统\n萝扎·奥通巴耶娃(签名)", {"萝扎·奥通巴耶娃"}},
      {"印度共和国总理莫迪\n", {"莫迪"}},
      {"吉尔吉斯共和国代总统、总理扎帕罗夫", {"扎帕罗夫"}},
      {"乌兹别克斯坦共和国总统米尔济约耶夫", {"米尔济约耶夫"}},
      {"巴基斯坦伊斯兰共和国总理伊姆兰·汗", {"伊姆兰·汗"}},
      {"俄罗斯联邦总统普京表示,", {"普京"}},
      {"秘书长安东尼奥·古特雷斯在会上发言", {"安东尼奥·古特雷斯"}},
      {"上合组织秘书长张明和各国代表出席", {"张明"}},
      // Signatory lines that the text runs together.
      {"俄罗斯联邦总统弗拉基米尔·普京塔吉克斯坦共和国总统埃莫马利·拉赫蒙",
       {"弗拉基米尔·普京", "埃莫马利·拉赫蒙"}},
      {"中华人民共和国主席习近平吉尔吉斯共和国总统萨德尔·扎帕罗夫", {"习近平", "萨德尔·扎帕罗夫"}},
      // Phrases after a title, and bylines, are not people.
      {"中国代表在会上表示,", {}},
      {"[责任编辑:杨永青]", {}},
      {"请秘书长向大会第七十七届会议提出报告", {}},
      {"高度评价塔吉克斯坦共和国主席国工作,", {}},
  };
  for (const Case& c : cases) {
    std::string text = c.text;
    CAPTURE(text);
    CHECK(testing::found(c.text, EntityType::kPerson, "name") == c.expected);
  }
}

}  // namespace treatygraph
