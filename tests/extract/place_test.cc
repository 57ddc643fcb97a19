#include <doctest/doctest.h>

#include "extract/extractors_internal.h"
#include "extract/test_util.h"

namespace treatygraph {

TEST_CASE("places come from the gazetteer and from where things happen") {
  using V = std::vector<std::string>;
  struct Case {
    const char* text;
    V expected;  // canonical names, in text order
  };
  const Case cases[] = {
      {"2018年6月9日在中国青岛举行", {"青岛"}},
      // Towns closed by 领地 after their province; the preposition after a
      // bracket opens no province's name.
      {"谴责民主同盟军(民同盟军)在北基伍省贝尼领地和伊图里省曼巴萨领地的屠杀",
       {"北基伍省", "贝尼", "伊图里省", "曼巴萨"}},
      // A region before its province is a name of its own; a verb before a
      // name holding 邦 opens no province; towns listed after 在 and closed
      // by 等地.
      {"在邦特兰巴里州卡尔米斯卡德山区的活动,赞扬邦特兰地方当局。在拜多阿、贝莱德文、乔哈尔和基斯马尤等地。"
       "在政治、经济和安全等领域",
       {"邦特兰", "巴里州", "邦特兰", "拜多阿", "贝莱德文", "乔哈尔", "基斯马尤"}},
      // A shore is no place of its own: the sea is. Nor is a building.
      {"在约旦死海之滨举行的会议;在布兰湖畔举行;两国元首在爱丽舍宫举行会谈", {"死海"}},
      // A city under its former name with today's in brackets is today's,
      // in the whole document; not where the bracket says something else.
      {"在阿斯塔纳举行。2022年在努尔苏丹(今阿斯塔纳)签署;1988年在汉城举行;在阿拉木图(哈萨克斯坦)",
       {"阿斯塔纳", "阿斯塔纳", "阿斯塔纳", "首尔", "阿拉木图"}},
      {"在阿斯塔纳(旧称努尔苏丹)签署,此前在努尔苏丹举行", {"阿斯塔纳", "阿斯塔纳", "阿斯塔纳"}},
      // A town located by what is near it, and one where something is held
      // with help; not a generic site.
      {"谴责在迪夫拉附近的袭击,特别是在阿贡以南,以及在营地附近和护堤以东", {"迪夫拉", "阿贡"}},
      {"于2024年3月20日在阿米耶特协助举办的会议", {"阿米耶特"}},
      // Towns listed right after their province, closed by a word of
      // vicinity; not a province's situation or a list left open.
      {"在北基伍省鲁丘鲁、马西西和卢贝罗等地区扩张,北基伍省局势周边,南基伍省停火所作的努力",
       {"北基伍省", "鲁丘鲁", "马西西", "卢贝罗", "北基伍省", "南基伍省"}},
      // Counties say what they are; a list of them ends where none follows.
      {"表示严重关切2025年3月以来上尼罗州纳西尔县和乌隆县、琼莱州以及西赤道州的暴力;来自瓦拉卜州特维克县的族群",
       {"上尼罗州", "纳西尔县", "乌隆县", "琼莱州", "西赤道州", "瓦拉卜州", "特维克县"}},
      // A city after its country's long form.
      {"2025年8月17日在马达加斯加共和国塔那那利佛举行的第四十五届常会", {"塔那那利佛"}},
      // A landform named after a known place.
      {"保护帕米尔高原和天山山脉的冰川,咸海流域的生态,在帕米尔举行", {"帕米尔高原", "天山山脉", "咸海流域", "帕米尔"}},
      // A prefecture after its country, before a known city.
      {"2005年1月在日本兵库县神户举行的世界减少灾害大会", {"兵库县", "神户"}},
      // A region named after its town, and the regions listed with it; not
      // a region's area (该区域).
      {"表示严重关切梅纳卡区、加奥区和莫普提区以及边境地区的局势。关于基达尔区和廷巴克图区武器。在莫普提举行,该区域",
       {"梅纳卡区", "加奥区", "莫普提区", "基达尔区", "廷巴克图区", "莫普提"}},
      // A republic within a state, right before a known city; not a
      // country's long form, nor one word of a phrase.
      {"在俄罗斯巴什科尔托斯坦共和国乌法举行,在鞑靼斯坦共和国首府喀山,在中非共和国班吉,在哈萨克斯坦共和国阿斯塔纳",
       {"巴什科尔托斯坦共和国", "乌法", "鞑靼斯坦共和国", "喀山", "班吉", "阿斯塔纳"}},
      {"为推进中亚地区打击恐怖主义", {"中亚"}},
      {"宣布沿咸海地区为生态技术创新区", {"咸海"}},
      {"“上合伊塞克湖马拉松赛”", {"伊塞克湖"}},
      {"作为亚洲和欧洲间陆桥", {"亚洲", "欧洲"}},
      {"第三届峰会于2026年在非洲举行;非洲发展", {"非洲"}},  // where it is held
      {"阿尔巴尼亚共和国欧洲和外交部长主持,法国欧洲和外交部", {}},  // a portfolio
      // Continents as attributes, places inside organisations and people.
      {"亚洲开发银行和联合国亚洲及太平洋无纸贸易与运输专家网络", {}},
      {"“亚洲之心”伊斯坦布尔进程", {}},
      {"努尔苏丹·纳扎尔巴耶夫(签名)", {}},
      // A place that is only a word of an organisation's name; a seat stays.
      {"联合国中部非洲区域办事处和湄公河委员会", {}},
      {"北京秘书处", {"北京"}},
      // ... or of an unbracketed instrument's name.
      {"重申京都议定书和巴塞尔公约的重要性,会议在朱巴举行", {"朱巴"}},
      // Capitals and the places Security Council texts name.
      {"在摩加迪沙、贝莱德文和马拉卡勒发动的袭击", {"摩加迪沙", "贝莱德文", "马拉卡勒"}},
      // Provinces, and a web page's link list.
      {"在陕西省西安市举行", {"陕西省", "西安"}},
      {"在中国河南省郑州举行", {"河南省", "郑州"}},
      // A city written with 市, known or after its province; not 市场.
      {"设在山东省聊城市的中心,在福建省厦门市举行,厦门市场", {"山东省", "聊城", "福建省", "厦门", "厦门"}},
      {"财经| 黑龙江省| 平果县| 汽车", {}},
      {"导航:首页 > 国际新闻 > 中亚观察 > 正文", {}},
      // Provinces and states after a word that opens places, or after their
      // country; not some provinces (各省, 两国省州), nor a country's.
      {"表示严重关切上尼罗州、琼莱州和团结州", {"上尼罗州", "琼莱州", "团结州"}},
      {"东部,特别是北基伍省和伊图里省", {"北基伍省", "伊图里省"}},
      {"阿富汗赫尔曼德省", {"赫尔曼德省"}},
      {"在俄罗斯鞑靼斯坦共和国首府喀山举行", {"鞑靼斯坦共和国", "喀山"}},  // a republic before its seat
      {"、上姆博穆省和纳纳-曼贝雷省持续存在", {"上姆博穆省", "纳纳-曼贝雷省"}},  // a hyphen inside
      {"在各省,本州,该邦和全省,中国和吉尔吉斯斯坦两国省州合作,美国各州", {}},
      // 途经 and 经 introduce a province too.
      {"铁路途经纳伦州,难民经上尼罗州涌入", {"纳伦州", "上尼罗州"}},
      // Regions (大区) too; not 扩大区域.
      {"特别是在喀麦隆极北大区和尼日尔迪法大区,以及获得扩大区域合作", {"极北大区", "迪法大区"}},
      // Towns listed before a word of vicinity; not phrases, nor the halves
      // of a known name holding 和.
      {"特别是班加苏、\n博桑戈阿和帕瓦瓦周边的平民", {"班加苏", "博桑戈阿", "帕瓦瓦"}},
      {"包括各省、各州和各国周边,包括安提瓜和巴布达、圣卢西亚和格林纳达一带", {}},
      {"特派团在阿尤恩、盖尔盖拉特和廷杜夫的工作", {"阿尤恩", "盖尔盖拉特", "廷杜夫"}},
      // Towns listed with a known city, a PDF line break inside one; not
      // phrases, kinds of place, nor 和 opening a word.
      {"保持设在坎大哈、赫拉特、贾拉拉巴德、昆\n都士、加德兹和巴米扬的办事处", {"坎大哈", "赫拉特", "贾拉拉巴德", "昆都士",
                                                                   "加德兹", "巴米扬"}},
      {"在北京、上海和经济特区,在日内瓦、纽约和其他工作地点,促进北京和平稳定,在巴黎和东部伙伴国家", {"北京", "上海",
                                                                                    "日内瓦", "纽约", "北京", "巴黎"}},
      // A gulf is not the city it is named after.
      {"确保亚丁湾和曼德海峡的航行安全,在亚丁举行", {"亚丁湾", "曼德海峡", "亚丁"}},
      // A capital named after its country, named as the country is.
      {"在突尼斯市通过,中国市场和新加坡市民", {"突尼斯"}},
      // Places the gazetteer does not know, from context.
      {"中华人民共和国关于在杨凌设立农业技术交流培训示范基地的倡议", {"杨凌"}},
      {"在墨西哥坎昆举行的会外活动", {"坎昆"}},
      // After a country, a longer name, or two cities joined by 和.
      {"在马达加斯加塔那那利佛通过,在法国维莱科特雷和巴黎举行", {"塔那那利佛", "维莱科特雷", "巴黎"}},
      {"在阿姆巴通德拉扎卡通过", {}},  // without a country, four characters at most
      // After a province or autonomous region the gazetteer knows; 市 is no
      // part of the name.
      {"论坛在西藏林芝举行;峰会在哈萨克斯坦共和国阿克套市举行", {"西藏自治区", "林芝", "阿克套"}},
      // The 和 of a republic's name joins no two places.
      {"会议在俄罗斯联邦鞑靼斯坦共和国喀山举行", {"鞑靼斯坦共和国", "喀山"}},
      {"在安提瓜和巴布达圣约翰举行的会议", {"圣约翰"}},  // a long country name before it
      // More verbs of where a text was agreed or opened for signature; a
      // hyphen inside a name after its country.
      {"在沙特阿拉伯塔伊夫达成的协议,在墨西哥梅里达开放供签署,在瑞士克莱恩-蒙塔纳举行的会议",
       {"塔伊夫", "梅里达", "克莱恩-蒙塔纳"}},
      // The seat of a body; not a generic site, a phrase or a side of a line.
      {"设在法国里昂的总秘书处和设在日本千叶的研究所", {"里昂", "千叶"}},
      {"设在各国首都的使馆,设在当地的办事处,位于护堤以东的各队部", {}},
      // A town after its province, written with 市 or opening as a phrase does.
      {"设在南科尔多凡州卡杜格利的总部;会议于今年11月在越南广宁省下龙市举行",
       {"南科尔多凡州", "卡杜格利", "广宁", "下龙"}},
      {"新华社杜尚别9月17日电", {"杜尚别"}},
      {"二〇一一年六月十五日于阿斯塔纳", {"阿斯塔纳"}},
      // Phrases in the same positions are not places.
      {"在本地区举行,在会上通过,关于通过建立机制", {}},
      {"于同日签署,在当天举行", {}},
  };
  for (const Case& c : cases) {
    std::string text = c.text;
    CAPTURE(text);
    CHECK(testing::found(c.text, EntityType::kPlace, "canonical") == c.expected);
  }
}

// An extractor appends to what `out` holds, which may be another document's
// mentions: a renaming read in one document (努尔苏丹(今阿斯塔纳)) must not
// rename a place found in an earlier one.
TEST_CASE("a renamed city renames only its own document's places") {
  Result<std::unique_ptr<Extractor>> place = make_place_extractor(Gazetteer::BuiltIn());
  REQUIRE(place.ok());
  std::vector<Mention> out;
  place.value()->Extract(ingest_bytes("a.txt", "", "会议在努尔苏丹举行").value(), &out);
  REQUIRE(out.size() == 1);
  place.value()->Extract(ingest_bytes("b.txt", "", "2022年在努尔苏丹(今阿斯塔纳)签署").value(), &out);
  REQUIRE(out.size() == 3);
  CHECK(out[0].canonical == "努尔苏丹");
  CHECK(out[1].canonical == "阿斯塔纳");
  CHECK(out[2].canonical == "阿斯塔纳");
}

}  // namespace treatygraph
