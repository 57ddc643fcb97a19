#include <doctest/doctest.h>

#include "extract/test_util.h"

namespace treatygraph {

TEST_CASE("UN document symbols, joint symbols as one document") {
  using V = std::vector<std::string>;
  struct Case {
    const char* text;
    V expected;
  };
  const Case cases[] = {
      {"1见A/75/345-S/2020/898,第二节。", {"A/75/345-S/2020/898"}},
      // Halves joined by an en dash, of the Assembly and the Council; a half
      // alone is the joint document.
      {"联合国 A/77/808–E/2023/48 大会。见 A/77/808。", {"A/77/808-E/2023/48", "A/77/808-E/2023/48"}},
      {"https://undocs.org/ch/A/75/L.128", {"A/75/L.128"}},
      {"https://undocs.org/ch/A/75/L.131/Add.1", {"A/75/L.131/Add.1"}},
      {"https://undocs.org/ch/A/75/L.131/\nAdd.1", {"A/75/L.131/Add.1"}},  // broken at a line end
      {"2 A/67/581,附件。", {"A/67/581"}},
      {"https://undocs.org/ch/A/67/581的可持续发展目标", {"A/67/581"}},
      {"见A/75/345-S/2020/898。\nhttps://undocs.org/ch/A/75/345",
       {"A/75/345-S/2020/898", "A/75/345-S/2020/898"}},  // one half stands for the whole
      {"E/CN.7/2020/15号文件", {"E/CN.7/2020/15"}},
      {"https://undocs.org/ch/A/RES/48/2", {}},  // a resolution
      {"S/RES/2231(2015)", {}},
      {"第70/1号决议", {}},
  };
  for (const Case& c : cases) {
    std::string text = c.text;
    CAPTURE(text);
    CHECK(testing::found(c.text, EntityType::kUNDocument) == c.expected);
  }
}

}  // namespace treatygraph
