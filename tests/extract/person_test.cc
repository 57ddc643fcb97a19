#include <doctest/doctest.h>

#include "extract/test_util.h"

namespace treatygraph {
namespace {
using V = std::vector<std::string>;
struct Case {
  const char* text;
  V expected;
};
}  // namespace

TEST_CASE("people are found in signatures and with their titles") {
  const Case cases[] = {
      {"中华人民共和国主席\n胡锦涛(签名)", {"胡锦涛"}},
      {"吉尔吉斯共和国总统\n萝扎·奥通巴耶娃(签名)", {"萝扎·奥通巴耶娃"}},
      {"印度共和国总理莫迪\n", {"莫迪"}},
      {"吉尔吉斯共和国代总统、总理扎帕罗夫", {"扎帕罗夫"}},
      {"乌兹别克斯坦共和国总统米尔济约耶夫", {"米尔济约耶夫"}},
      {"巴基斯坦伊斯兰共和国总理伊姆兰·汗", {"伊姆兰·汗"}},
      {"俄罗斯联邦总统普京表示,", {"普京"}},
      {"秘书长安东尼奥·古特雷斯在会上发言", {"安东尼奥·古特雷斯"}},
      {"国家主席习近平28日在厦门会见了外长", {"习近平"}},
      // China's leaders after their title alone, before whom they meet.
      {"国务院总理李强同欧洲理事会主席共同主持会晤。国家主席习近平当天上午会见了科斯塔。", {"李强", "习近平"}},
      // ... before a visit; officials listed before 等 and attendance; not a
      // list of places or bodies.
      {"2017年3月,时任国务院总理李克强访澳期间举行会晤。2014年11月,习近平主席对澳大利亚进行国事访问。"
       "蔡奇、王毅等参加上述活动。北京、上海等出席。这是他担任国家主席后首次访问,以国家主席身份访越",
       {"李克强", "习近平", "蔡奇", "王毅"}},
      {"阿富汗伊斯兰共和国首席执行官阿卜杜拉·\n阿卜杜拉和乌干达共和国副总统爱德华·塞坎迪等", {"阿卜杜拉·阿卜杜拉", "爱德华·塞坎迪"}},
      {"并请秘书长同议会联盟秘书长马丁·琼\n贡保持定期磋商", {"马丁·琼贡"}},
      {"联阿安全部队代理团长兼部队指挥官罗伯特·亚乌·阿\n弗拉姆少将的领导", {"罗伯特·亚乌·阿弗拉姆"}},
      {"注意到巴巴多斯总理米娅·阿莫尔·莫特利倡导的布里奇敦倡议", {"米娅·阿莫尔·莫特利"}},
      {"马达加斯加共和国总统安德里·拉乔利纳自该日起担任南共体主席", {"安德里·拉乔利纳"}},
      {"支持秘书长大湖区问题特使黄夏以及区域监督机制,肯尼亚前总统乌胡鲁·肯雅塔推动的内罗毕进程",
       {"黄夏", "乌胡鲁·肯雅塔"}},
      {"中国商务部部长王文涛在6日举行的新闻发布会上介绍", {"王文涛"}},
      {"沙特阿拉伯王国外交大臣费萨尔·本·法尔汉·阿勒沙特亲王出席", {"费萨尔·本·法尔汉·阿勒沙特"}},
      {"第一副总统里克·马沙尔·泰尼遭到拘押", {"里克·马沙尔·泰尼"}},
      {"中共中央总书记、国家主席习近平于4月17日至18日对柬埔寨进行国事访问。柬埔寨副首相兼外交大臣宋金达和外交部长王毅参加上述活动。"
       "请秘书长至迟于2026年提交报告",
       {"习近平", "宋金达", "王毅"}},
      // Elected or appointed to an office, with no title before the name.
      {"举行的特别会议选举阿尔\n伯特·拉姆丁为美洲组织秘书长,并选举各方为成员", {"阿尔伯特·拉姆丁"}},
      // Who takes an office (由……担任), not a phrase run into a name; verbs
      // after an officer's title are no names (秘书长转递的).
      {"注意到过渡总统委员会由洛朗·圣西尔担任协调人。秘书长转递的报告。由菲勒蒙·扬召集的会议",
       {"洛朗·圣西尔", "菲勒蒙·扬"}},
      // Officials listed with a titled one closing the list; a clause or a
      // related-news headline opening with whom a leader meets; the head of
      // the legislature by title; not an adverb after a name.
      {"蔡奇、王毅、中国驻伊朗大使丛培武等参加上述活动。", {"蔡奇", "王毅", "丛培武"}},
      {"相关新闻:\n下一篇:赵乐际会见智利总统\n· 王毅会见埃塞俄比亚外长\n", {"赵乐际", "王毅"}},
      {"国务院总理李强、全国人大常委会委员长赵乐际将分别会见他。", {"李强", "赵乐际"}},
      {"当天,李强还会见了他。", {}},
      // Party and parliament titles, a government's premier, an invitation.
      {"应越南共产党中央委员会总书记阮富仲邀请,中央办公厅主任蔡奇,书记处常务书记张氏梅等送行。"
       "习近平会见越南政府总理范明政和越南国会主席王廷惠。",
       {"阮富仲", "蔡奇", "张氏梅", "习近平", "范明政", "王廷惠"}},
      // 在 as the middle of a three-character given name; 列席 after a name.
      {"会议由韩国总统李在明主持。秘书处执行主任爱德华多·佩德罗萨列席。韩国外长在会上表示",
       {"李在明", "爱德华多·佩德罗萨"}},
      // A transliterated name with no title: its characters and the · say
      // it is one. The words after it end it, even those whose first
      // character transliterations use (连任, 提交, 代表); a country or
      // title run into it is no part of it; a place, body or faction named
      // after a person is none.
      {"感谢费尔南多·阿里亚斯的领导。迪尔玛·罗塞夫连任新开发银行行长。苏里亚·德瓦提交报告。"
       "主席乌尔苏拉·冯德莱恩与会。对太子港图森·卢维杜尔国际机场的袭击,苏丹解放运动/军-米尼·米纳维派",
       {"费尔南多·阿里亚斯", "迪尔玛·罗塞夫", "苏里亚·德瓦", "乌尔苏拉·冯德莱恩"}},
      {"卡塔尔国埃米尔塔米姆·本·哈马德·阿勒萨尼出席。塞内加尔总统巴西鲁·迪奥马耶·法耶作为共同主席",
       {"塔米姆·本·哈马德·阿勒萨尼", "巴西鲁·迪奥马耶·法耶"}},
      // A titled name's last part run into the next words, which no word
      // the rules know closes: cut at the characters transliterations do
      // not use; 战略 after a title is no name.
      {"欢迎黎巴嫩看守政府总理纳吉布·米卡提重申黎巴嫩对决议的承诺。"
       "巴基斯坦副总理兼外长达尔共同主持第六轮中巴外长战略对话。维和人员肖\n恩·鲁尼二等兵死亡",
       {"纳吉布·米卡提", "达尔", "肖恩·鲁尼"}},
      // Six parts with two 本; a former office; officers of a party's
      // secretariat, a province and an office; 介绍 closes a name.
      {"沙特阿拉伯王国王储兼首相穆罕默德·本·萨勒曼·本·阿卜杜勒－阿齐兹·阿勒沙特出席。"
       "潘基文接替日本前首相福田康夫出任论坛理事长。据论坛秘书长李保东介绍,海南省委书记沈晓明28日,"
       "中央书记处书记丁薛祥,中央外事工作委员会办公室主任杨洁篪,",
       {"穆罕默德·本·萨勒曼·本·阿卜杜勒-阿齐兹·阿勒沙特", "福田康夫", "李保东", "沈晓明", "丁薛祥", "杨洁篪"}},
      // An office abroad (驻……大使); 到 closes a name.
      {"中国驻塞尔维亚大使李明到机场迎接。", {"李明"}},
      // 第一副总理 is a title; 延 ends a transliteration.
      {"俄罗斯联邦委员会主席瓦莲京娜·马特维延科出席。俄罗斯第一副总理曼图罗夫陪同。",
       {"瓦莲京娜·马特维延科", "曼图罗夫"}},
      // An initial run into the word before it opens no name; 合作 after an
      // officer's title is no name.
      {"为中埃·泰达苏伊士经贸合作区揭牌。感谢总干事拉斐尔·马里亚诺·格罗西。请秘书长与总干事合作,",
       {"拉斐尔·马里亚诺·格罗西"}},
      // Signatures in initials run together; 吉尔吉斯共 before 和 is the start
      // of a country's name, not a person.
      {"各方表示满意。\n哈萨克斯坦共和国总统吉尔吉斯共和国总统\n卡·托卡耶夫萨·扎帕罗夫\n俄罗斯联邦代表萨·扎帕罗夫弗·普京\n",
       {"卡·托卡耶夫", "萨·扎帕罗夫", "萨·扎帕罗夫", "弗·普京"}},
      {"联合国统计司司长斯特凡·施魏因费斯特出席会议。", {"斯特凡·施魏因费斯特"}},
      // Two surnames joined by a hyphen after a title; a title after an
      // agency (署长) is no part of the agency's name.
      {"会见了巴西总统卢拉和古巴国家主席迪亚斯-卡内尔。", {"卢拉", "迪亚斯-卡内尔"}},
      // ... but a name in running text may hold two initials.
      {"尼泊尔总理卡·普·夏尔马·奥利、斯里兰卡外长", {"卡·普·夏尔马·奥利"}},
      // ... and who leads a team or chairs a meeting, title or none.
      {"赞赏由福尔克尔·佩尔特斯率领的审查小组。首脑会议由苏希尔·柯伊拉腊总理主持。由各方领导",
       {"福尔克尔·佩尔特斯", "苏希尔·柯伊拉腊"}},
      // 率 and 领导 (leads) end a name; 民族领袖 is a title of its own.
      {"包括秘书长阿萨德·马吉德·\n汗领导秘书处推动落实", {"阿萨德·马吉德·汗"}},
      {"亚美尼亚共和国副总理马希尔·格里戈良率亚美尼亚代表团与会。", {"马希尔·格里戈良"}},
      {"土库曼斯坦人民委员会主席、土库曼民族领袖古尔班古力·别尔德穆哈梅多夫作为特邀嘉宾出席",
       {"古尔班古力·别尔德穆哈梅多夫"}},
      // 王储 after 科威特国, not 国王 and a name opening with 储.
      {"、科威特国王储萨巴赫·哈立德·哈马德·萨巴赫、", {"萨巴赫·哈立德·哈马德·萨巴赫"}},
      {"代表团\n临时代办\n乌卢格别克·拉希莫夫(签名)", {"乌卢格别克·拉希莫夫"}},
      // A verb whose object is the person ends what came before the name.
      {"欢迎过渡总统委员会任命加里·科尼耶为总理", {"加里·科尼耶"}},
      {"上合组织秘书长张明和各国代表出席", {"张明"}},
      // Titles written before the name, on the line above or after another title.
      {"常驻联合国代表\n大使\n艾达·卡瑟马利耶娃(签名)", {"艾达·卡瑟马利耶娃"}},
      {"秘书长特别代表宾图·凯塔通报", {"宾图·凯塔"}},
      {"秘书长特别代表兼中部非洲办主任阿巴杜·阿巴里之间", {"阿巴杜·阿巴里"}},
      {"应中华人民共和国主席习近平邀请", {"习近平"}},
      {"越南社会主义共和国外长或外长代表出席", {}},
      {"哈萨克斯坦副总理兼外交部长穆拉特·努尔特列乌表示", {"穆拉特·努尔特列乌"}},
      {"欢迎秘书长关于南苏丹局势的报告", {}},
      // Signatory lines that the text runs together.
      {"俄罗斯联邦总统弗拉基米尔·普京塔吉克斯坦共和国总统埃莫马利·拉赫蒙",
       {"弗拉基米尔·普京", "埃莫马利·拉赫蒙"}},
      {"中华人民共和国主席习近平吉尔吉斯共和国总统萨德尔·扎帕罗夫", {"习近平", "萨德尔·扎帕罗夫"}},
      // A foreign minister and a vice-president named after the title alone;
      // a hyphen inside a part (full width in the source).
      {"外交部长王毅与中国国家副主席韩正出席", {"王毅", "韩正"}},
      {"刚果共和国外交部长让－克洛德·加科索表示", {"让-克洛德·加科索"}},
      // A title inside the first part: the name starts after it; a country
      // alone ends no name (阿勒沙特), the next signatory's country and title do.
      {"包括秘书长与论坛秘书长巴龙·瓦卡之间", {"巴龙·瓦卡"}},
      // Other countries' titles; a four-character name; 上 opening a surname.
      {"日本外务大臣上川阳子和韩国外交部长官赵兑烈出席", {"上川阳子", "赵兑烈"}},
      {"英国外交大臣戴维·拉米出席", {"戴维·拉米"}},
      // A hyphen in a later part, a Latin initial, a bank's head, a manner
      // after the name.
      {"执行秘书何塞·曼努埃尔·萨拉萨尔-希里纳克斯介绍了报告", {"何塞·曼努埃尔·萨拉萨尔-希里纳克斯"}},
      {"冈比亚常驻联合国代表\n阿马杜·S·贾洛(签名)", {"阿马杜·S·贾洛"}},
      {"新开发银行行长迪尔玛·罗塞夫表示", {"迪尔玛·罗塞夫"}},
      {"巴西总统卢拉以视频方式与会", {"卢拉"}},
      {"乌兹别克斯坦总统米尔济约耶夫出席", {"米尔济约耶夫"}},  // a six-character surname
      // Titles run together in a signature block, not a name.
      {"中华人民共和国常驻联合国代表\n特命全权大使\n傅聪(签名)", {"傅聪"}},
      // A verb after a title, and the addressee of a letter, are no names.
      {"三国外长商定,由一名副秘书长领导。尼泊尔常驻联合国代表给秘书长的信", {}},
      {"印度共和国外交部长第十三次会晤在北京举行", {}},
      {"沙特阿拉伯王国王储兼首相穆罕默德·本·萨勒曼·阿勒沙特主持", {"穆罕默德·本·萨勒曼·阿勒沙特"}},
      // A name ends before the words that follow names in this genre, also
      // when the line breaks inside it.
      {"5. 请秘书长与非洲联盟委员会主席穆萨·法基·\n穆罕默德协商，在 2022 年 9 月 15 日前提交报告；",
       {"穆萨·法基·穆罕默德"}},
      {"卡塔尔国埃米尔塔米姆·本·哈马德·阿勒萨尼等出席。", {"塔米姆·本·哈马德·阿勒萨尼"}},
      {"秘书长安东尼奥·古特雷斯举行对话", {"安东尼奥·古特雷斯"}},
      {"俄罗斯联邦总统弗拉基米尔·普京等", {"弗拉基米尔·普京"}},
      {"法兰西共和国总统埃马纽埃尔·马克龙访问中国", {"埃马纽埃尔·马克龙"}},
      {"大会主席乔鲍·克勒希宣布会议开幕。", {"乔鲍·克勒希"}},
      {"中华人民共和国主席习近平等出席", {"习近平"}},
      {"中华人民共和国主席习近平出席", {"习近平"}},
      {"俄罗斯联邦总统普京同中华人民共和国主席习近平举行会谈。", {"普京", "习近平"}},
      {"中华人民共和国常驻联合国代表张军大使", {"张军"}},
      {"国家主席习近平出席会议。", {"习近平"}},
      // What a name may hold is not cut: 于 opening a part of a French name,
      // a one-character last part, a surname that is also a preposition.
      {"法兰西共和国外交部长于贝尔·韦德里纳表示,", {"于贝尔·韦德里纳"}},
      {"法兰西共和国总理让·于格表示,", {"让·于格"}},
      {"秘书长安东尼奥·古特雷斯于2022年访问", {"安东尼奥·古特雷斯"}},
      {"中华人民共和国特使于洪君表示,", {"于洪君"}},
      // Phrases after a title, and bylines, are not people.
      {"请秘书长继续与上海合作组织秘书长进行定期协商;", {}},
      {"注意到秘书长报告(S/2022/101),", {}},
      {"请秘书长酌情向安全理事会通报", {}},
      {"中国代表就此表示,", {}},
      {"国家主席和总理出席", {}},
      {"中国代表在会上表示,", {}},
      {"[责任编辑:杨永青]", {}},
      {"请秘书长向大会第七十七届会议提出报告", {}},
      {"高度评价塔吉克斯坦共和国主席国工作,", {}},
      // A Chinese name after a title with no country, or before a title it
      // holds, opening with a common surname; not the words after a title.
      {"中国国防部长董军、国家发展改革委主任郑栅洁表示", {"董军", "郑栅洁"}},
      {"请转达对习近平主席的诚挚问候,同王毅外长会谈", {"习近平", "王毅"}},
      {"部长会议和主席国和大使馆,主任委员会,对金砖国家主席国的支持,外长理事会", {}},
      // A name with no title may open with 理 where no word ends there; 关于
      // follows names; more characters transliterations use (阿方索, 哇集拉隆功).
      {"监察员理查德·马兰朱姆提交报告", {"理查德·马兰朱姆"}},
      {"他同时任尼泊尔总统比迪亚·德维·班达里互致信函", {"比迪亚·德维·班达里"}},
      {"与索马里总统哈桑·谢赫·马哈茂德密切合作", {"哈桑·谢赫·马哈茂德"}},
      {"安提瓜和巴布达总理加斯顿·布朗关于海洋的讲话,泰国国王玛哈·哇集拉隆功", {"加斯顿·布朗", "玛哈·哇集拉隆功"}},
      // Characters transliterations use inside a part (施密特, 瓦青格).
      {"高级代表克里斯蒂安·施密特及其办事处;部长贝蒂娜·施塔克-瓦青格签署",
       {"克里斯蒂安·施密特", "贝蒂娜·施塔克-瓦青格"}},
  };
  for (const Case& c : cases) {
    std::string text = c.text;
    CAPTURE(text);
    CHECK(testing::found(c.text, EntityType::kPerson, "name") == c.expected);
  }
}

TEST_CASE("a shorter form of a name is the document's one fuller name") {
  const Case cases[] = {
      // An initial for the first part.
      {"乌兹别克斯坦共和国总统伊斯拉姆·卡里莫夫出席。\n乌兹别克斯坦共和国总统\n伊·卡里莫夫(签名)",
       {"伊斯拉姆·卡里莫夫", "伊斯拉姆·卡里莫夫"}},
      // Two fuller names it could open: it stays as written.
      {"总统伊斯拉姆·卡里莫夫和总统伊万·卡里莫夫出席。\n总统\n伊·卡里莫夫(签名)",
       {"伊斯拉姆·卡里莫夫", "伊万·卡里莫夫", "伊·卡里莫夫"}},
      // An Arab ruler's given name alone, for the one fuller name with a 本
      // chain opening with it.
      {"巴林国王哈马德·本·伊萨·阿勒哈利法出席。\n· 习近平同巴林国王哈马德举行会谈",
       {"哈马德·本·伊萨·阿勒哈利法", "哈马德·本·伊萨·阿勒哈利法"}},
      // A surname alone; with two fuller names ending in it, left alone.
      {"哈萨克斯坦副总理兼外长穆拉特·努尔特列乌主持。哈萨克斯坦外长努尔特列乌表示",
       {"穆拉特·努尔特列乌", "穆拉特·努尔特列乌"}},
      // A name without its first part; initials for the first parts, or
      // for the first with the patronymic left out.
      {"阿盟秘书长艾哈迈德·阿布·盖特出席。阿布·盖特说,俄罗斯联邦总统弗拉基米尔·弗拉基米罗维奇·普京和弗·弗·普京及弗·普京",
       {"艾哈迈德·阿布·盖特", "艾哈迈德·阿布·盖特", "弗拉基米尔·弗拉基米罗维奇·普京",
        "弗拉基米尔·弗拉基米罗维奇·普京", "弗拉基米尔·弗拉基米罗维奇·普京"}},
      // After 本 ("son of") the parts name the father, not a short form.
      {"国王萨勒曼·本·阿卜杜勒阿齐兹·阿勒沙特邀请。王储穆罕默德·本·萨勒曼·本·阿卜杜勒阿齐兹·阿勒沙特主持",
       {"萨勒曼·本·阿卜杜勒阿齐兹·阿勒沙特", "穆罕默德·本·萨勒曼·本·阿卜杜勒阿齐兹·阿勒沙特"}},
      // A Portuguese name shortened to the surname inside it.
      {"习近平同巴西总统路易斯·伊纳西奥·卢拉·达席尔瓦举行会谈。应巴西联邦共和国总统卢拉邀请",
       {"路易斯·伊纳西奥·卢拉·达席尔瓦", "路易斯·伊纳西奥·卢拉·达席尔瓦"}},
      {"总统穆拉特·努尔特列乌和总统阿斯兰·努尔特列乌出席。哈萨克斯坦外长努尔特列乌表示",
       {"穆拉特·努尔特列乌", "阿斯兰·努尔特列乌", "努尔特列乌"}},
      // Parts left out; another first name, or the parts out of order, is
      // another person.
      {"秘鲁共和国总统迪娜·埃尔西利亚·博鲁阿尔特·塞加拉出席。秘鲁总统迪娜·博鲁阿尔特表示",
       {"迪娜·埃尔西利亚·博鲁阿尔特·塞加拉", "迪娜·埃尔西利亚·博鲁阿尔特·塞加拉"}},
      {"秘鲁共和国总统迪娜·埃尔西利亚·博鲁阿尔特·塞加拉出席。秘鲁总统玛丽亚·博鲁阿尔特表示",
       {"迪娜·埃尔西利亚·博鲁阿尔特·塞加拉", "玛丽亚·博鲁阿尔特"}},
      {"秘鲁共和国总统迪娜·埃尔西利亚·博鲁阿尔特·塞加拉出席。秘鲁总统迪娜·塞加拉·埃尔西利亚表示",
       {"迪娜·埃尔西利亚·博鲁阿尔特·塞加拉", "迪娜·塞加拉·埃尔西利亚"}},
  };
  for (const Case& c : cases) {
    std::string text = c.text;
    CAPTURE(text);
    CHECK(testing::found(c.text, EntityType::kPerson, "canonical") == c.expected);
  }
}

}  // namespace treatygraph
