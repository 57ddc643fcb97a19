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
    "(?:国家副主席|国家主席|国会主席|副主席|主席|副总统|代总统|总统|政府副总理|政府总理|副总理|总理|总书记|副首相|首相|国王|王储|埃米尔|国家元首|政府首脑|"
    "外务大臣|外交大臣|外交部长官|外交部长|外长|部长|议长|秘书长|常驻联合国代表|代表|特命全权大使|大使|特使|国务委员|"
    "国务卿|特别代表|高级代表|主任|团长|执行秘书|行长|临时代办|民族领袖|负责人|首席执行官|指挥官)";
// A part of a transliterated name may hold a hyphen (让-克洛德,
// 萨拉萨尔-希里纳克斯, written with a full-width one and folded); a middle
// part may be a Latin initial (阿马杜·S·贾洛).
const char kNamePart[] = "\\p{Han}{1,8}(?:-\\p{Han}{1,8})?";
const char kLazyNamePart[] = "\\p{Han}{1,8}?(?:-\\p{Han}{1,8}?)?";
const char kInitial[] = "(?:[A-Z]\\.?·)?";

// Characters that make a would-be name a phrase (中国代表在会上表示).
const char* const kNotInNames[] = {"的", "在", "是", "了", "会", "为", "对",
                                   "将", "团", "们", "等", "及", "秘书"};

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
                                 "全权", "转递", "召集", "编写", "散发", "任命", "提交"};

// Words that follow a name in this genre. None is written inside a
// transliterated name (于 is, in French names, but at a part's start,
// which is never cut).
const char* const kAfterNames[] = {
    // Function words and prepositions: 普京等, 古特雷斯与, 普京同……举行会谈.
    "等", "和", "与", "及", "以及", "的", "在", "于", "向", "对", "同", "就", "将", "也", "还",
    "已", "曾", "为", "是", "一行",
    // Titles and forms of address written after the name: 张军大使.
    "大使", "阁下", "先生", "女士", "少将", "中将", "上将", "准将", "亲王", "遭到",
    // Verbs whose subject is the person.
    "表示", "指出", "强调", "说", "称", "宣布", "主持", "出席", "参加", "会见", "会晤", "会谈",
    "举行", "协商", "磋商", "通话", "通电话", "发表", "签署", "致辞", "致函", "致信", "发言",
    "讲话", "率团", "率领", "担任", "代表", "访问", "出访", "应邀", "提交", "提出", "通报", "介绍",
    "祝贺", "感谢", "欢迎", "呼吁", "共同", "分别", "当选", "作为", "邀请", "兼", "率", "与会", "领导", "保持", "倡导", "牵头", "发起", "自", "推动", "主导",
    "之间", "之后", "之前", "所做", "所作", "以视频方式", "以视频形式", "列席", "召集"};

// What closes a name after a title alone (秘书长张明和……), with neither a
// country nor a · to say a name follows: a verb of speech or attendance,
// 等, 和, 与, 在, 的. Not the prepositions, nor the verbs of a request:
// 请秘书长酌情向……报告, 请秘书长定期提交…….
const char kAfterOfficers[] =
    "表示|指出|强调|说|宣布|主持|出席|会见|会晤|会谈|发表|签署|致辞|致函|致信|发言|讲话|"
    "大使|阁下|先生|女士|等|以及|和|与|在|的|参加|陪同|应邀|于|邀请";

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
                                       "大使", "代表", "特使", "王储", "议长"};
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
  if (after_title > 0 && dot >= after_title + 2 * 3) return name.substr(after_title);
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
    return name.size() <= 3 * 20;
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

class PersonExtractor : public ContextualExtractor {
 public:
  PersonExtractor(Rule signature, Rule signatory_line, Rule titled_in_text, Rule officer,
                  Rule leader, Rule titled_transliterated, Rule appointed)
      : signature_(std::move(signature)),
        signatory_line_(std::move(signatory_line)),
        titled_in_text_(std::move(titled_in_text)),
        officer_(std::move(officer)),
        leader_(std::move(leader)),
        titled_transliterated_(std::move(titled_transliterated)),
        appointed_(std::move(appointed)) {}

  std::string_view name() const override { return "person"; }

  void ExtractIn(const Document& doc, const DocumentContext& context,
                 std::vector<Mention>* out) const override {
    const CharIndex& chars = context.chars;
    size_t first = out->size();
    for (const Rule* rule :
         {&signature_, &signatory_line_, &titled_in_text_, &officer_, &leader_, &titled_transliterated_,
          &appointed_}) {
      ExtractWith(doc.text, chars, *rule, out);
    }
    // A known place's, country's or body's name is no one's (秘书长西非和萨赫勒
    // 问题特别代表: 西非 after the title is the region of the office).
    std::set<std::pair<uint32_t, uint32_t>> known;
    for (const NameHit& hit : context.names) known.emplace(hit.begin, hit.end);
    out->erase(std::remove_if(out->begin() + static_cast<std::ptrdiff_t>(first), out->end(),
                              [&](const Mention& m) { return known.count({m.begin, m.end}) > 0; }),
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
      std::string_view name = without_leading_title(
          without_straddled_title(text, without_following_words({found.data(), found.size()})));
      size_t max_characters = &rule == &officer_ || &rule == &leader_ ? 4 : &rule == &titled_in_text_ ? 6 : 8;
      if (!plausible_name(name, max_characters)) continue;
      Mention m;
      m.type = EntityType::kPerson;
      m.begin = static_cast<uint32_t>(name.data() - text.data());
      m.end = m.begin + static_cast<uint32_t>(name.size());
      m.name = std::string(name);
      m.canonical = m.name;
      m.rule = rule.name;
      out->push_back(std::move(m));
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
    // An initial stands for the first part only: the rest is whole.
    if (initial && s.size() != l.size()) return false;
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
      if (it != fuller.end()) (*out)[i].canonical = it->second;
    }
  }

  Rule signature_, signatory_line_, titled_in_text_, officer_, leader_, titled_transliterated_, appointed_;
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
  const std::string titles = std::string(kTitles) + "(?:[、和兼]?" + kTitles + ")*";
  const std::string part = kNamePart;
  const std::string name = "(" + part + "(?:·" + kInitial + part + "){0,3})";
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
      compile_rule("person/titled-in-text", country + titles + "(\\p{Han}{2,6}?)" + closing),
      // The head of an organisation is named after the title alone
      // (上合组织秘书长张明和...), and so is China's head of state
      // (国家主席习近平出席).
      compile_rule("person/officer",
                   "(?:秘书长|总干事|执行主任|国家主席|国家副主席|外交部长|外长|问题特使|部部长|总书记|常务书记|"
                   "办公厅主任|政府总理|国会主席)(\\p{Han}{2,3}?)" +
                       officer_closing),
      // China's leaders are named after their State Council or state title
      // alone, and may be followed by whom they meet with (国务院总理李强同
      // ……共同主持, 国家主席习近平当天上午会见).
      compile_rule("person/leader",
                   "(?:国务院总理|国务院副总理|国务委员|国家主席|国家副主席)(\\p{Han}{2,3}?)(?:同|当天|当日|" +
                       officer_closing.substr(3)),
      // A transliterated name after a title needs no country: the · marks
      // it. Its last part ends where a closing word or the next country
      // starts (signatory lines run together: 弗拉基米尔·普京塔吉克斯坦...).
      compile_rule("person/titled-transliterated",
                   "(?m)" + titles + "(" + part + "(?:·" + kInitial + kLazyNamePart +
                       "){1,3}?)(?:[^\\p{Han}·\\-]|$|" +
                       closing.substr(3)),
      // Who is elected or appointed to an office is named before it, with no
      // title in front (选举阿尔伯特·拉姆丁为美洲组织秘书长); so is who leads a
      // team or chairs a meeting (由福尔克尔·佩尔特斯率领的审查小组, 以……为首).
      compile_rule("person/appointed", "(?:任命|委任|选举|推选|选出|由|以)(" + part + "(?:·" + kInitial +
                                           kLazyNamePart + "){1,3}?)" + kTitles +
                                           "?(?:为|率领|领导|带领|主持|牵头|担任|召集)"),
  };
  for (auto& r : rules) {
    if (!r.ok()) return r.status();
  }
  return std::unique_ptr<Extractor>(new PersonExtractor(
      std::move(rules[0].value()), std::move(rules[1].value()), std::move(rules[2].value()),
      std::move(rules[3].value()), std::move(rules[4].value()), std::move(rules[5].value()),
      std::move(rules[6].value())));
}

}  // namespace treatygraph
