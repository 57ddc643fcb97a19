// People: named persons, found where the genre names them with certainty.
//
// 1. Signatures: a name followed by (签名) on its own line.
//      胡锦涛(签名), 努尔苏丹·纳扎尔巴耶夫(签名)
// 2. Signatory lines: a country, one or more titles, and the name, alone on
//    a line (declarations signed by heads of state).
//      印度共和国总理莫迪
//      吉尔吉斯共和国代总统、总理扎帕罗夫
//      巴基斯坦伊斯兰共和国总理伊姆兰·汗
// 3. The same in running text, when a verb, punctuation or the next
//    signatory's country closes the name.
//      俄罗斯联邦总统普京表示, 中华人民共和国主席习近平吉尔吉斯共和国总统...
// 4. The head of an organisation after the title alone: 上合组织秘书长张明和...,
//    and China's head of state after 国家主席.
// 5. A transliterated name after any title: the · marks it as a name.
//      秘书长安东尼奥·古特雷斯
// 6. A transliterated name with no title at all, when every character of it
//    is one that transliterations use (肯尼亚前总统乌胡鲁·肯雅塔推动的,
//    感谢费尔南多·阿里亚斯, 同迪尔玛·罗塞夫会面).
// A Chinese name has two to four characters; a transliterated one joins its
// parts with · (萝扎·奥通巴耶娃). Bylines (责任编辑:...) are not people the
// document is about and are not read.
//
// Where a name ends: the text runs on after it (……阿勒萨尼等出席, ……穆罕默德
// 协商), and a transliterated part may be of any length, so the words that
// follow a name in this genre (kAfterNames: function words, and the verbs a
// person is the subject of) both close the name in the rules and cut a
// candidate that ran past one: in the last part of a transliterated name
// after its first character, in a name without · after its second.
#include <algorithm>
#include <map>
#include <set>

#include "extract/extractors_internal.h"
#include "extract/text_util.h"
#include "extract/word_list.h"

namespace treatygraph {
namespace {

const char kTitles[] =
    "(?:国家副主席|国家主席|国会主席|副主席|主席|副总统|代总统|总统|政府副总理|政府总理|第一副总理|副总理|总理|总书记|副首相|首相|国王|王储|埃米尔|国家元首|政府首脑|"
    "外务大臣|外交大臣|外交部长官|外交部长|外长|部长|议长|秘书长|常驻联合国代表|代表|特命全权大使|大使|特使|国务委员|"
    "国务卿|特别代表|高级代表|主任|团长|执行秘书|行长|临时代办|民族领袖|负责人|首席执行官|指挥官)";
// A part of a transliterated name may hold a hyphen (让-克洛德,
// 萨拉萨尔-希里纳克斯, written with a full-width one and folded); a middle
// part may be a Latin initial (阿马杜·S·贾洛).
const char kNamePart[] = "\\p{Han}{1,8}(?:-\\p{Han}{1,8})?";
const char kLazyNamePart[] = "\\p{Han}{1,8}?(?:-\\p{Han}{1,8}?)?";
const char kInitial[] = "(?:[A-Z]\\.?·)?";

// The characters of transliterated names (after Xinhua's table for foreign
// names): a run of them joined by · is a name even with no title before it.
const char kTransliterated[] =
    "阿埃艾爱安昂奥澳巴拜班邦包保鲍贝本比彼宾波伯勃博布查察差楚措达代戴丹道德登迪蒂丁东杜敦多厄恩尔"
    "法凡范菲费芬丰冯弗福富盖甘冈戈格根古瓜圭哈海亥汉豪赫黑亨洪侯胡华怀惠霍基吉季济加贾杰捷金津久居"
    "卡凯坎康考柯科可克肯库夸奎昆廓拉腊莱赖兰朗劳勒雷蕾累黎里历丽利莉连良廖列林琳玲留柳隆卢鲁陆路吕"
    "伦罗洛略马玛迈麦曼芒毛梅门蒙孟米敏莫默姆木穆纳娜奈南瑙内尼妮涅宁纽努诺欧帕潘庞佩彭皮珀普齐奇恰"
    "乔切钦琴琼丘屈让热茹若萨塞赛桑瑟森沙莎山善尚绍舍什施史舒斯松宋苏索塔泰坦汤唐陶特滕提图托瓦万旺"
    "威韦维温文翁沃乌伍武西希锡夏谢辛欣休秀雅亚扬耶叶伊依因英尤于约泽扎詹赞佐兹茨策岑曾翠崔育占契姑"
    "珍炎蓬朱廷萝罕申汗丝优素慕祖呼圣顿尧他缅嘎那小大通贡得茂娃廉龙卜席理夫京别娅易肖斐蓓黛薇芙琪瑞嘉伽迦柏葆"
    "雯婕芭妲延密青歇汀哲茜方集功彻魏";
// ... and the common characters that transliterations also use inside a name
// (阿尔克明, 他威信, 古尔班古力) but that would read past one at its end
// (普京日前表示): a name found with no title does not end with one.
const char kTransliteratedInside[] = "日明力立信义边任何";
// Characters that end a word written before a name (主席, 总理, 抵达, 第,
// 北京, 分别): a name found with no title does not begin with one there;
// elsewhere it may (监察员理查德·马兰朱姆).
const char kNotFirstInTransliterated[] = "席理达通第京别";
const std::string_view kWordsBeforeNames[] = {"主席", "总理", "助理", "经理", "代理", "管理", "处理", "抵达", "到达",
                                         "北京", "东京", "南京", "分别", "特别", "告别", "沟通", "交通", "开通",
                                         "互通", "畅通"};

// Common Chinese surnames that open no word likely after a title (not 高
// of 高级, 方 of 方面, 安 of 安全, 和, 于, 文, 明...): a Chinese name after a
// title with no country, or before one, must open with one of them.
const char kChineseSurnames[] =
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁习"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦邹孟熊秦邱江尹薛闫段雷侯史陶黎贺顾毛郝龚邵钱严覃武戴孔汤施"
    "樊葛邢齐乔伍庞颜倪庄聂章鲁岳翟殷詹耿焦俞柳祝舒阮柯纪梅童凌毕裴霍涂苗盛翁冉骆蓝靳柴鲍喻祁滕"
    "屈饶尤穆卓缪褚娄窦戚岑宫费卜冷晏卫柏宗瞿桂佟臧闵邬卞姬栾隋刁荣巫寇桑郎甄仲虞敖巩佘邝鞠荆冀"
    "郁栗鄢谌奚粟冼蔺厉阚帅屠禹漆卿狄晁芮阙邸雍辜裘邰杭逯茹慕嵇湛戎茅檀";
// Titles a Chinese name may follow with no country before them (国防部长
// 董军, 国家发展改革委主任郑栅洁), and precede (习近平主席, 王毅外长).
const char kTitlesBeforeChineseNames[] =
    "(?:部长助理|副部长|部长|副主任|主任|大使|外长|发言人|总领事|局长|司长|署长|省长|市长|委员|院长|会长|"
    "董事长|总经理|行长|特使|副主席|主席|副总理|总理|夫人)";
const char kTitlesAfterChineseNames[] = "(?:国家主席|主席|副总理|总理|外长|部长|大使|委员长)";

// Characters that make a would-be name a phrase (中国代表在会上表示).
const char* const kNotInNames[] = {"的", "在", "是", "了", "会", "为", "对",
                                   "将", "团", "们", "等", "及", "还", "秘书"};

// 主席国, 代表团: the title was part of a longer word; 主席和总理: one of
// several titles; 中国代表就此表示: a function word.
const char* const kNotFirstInNames[] = {"国", "方", "处", "级", "长", "和", "与", "及", "同",
                                        "就", "也", "还", "已", "或", "给", "致", "向", "第"};

// Words written right after a title that say what the officer has or does,
// not who he is: 秘书长报告(A/77/xxx), 秘书长特使, 请秘书长继续与……协商.
// A name begins with none of them, nor with a verb of kAfterNames.
const char* const kNotNames[] = {"报告", "说明", "建议", "提议", "倡议", "决定", "特使", "办公", "至迟", "最迟",
                                 "任期", "职位", "职务", "人选", "本人", "进行", "继续", "酌情",
                                 "根据", "按照", "确保", "采取", "作出", "通过", "努力", "关于",
                                 "商定", "领导", "同意", "认为", "一致", "重申", "讨论", "审议",
                                 "交换", "回顾", "赞赏", "希望", "愿意", "负责", "主管", "特命",
                                 "全权", "转递", "召集", "编写", "散发", "任命", "提交", "战略",
                                 "合作", "协调", "联系", "配合",
                                 // 担任国家主席后首次访问, 以国家主席身份访越
                                 "后", "身份"};

// Words that follow a name in this genre. None is written inside a
// transliterated name (于 is, in French names, but at a part's start,
// which is never cut).
const char* const kAfterNames[] = {
    // Function words and prepositions: 普京等, 古特雷斯与, 普京同……举行会谈.
    "等", "和", "与", "及", "以及", "的", "在", "于", "向", "对", "同", "就", "将", "也", "还",
    "已", "曾", "为", "是", "一行",
    // Titles and forms of address written after the name: 张军大使.
    "大使", "阁下", "先生", "女士", "少将", "中将", "上将", "大将", "准将", "亲王", "遭到",
    // Verbs whose subject is the person.
    "表示", "指出", "强调", "说", "称", "宣布", "主持", "出席", "参加", "会见", "会晤", "会谈",
    "举行", "协商", "磋商", "通话", "通电话", "发表", "签署", "致辞", "致函", "致信", "发言",
    "讲话", "率团", "率领", "担任", "代表", "访问", "出访", "应邀", "提交", "提出", "通报", "介绍",
    "祝贺", "感谢", "欢迎", "呼吁", "共同", "分别", "当选", "作为", "邀请", "兼", "率", "与会", "领导", "保持", "倡导", "牵头", "发起", "自", "推动", "主导",
    "之间", "之后", "之前", "所做", "所作", "以视频方式", "以视频形式", "列席", "召集", "连任", "博士", "教授",
    "出任", "接替", "到", "前往", "抵达", "迎接", "陪同", "关于", "互致", "互通", "密切"};

// What closes a name after a title alone (秘书长张明和……), with neither a
// country nor a · to say a name follows: a verb of speech or attendance,
// 等, 和, 与, 在, 的. Not the prepositions, nor the verbs of a request:
// 请秘书长酌情向……报告, 请秘书长定期提交…….
const char kAfterOfficers[] =
    "表示|指出|强调|说|宣布|主持|出席|会见|会晤|会谈|发表|签署|致辞|致函|致信|发言|讲话|"
    "大使|阁下|先生|女士|等|以及|和|与|在|的|参加|陪同|应邀|于|邀请|介绍|"
    // 时任国务院总理李克强访澳期间, 国务院总理李强对……进行
    "访|对|赴|抵达";

// `name` cut before the first word of kAfterNames that stands where a name
// cannot end: in the last part of a transliterated name after its first
// character (伊姆兰·汗 has a one-character part), in a name without ·
// after its second.
// `name` without a title written before it: on the line above (常驻联合国代表
// ⏎大使⏎艾达·卡瑟马利耶娃(签名): the breaks inside CJK text are joined), or
// after another title (秘书长特别代表宾图·凯塔), when a transliterated name
// of at least two characters remains.
std::string_view without_leading_title(std::string_view name) {
  static const char* const kLeading[] = {"特命全权大使", "常驻联合国代表", "常驻代表", "特别代表",
                                         "高级代表", "大使",     "代表",     "特使",
                                         "主任",         "团长",     "阁下"};
  static const std::string_view kDot = "·";
  size_t dot = name.find(kDot);
  if (dot == std::string_view::npos) return name;
  // 与论坛秘书长巴龙·瓦卡, 王国王储兼首相穆罕默德·本·萨勒曼: a first part
  // that holds a title began before it; the name starts after the last one.
  static const char* const kInner[] = {"秘书长", "首相", "总理", "总统", "主席", "部长", "外长",
                                       "大使", "代表", "特使", "王储", "议长", "埃米尔"};
  // 科威特国王储萨巴赫·……: the title 王储 after 科威特国, not 国王 and a name
  // opening with 储 (see without_straddled_title).
  // 委员会任命加里·科尼耶: a verb that takes a person as its object, too.
  static const char* const kVerbsBefore[] = {"任命", "委任", "会见", "欢迎", "感谢", "祝贺", "邀请"};
  size_t after_title = 0;
  auto after_last = [&](const auto& words) {
    for (std::string_view word : words) {
      size_t at = name.substr(0, dot).rfind(word);
      if (at != std::string_view::npos) after_title = std::max(after_title, at + word.size());
    }
  };
  after_last(kVerbsBefore);
  after_last(kInner);
  // An initial after the title (俄罗斯联邦代表萨·扎帕罗夫, a signature block)
  // is a name too.
  bool initial = dot == after_title + 3 && name.size() > dot + 2 + 3;
  if (after_title > 0 && (dot >= after_title + 2 * 3 || initial)) return name.substr(after_title);
  // 副总理兼外交部长穆拉特·努尔特列乌: the second of two titles.
  if (starts_with(name, "兼")) {
    for (std::string_view title : {"外交与对外经济部长", "外交部长", "外长", "部长", "副总理", "总理",
                                   "主席", "主任", "团长", "特别代表", "秘书长", "执行秘书"}) {
      std::string_view rest = name.substr(std::string_view("兼").size());
      if (starts_with(rest, title) && dot >= 3 + title.size() + 2 * 3) return rest.substr(title.size());
    }
  }
  for (const char* title : kLeading) {
    std::string_view t = title;
    if (starts_with(name, t) && dot >= t.size() + 2 * 3) return without_leading_title(name.substr(t.size()));
  }
  return name;
}

// `name` (inside `text`) without the end of a title that began before it:
// in 科威特国王储萨巴赫·哈立德, the rule may read the title 国王 and a name
// 储萨巴赫·哈立德; the title was 王储.
std::string_view without_straddled_title(std::string_view text, std::string_view name) {
  static const std::string_view kTitlesAcross[] = {"王储", "首相", "总理", "总统", "议长"};
  size_t begin = static_cast<size_t>(name.data() - text.data());
  for (std::string_view title : kTitlesAcross) {
    for (size_t split = 3; split < title.size(); split += 3) {
      std::string_view head = title.substr(0, split), tail = title.substr(split);
      if (begin >= head.size() && text.compare(begin - head.size(), head.size(), head) == 0 &&
          starts_with(name, tail) && name.find("·") > tail.size() + 3) {
        return name.substr(tail.size());
      }
    }
  }
  return name;
}

std::string_view without_following_words(std::string_view name) {
  static const WordList after_names(kAfterNames);
  static const std::string_view kDot = "·";
  size_t dot = name.rfind(kDot);
  size_t pos = dot == std::string_view::npos ? 0 : dot + kDot.size();
  for (int kept = 0; pos < name.size(); ++kept) {
    if (kept >= (dot == std::string_view::npos ? 2 : 1) && after_names.FirstAt(name, pos)) {
      return name.substr(0, pos);
    }
    pos += utf8_length(static_cast<unsigned char>(name[pos]));
  }
  return name;
}

// without_following_words, for a name whose end the match found without
// seeing the words after it: a word that follows names may start in the
// name and run on past it (迪尔玛·罗塞夫连任: the match stops at 任, a
// character transliterations use, and 连 is cut; 苏里亚·德瓦提交).
std::string_view without_following_words_in(std::string_view text, std::string_view name) {
  size_t begin = static_cast<size_t>(name.data() - text.data());
  size_t room = std::min(text.size() - begin, name.size() + 3 * 4);
  std::string_view wider = text.substr(begin, room);
  size_t next_dot = wider.find("·", name.size());
  if (next_dot != std::string_view::npos) wider = wider.substr(0, next_dot);
  std::string_view cut = without_following_words(wider);
  return cut.size() < name.size() ? cut : name;
}

// The characters of a table written as one string (kTransliterated), as a
// WordList of one-character words: asked of one character, built once.
std::vector<std::string> characters_of(std::string_view table) {
  std::vector<std::string> out;
  for (size_t at = 0; at < table.size();) {
    size_t length = utf8_length(static_cast<unsigned char>(table[at]));
    out.emplace_back(table.substr(at, length));
    at += length;
  }
  return out;
}

const WordList& transliterated() {
  static const WordList set(characters_of(kTransliterated));
  return set;
}
const WordList& transliterated_inside() {
  static const WordList set(characters_of(kTransliteratedInside));
  return set;
}
const WordList& not_first_in_transliterated() {
  static const WordList set(characters_of(kNotFirstInTransliterated));
  return set;
}

// `name` without the words its last part ran into when no word the rules
// know closed it (纳吉布·米卡提重申黎巴嫩, 拉巴布·法蒂玛发挥): cut at the
// first character transliterations do not use, after the part's first, when
// two characters or more follow. One such character may be the name's own.
std::string_view without_overrun(std::string_view name) {
  size_t dot = name.rfind("·");
  if (dot == std::string_view::npos) return name;
  size_t part = dot + std::string_view("·").size();
  if (part >= name.size()) return name;
  for (size_t at = part + utf8_length(static_cast<unsigned char>(name[part])); at < name.size();
       at += utf8_length(static_cast<unsigned char>(name[at]))) {
    bool known = transliterated().FirstAt(name, at) != nullptr || transliterated_inside().FirstAt(name, at) != nullptr || name[at] == '-';
    if (!known) return codepoints(name.substr(at)) >= 2 ? name.substr(0, at) : name;
  }
  return name;
}

// Whether what follows a transliterated name makes it part of a longer one:
// a place, body or faction named after the person (图森·卢维杜尔国际机场,
// 阿卜杜勒·萨拉姆国际理论物理中心, 苏丹解放运动/军-米尼·米纳维派).
bool named_after(std::string_view after) {
  for (std::string_view word : {"国际", "中心", "大学", "学院", "研究所", "基金", "奖", "机场", "港", "派",
                                "纪念", "广场", "大街", "路", "号", "堡", "城", "市", "湖", "山"}) {
    if (starts_with(after, word)) return true;
  }
  return false;
}

// The alternation of kAfterNames, for the rules.
std::string after_names_alternation() {
  std::string out;
  for (const char* w : kAfterNames) out += std::string(out.empty() ? "" : "|") + w;
  return out;
}

// Two to four characters for a Chinese name; a transliterated one joins its
// parts with ·. Returns false for what is not a name.
// On a signature or signatory line nothing else follows the name, so a
// transliterated name without · (米尔济约耶夫) may be longer.
bool plausible_name(std::string_view name, size_t max_characters) {
  static const std::string_view kDot = "·";
  if (name.find(kDot) != std::string_view::npos) {
    // 委员会由洛朗·圣西尔: what ran into the first part is a phrase.
    for (std::string_view w : {"由", "委员会", "理事会"}) {
      if (name.find(w) != std::string_view::npos) return false;
    }
    return name.size() <= 3 * 32;
  }
  if (name.size() < 6 || name.size() > 3 * max_characters) return false;
  for (const char* c : kNotInNames) {
    size_t at = name.find(c);
    // 李在明, 文在寅: 在 as the middle of three characters is a given name's.
    bool given_name = std::string_view(c) == "在" && at == 3 && name.size() == 9;
    if (at != std::string_view::npos && !given_name) return false;
  }
  // 会上 is a phrase, but 上 opens surnames (上川阳子).
  if (name.find("上", 3) != std::string_view::npos) return false;
  for (const char* c : kNotFirstInNames) {
    if (starts_with(name, c)) return false;
  }
  for (const char* w : kNotNames) {
    if (starts_with(name, w)) return false;
  }
  for (const char* w : kAfterNames) {
    if (std::string_view(w).size() > 3 && starts_with(name, w)) return false;  // 秘书长表示,
  }
  return true;
}

// Signatures in initials run together on one line (卡·托卡耶夫萨·扎帕罗夫):
// after a one-character first part, a part of several characters followed
// by · holds the next signatory's initial as its last character. Returns
// the length of the first name, or name.size() when nothing runs on.
size_t first_of_run_together(std::string_view name) {
  static const std::string_view kDot = "·";
  size_t dot = name.find(kDot);
  if (dot == std::string_view::npos || codepoints(name.substr(0, dot)) != 1) return name.size();
  for (size_t part = dot + kDot.size(), next; (next = name.find(kDot, part)) != std::string_view::npos;
       part = next + kDot.size()) {
    std::string_view middle = name.substr(part, next - part);
    if (codepoints(middle) < 2) continue;
    size_t last = middle.size();
    do --last; while (last > 0 && (static_cast<unsigned char>(middle[last]) & 0xC0) == 0x80);
    return part + last;
  }
  return name.size();
}

// `name`, found with no title before it, trimmed to the characters a
// transliterated name begins and ends with, and past a known name run into
// it (哈萨克斯坦卡瑟姆若马尔特·托卡耶夫 on a signatory line). Empty if no
// name is left.
std::string_view trimmed_transliteration(std::string_view text, std::string_view name,
                                         const std::vector<NameHit>& names) {
  size_t begin = static_cast<size_t>(name.data() - text.data()), end = begin + name.size();
  auto hit = std::upper_bound(names.begin(), names.end(), begin,
                              [](size_t at, const NameHit& h) { return at < h.end; });
  // ... but not a country that only opens the name (巴西鲁·迪奥马耶·法耶):
  // at least two characters of the first part remain.
  if (hit != names.end() && hit->begin <= begin && hit->end < end) {
    size_t dot = text.find("·", hit->end);
    if (dot != std::string_view::npos && dot < end && codepoints(text.substr(hit->end, dot - hit->end)) >= 2) {
      begin = hit->end;
    }
  }
  // ... nor past a known name inside the last part, after its first
  // character (弗拉基米尔·普京塔吉克斯坦共和国总统: signatories run together).
  size_t last_dot = text.rfind("·", end - 1);
  auto after = std::upper_bound(names.begin(), names.end(), last_dot,
                                [](size_t at, const NameHit& h) { return at < h.begin; });
  if (after != names.end() && after->begin > last_dot + 2 && after->begin < end) end = after->begin;
  // 感谢费尔南多·阿里亚斯: the word before the name ends in a character that
  // transliterations use.
  for (std::string_view word : {"感谢", "致谢", "答谢", "多谢"}) {
    if (begin >= 3 && text.compare(begin - 3, word.size(), word) == 0) begin += 3;
  }
  static const WordEndSet words_before_names(kWordsBeforeNames);
  auto ends_word_before_name = [&](size_t at) {
    if (not_first_in_transliterated().FirstAt(text, at) == nullptr) return false;
    return starts_with(text, at, "第") || words_before_names.AnyEndsAt(text, at + 3);
  };
  while (begin < end && (ends_word_before_name(begin) || transliterated_inside().FirstAt(text, begin) != nullptr)) {
    begin += utf8_length(static_cast<unsigned char>(text[begin]));
  }
  while (end > begin) {
    size_t last = end - 1;
    while (last > begin && (static_cast<unsigned char>(text[last]) & 0xC0) == 0x80) --last;
    if (transliterated_inside().FirstAt(text, last) == nullptr) break;
    end = last;
  }
  std::string_view out = text.substr(begin, end - begin);
  size_t dot = out.find("·");
  if (dot == std::string_view::npos || dot == 0 || out.size() - dot <= std::string_view("·").size()) return {};
  return out;
}

class PersonExtractor : public ContextualExtractor {
 public:
  PersonExtractor(Rule signature, Rule signatory_line, Rule titled_in_text, Rule officer,
                  Rule leader, Rule chinese_titled, Rule chinese_before_title, Rule titled_transliterated,
                  Rule chinese_listed, Rule appointed, Rule transliterated)
      : signature_(std::move(signature)),
        signatory_line_(std::move(signatory_line)),
        titled_in_text_(std::move(titled_in_text)),
        officer_(std::move(officer)),
        leader_(std::move(leader)),
        chinese_titled_(std::move(chinese_titled)),
        chinese_before_title_(std::move(chinese_before_title)),
        titled_transliterated_(std::move(titled_transliterated)),
        chinese_listed_(std::move(chinese_listed)),
        appointed_(std::move(appointed)),
        transliterated_(std::move(transliterated)) {}

  std::string_view name() const override { return "person"; }

  void ExtractIn(const Document& doc, const DocumentContext& context,
                 std::vector<Mention>* out) const override {
    const CharIndex& chars = context.chars;
    size_t first = out->size();
    for (const Rule* rule :
         {&signature_, &signatory_line_, &titled_in_text_, &officer_, &leader_, &chinese_titled_,
          &chinese_before_title_, &titled_transliterated_, &appointed_}) {
      ExtractWith(doc.text, chars, *rule, out);
    }
    ExtractListed(doc.text, chars, out);
    ExtractTransliterated(doc.text, context.names, out);
    // A known place's, country's or body's name is no one's (秘书长西非和萨赫勒
    // 问题特别代表: 西非 after the title is the region of the office).
    // Nor is the start of one (吉尔吉斯共 of 吉尔吉斯共和国总统, where the
    // title rule read a name before 和).
    std::map<uint32_t, uint32_t> known;
    for (const NameHit& hit : context.names) known.emplace(hit.begin, hit.end);
    out->erase(std::remove_if(out->begin() + static_cast<std::ptrdiff_t>(first), out->end(),
                              [&](const Mention& m) {
                                auto it = known.find(m.begin);
                                return it != known.end() && it->second >= m.end;
                              }),
               out->end());
    ExpandShortForms(first, out);
  }

 private:
  void ExtractWith(std::string_view text, const CharIndex& chars, const Rule& rule, std::vector<Mention>* out) const {
    RuleMatches matches(rule, text, &chars);
    re2::StringPiece found;
    bool possible = may_match(rule, text);
    while (possible && matches.Next(&found)) {
      // What follows a name may open the next one (a country, in signatory
      // lines run together): look again right after the name.
      const char* after = found.data() + found.size();
      matches.RestartAt(static_cast<size_t>(after - text.data()));
      std::string_view name = without_overrun(without_leading_title(
          without_straddled_title(text, without_following_words({found.data(), found.size()}))));
      // Only signature lines run names together: a name that punctuation or
      // a conjunction closes is one of running text, which may hold two
      // initials (尼泊尔总理卡·普·夏尔马·奥利、斯里兰卡……).
      size_t name_end = static_cast<size_t>(name.data() - text.data()) + name.size();
      bool in_running_text = false;
      for (std::string_view closer : {"、", ",", "。", ";", "(", "和", "与", "及", "等"}) {
        in_running_text = in_running_text || starts_with(text, name_end, closer);
      }
      size_t first_name = in_running_text ? name.size() : first_of_run_together(name);
      if (first_name < name.size()) {
        name = name.substr(0, first_name);
        matches.RestartAt(static_cast<size_t>(name.data() + name.size() - text.data()));
      }
      bool chinese = &rule == &officer_ || &rule == &leader_ || &rule == &chinese_titled_ ||
                     &rule == &chinese_before_title_;
      bool hyphenated = name.find('-') != std::string_view::npos;  // 迪亚斯-卡内尔: two surnames
      size_t max_characters = chinese ? 4 : &rule == &titled_in_text_ ? (hyphenated ? 13 : 6) : 8;
      if (!plausible_name(name, max_characters)) continue;
      Add(text, name, rule, out);
    }
  }

  // Each name of a list the listed rule found (蔡奇、王毅等参加).
  void ExtractListed(std::string_view text, const CharIndex& chars, std::vector<Mention>* out) const {
    RuleMatches matches(chinese_listed_, text, &chars);
    re2::StringPiece found;
    bool possible = may_match(chinese_listed_, text);
    while (possible && matches.Next(&found)) {
      std::string_view list(found.data(), found.size());
      for (size_t from = 0; from <= list.size();) {
        size_t to = std::min(list.find("、", from), list.size());
        std::string_view name = list.substr(from, to - from);
        if (plausible_name(name, 3)) Add(text, name, chinese_listed_, out);
        from = to + std::string_view("、").size();
      }
    }
  }

  // A person named `name` (a view into `text`), found by `rule`.
  static void Add(std::string_view text, std::string_view name, const Rule& rule, std::vector<Mention>* out) {
    Mention m;
    m.type = EntityType::kPerson;
    m.begin = static_cast<uint32_t>(name.data() - text.data());
    m.end = m.begin + static_cast<uint32_t>(name.size());
    m.name = std::string(name);
    m.canonical = m.name;
    m.rule = rule.name;
    out->push_back(std::move(m));
  }

  // Transliterated names with no title before them (rule 6).
  void ExtractTransliterated(std::string_view text, const std::vector<NameHit>& names,
                             std::vector<Mention>* out) const {
    re2::StringPiece found;
    // Function words that may stand right before an initial (和弗·弗·普京).
    static const char* const kFunctionWords[] = {"和", "及", "与", "同", "由", "为", "向", "对", "在", "是",
                                                 "于", "将", "把", "被", "给", "以", "从", "跟", "或", "并",
                                                 "等", "请", "兼"};
    static const WordList function_words(kFunctionWords);
    size_t run_on = std::string_view::npos;  // where the next of initials run together starts
    // No match crosses a line, and every match holds a ·: only the lines
    // holding one are searched (the rule has no CJK trigger for CharIndex).
    size_t pos = 0, line_end = 0;
    auto next = [&]() {
      while (true) {
        if (pos < line_end) {
          re2::StringPiece input(text.data() + pos, line_end - pos);
          if (RE2::FindAndConsume(&input, *transliterated_.re, &found)) {
            pos = static_cast<size_t>(input.data() - text.data());
            return true;
          }
        }
        size_t dot = text.find("·", std::max(pos, line_end));
        if (dot == std::string_view::npos) return false;
        size_t line_begin = text.rfind('\n', dot);
        pos = line_begin == std::string_view::npos ? 0 : line_begin + 1;
        line_end = std::min(text.find('\n', dot), text.size());
      }
    };
    while (next()) {
      std::string_view name = trimmed_transliteration(text, {found.data(), found.size()}, names);
      if (name.empty()) continue;
      name = without_leading_title(without_following_words_in(text, name));
      if (named_after(text.substr(static_cast<size_t>(name.data() + name.size() - text.data())))) continue;
      size_t first_name = first_of_run_together(name);
      // An initial run into the word before it (中埃·泰达苏伊士, or 尔·马里亚诺
      // of a name whose first character the table lacks) opens no name; in
      // initials run together after a title the next one does.
      size_t begin = static_cast<size_t>(name.data() - text.data());
      bool glued = begin > 0 && begin != run_on && codepoints(name.substr(0, name.find("·"))) == 1 &&
                   is_han(text, begin - prev_char_len(text, begin)) &&
                   function_words.FirstAt(text, begin - prev_char_len(text, begin)) == nullptr;
      if (first_name < name.size()) {
        run_on = begin + first_name;
        pos = run_on;
        if (glued) continue;
        name = name.substr(0, first_name);
      } else if (glued) {
        continue;
      }
      if (!plausible_name(name, 8)) continue;
      Add(text, name, transliterated_, out);
    }
  }

  // The parts of a transliterated name: 迪娜·博鲁阿尔特 -> 迪娜, 博鲁阿尔特.
  static std::vector<std::string_view> parts_of(std::string_view name) {
    static const std::string_view kDot = "·";
    std::vector<std::string_view> parts;
    for (size_t at = name.find(kDot); at != std::string_view::npos; at = name.find(kDot)) {
      parts.push_back(name.substr(0, at));
      name.remove_prefix(at + kDot.size());
    }
    parts.push_back(name);
    return parts;
  }

  // Whether `shorter` is a short form of `longer`: the same first part, or
  // its initial (伊·卡里莫夫, 伊斯拉姆·卡里莫夫), then the other parts of
  // `longer` in order with some left out (迪娜·博鲁阿尔特,
  // 迪娜·埃尔西利亚·博鲁阿尔特·塞加拉).
  static bool shortens(std::string_view shorter, std::string_view longer) {
    std::vector<std::string_view> s = parts_of(shorter), l = parts_of(longer);
    if (s.size() < 2 || s.size() > l.size() || shorter == longer) return false;
    bool initial = codepoints(s[0]) == 1 && codepoints(l[0]) > 1 && starts_with(l[0], s[0]);
    if (s[0] != l[0] && !initial) return false;
    // Initials for all but the last part (弗·弗·普京).
    if (initial && s.size() == l.size()) {
      for (size_t i = 1; i + 1 < s.size(); ++i) {
        if (s[i] != l[i] && !(codepoints(s[i]) == 1 && starts_with(l[i], s[i]))) return false;
      }
      return s.back() == l.back();
    }
    // An initial stands for the first part only: the rest is whole, or the
    // patronymic of a three-part name is left out (弗·普京,
    // 弗拉基米尔·弗拉基米罗维奇·普京).
    if (initial && s.size() != l.size()) return s.size() == 2 && l.size() == 3 && s[1] == l[2];
    size_t j = 1;
    for (size_t i = 1; i < s.size(); ++i) {
      while (j < l.size() && l[j] != s[i]) ++j;
      if (j == l.size()) return false;
      ++j;
    }
    return true;
  }

  // A shorter form of a name is the document's one fuller name it shortens:
  // 伊·卡里莫夫 signs what 伊斯拉姆·卡里莫夫 made; 迪娜·博鲁阿尔特 is
  // 迪娜·埃尔西利亚·博鲁阿尔特·塞加拉; 努尔特列乌 is 穆拉特·努尔特列乌. Two
  // fuller candidates: left alone.
  // Compared as distinct names sharing their first character, so a name
  // written a thousand times costs one comparison per other name.
  static void ExpandShortForms(size_t first, std::vector<Mention>* out) {
    std::map<std::string_view, std::set<std::string_view>> by_first_character;
    for (size_t i = first; i < out->size(); ++i) {
      std::string_view name = (*out)[i].name;
      if (name.find("·") == std::string_view::npos) continue;
      by_first_character[name.substr(0, utf8_length(static_cast<unsigned char>(name[0])))].insert(name);
    }
    std::map<std::string_view, std::string> fuller;
    // A surname alone (努尔特列乌) is the one fuller name ending in it
    // (穆拉特·努尔特列乌).
    std::map<std::string_view, std::set<std::string_view>> by_last_part;
    for (const auto& [character, names] : by_first_character) {
      for (std::string_view name : names) by_last_part[parts_of(name).back()].insert(name);
    }
    // An Arab ruler is named by his given name alone (巴林国王哈马德): the one
    // fuller name with a 本 chain that opens with it (哈马德·本·伊萨·阿勒哈利法).
    std::map<std::string_view, std::set<std::string_view>> by_given_name;
    for (const auto& [character, names] : by_first_character) {
      for (std::string_view name : names) {
        std::vector<std::string_view> parts = parts_of(name);
        if (std::find(parts.begin(), parts.end(), "本") != parts.end()) by_given_name[parts[0]].insert(name);
      }
    }
    // A Portuguese or Spanish name is shortened to the surname inside it
    // (卢拉 for 路易斯·伊纳西奥·卢拉·达席尔瓦): the one fuller name of three
    // parts or more holding it between its first and last.
    std::map<std::string_view, std::set<std::string_view>> by_inner_part;
    for (const auto& [character, names] : by_first_character) {
      for (std::string_view name : names) {
        std::vector<std::string_view> parts = parts_of(name);
        for (size_t p = 1; p + 1 < parts.size(); ++p) {
          if (codepoints(parts[p]) >= 2 && parts[p] != "本") by_inner_part[parts[p]].insert(name);
        }
      }
    }
    // A name without its first part (阿布·盖特 for 艾哈迈德·阿布·盖特): the
    // one fuller name ending in the same parts. Not after 本 ("son of"):
    // 萨勒曼·本·阿卜杜勒阿齐兹·阿勒沙特 is the father of 穆罕默德·本·萨勒曼·
    // 本·阿卜杜勒阿齐兹·阿勒沙特, not a short form of his name.
    for (const auto& [last, names] : by_last_part) {
      for (std::string_view name : names) {
        std::vector<std::string_view> s = parts_of(name);
        const std::string_view* full = nullptr;
        bool ambiguous = false;
        for (const std::string_view& other : names) {
          std::vector<std::string_view> l = parts_of(other);
          if (l.size() <= s.size() || !std::equal(s.begin(), s.end(), l.end() - s.size())) continue;
          if (l[l.size() - s.size() - 1] == "本") continue;
          ambiguous = ambiguous || full != nullptr;
          full = &other;
        }
        if (full != nullptr && !ambiguous) fuller.emplace(name, std::string(*full));
      }
    }
    for (size_t i = first; i < out->size(); ++i) {
      std::string_view name = (*out)[i].name;
      if (name.find("·") != std::string_view::npos) continue;
      auto it = by_last_part.find(name);
      if (it != by_last_part.end() && it->second.size() == 1) {
        fuller.emplace(name, std::string(*it->second.begin()));
        continue;
      }
      auto given = by_given_name.find(name);
      if (it == by_last_part.end() && given != by_given_name.end() && given->second.size() == 1) {
        fuller.emplace(name, std::string(*given->second.begin()));
        continue;
      }
      auto inner = by_inner_part.find(name);
      if (it == by_last_part.end() && given == by_given_name.end() && inner != by_inner_part.end() &&
          inner->second.size() == 1) {
        fuller.emplace(name, std::string(*inner->second.begin()));
      }
    }
    for (const auto& [character, names] : by_first_character) {
      for (std::string_view name : names) {
        const std::string_view* full = nullptr;
        bool ambiguous = false;
        for (const std::string_view& other : names) {
          if (!shortens(name, other)) continue;
          ambiguous = ambiguous || full != nullptr;
          full = &other;
        }
        if (full != nullptr && !ambiguous) fuller.emplace(name, std::string(*full));
      }
    }
    for (size_t i = first; i < out->size(); ++i) {
      auto it = fuller.find((*out)[i].name);
      if (it == fuller.end()) continue;
      // A short form of a short form (弗·普京 of 弗·弗·普京) is the fullest
      // name; each step is longer, so the walk ends.
      for (auto next = fuller.find(it->second); next != fuller.end() && next->second.size() > it->second.size();
           next = fuller.find(it->second)) {
        it = next;
      }
      (*out)[i].canonical = it->second;
    }
  }

  Rule signature_, signatory_line_, titled_in_text_, officer_, leader_, chinese_titled_, chinese_before_title_,
      titled_transliterated_, chinese_listed_, appointed_, transliterated_;
};

// Every name of every country in the gazetteer, longest first, as one
// alternation (the X方 party forms never precede a title).
std::string country_alternation(const Gazetteer& gazetteer) {
  std::vector<std::string> names;
  for (const Gazetteer::Entry& entry : gazetteer.entries()) {
    if (entry.type != EntityType::kCountry) continue;
    names.push_back(entry.canonical);
    for (const std::string& alias : entry.aliases) {
      bool party_form = alias.size() == 6 && alias.compare(3, 3, "方") == 0;  // 中方
      if (!party_form) names.push_back(alias);
    }
  }
  std::sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  std::string out = "(?:";
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += "|";
    out += RE2::QuoteMeta(names[i]);
  }
  return out + ")";
}

}  // namespace

Result<std::unique_ptr<Extractor>> make_person_extractor(const Gazetteer& gazetteer) {
  const std::string country = country_alternation(gazetteer);
  // Titles in a chain, joined or run together (常驻联合国代表特命全权大使).
  // A former or then office counts too (日本前首相福田康夫).
  const std::string titles =
      std::string("(?:前|时任)?") + kTitles + "(?:[、和兼]?" + kTitles + ")*";
  const std::string part = kNamePart;
  const std::string any_transliterated = std::string("[") + kTransliterated + kTransliteratedInside + "]";
  // Up to six parts: an Arab name may chain two 本 (穆罕默德·本·萨勒曼·本·
  // 阿卜杜勒-阿齐兹·阿勒沙特).
  const std::string name = "(" + part + "(?:·" + kInitial + part + "){0,5})";
  // What closes a name in running text: a word that follows names,
  // punctuation, the next signatory's country.
  // The next signatory's country is followed by a title: a country alone
  // may end a name (穆罕默德·本·萨勒曼·阿勒沙特).
  const std::string closing =
      "(?:" + after_names_alternation() + "|[,。;、(]|" + country + titles + ")";
  const std::string officer_closing =
      std::string("(?:") + kAfterOfficers + "|[,。;、(]|\\d{1,2}日|" + country + ")";
  Result<Rule> rules[] = {
      compile_rule("person/signature", "(?m)^" + name + "\\((?:签名|签字)\\)"),
      compile_rule("person/signatory-line", "(?m)^" + country + titles + name + "$"),
      // A hyphen may join two surnames (古巴国家主席迪亚斯-卡内尔).
      compile_rule("person/titled-in-text", country + titles + "(\\p{Han}{2,6}?(?:-\\p{Han}{2,6}?)?)" + closing),
      // The head of an organisation is named after the title alone
      // (上合组织秘书长张明和...), and so is China's head of state
      // (国家主席习近平出席).
      compile_rule("person/officer",
                   "(?:秘书长|总干事|执行主任|国家主席|国家副主席|外交部长|外长|问题特使|部部长|总书记|常务书记|"
                   "办公厅主任|办公室主任|书记处书记|省委书记|市委书记|区党委书记|政府总理|国会主席)(\\p{Han}{2,3}?)" +
                       officer_closing),
      // China's leaders are named after their State Council or state title
      // alone, and may be followed by whom they meet with (国务院总理李强同
      // ……共同主持, 国家主席习近平当天上午会见).
      compile_rule("person/leader",
                   "(?:国务院总理|国务院副总理|国务委员|国家主席|国家副主席|全国人大常委会委员长|全国政协主席)"
                   "(\\p{Han}{2,3}?)(?:同|当天|当日|将|分别|" +
                       officer_closing.substr(3)),
      // A Chinese name after a title with no country or body before it, or
      // before a title it holds (转达对习近平主席的问候, 同王毅外长会谈): it
      // opens with a common surname.
      compile_rule("person/chinese-titled", std::string(kTitlesBeforeChineseNames) + "([" + kChineseSurnames +
                                               "]\\p{Han}{1,2}?)" + officer_closing),
      compile_rule("person/chinese-before-title",
                   std::string("(?:对|向|同|与|和|、|,|。|^|\\n)([") + kChineseSurnames + "]\\p{Han}{1,2}?)" +
                       kTitlesAfterChineseNames +
                       "(?:的|和|、|,|。|表示|指出|强调|会见|会谈|在|同|就|向|出席|致|主持|发表|宣布|对|访|应邀)"),
      // A transliterated name after a title needs no country: the · marks
      // it. Its last part ends where a closing word or the next country
      // starts (signatory lines run together: 弗拉基米尔·普京塔吉克斯坦...).
      compile_rule("person/titled-transliterated",
                   "(?m)" + titles + "(" + part + "(?:·" + kInitial + kLazyNamePart +
                       "){1,5}?)(?:[^\\p{Han}·\\-]|$|" +
                       closing.substr(3)),
      // Officials listed before 等 and the verb of attendance at a news
      // story's end (蔡奇、王毅等参加上述活动): Chinese names, no titles.
      // So are they where a titled official closes the list (蔡奇、王毅、中国
      // 驻伊朗大使丛培武等参加), and where a clause or a headline opens with
      // whom a leader meets (下一篇:赵乐际会见肯尼亚总统鲁托).
      compile_rule("person/chinese-listed", std::string("(?:(?:^|\\n|。|,)(?:· ?)?|上一篇:|下一篇:)((?:[") +
                                                kChineseSurnames + "]\\p{Han}{1,2}、){0,6}[" + kChineseSurnames +
                                                "]\\p{Han}{1,2})(?:(?:、[^、。,\\n]{2,30}?)?等(?:参加|出席|陪同)|"
                                                "会见|会晤|致电|集体会见|分别会见)"),
      // Who is elected or appointed to an office is named before it, with no
      // title in front (选举阿尔伯特·拉姆丁为美洲组织秘书长); so is who leads a
      // team or chairs a meeting (由福尔克尔·佩尔特斯率领的审查小组, 以……为首).
      compile_rule("person/appointed", "(?:任命|委任|选举|推选|选出|由|以)(" + part + "(?:·" + kInitial +
                                           kLazyNamePart + "){1,3}?)" + kTitles +
                                           "?(?:为|率领|领导|带领|主持|牵头|担任|召集)"),
      // A transliterated name with no title (rule 6): runs of its
      // characters joined by ·, trimmed in the code.
      compile_rule("person/transliterated", "((?:" + any_transliterated + "+-)?" + any_transliterated +
                                                "+(?:·" + kInitial + any_transliterated + "+(?:-" +
                                                any_transliterated + "+)?){1,5})"),
  };
  for (auto& r : rules) {
    if (!r.ok()) return r.status();
  }
  return std::unique_ptr<Extractor>(new PersonExtractor(
      std::move(rules[0].value()), std::move(rules[1].value()), std::move(rules[2].value()),
      std::move(rules[3].value()), std::move(rules[4].value()), std::move(rules[5].value()),
      std::move(rules[6].value()), std::move(rules[7].value()), std::move(rules[8].value()),
      std::move(rules[9].value()), std::move(rules[10].value())));
}

}  // namespace treatygraph
