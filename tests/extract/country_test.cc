#include <doctest/doctest.h>

#include "extract/test_util.h"

namespace treatygraph {

TEST_CASE("countries resolve to their short common name") {
  using V = std::vector<std::string>;
  struct Case {
    const char* text;
    V expected;  // canonical names, in text order
  };
  const Case cases[] = {
      {"中华人民共和国、吉尔吉斯共和国和俄罗斯联邦", {"中国", "吉尔吉斯斯坦", "俄罗斯"}},
      {"观察员国印度、伊朗、蒙古,对话伙伴白俄罗斯和斯里兰卡",
       {"印度", "伊朗", "蒙古", "白俄罗斯", "斯里兰卡"}},
      {"成员国注意到中方关于在青岛建设示范区的倡议", {"中国"}},
      {"阿曼苏丹国和南苏丹", {"阿曼", "南苏丹"}},  // longest name wins
      {"乍得、科摩罗、刚果、科特迪瓦、刚果民主共和国", {"乍得", "科摩罗", "刚果(布)", "科特迪瓦", "刚果(金)"}},
      {"[原件:中文和西班牙文]西班牙语国家和西班牙", {"西班牙"}},  // languages are no countries
      {"在突尼斯市通过,中国市场和新加坡", {"中国", "新加坡"}},  // a capital of the same name is a place
      {"2020年10月30日在努尔苏丹举行", {}},        // a city, not 苏丹
      {"内陆发展中国家和沿海地区", {}},            // blocking phrases
      {"以集中方式处理,在这方面", {}},             // 方 starts a word
      {"哈萨克斯坦共和国总统\n努尔苏丹·纳扎尔巴耶夫(签名)", {"哈萨克斯坦"}},
      {"《上海合作组织成员国与中国长期睦邻友好合作条约》", {}},  // inside a title
      // The start of a name's part, there and alone later, is no country.
      {"泰国外长马里斯·沙炎蓬沙。马里斯表示,愿同马里合作", {"泰国", "马里"}},
  };
  for (const Case& c : cases) {
    std::string text = c.text;
    CAPTURE(text);
    CHECK(testing::found(c.text, EntityType::kCountry, "canonical") == c.expected);
  }
}

}  // namespace treatygraph
