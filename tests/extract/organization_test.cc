#include <doctest/doctest.h>

#include "extract/test_util.h"

namespace treatygraph {

using V = std::vector<std::string>;

struct Case {
  const char* text;
  V expected;
};

void check_all(const Case* begin, const Case* end, const std::string& field) {
  for (const Case* c = begin; c != end; ++c) {
    std::string text = c->text;
    CAPTURE(text);
    CHECK(testing::found(c->text, EntityType::kOrganization, field) == c->expected);
  }
}

TEST_CASE("organisations are found by gazetteer, suffix, declaration and list") {
  const Case cases[] = {
      // Gazetteer names and standard abbreviations.
      {"成员国支持世界贸易组织,反对单边主义", {"世界贸易组织"}},
      {"同独联体、集安条约组织和东盟建立伙伴关系", {"独联体", "集安条约组织", "东盟"}},
      // A known name, a short body and a suffix.
      {"在联合国麻醉品委员会框架内协调立场", {"联合国麻醉品委员会", "联合国"}},
      {"研究在杜尚别建立上合组织禁毒中心的构想", {"上合组织禁毒中心", "上合组织"}},
      {"注意到中国上合组织睦邻友好合作委员会的工作", {"中国上合组织睦邻友好合作委员会"}},
      {"邀请国际输血学会参与", {"国际输血学会"}},
      // A state's ministries, agencies and companies; not its authorities.
      {"利比亚国家石油公司和利比亚投资局", {"利比亚国家石油公司", "利比亚投资局"}},
      {"中国国家国际发展合作署与吉尔吉斯共和国经济和商务部", {"中国国家国际发展合作署", "吉尔吉斯共和国经济和商务部"}},
      {"中华人民共和国国家发展和改革委员会", {"中华人民共和国国家发展和改革委员会"}},
      {"敦促阿富汗当局", {}},
      {"联合国利比亚支助团", {"联合国利比亚支助团", "联合国"}},
      {"联合国中非共和国多层面综合稳定团", {"联合国中非共和国多层面综合稳定团", "联合国"}},
      {"安全理事会关于中非共和国的第2127(2013)号决议第57段所设委员会",
       {"安全理事会关于中非共和国的第2127(2013)号决议第57段所设委员会"}},
      // 部落实 is a ministry that implements; 自由 holds 由 without being it;
      // the 处 inside a secretariat resets nothing; 突厥 opens names.
      {"吉尔吉斯共和国经济和商务部落实访问成果", {"吉尔吉斯共和国经济和商务部"}},
      {"非洲大陆自由贸易区秘书处代表出席", {"非洲大陆自由贸易区秘书处"}},
      {"设立的突厥投资基金和突厥文化国际组织", {"突厥投资基金", "突厥文化国际组织"}},
      // Governments and fronts named by their kind; not a state's government
      // alone, two states' governments, or heads of state and government.
      {"支持索马里联邦政府和民族团结政府,谴责民族救亡阵线", {"索马里联邦政府", "民族团结政府", "民族救亡阵线"}},
      // After an opening word 与 may pair two nouns inside the name.
      {"启动了全球抗击饥饿与贫困联盟,并与国际组织合作", {"全球抗击饥饿与贫困联盟"}},
      // 会见 ends a name: a person and whom they met are no body.
      {"突厥国家组织。哈萨克斯坦外长努尔特列乌会见突厥国家组织秘书长", {"突厥国家组织", "突厥国家组织"}},
      // A community of shared future is an idea, not a body.
      {"澜湄合作。构建澜湄国家命运共同体", {"澜湄合作", "澜湄"}},
      // 代表 as a verb ends a name.
      {"上海合作组织(上合组织)。吉尔吉斯斯坦代表上合组织发言", {"上海合作组织", "上合组织", "上合组织"}},
      // A continent's body may hold 和, not after a generic noun; 各 after a
      // name counts the bodies under it, 各成员国 belongs to it.
      {"欢迎非洲人权和民族权委员会与非洲国家和地区组织合作", {"非洲人权和民族权委员会"}},
      {"上海合作组织各附属机构和上合组织各成员国最高法院院长会议",
       {"上海合作组织", "上合组织各成员国最高法院"}},
      // 国家 opens a state's agency or commission, not a kind of organisation.
      {"支持国家选举管理局和国家最高委员会,区域和次区域国家经济一体化组织", {"国家选举管理局", "国家最高委员会"}},
      {"中国政府、卢旺达两国政府和成员国国家元首和政府首脑", {}},
      {"联合国会员国反恐机构", {"联合国"}},  // member states' bodies are no body
      {"欧洲委员会代表参加人权理事会的工作", {"欧洲委员会", "人权理事会"}},
      // A suffix followed by a conjunction ends the first of two names.
      {"上海合作组织秘书处与联合国欧洲经济委员会秘书处签署",
       {"上海合作组织秘书处", "上海合作组织", "联合国欧洲经济委员会秘书处", "联合国欧洲经济委员会", "联合国"}},
      // The second item of a list.
      {"继续商谈建立上合组织开发银行和发展基金(专门账户)问题", {"上合组织开发银行", "上合组织", "发展基金"}},
      // A list of short items that all end in a suffix.
      {"作为专门机构的文化学会、科学基金会和教育学会", {"文化学会", "科学基金会", "教育学会"}},
      {"各国的项目和方案", {}},
      // Declared abbreviations, including the document's own 本组织.
      {"成立亚洲合作论坛(以下简称“亚合论”或“本组织”)。亚合论欢迎本组织扩大",
       {"亚洲合作论坛", "亚合论", "本组织", "亚合论", "本组织"}},
      // A quoted short form never runs across a paragraph break: when one
      // seems to, the quote was never closed where it should have been.
      {"成立亚洲合作论坛(简称“亚合\n\n本组织”)。亚合本组织欢迎", {"亚洲合作论坛"}},
      // A bare parenthesis made of the name's characters declares a short
      // form; one that is not is a gloss (发展基金(专门账户) above).
      {"欢迎联合国索马里援助团(联索援助团)的工作。联索援助团将继续",
       {"联合国索马里援助团", "联合国", "联索援助团", "联索援助团"}},
      // Missions, and bodies whose name holds 和平 (not the conjunction 和).
      {"非洲联盟驻索马里过渡时期特派团和非洲联盟和平与安全理事会",
       {"非洲联盟驻索马里过渡时期特派团", "非洲联盟", "非洲联盟和平与安全理事会"}},
      {"通过欧洲和平基金提供支助", {"欧洲和平基金"}},
      {"中部非洲和平与安全理事会", {"中部非洲和平与安全理事会"}},
      // A government's ministry; a direction is none.
      {"中华人民共和国商务部和吉尔吉斯共和国外交部",
       {"中华人民共和国商务部", "吉尔吉斯共和国外交部"}},
      {"刚果民主共和国东部的武装团体", {}},
      // Offices and panels of an organisation; verbs that look like them.
      {"联合国地雷行动处和联合国项目事务署", {"联合国地雷行动处", "联合国", "联合国项目事务署"}},
      {"联合国部署的人员和联合国所处的地位", {"联合国", "联合国"}},
      {"南亚大学", {"南亚大学"}},
      // A known organisation named only at the start of its organ's name
      // is kept beside it (once); one named on its own elsewhere is not.
      {"萨赫勒五国集团联合部队已停止运作,萨赫勒五国集团秘书处", {"萨赫勒五国集团联合部队", "萨赫勒五国集团",
                                                                  "萨赫勒五国集团秘书处"}},
      {"联合国开发计划署和联合国", {"联合国开发计划署", "联合国"}},
      // An organ's bare name right after another organisation is its organ.
      {"集安组织外交部长理事会会议", {"集安组织外交部长理事会", "集安组织"}},
      {"在全国协商理事会达成一致", {"全国协商理事会"}},
      {"为联合国维和特派团培训军事人员", {"联合国"}},  // missions in general
      // The Security Council named alone, in any document.
      {"联合国包括其安全理事会", {"联合国", "安全理事会"}},
      {"非洲联盟和平与安全理事会第1068次会议", {"非洲联盟和平与安全理事会", "非洲联盟"}},
      // A forum held on a date is an event (a Meeting), not a body.
      {"欢迎2019年11月13日在巴西利亚举行的金砖国家工商论坛。", {"金砖国家"}},
      // Generic phrases are not names.
      {"同有关国家、国际和地区组织及机构深化合作", {}},
      {"邀请国际金融机构和开发机构参与", {}},
      {"定期举办上合组织妇女论坛", {"上合组织"}},
      {"举办中国-上海合作组织数字经济产业论坛", {"上海合作组织"}},
      // ... but a session of a forum is held, not the forum.
      {"以视频方式举行的博鳌亚洲论坛第15次会议", {"博鳌亚洲论坛"}},
      // After a place, 和 joins two nouns of one name; a name of its own
      // after the conjunction is the next item.
      {"以及下设的黑海贸易和开发银行和黑海研究国际中心", {"黑海贸易和开发银行", "黑海研究国际中心"}},
      {"黑海和里海合作中心", {}},
      // A country's national police; a transition's councils, not its
      // government.
      {"对平民、海地国家警察、医院的袭击", {"海地国家警察"}},
      {"南苏丹人民国防军和卢旺达国防军;民族团结过渡政府确保南苏丹国家安全局依法行事",
       {"南苏丹人民国防军", "卢旺达国防军", "民族团结过渡政府", "南苏丹国家安全局"}},
      {"欢迎过渡总统委员会任命总理,并请临时选举委员会加快筹备", {"过渡总统委员会", "临时选举委员会"}},
      // A continent paired with the next region opens a body's name; a
      // list of places stays a list.
      {"亚洲及太平洋统计研究所和亚洲及太平洋交通部长级会议;亚洲和欧洲", {"亚洲及太平洋统计研究所"}},
      // Parties (gazetteer) and a parliament named by its state alone.
      {"中国共产党和越南共产党都是共产党。越南国会愿同中国全国人民代表大会交流;越南政府总理范明政和越南国会主席",
       {"中国共产党", "越南共产党", "越南国会", "中国全国人民代表大会", "越南国会"}},
      // 独立 opens the names of independent electoral bodies.
      {"向独立高级选举委员会提供技术援助,注意到独立国家选举委员会的努力;独立专家",
       {"独立高级选举委员会", "独立国家选举委员会"}},
      // A state's army after its long form ending in 国; a state's bodies
      // named as such after 机构,特别是.
      {"敦促利比亚国民军取得进展;利比亚国的代表", {"利比亚国民军"}},
      {"鼓励利比亚所有相关机构,特别是总统委员会、民族团结政府、国民代表大会和国家最高委员会,本着",
       {"总统委员会", "民族团结政府", "国民代表大会", "国家最高委员会"}},
      // Armed groups and movements named by their state; not a body's
      // forces, nor a movement alone.
      {"谴责卢旺达解放民主力量(卢民主力量)、刚果发展合作社和苏丹人民解放运动反对派;联合国维和力量;和平运动;"
       "美国军事力量",
       {"卢旺达解放民主力量", "卢民主力量", "刚果发展合作社", "苏丹人民解放运动反对派", "联合国"}},
      // 多国 opens a multinational mission's name; 领导 is a verb, not part of
      // a name (but 领导人 is).
      {"赞扬肯尼亚领导多国安全支助团(安全支助团);抗微生物药物耐药性问题全球领导人小组;多国部队",
       {"多国安全支助团", "安全支助团"}},
      // A national army (国民军) is a state's too.
      {"继续向索马里国民军提供支助;国民军", {"索马里国民军"}},
      // Missions named for what they support; 支持 stays a verb where the
      // rest names another body.
      {"联合国支持荷台达协议特派团团长", {"联合国支持荷台达协议特派团", "联合国"}},
      {"美洲国家组织支持哥伦比亚和平进程特派团同联合国哥伦比亚核查团之间",
       {"美洲国家组织支持哥伦比亚和平进程特派团", "美洲国家组织", "联合国哥伦比亚核查团", "联合国"}},
      {"联合国支持非洲联盟驻索马里特派团", {"联合国", "非洲联盟驻索马里特派团", "非洲联盟"}},
      {"联合国支持各国的努力", {"联合国"}},
      // Groups, networks and mechanisms named after whose they are; not
      // alone, nor after generic words or verbs.
      {"并欢迎非洲联盟智者小组和加勒比共同体名人小组的工作",
       {"非洲联盟智者小组", "非洲联盟", "加勒比共同体名人小组", "加勒比共同体"}},
      {"不结盟运动议会网络;非洲妇女领导人网络;亚太地区多边组织伙伴网络;交通基础设施网络",
       {"不结盟运动议会网络", "不结盟运动", "非洲妇女领导人网络"}},
      {"中部非洲早期预警机制;上海合作组织成员国应对安全挑战和威胁机制;两国合作机制;中俄定期会晤机制",
       {"中部非洲早期预警机制", "上海合作组织"}},
      {"联合国打击网络犯罪公约", {"联合国"}},
      // An initiative's name in quotes opens the bodies set up under it;
      // not a phrase that names no body.
      {"确认“一带一路”国际合作高峰论坛的作用,赞赏“一带一路”国际合作高峰论坛咨询委员会和“一带一路”绿色发展国际联盟。"
       "“一带一路”倡议;“三股势力”组织",
       {"“一带一路”国际合作高峰论坛", "“一带一路”国际合作高峰论坛咨询委员会", "“一带一路”绿色发展国际联盟"}},
      // Words that hold a stop character: 建设和平, 也门, 特使.
      {"联合国几内亚比绍建设和平综合办事处已关闭", {"联合国几内亚比绍建设和平综合办事处", "联合国"}},
      {"向联合国也门问题特使办公室移交职能", {"联合国也门问题特使办公室", "联合国"}},
      {"支持过渡政府的工作", {}},
      // Organs named as such after 各机构,即, even those named like a meeting.
      {"法语组织的各机构,即法语国家首脑会议、法语国家部长级会议和法语国家常设理事会,以及",
       {"法语国家首脑会议", "法语国家部长级会议", "法语国家常设理事会"}},
      // ... and after 各机关,即 / 各机构,包括, with 和 inside a name.
      {"注意到加勒比共同体各机关,即共同体部长理事会、贸易和经济发展理事会以及国家安全和执法理事会,在落实",
       {"加勒比共同体", "共同体部长理事会", "贸易和经济发展理事会", "国家安全和执法理事会"}},
      {"确认下设的各机构,包括加勒比灾害应急管理机构、加勒比公共卫生局和加勒比共同体气候变化中心,在",
       {"加勒比灾害应急管理机构", "加勒比公共卫生局", "加勒比共同体气候变化中心", "加勒比共同体"}},
      // 联合会议 is a joint meeting, not a federation (联合会).
      {"在利雅得举行的中亚国家与海合会成员国外交部长首次联合会议", {"海合会"}},
      // Armed groups named in quotes before what they are.
      {"谴责“Viv Ansanm”和“格朗格里夫”等武装团伙的袭击", {"Viv Ansanm", "格朗格里夫"}},
      {"谴责“基地”武装团体", {"基地"}},
      // An organisation's assembly right after its name; the General
      // Assembly where it grants observer status; 大会 after a body is no end.
      {"在亚的斯亚贝巴举行的非洲联盟大会第三十七届常会", {"非洲联盟大会", "非洲联盟"}},
      {"关于给予东南亚国家联盟大会观察员地位的决议", {"东南亚国家联盟"}},
      {"出席上合组织青年大会", {"上合组织"}},
      // China and a partner's initial open a joint body's name; 中 after
      // 其 or 过程 means "in", and a known name at 中 stands on its own.
      {"双方高度评价中吉政府间合作委员会的作用", {"中吉政府间合作委员会"}},
      {"中日韩合作秘书处", {"中日韩合作秘书处"}},
      {"其中政府间合作委员会", {"政府间合作委员会"}},
      {"在这一过程中美国国际开发署", {"美国国际开发署"}},
      {"中非共和国武装部队", {"中非共和国武装部队"}},
      {"独联体成员国议会间大会和非洲联盟高级别执行小组", {"独联体成员国议会间大会", "独联体", "非洲联盟高级别执行小组",
                                                          "非洲联盟"}},
      // 美洲 opens bodies' names; a verb (通报) and a session's ordinal end
      // them; an organ after its seat in a list of organs.
      {"美洲人权法院和美洲药物滥用管制委员会", {"美洲人权法院", "美洲药物滥用管制委员会"}},
      {"主席每年向建设和平委员会通报美洲国家组织的工作", {"建设和平委员会", "美洲国家组织"}},
      {"经济合作组织第十二次总秘书处间高级别会议", {"经济合作组织"}},
      {"美洲国家组织各机关,即常设理事会、美洲人权委员会和设在华盛顿特区的总秘书处,在",
       {"美洲国家组织", "常设理事会", "美洲人权委员会", "总秘书处"}},
      // A kind of body is no body's name; new gazetteer names.
      {"确认各国议会联盟作为各国议会的全球性组织的作用", {"各国议会联盟"}},
      {"包括泛非议会和欧洲理事会,以及可持续发展问题高级别政治论坛", {"泛非议会", "欧洲理事会",
                                                                 "可持续发展问题高级别政治论坛"}},
      // Bodies of one organisation: 代表理事会 is a council, not the verb
      // 代表; 再保险 a word; 股 a unit; 有组织犯罪 organised crime, not an
      // organisation; 兼 joins two titles.
      {"注意到经济合作组织常驻代表理事会和区域规划理事会的工作",
       {"经济合作组织常驻代表理事会", "经济合作组织", "区域规划理事会"}},
      {"经济合作组织再保险公司和经济合作组织禁毒和有组织犯罪协调股",
       {"经济合作组织再保险公司", "经济合作组织", "经济合作组织禁毒和有组织犯罪协调股"}},
      {"联合国阿卜耶伊临时安全部队代理团长兼部队指挥官", {"联合国阿卜耶伊临时安全部队", "联合国"}},
      // A committee named only in its numbered session's name; not one
      // named by what points back to it.
      {"欢迎在纽约举行的妇女地位委\n员会第六十九届会议的成果", {"妇女地位委员会"}},
      {"该组织部长理事会第十次会议", {}},
      {"经济合作组织部长理事会非正式会议,以及在塔什干举行的部长理事会第二十七次会议",
       {"经济合作组织部长理事会", "经济合作组织", "部长理事会"}},
      // A hyphen before another body's name joins two names; a joint body
      // is named by a state after it.
      {"通过国际刑警组织-安全理事会特别通告,联合国-上合组织秘书处间磋商,东盟-中国中心",
       {"国际刑警组织", "安全理事会", "联合国", "上合组织秘书处", "上合组织", "东盟-中国中心", "东盟"}},
      // A process named after the city where it began; not a meeting's
      // short name in brackets.
      {"决定合并内罗毕进程和罗安达进程,高级别国际会议(杜尚别进程)", {"内罗毕进程", "罗安达进程"}},
      // A body introduced by its seat or its parent, whatever its first word,
      // fields listed included; not an office, a headquarters, a count or a
      // kind of body there.
      {"设在马达加斯加塔那那利佛的区域海事信息融合中心和设在伊斯坦布尔的伊斯兰历史、艺术和文化研究中心",
       {"区域海事信息融合中心", "伊斯兰历史、艺术和文化研究中心"}},
      {"请经济及社会理事会下设的发展政策委员会继续", {"经济及社会理事会", "发展政策委员会"}},
      {"设在喀布尔的国家办事处,设在巴格达的联络处,设在卡杜格利的联合机制总部,下设的两个工作组和附属机构,"
       "总部位于日内瓦的非营利性国际组织",
       {}},
      // A convention or press centre is a venue, not a body.
      {"李强在雅加达会议中心出席峰会,记者在上海合作组织天津峰会新闻中心", {"上海合作组织"}},
      // A title after an agency is no part of its name.
      {"中国国家国际发展合作署署长陈晓东会见。中国国家国际发展合作署成立于2018年",
       {"中国国家国际发展合作署", "中国国家国际发展合作署"}},
      // A named operation runs on its force's name; alone it is the one so
      // named in full, or one of its own; one being launched is an act.
      {"赞扬欧洲联盟索马里海军部队“阿塔兰特”行动的贡献,注意到“阿塔兰特”行动的任务期限。"
       "美国牵头的“繁荣卫士”行动。法国部队发起“薮猫”行动",
       {"欧洲联盟索马里海军部队“阿塔兰特”行动", "欧洲联盟", "“阿塔兰特”行动", "“繁荣卫士”行动"}},
      // A verb of taking over or admitting ends a name.
      {"欢迎二十国集团接纳非洲联盟为成员,阿塞拜疆共和国接任本组织主席", {"二十国集团", "非洲联盟"}},
      // A state's ministry named only in its officials' titles is no body
      // the text speaks of.
      {"中国外交部副部长孙卫东会见他。墨西哥外交部副部长玛尔塔·德尔加多表示", {}},
      // A format of so many members a side opens its bodies' names, quoted
      // or not.
      {"支持5+5联合军事委员会和“5+5”联合军事委员会的工作,欢迎6+6联合委员会", {"5+5联合军事委员会", "“5+5”联合军事委员会", "6+6联合委员会"}},
      // Two states' standing dialogues listed before 等机制 are bodies; a
      // dialogue that is no such item is not.
      {"用好中澳战略经济对话、中澳外交与战略对话和中澳高级别对话等机制。中方愿加强同各方的对话等机制",
       {"中澳战略经济对话", "中澳外交与战略对话", "中澳高级别对话"}},
      // A pair's standing mechanism says who holds its talks or how; the
      // kind of talks alone, or a count of states, describes.
      {"用好中新总理年度会晤机制,发挥中德气候变化和绿色转型对话合作机制和中印尼高级别对话合作机制的作用",
       {"中新总理年度会晤机制", "中德气候变化和绿色转型对话合作机制", "中印尼高级别对话合作机制"}},
      {"发挥中俄合作机制和中俄两国元首会晤机制的作用,举行中俄元首会晤", {}},
      // A partner's two-character short form opens the pair's bodies too.
      {"中印尼海上合作委员会", {"中印尼海上合作委员会"}},
  };
  check_all(std::begin(cases), std::end(cases), "name");
}

TEST_CASE("an organisation resolves to its full name") {
  const Case cases[] = {
      // A known organ's known parent, named only there, is named too.
      {"上合组织秘书处", {"上海合作组织秘书处", "上海合作组织"}},
      // A pair's body written with the partner's initial is the one named
      // with the partner in full.
      {"中国—菲律宾南海问题双边磋商机制第十一次会议举行。中菲南海问题双边磋商机制是平台",
       {"中国-菲律宾南海问题双边磋商机制", "中国-菲律宾南海问题双边磋商机制"}},
      {"联合国安理会", {"联合国安全理事会", "联合国"}},
      {"上合组织成员国元首理事会", {"上海合作组织成员国元首理事会", "上海合作组织"}},
      {"安全理事会,\n回顾其以往各项决议", {"联合国安全理事会"}},
      // A treaty's conference of the parties named in its session's name.
      {"《联合国气候变化框架公约》缔约方大会第二十六届会议取得成功", {"联合国气候变化框架公约缔约方大会"}},
      // A bare organ's name in a session's name is the organ named in full before.
      {"经济合作组织部长理事会非正式会议,以及在塔什干举行的部长理事会第二十七次会议",
       {"经济合作组织部长理事会", "经济合作组织", "经济合作组织部长理事会"}},
      // A body named in a session's name takes the full form found elsewhere.
      {"2025年5月15日安全理事会第9921次会议通过\n\n 安全理事会，\n\n 回顾其决议，\n", {"联合国安全理事会", "联合国安全理事会"}},
      {"集安组织外交部长理事会会议", {"集体安全条约组织外交部长理事会", "集体安全条约组织"}},
      {"二十国集团和金砖国家", {"二十国集团", "金砖国家"}},
      // An organ keeps the parent named before it, even when the organ's
      // bare name is another organisation's in the gazetteer.
      {"集安组织成员国外交部长理事会", {"集体安全条约组织成员国外交部长理事会", "集体安全条约组织"}},
      // A known short form written in brackets after another body's name
      // is that body's in the document.
      {"在汉肯迪举行的经济合作组织(经合组织)第十七届首脑会议。经合组织部长理事会举行会议,经合组织秘书长出席",
       {"经济合作组织", "经济合作组织", "经济合作组织部长理事会", "经济合作组织"}},
      // ... and after the parent's bracketed short name.
      {"期待伊斯兰合作组织(伊合组织)外交部长理事会举行特别会议;欢迎非洲联盟(非盟)和平与安全理事会的工作",
       {"伊斯兰合作组织", "伊斯兰合作组织", "伊斯兰合作组织外交部长理事会", "非洲联盟", "非洲联盟",
        "非洲联盟和平与安全理事会"}},
      // The organ's bare name later is that organ, not the SCO's; with no
      // fuller name before it, the one named in full after it; with none at
      // all, the SCO's.
      {"外交部长理事会。集安组织外交部长理事会会议。期待外交部长理事会第五十一届会议",
       {"集体安全条约组织外交部长理事会", "集体安全条约组织外交部长理事会", "集体安全条约组织",
        "集体安全条约组织外交部长理事会"}},
      {"外交部长理事会会议", {"上海合作组织成员国外交部长理事会"}},
      // An organ listed by its bare name after 各机构,即 is the one the
      // document names in full; a listed office whose name holds 和.
      {"欧安组织各机构,即部长理事会、常设理事会、设在华沙的民主制度和人权办公室(民主人权办)。欧安组织常设理事会",
       {"欧洲安全与合作组织", "部长理事会", "欧洲安全与合作组织常设理事会", "民主制度和人权办公室",
        "民主制度和人权办公室", "欧洲安全与合作组织常设理事会"}},
      {"古阿姆各机构,即外交部长理事会和古阿姆秘书处。在纽约举行的古阿姆外交部长理事会会议",
       {"民主和经济发展组织-古阿姆", "民主和经济发展组织-古阿姆外交部长理事会",
        "民主和经济发展组织-古阿姆秘书处", "民主和经济发展组织-古阿姆外交部长理事会"}},
      // The Security Council after the verb that carries out its resolutions.
      {"协助成员国执行安全理事会第2178(2014)号决议", {"联合国安全理事会"}},
      // A seat before a known organ is not part of its identity.
      {"北京秘书处和塔什干地区反恐怖机构", {"北京秘书处", "上海合作组织地区反恐怖机构"}},
      // A declared short form names its full name, there and later, not
      // what another declared form reads in it (非盟 + 高级别小组).
      {"赞赏非洲联盟(非盟)、非洲联盟高级别执行小组(非盟高级别小组)。在非盟高级别小组协助下",
       {"非洲联盟", "非洲联盟", "非洲联盟高级别执行小组", "非洲联盟高级别执行小组",
        "非洲联盟高级别执行小组"}},
      // A bracketed name with the same head noun is another name for it.
      {"非洲联盟及其非洲冲突预防和调解女性网络(非洲女性智慧网络)",
       {"非洲联盟", "非洲冲突预防和调解女性网络", "非洲冲突预防和调解女性网络"}},
      // A committee named by its resolutions; its bracketed short name, there
      // and later, is the same committee.
      {"回顾安全理事会关于南苏丹的第2206(2015)号决议所设委员会(南苏丹制裁委员会)。请南苏丹制裁委员会",
       {"安全理事会关于南苏丹的第2206(2015)号决议所设委员会",
        "安全理事会关于南苏丹的第2206(2015)号决议所设委员会",
        "安全理事会关于南苏丹的第2206(2015)号决议所设委员会"}},
      // A short name the gazetteer knows says which committee it is.
      {"安全理事会第1373(2001)号决议所设委员会(反恐怖主义委员会)",
       {"联合国安全理事会反恐怖主义委员会", "联合国安全理事会反恐怖主义委员会"}},
      // The bodies a sanctions committee is named for are named too; the
      // Council that opens its name is not repeated.
      {"与安全理事会关于伊拉克和黎凡特伊斯兰国(达伊沙)、基地组织及相关个人、团体、企业和实体的第1267(1999)"
       "号、第1989(2011)号和第2253(2015)号决议所设委员会加强信息交流",
       {"安全理事会关于伊拉克和黎凡特伊斯兰国(达伊沙)、基地组织及相关个人、团体、企业和实体的第1267(1999)"
        "号、第1989(2011)号和第2253(2015)号决议所设委员会",
        "伊拉克和黎凡特伊斯兰国", "伊拉克和黎凡特伊斯兰国", "基地组织"}},
      // A regional body's summit is its organ where its sessions are
      // numbered after it or it has a chair; the organ named after the
      // parent's short form has the full name, whichever rule read it
      // (南共体首脑会议 in a list of organs). A verb ends a name.
      {"西非经共体国家元首和政府首脑会议第六十三届常会在比绍举行,由西非经共体国家元首和政府首脑会议主席主持。"
       "经济合作组织第十六届首脑会议。南共体各机构,即南共体首脑会议、南共体秘书处。南共体首脑会议第四十届常会。"
       "请西非经共体委员会加快启动西非经共体待命部队",
       {"西非国家经济共同体国家元首和政府首脑会议", "西非国家经济共同体", "西非国家经济共同体国家元首和政府首脑会议",
        "经济合作组织", "南部非洲发展共同体", "南部非洲发展共同体首脑会议", "南部非洲发展共同体秘书处",
        "南部非洲发展共同体首脑会议", "西非国家经济共同体委员会", "西非国家经济共同体待命部队"}},
      // ... and where a date and a place stand between it and its
      // numbered session; not where another clause does.
      {"注意到伊加特国家元首和政府首脑大会 2024 年 12 月 5 日在吉布提举行的第四十二届特别会议的决定。"
       "伊加特国家元首和政府首脑会议 2024 年 12 月 5 日举行,第四十二届会议",
       {"政府间发展管理局国家元首和政府首脑大会", "政府间发展管理局"}},
      // Panels of experts a resolution set up; offices named after the
      // Secretary-General's envoys and advisers; a council of leadership.
      {"第2140(2014)号决议第21段所设专家小组。第1591(2005)号决议所设苏丹问题专家小组。"
       "秘书长也门问题特使办公室。也门总统领导委员会。请秘书长向委员会提交报告",
       {"第2140(2014)号决议第21段所设专家小组", "第1591(2005)号决议所设苏丹问题专家小组",
        "秘书长也门问题特使办公室", "也门总统领导委员会"}},
      // A region's, a people's or a state's parliament, named by it alone; in
      // a list of organs it ends an item.
      {"中美洲一体化体系各机构,即中美洲议会和中美洲法院。阿拉伯议会。黎巴嫩议会。议会联盟。各国议会",
       {"中美洲一体化体系", "中美洲议会", "中美洲法院", "阿拉伯议会", "黎巴嫩议会"}},
      // Groups of friends named with their cause in quotes or 《》, or by a
      // known name; a word alone before 之友小组 is too loose a start.
      {"以捍卫《联合国宪章》之友小组协调员的身份。“和平之友”小组。叙利亚之友小组。调解之友小组",
       {"捍卫《联合国宪章》之友小组", "“和平之友”小组", "叙利亚之友小组"}},
      // A renamed body's former name is the body (伊斯兰会议组织, 非统组织).
      {"伊斯兰会议组织于2011年更名为伊斯兰合作组织。非统组织和非洲联盟。",
       {"伊斯兰合作组织", "伊斯兰合作组织", "非洲联盟", "非洲联盟"}},
      // Observer forces and groups; a known place holding a stop character
      // (维也纳 holds 也) is a word of a body's name.
      {"关于联合国脱离接触观察员部队的报告。联合国停战监督组织戈兰观察员小组。联合国维也纳办事处。给予东盟观察员地位",
       {"联合国脱离接触观察员部队", "联合国", "联合国停战监督组织戈兰观察员小组", "联合国维也纳办事处",
        "东南亚国家联盟"}},
      // A short form the document declares wins over a place and a known
      // short form inside it (黑海 + 经合组织, the OECD), for the organs
      // named after it too and for their bare names later.
      {"黑海经济合作组织(黑海经合组织)依照宪章。黑海经合组织外交部长理事会第五十次会议。"
       "外交部长理事会第二十六次会议",
       {"黑海经济合作组织", "黑海经济合作组织", "黑海经济合作组织外交部长理事会",
        "黑海经济合作组织外交部长理事会"}},
      // A sibling in a list inherits the parent of the first item.
      {"上合组织实业家委员会和银行联合体", {"上海合作组织实业家委员会", "上海合作组织", "上海合作组织银行联合体"}},
  };
  check_all(std::begin(cases), std::end(cases), "canonical");
}

TEST_CASE("大会 is the General Assembly only in a UN document") {
  const Case cases[] = {
      {"大会,\n回顾其决议,请秘书长向大会第七十七届会议提出报告", {"联合国大会", "联合国大会"}},
      {"大会,\n注意到世界毒品问题大会第三十届特别会议的成果", {"联合国大会"}},
      {"定期举办妇女论坛、大会和相关会议", {}},
      // Another organ's resolution citing the Assembly's.
      {"经济及社会理事会,\n回顾大会的决议", {"联合国经济及社会理事会", "联合国大会"}},
      {"回顾大会2015年9月25日第70/1号决议", {"联合国大会"}},
      {"欢迎大会通过的文件", {}},
  };
  check_all(std::begin(cases), std::end(cases), "canonical");
}

}  // namespace treatygraph
