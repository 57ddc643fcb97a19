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
    CHECK(testing::found(c->text, EntityType::kMeeting, field) == c->expected);
  }
}
}  // namespace

TEST_CASE("meetings are named by ordinal, by what is held, by session word") {
  const Case cases[] = {
      {"请秘书长向大会第七十七届会议提出报告", {"大会第七十七届会议"}},
      // A meeting whose name began inside a body's begins with the body's.
      {"捍卫《联合国宪章》之友小组第四次部长级会议于2024年9月26日在纽约举行。",
       {"捍卫《联合国宪章》之友小组第四次部长级会议"}},
      {"2021年9月9日\n第 102 次全体会议", {"第102次全体会议"}},
      {"在纽约举行的世界毒品问题大会第三十届特别会议的成果文件",
       {"世界毒品问题大会第三十届特别会议"}},
      {"2022年9月16日在撒马尔罕举行的上海合作组织成员国元首理事会第二十二次会议上",
       {"上海合作组织成员国元首理事会第二十二次会议"}},
      {"欢迎将于2023年举办的第三届上合组织青年论坛", {"第三届上合组织青年论坛"}},
      {"欢迎第五十一届太平洋岛屿论坛领导人会议通过的", {"第五十一届太平洋岛屿论坛领导人会议"}},
      // A known organisation opens a meeting's name, but a forum it names is
      // the body itself; a day may follow the name.
      {"中非合作论坛部长级会议11日在长沙市举行。", {"中非合作论坛部长级会议"}},
      {"联合国森林论坛在纽约举行会议。", {}},
      {"在乌法举行的金砖国家领导人第七次会晤和上合组织成员国元首理事会会议。",
       {"金砖国家领导人第七次会晤", "上合组织成员国元首理事会会议"}},
      // A known body's foreign ministers' meeting, after a dateline or a
      // headline verb; a day may follow.
      {"新华社约翰内斯堡2月20日电 二十国集团外长会20日在约翰内斯堡举行。约翰内斯堡迎来二十国集团外长会。",
       {"二十国集团外长会", "二十国集团外长会"}},
      // Finance ministers' and central bankers' meetings of a known body; the
      // same words without a body are no name.
      {"二十国集团财长和央行行长会议将于2月26日在开普敦举行。东盟防长会议在万象举行。财长会议很重要。",
       {"二十国集团财长和央行行长会议", "东盟防长会议"}},
      // 外长会晤 and 外长会议 whole, not cut at 外长会; the Assembly's session
      // after a list's 和.
      {"第六次中国－中亚外长会晤在阿拉木图举行,第三次外长会议。感谢古特雷斯和大会第七十九届会议主席",
       {"第六次中国-中亚外长会晤", "第三次外长会议", "大会第七十九届会议"}},
      // 成果落实 is a noun inside a body.
      {"中非合作论坛成果落实协调人部长级会议11日在长沙举行", {"中非合作论坛成果落实协调人部长级会议"}},
      // A council's special session.
      {"突厥国家组织外长理事会特别会议11日以视频方式举行", {"突厥国家组织外长理事会特别会议"}},
      // Numbered workshops and seminars are meetings too.
      {"在日内瓦举行的第十一次联合国与区域人权机制国际讲习班", {"第十一次联合国与区域人权机制国际讲习班"}},
      // A number inside the body; rounds of consultations.
      {"在青岛举行的第六次亚太地区1540国家联络人讲习班", {"第六次亚太地区1540国家联络人讲习班"}},
      {"在柏林举行的第七轮中德政府磋商", {"第七轮中德政府磋商"}},
      {"在古巴哈瓦那举行的第三轮和平谈判以及该轮谈判", {"第三轮和平谈判"}},
      // An ordinal that counts an act, not the sessions of a body.
      {"非盟首次以正式成员身份出席外长会。", {}},
      // States listed with 、 name the body of their ministers' meeting.
      {"在北京举行的中华人民共和国、印度共和国和俄罗斯联邦外交部长第十三次会晤通过",
       {"中华人民共和国、印度共和国和俄罗斯联邦外交部长第十三次会晤"}},
      // 会晤和 ends a body: two meetings, not one.
      {"金砖国家领导人第七次会晤和上合组织成员国元首会议。",
       {"金砖国家领导人第七次会晤", "上合组织成员国元首会议"}},
      {"以视频方式举行的首届创业论坛成果", {"首届创业论坛"}},
      {"将在世贸组织部长级会议上协调立场", {"世贸组织部长级会议"}},
      {"支持二十国集团峰会达成的共识", {"二十国集团峰会"}},
      {"在杜尚别举行上海合作组织首脑会议,", {"上海合作组织首脑会议"}},
      {"在日内瓦共同举办了“在欧亚洲际运输走廊沿线落实2030年可持续发展议程”圆桌会议。",
       {"“在欧亚洲际运输走廊沿线落实2030年可持续发展议程”圆桌会议"}},
      {"定期在杜尚别举办高级别国际会议(杜尚别进程),", {"高级别国际会议(杜尚别进程)"}},
      {"该组织支持2010年7月19日区域机构会议所设立的小组", {"区域机构会议"}},
      {"成员国高度评价第二届世界反恐论坛。", {"第二届世界反恐论坛"}},  // body after the ordinal
      {"上海合作组织成员国政府首脑(总理)理事会第二十次会议于2021年11月25日举行。",
       {"上海合作组织成员国政府首脑(总理)理事会第二十次会议"}},
      {"将举行上合组织成员国总检察长第十九次会议和最高法院院长第十六次会议。",
       {"上合组织成员国总检察长第十九次会议", "最高法院院长第十六次会议"}},
      {"在阿瓦扎举行的中亚国家元首第三次协商会晤。", {"中亚国家元首第三次协商会晤"}},
      // A date is an identity: a meeting held on one needs no ordinal.
      {"2021年5月27日于摩加迪沙举行的\n全国协商理事会会议上就选举进程达成一致",
       {"全国协商理事会会议"}},
      {"欢迎2019年11月13日在巴西利亚举行的金砖国家工商论坛。", {"金砖国家工商论坛"}},
      // Two ordinals of one body held together are two meetings.
      {"2022年11月10日至13日在金边举行的第四十届和第四十一届东盟峰会,",
       {"第四十届", "第四十一届东盟峰会"}},
      // Foreign ministers' meetings and regular sessions, as the genre shortens them.
      {"第八次外长会在泰王国清迈举行。", {"第八次外长会"}},
      {"中非经共体国家元首和政府首脑第二十二届常会", {"中非经共体国家元首和政府首脑第二十二届常会"}},
      {"各方同意澜湄合作第四次领导人会议于2023年12月以视频方式举行。", {"澜湄合作第四次领导人会议"}},
      // A session word followed by the setting: 峰会于……在……举行.
      {"突厥国家组织非正式峰会于2024年7月6日在阿塞拜疆舒沙举行。", {"突厥国家组织非正式峰会"}},
      // The body stops at the speaker's verb.
      {"我们商定亚信第六次峰会于2022年在哈萨克斯坦举行。", {"亚信第六次峰会"}},
      // A titled convention is the body of its parties' sessions.
      {"在马德里举行的《联合国气候变化框架公约》第二十五次缔约方会议取得成功",
       {"《联合国气候变化框架公约》第二十五次缔约方会议"}},
      // A format tag pairs the parties across 与; a summit's ministers meet
      // under its name; an anniversary's number and 对话 are in the name,
      // and the manner of holding may follow it.
      {"王毅还在吉隆坡出席了东盟与中日韩(10+3)外长会。", {"东盟与中日韩(10+3)外长会"}},
      {"王毅将在吉隆坡出席东亚峰会外长会和东盟地区论坛外长会。", {"东亚峰会外长会", "东盟地区论坛外长会"}},
      {"2021年11月22日,中国-东盟建立对话关系30周年纪念峰会以视频方式举行。",
       {"中国-东盟建立对话关系30周年纪念峰会"}},
      {"欢迎东盟与中日韩外长会取得的成果", {}},  // no tag: 与 joins two things
      // Preparatory meetings; a meeting a country offers to host.
      {"在首脑会议之前,不结盟运动部长级筹备会议于10月23日和24日在巴库举行。",
       {"不结盟运动部长级筹备会议"}},  // a bare 首脑会议 is no meeting
      {"欢迎塞尔维亚提出于2021年在贝尔格莱德主办纪念不结盟运动成立60周年高级别会议。",
       {"纪念不结盟运动成立60周年高级别会议"}},
      {"我们商定,独联体国家元首非正式会晤将于2023年12月在圣彼得堡举行。", {"独联体国家元首非正式会晤"}},
      // A known body before the ordinal names the series whatever qualifies
      // the session; 外长会晤 and 年会 are session words.
      {"金砖国家外长会晤28日至29日在巴西里约热内卢举行。金砖国家第三次协调人会议和新开发银行理事会第十届年会将举行。",
       {"金砖国家外长会晤", "金砖国家第三次协调人会议", "新开发银行理事会第十届年会"}},
      {"2015年4月29日在哈拉雷举行的南共体特别首脑会议核可的《路线图》", {"南共体特别首脑会议"}},
      // China and a partner's initial open a series' name.
      {"积极评价以视频方式举行的中俄总理第二十七次定期会晤的成果,发挥中阿合作论坛的作用", {"中俄总理第二十七次定期会晤"}},
      {"上海合作组织成员国外长理事会会议5日在印度果阿举行。", {"上海合作组织成员国外长理事会会议"}},
      // Rounds of a dialogue are its sessions.
      {"王毅在布鲁塞尔共同主持第十三轮中欧高级别战略对话。", {"第十三轮中欧高级别战略对话"}},
      // Dialogue meetings (对话会) of a format named in quotes or of BRICS.
      {"习近平出席在喀山举行的“金砖+”领导人对话会。王毅出席“金砖+”外长对话会并讲话。"
       "南非主持金砖－非洲外联对话会。",
       {"“金砖+”领导人对话会", "“金砖+”外长对话会", "金砖-非洲外联对话会"}},
      {"双方愿加强对话会商", {}},
      // An initiative named in quotes inside a numbered meeting's name; 以及
      // after a name.
      {"回顾2017年5月14日和15日举行的首届“一带一路”国际合作高峰论坛以及2019年4月25日至27日举行的"
       "第二届“一带一路”国际合作高峰论坛。首届“一带一路”企业家大会在北京举行。",
       {"首届“一带一路”国际合作高峰论坛", "第二届“一带一路”国际合作高峰论坛", "首届“一带一路”企业家大会"}},
      // A title in 《》 inside a held meeting's name; talks with an ordinal.
      {"在赫尔辛基举行的纪念《赫尔辛基最后文件》签署五十周年高级别会议,以及在维也纳举行的联合国－欧安组织"
       "第十五次年度高级别工作人员会谈,",
       {"纪念《赫尔辛基最后文件》签署五十周年高级别会议", "联合国-欧安组织第十五次年度高级别工作人员会谈"}},
      // The Economic and Social Council's sessions are named by year.
      {"经济及社会理事会2025年届会,2024 年届会", {"2025年届会", "2024年届会"}},
      // Forums held on a topic, but not a count of them.
      {"互联互通高级别论坛和数字经济高级别论坛在北京举行。同日举行的廉洁丝路专题论坛发布了原则。"
       "共举行三场高级别论坛、六场专题论坛",
       {"互联互通高级别论坛", "数字经济高级别论坛", "廉洁丝路专题论坛"}},
      // A meeting of a format named in quotes with its +, kept as written;
      // a held meeting's name may be followed by 为.
      {"习近平还将在阿斯塔纳出席“上合组织+”会议。", {"“上合组织+”会议"}},
      {"在阿斯塔纳举行的上合组织成员国外交部长理事会会议为本次峰会做了准备",
       {"上合组织成员国外交部长理事会会议"}},
  };
  check_all(std::begin(cases), std::end(cases), "name");
}

TEST_CASE("meetings written in parts resolve to their whole name") {
  const Case cases[] = {
      {"2022年11月10日至13日在金边举行的第四十届和第四十一届东盟峰会,",
       {"第四十届东盟峰会", "第四十一届东盟峰会"}},
      // A list of three or more ordinals shares the body and the session word.
      {"在阿拉木图、伊斯坦布尔和杜尚别举行的亚信第二次、第三次和第五次峰会的成果",
       {"亚信第二次峰会", "亚信第三次峰会", "亚信第五次峰会"}},
      {"在马德里举行的《联合国气候变化框架公约》第二十五次缔约方会议",
       {"联合国气候变化框架公约第二十五次缔约方会议"}},
      // The organisation opening the name is written in full, but not
      // inside a format's quoted name.
      {"澜湄合作第八次外长会在清迈举行。", {"澜沧江-湄公河合作第八次外长会"}},
      {"出席“上合组织+”会议和上合组织峰会。", {"“上合组织+”会议", "上海合作组织峰会"}},
      {"此前,中阿合作论坛第二十次高官会29日在北京举行", {"中国-阿拉伯国家合作论坛第二十次高官会"}},
      // So is a body's short name in brackets, but not a gloss.
      {"欢迎在牙买加金斯敦举行的加勒比共同体(加共体)海地问题高级别会议,", {"加勒比共同体海地问题高级别会议"}},
      {"上海合作组织成员国政府首脑(总理)理事会第十九次会议", {"上海合作组织成员国政府首脑(总理)理事会第十九次会议"}},
      // A format tag inside the name is left out of its identity.
      {"第２５次東盟與中日韓（１０＋３）外長會在萬象舉行。", {"第25次东盟与中日韩外长会"}},
      // The states' ministers' session, the states spelt out or by initials.
      {"在北京举行的中华人民共和国、印度共和国和俄罗斯联邦外交部长第十三次会晤。中俄印外长第十三次会晤。"
       "中国-中亚外长第六次会晤",
       {"中华人民共和国、印度共和国和俄罗斯联邦外交部长第十三次会晤",
        "中华人民共和国、印度共和国和俄罗斯联邦外交部长第十三次会晤", "中国-中亚外长第六次会晤"}},
      // A body's session by its ordinal alone, after the body, its date and
      // its place, is the body's; a meeting of a name of its own is not.
      {"注意到独联体成员国议会间大会2025年4月17日在圣彼得堡举行的第五十九次全体会议通过的示范法。"
       "回顾联合国2014年9月在阿皮亚举行的第三次小岛屿发展中国家问题国际会议",
       {"独联体议会间大会第五十九次全体会议", "第三次小岛屿发展中国家问题国际会议"}},
      // A treaty's assembly named after its title is a body wherever it
      // stands: its session after a date and a place is its own.
      {"注意到《罗马规约》缔约国大会2019年12月6日在海牙举行的第十八届会议上通过的修正案",
       {"罗马规约缔约国大会第十八届会议"}},
      // ... or after the body and its date alone.
      {"2024年10月1日\n赞扬非洲联盟和平与安全理事会9月26日举行的第1236次会议专门讨论气候变化",
       {"非洲联盟和平与安全理事会第1236次会议"}},
      // So is a meeting named 会议 alone there; with no body before it, it is
      // no meeting.
      {"欢迎独立国家联合体国家元首理事会2025年10月10日在杜尚别举行的会议的成果。"
       "赞赏主席团2024年3月14日以视频会议方式举行的会议",
       {"独立国家联合体国家元首理事会会议"}},
      // And a session named by its kind alone.
      {"注意到独立国家联合体国家元首理事会2025年7月16日在基多举行的扩大会议审议了法规。",
       {"独立国家联合体国家元首理事会扩大会议"}},
      {"欢迎西非经共体调解与安全理事会 2023 年 7 月 5 日在比绍举行的部长级会议。",
       {"西非国家经济共同体调解与安全理事会部长级会议"}},
      // A session resumed is a meeting of its own.
      {"人居大会第二届会议续会于 2025 年 5 月 29 日在内罗毕举行。人居大会第二届会议通过了计划",
       {"人居大会第二届会议续会", "人居大会第二届会议"}},
      // A forum's annual conference named by its year is named after the
      // forum; with no forum before it, it is none.
      {"尤努斯出席博鳌亚洲论坛２０２５年年会。将出席2026年年会", {"博鳌亚洲论坛2025年年会"}},
      // A body's short name declared in one meeting's name opens its others.
      {"共同主持中新双边合作联合委员会(联委会)第二十一次会议。并回顾联委会第十九次会议",
       {"中新双边合作联合委员会第二十一次会议", "中新双边合作联合委员会第十九次会议"}},
      // A meeting's short name in parentheses is another name of it, there
      // and later.
      {"出席在天津举行的上海合作组织成员国元首理事会会议(上合组织天津峰会)。上合组织天津峰会通过了宣言。",
       {"上海合作组织成员国元首理事会会议", "上海合作组织成员国元首理事会会议",
        "上海合作组织成员国元首理事会会议"}},
      // A series named without a number where the text names one numbered
      // meeting of it is that meeting; with two, it is neither.
      {"第八次中国-中东欧国家领导人会晤在杜布罗夫尼克举行。李克强出席中国-中东欧国家领导人会晤。",
       {"第八次中国-中东欧国家领导人会晤", "第八次中国-中东欧国家领导人会晤"}},
      {"第七次中国-中东欧国家领导人会晤和第八次中国-中东欧国家领导人会晤。李克强出席中国-中东欧国家领导人会晤。",
       {"第七次中国-中东欧国家领导人会晤", "第八次中国-中东欧国家领导人会晤", "中国-中东欧国家领导人会晤"}},
      // A treaty's review conference named by its year, in full, alone and
      // after a pointer back to the treaty, is one meeting a year.
      {"回顾《不扩散核武器条约》缔约国 2010 年审议大会。强调在纽约举行的 2010 年审议大会通过的文件。"
       "注意到该条约缔约国 2026 年审议大会定于明年举行",
       {"不扩散核武器条约缔约国2010年审议大会", "不扩散核武器条约缔约国2010年审议大会",
        "不扩散核武器条约缔约国2026年审议大会"}},
      // So is one ending in the meeting's number.
      {"回顾在伊斯坦布尔举行的第二次联合国人类住区会议(人居二)通过的议程",
       {"第二次联合国人类住区会议", "第二次联合国人类住区会议"}},
      // A format tag in a meeting's name and the words after it name that
      // meeting elsewhere.
      {"李强出席了第26次中国-东盟(10+1)领导人会议。10+1领导人会议通过了联合声明。",
       {"第26次中国-东盟领导人会议", "第26次中国-东盟领导人会议"}},
      // A two-column UN header: the session is the Assembly's.
      {"大会                    安全理事会\n第七十七届会议          第七十七年\n议程项目 16",
       {"大会第七十七届会议"}},
      {"大会                    经济及社会理事会\n第七十九届会议          2025 年届会\n议程项目 16",
       {"大会第七十九届会议", "2025年届会"}},
      // 该 and a bare session word: the meeting named last before it.
      {"作为伊斯兰合作组织第十五届伊斯兰首脑会议主席国,转递在班珠尔举行的该首脑会议通过的宣言",
       {"伊斯兰合作组织第十五届伊斯兰首脑会议", "伊斯兰合作组织第十五届伊斯兰首脑会议"}},
      // 该届常会 before its setting points back too; 担任 opens no body.
      {"哈马德在担任首脑级理事会第三十三届常会主席期间;该届常会于2024年5月16日在麦纳麦举行",
       {"首脑级理事会第三十三届常会", "首脑级理事会第三十三届常会"}},
      // ... with none before it, no meeting; 该机制第九次部长级会议 is its own.
      {"在班珠尔举行的该首脑会议。在杜尚别举行该机制第九次部长级会议。", {"该机制第九次部长级会议"}},
  };
  check_all(std::begin(cases), std::end(cases), "canonical");
}

TEST_CASE("what is not a meeting") {
  const Case cases[] = {
      {"与亚洲相互协作与建立信任措施会议的合作", {}},  // a standing body
      {"在日内瓦裁军谈判会议上启动谈判", {}},
      {"决定建立上合组织成员国能源部长会议机制。", {}},  // a mechanism
      {"这是上合组织扩大后的首次峰会,", {}},             // no identity
      {"定期举行会议,", {}},
      {"进一步发展上合组织论坛这一机制", {}},
      {"支持亚太经济合作组织和中国-拉美和加勒比国家共同体论坛(中拉论坛)。", {}},  // a forum with its short name
      {"包括举办经济和商业论坛。", {}},
      {"在日内瓦举行的专家会议上", {}},                  // no date, no body, no ordinal
      {"2020年3月2日在日内瓦举行的相关会议上", {}},     // dated but generic
  };
  check_all(std::begin(cases), std::end(cases), "name");
}

TEST_CASE("a bare ordinal is a session of the body named before it") {
  const Case cases[] = {
      {"2018年在青岛举行的上海合作组织成员国元首理事会第十八次会议、2019年在比什凯克举行的"
       "第十九次会议和2020年11月10日召开的第二十次会议",
       {"上海合作组织成员国元首理事会第十八次会议", "上海合作组织成员国元首理事会第十九次会议",
        "上海合作组织成员国元首理事会第二十次会议"}},
      {"第七十五届会议\n议程项目130", {"第七十五届会议"}},
      {"东南亚国家联盟第三十八届和第三十九届峰会于2021年10月举行。",
       {"东南亚国家联盟第三十八届峰会", "东南亚国家联盟第三十九届峰会"}},
      {"决定将该分项列入大会第七十八届会议临时议程。", {"大会第七十八届会议"}},
      {"在莫斯科举行的第九次经济合作组织成员国交通运输部长会议的成果。执行第九次经济合作组织"
       "交通运输部长会议的决定",
       {"第九次经济合作组织成员国交通运输部长会议", "第九次经济合作组织成员国交通运输部长会议"}},
      // Traditional-script pages quote with 「」: the name is written with “”.
      {"習近平還在阿斯塔納出席「上海合作組織＋」會議並發表講話。", {"“上海合作组织+”会议"}},
      // A bare session takes the body that the clause before says held it.
      {"首脑会议前一天,即12月8日,伊加特部长理事会在吉布提市举行第七十一届特别会议,审议了公报草案。",
       {"伊加特部长理事会第七十一届特别会议"}},
      {"该委员会在日内瓦举行第十届会议。", {"第十届会议"}},  // no body named
      // A bare ordinal and session word is the session of that number named whole.
      {"第一届、第二届和第三届里海峰会的成果。元首们重申第三届峰会期间签署的协定",
       {"第一届里海峰会", "第二届里海峰会", "第三届里海峰会", "第三届里海峰会"}},
      // A body's short name in brackets before the ordinal is part of its
      // name; a body named by its kind alone is the last of that kind named.
      {"主持中国－白俄罗斯政府间合作委员会（中白政府间合作委员会）第七次会议。\n"
       "出席上海合作组织成员国元首理事会第二十四次会议。\n委员会第六次会议去年在北京举行",
       {"中国-白俄罗斯政府间合作委员会第七次会议", "上海合作组织成员国元首理事会第二十四次会议",
        "中国-白俄罗斯政府间合作委员会第六次会议"}},
      // A pair of ordinals before a long body with a hyphen; 其中 opens no body.
      {"首次和第二次阿拉伯－伊斯兰联合特别首脑会议的成果,其中第七届会议于8月举行",
       {"首次阿拉伯-伊斯兰联合特别首脑会议", "第二次阿拉伯-伊斯兰联合特别首脑会议", "第七届会议"}},
      // Any name quoted with 「」 is written with “”.
      {"出席了24日在喀山舉行的「金磚＋」領導人對話會。", {"“金砖+”领导人对话会"}},
      // Not a declaration in brackets.
      {"规划和经济发展部长会议(下称“部长会议”)第五十六届会议", {"第五十六届会议"}},
      // A forum the gazetteer knows is a body, however the name before it runs.
      {"环印联盟秘书处以及印度洋委员会和印度洋海军论坛为加强区域海上安全", {}},
      // Two meetings of one ordinal whose words after it differ are two.
      {"在亚的斯亚贝巴举行的第四次发展筹资问题国际会议,在圣约翰举行的第四次小岛屿发展中国家问题国际会议",
       {"第四次发展筹资问题国际会议", "第四次小岛屿发展中国家问题国际会议"}},
  };
  check_all(std::begin(cases), std::end(cases), "canonical");
}

}  // namespace treatygraph
