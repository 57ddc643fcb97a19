#include <doctest/doctest.h>

#include "extract/test_util.h"

namespace treatygraph {

namespace {
using V = std::vector<std::string>;
struct Case {
  const char* text;
  V expected;
};
void check_all(const Case* begin, const Case* end, const char* field) {
  for (const Case* c = begin; c != end; ++c) {
    std::string text = c->text;
    CAPTURE(text);
    CHECK(testing::found(c->text, EntityType::kInstrument, field) == c->expected);
  }
}
}  // namespace

TEST_CASE("instrument kinds come from the title's last head noun") {
  const Case cases[] = {
      {"恪守《上海合作组织宪章》和《联合国宪章》", {"charter", "charter"}},
      {"《上合组织成员国元首关于贸易便利化的联合声明》", {"statement"}},
      {"《2019-2021年〈上合组织成员国环保合作构想〉落实措施计划》", {"plan", "concept"}},
      {"《中亚无核武器区条约》议定书对所有缔约方", {"protocol", "treaty"}},
      {"落实《上合组织成员国元首致青年共同寄语》实施纲要", {"programme", "statement"}},
      {"《经济合作组织2025年愿景》", {"strategy"}},
      {"《“水促进可持续发展”国际行动十年(2018年至2028年)》倡议", {"other"}},
      {"《上海合作组织程序规则》", {"other"}},
      {"《集体安全条约组织章程》", {"charter"}},
      {"《维也纳宣言和行动纲领》", {"programme"}},
      {"《上合组织成员国政府间关于建立和运行交通运输一体化管理系统框架协定》", {"agreement"}},
  };
  check_all(std::begin(cases), std::end(cases), "value");
}

TEST_CASE("what is not an instrument") {
  const Case cases[] = {
      {"联合国,《条约汇编》,第2896卷,第50518号。", {}},    // a publication
      {"一致通过《联合国与上合组织的合作》决议", {}},      // a resolution's title
      {"成员国反对建立任何与《公约》功能重复的机制", {}},  // a bare kind noun
      // A presidential statement's own words, and one cited by its date.
      {"由安全理事会主席以安理会名义发表如下声明:并请秘书长向安理会通报本声明的执行情况,2021年8月26日主席声明", {}},
      {"支持中华人民共和国提出的“一带一路”倡议", {}},      // unbracketed initiative
      {"二十国集团“三驾马车”保持议程连续性", {}},            // the object of a verb
      {"见《大会正式记录,第七十七届会议,补编第17号》", {}},  // the official records
      {"在北京举行公约开放供签署仪式", {}},                    // a verb before the noun
      {"毒品合法化严重损害联合国三大禁毒公约基础", {}},    // generic
      {"同集体安全条约组织开展合作", {}},                  // a body
      {"邀请联合国开发计划署协助", {}},                    // a body
      {"履行国际反恐公约", {}},
      {"按照本组织基本文件,长期经贸合作纲要和实施计划", {}},
      {"根据2021年9月17日在杜尚别举行的元首理事会会议成果声明如下:", {}},
      {"成员国将制定2023-2025年行动计划。", {}},  // a year and a generic plan
      {"列入大会第七十七届会议临时议程", {}},
      {"通过了《关于加强合作的决议》", {}},  // a resolution's title
      {"欢迎秘书长关于南苏丹特派团的独立战略审查", {}},  // a review, not a strategy
      // A speech's or an article's title.
      {"习近平发表题为《共建普惠包容的开放型亚太经济》的重要讲话,并发表《携手推进现代化》的署名文章", {}},
  };
  check_all(std::begin(cases), std::end(cases), "value");
}

TEST_CASE("instrument names as written and as resolved") {
  const Case names[] = {
      {"支持《巴黎公约》倡议。", {"巴黎公约"}},  // footnote and 倡议 outside
      {"《经济合作组织贸易协定》,3并邀请", {"经济合作组织贸易协定"}},
      {"共同努力实施联合国全球反恐战略,履行", {"联合国全球反恐战略"}},
      {"签订的上海合作组织地区反恐怖机构与联合国毒品和犯罪问题办公室合作议定书,",
       {"上海合作组织地区反恐怖机构与联合国毒品和犯罪问题办公室合作议定书"}},
      {"五国元首签署的“上海五国”杜尚别声明指出", {"“上海五国”杜尚别声明"}},
      // Quotes around the whole name are not part of it.
      {"在“4月3日协议”的基础上", {"4月3日协议"}},
      {"继续执行伊朗核问题全面协议至关重要", {"伊朗核问题全面协议"}},
      // A heading filling its own line needs no head word; a line with a
      // verb is no heading.
      {"附件\n\n     中俄印外长第十三次会晤联合公报\n\n1. 外长会晤在北京举行。", {"中俄印外长第十三次会晤联合公报"}},
      {"三方同意\n\n双方发表联合公报\n", {}},
      // Any organisation the gazetteer knows opens a name too.
      {"成员国签署了南盟区域铁路协定。", {"南盟区域铁路协定"}},
      // 战略 as "strategic" before a partnership or a dialogue.
      {"双方宣布建立中国-东盟全面战略伙伴关系,用好中欧高级别战略对话", {}},
      {"俄罗斯联邦国家安全战略和中国国家发展战略对接",
       {"俄罗斯联邦国家安全战略", "中国国家发展战略"}},
      {"中华人民共和国和俄罗斯联邦关于新时代全面战略协作伙伴关系的联合声明。",
       {"中华人民共和国和俄罗斯联邦关于新时代全面战略协作伙伴关系的联合声明"}},
      {"同生物多样性公约秘书处加强合作", {"生物多样性公约"}},
      // A heading is named whole, though a known body opens a name inside
      // it; a known body whose name ends like a text is no text.
      {"附件\n\n      第六届环孟加拉湾倡议峰会宣言\n\n成员国支持美洲玻利瓦尔替代计划。",
       {"第六届环孟加拉湾倡议峰会宣言"}},
      {"尚未批准全面禁止核试验条约的国家", {"全面禁止核试验条约"}},
      {"关于制定青年权利公约的倡议", {"青年权利公约"}},
      {"各国应履行多边军控条约义务", {}},  // too short to be a name without a head
      {"题为“变革我们的世界:2030年可持续发展议程”的第70/1号决议", {}},
      {"2010年4月5日关于联合国秘书处同上海合作组织秘书处合作的联合声明,",
       {"关于联合国秘书处同上海合作组织秘书处合作的联合声明"}},
      {"。上合组织成员国元首理事会关于保障国际信息安全领域合作的声明阐述了",
       {"上合组织成员国元首理事会关于保障国际信息安全领域合作的声明"}},
  };
  // An item's number before a heading is no part of the name.
  CHECK(testing::found("第五十七届会议\n2024 年 9 月 9 日至 10 月 11 日\n议程项目 8\n维也纳宣言和行动纲领的后续行动",
                       EntityType::kInstrument, "name") == V{"维也纳宣言"});
  check_all(std::begin(names), std::end(names), "name");
  const Case canonicals[] = {
      {"遵守《上合组织宪章》", {"上海合作组织宪章"}},
      {"终止《美苏关于消除中程和中短程导弹条约》(中导条约)",
       {"美苏关于消除中程和中短程导弹条约", "美苏关于消除中程和中短程导弹条约"}},
      {"签署的上海合作组织十周年宣言。上海合作组织十周年《阿斯塔纳宣言》",
       {"上海合作组织十周年宣言", "阿斯塔纳宣言"}},
      {"上海合作组织十周年阿斯塔纳宣言\n签署《阿斯塔纳宣言》",
       {"上海合作组织十周年阿斯塔纳宣言", "上海合作组织十周年阿斯塔纳宣言"}},
      {"在关于在边境地区加强军事领域信任和关于在边境地区相互裁减军事力量的两个协定基础上",
       {"关于在边境地区加强军事领域信任的协定", "关于在边境地区相互裁减军事力量的协定"}},
      {"上合组织秘书处与联合国开发计划署于2019年5月签署谅解备忘录",
       {"上海合作组织秘书处与联合国开发计划署谅解备忘录"}},
      // 签订 and 签署了 sign too; a party may open with an abbreviation.
      {"东盟人道主义援助协调中心与人道主义事务协调厅于2019年10月签署了合作谅解备忘录",
       {"东南亚国家联盟人道主义援助协调中心与人道主义事务协调厅合作谅解备忘录"}},
      {"上合组织秘书处与联合国开发计划署于2019年5月在北京签订的谅解备忘录",
       {"上海合作组织秘书处与联合国开发计划署谅解备忘录"}},
      // A party's bracketed short name is no part of the name; a field may
      // qualify the memorandum.
      {"联合国中部非洲区域办事处(中部非洲办)与中非经共体委员会于2022年7月8日在利伯维尔签订的谅解备忘录",
       {"联合国中部非洲区域办事处与中非经共体委员会谅解备忘录"}},
      {"上合组织秘书处与联合国开发计划署(开发署)于2019年5月在北京签署的谅解备忘录",
       {"上海合作组织秘书处与联合国开发计划署谅解备忘录"}},
      {"中国国家国际发展合作署与阿盟秘书处签署了发展合作谅解备忘录。",
       {"中国国家国际发展合作署与阿盟秘书处发展合作谅解备忘录"}},
      // The occasion (在……期间) is no part of a party's name, as the date is not.
      {"上合组织秘书处与联合国亚洲及太平洋经济社会委员会在天津峰会期间签署了合作谅解备忘录。",
       {"上海合作组织秘书处与联合国亚洲及太平洋经济社会委员会合作谅解备忘录"}},
      // An organisation's short form opening the title is written in full.
      {"《亚信第五次峰会杜尚别宣言》", {"亚洲相互协作与建立信任措施会议第五次峰会杜尚别宣言"}},
      {"鼓励尚未加入《国际公路货物运输合同公约》的国家加入该公约,并加入其附加议定书",
       {"国际公路货物运输合同公约", "国际公路货物运输合同公约附加议定书"}},
      // A shorter title ending a longer one is its short form, unless the
      // longer one acts on it.
      {"《上海合作组织反恐怖主义公约》。《反恐怖主义公约》",
       {"上海合作组织反恐怖主义公约", "上海合作组织反恐怖主义公约"}},
      {"《网络犯罪公约》和《联合国打击网络犯罪公约》", {"网络犯罪公约", "联合国打击网络犯罪公约"}},
      // A short form declared with 以下简称 needs no kind noun.
      {"会议通过《厦门共识》。会议通过了《第三次外长会厦门共识》(以下简称《厦门共识》)。",
       {"第三次外长会厦门共识", "第三次外长会厦门共识", "第三次外长会厦门共识", "第三次外长会厦门共识"}},
      // A short form declared in quotes is the full title, there and later.
      {"签署的《关于和平有序过渡的政治协议》(“4月3日协议”)。在“4月3日协议”的基础上",
       {"关于和平有序过渡的政治协议", "关于和平有序过渡的政治协议", "关于和平有序过渡的政治协议"}},
  };
  check_all(std::begin(canonicals), std::end(canonicals), "canonical");
}

}  // namespace treatygraph
