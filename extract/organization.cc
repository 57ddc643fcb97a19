// Organizations: international, regional and national bodies, their organs
// and named standing mechanisms (GUIDELINES.md). Seven rules, in order:
//
// 1. Gazetteer (data/gazetteer/organizations.tsv): full names and standard
//    abbreviations, each resolved to its full name.
//      上合组织 -> 上海合作组织;  安理会 -> 联合国安全理事会;  亚信
// 2. Anchored suffix: a known name (an organisation, country or place), a
//    word that opens the names of international bodies (国际, 世界, 全球...)
//    or an initiative's name in quotes (“一带一路”), followed by a short
//    body and a suffix that ends organisation names. Groups, networks and
//    mechanisms (小组, 网络, 机制) count only after whose they are; armies,
//    parliaments and movements (国民军, 国会, 运动) only after a state.
//      联合国 + 麻醉品 + 委员会            -> 联合国麻醉品委员会
//      上合组织 + 禁毒 + 中心              -> 上合组织禁毒中心 (canonical 上海合作组织禁毒中心)
//      中国 + 上合组织睦邻友好合作 + 委员会 -> 中国上合组织睦邻友好合作委员会
//      塔什干 + 地区反恐怖 + 机构          -> canonical 上海合作组织地区反恐怖机构: a
//                                           seat before a known organ is not its identity
//    The body stops at punctuation, at function words and verbs (的, 同, 关于,
//    支持...), and after a suffix followed by a conjunction, which starts the
//    next item of a list (上海合作组织秘书处与联合国...秘书处 is two bodies).
// 3. Declared abbreviations: 上海合作组织(以下简称“上合组织”或“本组织”)
//    makes every later 上合组织 and 本组织 a mention of the full name; so does
//    a bare parenthesis made of the name's characters, 联合国索马里援助团(联索援助团).
// 4. Coordination: an item of a list that follows an organisation, itself
//    ending in a suffix, is one too, and inherits its parent:
//      上合组织开发银行和发展基金 -> 发展基金 (canonical 上海合作组织发展基金)
// 5. A list of short items that all end in a suffix, after 的: 的文化学会、
//    科学基金会和教育学会 (each item alone would be too weak a clue).
// 6. The General Assembly, written 大会 in UN resolutions: only in a document
//    that is one, or a resolution of another organ citing the Assembly's (a
//    line "大会," "人权理事会," or 大会第...届会议, 大会2015年9月25日第70/1号
//    决议), and only after a word
//    boundary: not 世界毒品问题大会 or 议会大会, nor 妇女论坛、大会 in a
//    declaration. The Security Council, written 安全理事会, likewise after a
//    word boundary (其安全理事会), in any document: no other body of the genre
//    is called that alone (非洲联盟和平与安全理事会 is longer and wins).
// 7. A committee named by the resolutions that set it up:
//      安全理事会关于刚果民主共和国的第1533(2004)号决议所设委员会
// Overlapping mentions are resolved later: the longest wins.
#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "extract/extractors_internal.h"
#include "extract/text_util.h"
#include "extract/word_list.h"

namespace treatygraph {
namespace {

// What ends an organisation's name, longest first where one is the end of
// another. 司/厅/局 name departments and count only after an organisation.
const char* const kSuffixes[] = {
    "国防军", "国民军", "自卫队", "议会间大会", "议会大会", "国会", "议会", "力量", "运动反对派", "运动", "合作社", "会议机制", "论坛机制", "专家网络", "执行委员会", "执行小组", "委员会", "理事会", "办公室",
    "办事处",   "秘书处",   "执行局",   "基金会",   "联合会",     "联合体", "共同体", "研究院",
    "研究所",   "规划署",   "计划署",   "专家组",   "工作组",     "联络组", "俱乐部", "组织",
    "机构",     "中心",     "论坛",     "银行",     "基金",       "联盟",   "协会",   "学会",
    "大学",     "法院",     "法庭",     "特派团",   "援助团",     "支助团", "稳定团", "观察团", "核查团", "部队",
    "专家小组", "小组", "网络", "机制", "管理局",   "公司",     "政府",     "阵线",       "国家警察", "大会", "司", "厅", "局",
    "部",       "处",       "署",       "股"};
const char* const kDepartmentSuffixes[] = {"司", "厅", "局", "部", "处", "署", "股"};
// Suffixes an organisation's own name may take directly (欧洲联盟委员会,
// 联合国秘书处, 上合组织大学); a place takes only a secretariat (北京秘书处).
const char* const kOrganSuffixes[] = {"秘书处",     "委员会",   "理事会", "执行局",
                                      "执行委员会", "议会大会", "议会间大会", "大学",   "论坛", "大会"};
// Suffixes that need a specific body (国际金融机构, 上合组织国家银行机构,
// 联合国维和特派团 for peacekeeping missions in general);
// after a word such as 国际 alone, 机构 and 中心 are never specific enough
// (国际多式联运物流中心): the gazetteer knows the real ones.
const char* const kGenericHeads[] = {"机构", "中心", "组织", "特派团", "部队"};
// A department suffix that is the start of a word: 司法, 局势, 局面.
const char* const kNotSuffixes[] = {"司法", "局势", "局面", "局部", "厅长", "部长", "署长", "局长", "处长", "司长", "部门",
                                    "部分", "部署", "部落", "部件", "部位", "处理", "处置", "处于",
                                    "处在", "署名", "政府首脑", "政府间", "政府部门", "政府机构",
                                    "联合会议", "组织犯罪", "股份", "股东", "股权", "股票",
                                    "网络犯罪", "网络安全", "网络空间", "网络攻击", "网络恐怖"};
// Verbs that make a forum an event rather than a body (定期举办上合组织妇女论坛).
const char* const kEventVerbs[] = {"举办", "举行", "召开", "首届"};

// Words that open the names of international bodies without being names.
const char* const kOpeningWords[] = {"国际", "世界", "全球", "政府间", "伊斯兰", "阿拉伯", "全国",
                                     "突厥", "拉美", "欧亚", "泛美", "美洲", "民族", "国家", "过渡", "临时",
                                     "独立",   // 独立高级选举委员会
                                     "多国",   // 多国安全支助团
                                     "秘书长"};  // 秘书长也门问题特使办公室

// Characters that make a word with a 中 after them (其中, 过程中, 年中):
// there 中 means "in", not China.
constexpr std::string_view kBeforeInnerZhong = "其之当集空心手期程作年月从居适正高初命家途意暗热";

// Conjunctions between the items of a list of names.
const char* const kConjunctions[] = {"以及", "和", "及", "与", "、", "或"};

// Words that cannot be inside a name: function words, and the verbs and
// nouns that surround names in this genre.
const char* const kStopWords[] = {
    "的",   "同",   "在",   "对",     "向",   "将",   "为",   "是",     "于",       "把",   "被",
    "从",   "以",   "并",   "或",     "等",   "之",   "其",   "这",     "该",       "此",   "了",
    "也",   "都",   "还",   "又",     "再",   "就",   "而",   "但",     "即",       "均",   "已",
    "所",   "给",   "由",   "让",     "使",   "按",   "至",   "到",     "个",       "本国", "关于",
    "通过", "支持", "欢迎", "注意",   "加强", "开展", "参与", "落实",   "实施",     "举行", "举办",
    "提出", "提交", "发挥", "推动",   "认为", "强调", "指出", "表示",   "重申",     "主张", "签署",
    "批准", "加入", "建立", "设立",   "成立", "框架", "领域", "方面",   "其他",     "有关", "相关",
    "系统", "包括", "特别", "例如",   "作为", "根据", "按照", "进行",   "继续",     "共同", "努力",
    "提供", "邀请", "鼓励", "呼吁",   "协助", "考虑", "之间", "观察员", "对话伙伴", "召开", "承认",
    "打造", "建设", "社会", "秘书长", "城市", "会晤", "会员国", "主办", "承办", "参加", "出席",
    "会见", "会谈", "通报",
    // A Council's verbs (安理会赞赏西非经共体委员会, 萨赫勒国家联盟宣布组建……).
    "赞赏", "赞扬", "宣布", "组建", "确认", "谴责", "敦促", "吁请", "要求", "感谢", "祝贺", "深表",
    "回顾", "撤出", "撤离", "确保", "领导", "加快", "启动", "尽快", "出任", "接替",
    "接任", "接纳", "手中",  // 阿塞拜疆接任本组织主席, 二十国集团接纳非洲联盟
    "兼",  // 部队代理团长兼部队指挥官: a title chain, not a name
    "各"};  // 委员会各附属机构: the bodies under a name, not part of it

// Words that hold a stop character or a conjunction without being one (应对
// holds 对; 和平 opens 非洲联盟和平与安全理事会 and 欧洲和平基金; 自由贸易区
// holds 由; 各成员国 names the member states of the body before it).
const char* const kWordsHoldingStops[] = {"应对", "针对",       "面对",       "反对", "对外", "相对",
                                          "和平与安全", "和平与发展", "和平", "和谐", "自由",
                                          "各成员国",   // 上合组织各成员国最高法院
                                          "再保险",     // 经济合作组织再保险公司
                                          "建设和平",   // 联合国几内亚比绍建设和平综合办事处
                                          // 所罗门群岛's short form; the gazetteer's places
                                          // and states are added (words_holding_stops).
                                          "所罗门",
                                          "特使",     // 特使办公室 holds 使
                                          "领导人",   // 全球领导人小组: not the verb 领导
                                          "总统领导"};  // 也门总统领导委员会

// kWordsHoldingStops, and every name of a state or place in the gazetteer
// that holds a stop word or a conjunction (联合国也门问题特使办公室,
// 联合国维也纳办事处, 以色列部队, 特立尼达和多巴哥): a known name inside a
// body is a word of it.
std::vector<std::string> words_holding_stops(const Gazetteer& gazetteer) {
  std::vector<std::string> words(std::begin(kWordsHoldingStops), std::end(kWordsHoldingStops));
  const WordList stops(kStopWords), conjunctions(kConjunctions);
  for (const Gazetteer::Entry& entry : gazetteer.entries()) {
    if (entry.type != EntityType::kCountry && entry.type != EntityType::kPlace) continue;
    std::vector<std::string> names = entry.aliases;
    names.push_back(entry.canonical);
    for (const std::string& name : names) {
      for (size_t pos = 0; pos < name.size(); pos += utf8_length(static_cast<unsigned char>(name[pos]))) {
        if (stops.FirstAt(name, pos) != nullptr || conjunctions.FirstAt(name, pos) != nullptr) {
          words.push_back(name);
          break;
        }
      }
    }
  }
  return words;
}

// What cannot open the second item of a list: 与各国际组织 is no name.
const char* const kDeterminers[] = {"各", "所有", "有关", "相关", "该", "本", "其", "一些", "这些"};

// What may stand right before 大会 when it names the General Assembly, or
// 安全理事会 alone the Security Council: the end of a verb or a preposition
// (回顾大会, 向大会, 请大会, 执行安全理事会……决议).
const char* const kBeforeStandingOrgan[] = {"顾", "向", "在", "由", "和", "及", "与", "请",
                                       "的", "对", "经", "于", "据", "同", "将", "使",
                                       "为", "让", "交", "给", "提", "其", "即",
                                       // 执行/实施/落实/按照/遵循/遵守/通知安全理事会
                                       "行", "施", "实", "照", "循", "守", "知"};

// Bodies too generic to name one organisation (国际金融机构, 上合组织国家银行机构).
const char* const kGenericBodies[] = {
    "金融", "专业", "多边",     "区域",     "地区", "专门",        "主管", "执法",     "科研",
    "研究", "民间", "民间外交", "人道主义", "国家", "成员国",      "各国", "国家银行", "银行",
    "发展", "地方", "司法",     "安全",     "合作", "主要",        "常设", "国际",     "金融和专业",
    "文化", "教育", "恐怖",     "犯罪",     "极端", "区域和次区域", "维和", "维持和平", "政治",
    "次区域", "合作", "协调", "对话", "磋商", "工作", "监督", "对话合作", "合作协调", "多边合作",
    "性"};  // 全球性组织, 区域性组织: a kind of body

// Suffixes that name a body only after whose it is (LooseSuffixAllowed).
const char* const kLooseSuffixes[] = {"小组", "网络", "机制"};
// What a mechanism or network does that does not name it: 定期会晤机制,
// 物流网络.
const char* const kGenericMechanismEnds[] = {"合作", "对话", "磋商", "协调", "交流", "沟通", "工作",
                                             "会晤", "联络", "协商", "物流", "交通", "运输",
                                             "基础设施", "通信", "信息", "电力", "铁路", "公路",
                                             "管道", "销售", "营销", "服务", "有效", "长效",
                                             "人权", "伙伴", "伙伴关系"};
// Verbs that make a mechanism's body a description of what it does
// (成员国应对安全挑战和威胁机制): the names of standing mechanisms are nouns.
const char* const kDescribingVerbs[] = {"应对", "打击", "促进", "保障", "维护", "推动", "解决",
                                        "加强", "建设", "落实", "支助", "支持"};

// A state's police and armies (海地国家警察, 卢旺达国防军, 索马里国民军).
const char* const kStateForces[] = {"国家警察", "国防军", "国民军"};
// What a state's forces or movements are, not who (美国军事力量, 中国体育运动).
const char* const kGenericForces[] = {"军事", "武装", "维和", "经济", "体育", "社会", "国防", "群众", "青年"};

const size_t kMaxBodyCharacters = 14;

template <size_t N>
bool is_one_of(std::string_view s, const char* const (&words)[N]) {
  for (const char* w : words) {
    if (s == w) return true;
  }
  return false;
}

// kSeat: where a body's seat or its parent introduces its name (设在法国里昂
// 的……, 委员会下设的……); no word of the name, which must say what it is.
enum class AnchorKind { kOrganization, kPlace, kCountry, kOpeningWord, kSeat, kNone };

struct Anchor {
  AnchorKind kind = AnchorKind::kNone;
  uint32_t begin = 0;
  uint32_t end = 0;
  std::string canonical;  // for an organisation: its full name
};

class OrganizationExtractor : public ContextualExtractor {
 public:
  OrganizationExtractor(const Gazetteer& gazetteer, Rule declaration, Rule parenthesized,
                        Rule assembly_document, Rule assembly, Rule security_council,
                        Rule committee)
      : ContextualExtractor(gazetteer),
        words_holding_stops_(words_holding_stops(gazetteer)),
        declaration_(std::move(declaration)),
        parenthesized_(std::move(parenthesized)),
        assembly_document_(std::move(assembly_document)),
        assembly_(std::move(assembly)),
        security_council_(std::move(security_council)),
        committee_(std::move(committee)) {}

  std::string_view name() const override { return "organization"; }

  void ExtractIn(const Document& doc, const DocumentContext& context,
                 std::vector<Mention>* out) const override {
    std::string_view text = doc.text;
    const CharIndex& chars = context.chars;
    std::vector<Mention> found;
    std::vector<Anchor> anchors;
    std::map<uint32_t, uint32_t> known_spans;
    std::vector<size_t> bare_organs;  // indices into `found`
    for (size_t i = 0; i < context.names.size(); ++i) {
      const NameHit& hit = context.names[i];
      AnchorKind kind = hit.type == EntityType::kOrganization ? AnchorKind::kOrganization
                        : hit.type == EntityType::kCountry    ? AnchorKind::kCountry
                                                              : AnchorKind::kPlace;
      anchors.push_back(Anchor{kind, hit.begin, hit.end, hit.canonical});
      if (kind == AnchorKind::kPlace) AddProcess(text, hit, &found);
      if (kind == AnchorKind::kOrganization) {
        Add(text, hit.begin, hit.end, hit.canonical, "organization/gazetteer", &found);
        AddKnownParent(text, hit, &found);
        // 集安组织外交部长理事会: an organ's bare name (外交部长理事会, the SCO's
        // by default) right after another organisation is that one's organ,
        // so it does not stop the name that runs over it.
        bool bare = IsBareOrganName(text, hit);
        if (bare) bare_organs.push_back(found.size() - 1);
        // ... or after that one's short name in brackets (伊斯兰合作组织(伊合组
        // 织)外交部长理事会).
        bool organ_of_previous = i > 0 && context.names[i - 1].type == EntityType::kOrganization && bare &&
                                 (context.names[i - 1].end == hit.begin ||
                                  (context.names[i - 1].end + 1 == hit.begin && text[hit.begin - 1] == ')'));
        if (!organ_of_previous) known_spans.emplace(hit.begin, hit.end);
        // 非洲联盟(非盟)和平与安全理事会: after a body's name and its short name
        // in brackets, the body's organ is named as if the bracket were not
        // there; its mention is the organ's own words.
        if (i + 1 < context.names.size() && starts_with(text, hit.end, "(")) {
          const NameHit& short_name = context.names[i + 1];
          uint32_t close = short_name.end;
          if (short_name.begin == hit.end + 1 && short_name.canonical == hit.canonical &&
              starts_with(text, close, ")")) {
            anchors.push_back(Anchor{AnchorKind::kOrganization, close + 1, close + 1, hit.canonical});
          }
        }
      }
    }
    for (const char* word : kOpeningWords) {
      std::string_view w = word;
      chars.ForEachOccurrence(text, w, [&](uint32_t at) {
        anchors.push_back(Anchor{AnchorKind::kOpeningWord, at, static_cast<uint32_t>(at + w.size()), ""});
      });
    }
    AddPartnerAnchors(text, chars, context.names, &anchors);
    AddSeatAnchors(text, chars, &anchors);
    AddQuotedAnchors(text, &anchors);
    AddFormatAnchors(text, &anchors);
    // Before the suffix rule: a committee's bracketed short name is its
    // alias, not a body of its own (of equal spans, the first found stays).
    AddCommittees(text, chars, &found);
    for (const Anchor& anchor : anchors) {
      AddAnchored(text, anchor, known_spans, "organization/suffix", &found);
      if (anchor.kind == AnchorKind::kOrganization) AddSummitOrgan(text, anchor, &found);
    }
    // Organs listed as such before the declarations: one may be declared
    // short for (设在华沙的民主制度和人权办公室(民主人权办)).
    size_t before_named_organs = found.size();
    AddNamedOrgans(text, chars, &found);
    // 欧安组织各机构，即部长理事会、常设理事会……欧安组织常设理事会: an organ
    // listed by its bare name is the one the document names in full.
    for (size_t i = before_named_organs; i < found.size(); ++i) bare_organs.push_back(i);
    AddDeclared(text, chars, known_spans, &found);
    PreferDeclared(&found);
    AddListOfBodies(text, known_spans, &found);
    AddListedMechanisms(text, chars, &found);
    AddQuotedGroups(text, chars, &found);
    AddNamedOperations(text, &found);
    AddGroupsOfFriends(text, context.names, &found);
    AddCoordinated(text, known_spans, &found);
    AddGeneralAssembly(text, chars, &found);
    AddStandingAlone(text, chars, security_council_, "联合国安全理事会", &found);
    ResolveBareOrgans(bare_organs, &found);
    RedeclareKnownShortForms(text, context.names, &found);
    ExpandParentShortForms(context.names, &found);
    NamePairsInFull(&found);
    for (Mention& m : found) out->push_back(std::move(m));
  }

  // 中国—菲律宾南海问题双边磋商机制 … 中菲南海问题双边磋商机制: a pair's body
  // written with the partner's initial is the one the document names with
  // the partner's name in full, the same words after it.
  static void NamePairsInFull(std::vector<Mention>* found) {
    std::map<std::string, std::string> full;  // 中 + initial + rest -> full name
    for (const Mention& m : *found) {
      std::string_view name = m.canonical;
      if (!starts_with(name, "中国")) continue;
      size_t partner = 2 * 3;
      for (std::string_view dash : {"－", "—", "–", "-"}) {
        if (starts_with(name, partner, dash)) partner += dash.size();
      }
      if (partner == 2 * 3 || !is_han(name, partner)) continue;
      std::string initial(name.substr(partner, 3));
      // The partner's name is two to six characters; only the right length
      // gives a key that another mention can hold.
      for (size_t length = 2 * 3; length <= 6 * 3 && partner + length < name.size(); length += 3) {
        full.emplace("中" + initial + std::string(name.substr(partner + length)), m.canonical);
      }
    }
    if (full.empty()) return;
    for (Mention& m : *found) {
      auto it = full.find(m.canonical);
      if (it != full.end()) m.canonical = it->second;
    }
  }

  // 经济合作组织(经合组织): a short form written in brackets right after a
  // body's name is that body's in this document, though the gazetteer
  // knows it as another's (经合组织 is the OECD's): every mention the text
  // writes with it, and the names that open with it, are the body's. Only
  // a short form made of the name's characters in order is so declared.
  static void RedeclareKnownShortForms(std::string_view text, const std::vector<NameHit>& hits,
                                       std::vector<Mention>* found) {
    std::map<std::string, std::pair<std::string, std::string>> declared;  // written -> (other's, body's)
    for (size_t i = 0; i + 1 < hits.size(); ++i) {
      const NameHit& body = hits[i];
      const NameHit& form = hits[i + 1];
      if (body.type != EntityType::kOrganization || form.type != EntityType::kOrganization ||
          body.canonical == form.canonical || form.begin != body.end + 1 || !starts_with(text, body.end, "(") ||
          !starts_with(text, form.end, ")")) {
        continue;
      }
      std::string_view written = text.substr(form.begin, form.end - form.begin);
      if (!is_made_of(written, text.substr(body.begin, body.end - body.begin))) continue;
      declared.emplace(std::string(written), std::make_pair(form.canonical, body.canonical));
    }
    if (declared.empty()) return;
    for (Mention& m : *found) {
      for (const auto& [written, names] : declared) {
        const auto& [others, bodys] = names;
        if (!starts_with(text.substr(m.begin, m.end - m.begin), written) || !starts_with(m.canonical, others)) continue;
        m.canonical = bodys + m.canonical.substr(others.size());
      }
    }
  }

  // An organ named after its parent's short form (南共体首脑会议) has the
  // parent's full name in its own (南部非洲发展共同体首脑会议), whichever rule
  // read it, as the suffix rule's names have: one organ is one node.
  void ExpandParentShortForms(const std::vector<NameHit>& hits, std::vector<Mention>* found) const {
    std::map<uint32_t, const NameHit*> organisations;
    for (const NameHit& hit : hits) {
      if (hit.type == EntityType::kOrganization) organisations.emplace(hit.begin, &hit);
    }
    for (Mention& m : *found) {
      if (m.canonical != m.name) continue;
      auto it = organisations.find(m.begin);
      if (it == organisations.end() || it->second->end >= m.end) continue;
      std::string expanded = it->second->canonical + m.name.substr(it->second->end - m.begin);
      const std::string* known = names().CanonicalOf(EntityType::kOrganization, expanded);
      m.canonical = known != nullptr ? *known : expanded;
    }
  }

  // A name the suffix rule read as some place's organisation is what the
  // document declares it short for: 黑海经合组织 after 黑海经济合作组织(黑海经
  // 合组织) is not 黑海 + 经合组织 (the OECD), and 黑海经合组织外交部长理事会
  // is 黑海经济合作组织外交部长理事会. The same span stays one mention (the
  // first found), with the declared canonical name.
  static void PreferDeclared(std::vector<Mention>* found) {
    // A form declared itself (非盟高级别小组 in 非洲联盟高级别执行小组(非盟高级别
    // 小组)) wins over the same span read after another declared form
    // (非盟 + 高级别小组).
    std::map<std::pair<uint32_t, uint32_t>, const std::string*> declared;
    for (const Mention& m : *found) {
      if (m.rule == "organization/declared") declared.emplace(std::make_pair(m.begin, m.end), &m.canonical);
    }
    for (const Mention& m : *found) {
      if (m.rule == "organization/declared-suffix") declared.emplace(std::make_pair(m.begin, m.end), &m.canonical);
    }
    if (declared.empty()) return;
    for (Mention& m : *found) {
      if (m.rule != "organization/suffix") continue;
      auto it = declared.find({m.begin, m.end});
      if (it != declared.end()) m.canonical = *it->second;
    }
  }

  // A bare organ name (外交部长理事会) is the SCO's by default, but the organ
  // of that name the document named in full before it where there is one,
  // or else after it (伊合组织外交部长理事会……外交部长理事会第五十一届会议).
  // Linear in the mentions times the length of the longest bare name, plus
  // a binary search each.
  static void ResolveBareOrgans(const std::vector<size_t>& bare_organs, std::vector<Mention>* found) {
    if (bare_organs.empty()) return;
    std::set<size_t> bare(bare_organs.begin(), bare_organs.end());
    // Bare name -> (begin, index) of the fuller names ending in it, by begin.
    std::map<std::string, std::vector<std::pair<uint32_t, size_t>>, std::less<>> fuller;
    size_t longest_bare = 0;
    for (size_t b : bare_organs) {
      fuller.emplace((*found)[b].name, std::vector<std::pair<uint32_t, size_t>>());
      longest_bare = std::max(longest_bare, (*found)[b].name.size());
    }
    // Each mention's proper endings, looked up (not every bare name tried
    // against every mention: organs listed in a long text are many).
    for (size_t i = 0; i < found->size(); ++i) {
      if (bare.count(i) > 0) continue;
      const Mention& m = (*found)[i];
      std::string_view canonical = m.canonical;
      for (size_t from = canonical.size(); from > 0 && canonical.size() - from <= longest_bare;) {
        from -= prev_char_len(canonical, from);
        if (from == 0) break;  // the whole name is no fuller form of itself
        auto it = fuller.find(canonical.substr(from));
        if (it != fuller.end()) it->second.emplace_back(m.begin, i);
      }
    }
    // A name inside a longer one (经合组织外交部长理事会 inside 黑海经合组织外交部
    // 长理事会) is not what was named in full.
    for (auto& [name, names] : fuller) {
      std::sort(names.begin(), names.end());
      uint32_t covered_to = 0;
      auto outer_end = std::remove_if(names.begin(), names.end(), [&](const auto& entry) {
        uint32_t end = (*found)[entry.second].end;
        bool inside = end <= covered_to;
        covered_to = std::max(covered_to, end);
        return inside;
      });
      names.erase(outer_end, names.end());
    }
    for (size_t b : bare_organs) {
      Mention& organ = (*found)[b];
      const auto& names = fuller[organ.name];
      auto after = std::lower_bound(names.begin(), names.end(), std::make_pair(organ.begin, size_t{0}));
      // With no fuller name before it, the first one after it (古阿姆各机构，
      // 即外交部长理事会……古阿姆外交部长理事会会议).
      if (after == names.begin()) {
        if (after != names.end()) organ.canonical = (*found)[after->second].canonical;
        continue;
      }
      organ.canonical = (*found)[std::prev(after)->second].canonical;
    }
  }

 private:
  // Where the “ of a quoted item closing at `close` (the ” itself) stands,
  // at most `max_characters` back; npos unless the item is one phrase (not
  // empty, no clause punctuation, no other quote inside).
  // 欧洲联盟索马里海军部队“阿塔兰特”行动, 北约“海上卫士”行动: a named
  // operation is a body. Written right after its force's or organisation's
  // name it runs that name on; written alone it is the operation the text
  // names so in full, or one of its own (“繁荣卫士”行动). Not one being
  // launched (发起“薮猫”行动: an act).
  static void AddNamedOperations(std::string_view text, std::vector<Mention>* found) {
    static constexpr std::string_view kClose = "”行动";
    size_t close = text.find(kClose);
    if (close == std::string_view::npos) return;
    std::map<uint32_t, size_t> longest_ending;  // end -> the longest body ending there
    for (size_t i = 0; i < found->size(); ++i) {
      auto [it, added] = longest_ending.emplace((*found)[i].end, i);
      if (!added && (*found)[i].begin < (*found)[it->second].begin) it->second = i;
    }
    std::map<std::string, std::string> full;  // “X”行动 -> the name written in full
    std::vector<std::pair<uint32_t, uint32_t>> bare;
    for (; close != std::string_view::npos; close = text.find(kClose, close + kClose.size())) {
      size_t open = QuoteOpening(text, close, 12);
      if (open == std::string_view::npos) continue;
      uint32_t end = static_cast<uint32_t>(close + kClose.size());
      std::string operation(text.substr(open, end - open));
      auto before = longest_ending.find(static_cast<uint32_t>(open));
      Mention* body = before == longest_ending.end() ? nullptr : &(*found)[before->second];
      if (body != nullptr) {
        body->end = end;
        body->name += operation;
        body->canonical += operation;
        full.emplace(operation, body->canonical);
      } else if (!ends_with(text.substr(0, open), "发起")) {
        bare.emplace_back(static_cast<uint32_t>(open), end);
      }
    }
    for (auto [begin, end] : bare) {
      std::string operation(text.substr(begin, end - begin));
      auto it = full.find(operation);
      Add(text, begin, end, it != full.end() ? it->second : operation, "organization/operation", found);
    }
  }

  static size_t QuoteOpening(std::string_view text, size_t close, size_t max_characters) {
    static const std::string_view kOpen = "“", kClose = "”";
    size_t from = close > max_characters * 3 ? close - max_characters * 3 : 0;
    size_t open = text.substr(from, close - from).rfind(kOpen);
    if (open == std::string_view::npos) return std::string_view::npos;
    open += from;
    std::string_view item = text.substr(open + kOpen.size(), close - open - kOpen.size());
    if (item.empty() || item.find_first_of(",;\n") != std::string_view::npos ||
        item.find("。") != std::string_view::npos || item.find(kClose) != std::string_view::npos) {
      return std::string_view::npos;
    }
    return open;
  }

  // An initiative's or a format's name in quotes opens the names of the
  // bodies set up under it (“一带一路”国际合作高峰论坛, “一带一路”绿色发展国际
  // 联盟), judged as strictly as after an opening word such as 国际.
  // (The curly quotes are outside the CharIndex's range: one find() pass.)
  // An opening word right after the quotes (国际 in “一带一路”国际合作高峰论坛)
  // opens no name of its own: the quoted name opens it.
  // A format of so many members a side opens its bodies' names as a quoted
  // one does, quotes or none (5+5联合军事委员会, 6+6联合委员会): the digits
  // and + right before an ideograph, after no other digit or letter.
  static void AddFormatAnchors(std::string_view text, std::vector<Anchor>* anchors) {
    auto digit = [&](size_t pos) { return pos < text.size() && text[pos] >= '0' && text[pos] <= '9'; };
    for (size_t plus = text.find('+'); plus != std::string_view::npos; plus = text.find('+', plus + 1)) {
      if (plus == 0 || !digit(plus - 1) || !digit(plus + 1)) continue;
      size_t begin = plus - 1, end = plus + 1;
      while (begin > 0 && digit(begin - 1)) --begin;
      while (digit(end)) ++end;
      bool glued = begin > 0 && std::isalnum(static_cast<unsigned char>(text[begin - 1]));
      if (glued || !is_han(text, end)) continue;
      anchors->push_back(Anchor{AnchorKind::kOpeningWord, static_cast<uint32_t>(begin), static_cast<uint32_t>(end), ""});
    }
  }

  static void AddQuotedAnchors(std::string_view text, std::vector<Anchor>* anchors) {
    static const std::string_view kClose = "”";
    std::set<uint32_t> quoted_ends;
    for (size_t close = text.find(kClose); close != std::string_view::npos;
         close = text.find(kClose, close + kClose.size())) {
      uint32_t end = static_cast<uint32_t>(close + kClose.size());
      if (!is_han(text, end)) continue;
      size_t open = QuoteOpening(text, close, 12);
      if (open == std::string_view::npos) continue;
      anchors->push_back(Anchor{AnchorKind::kOpeningWord, static_cast<uint32_t>(open), end, ""});
      quoted_ends.insert(end);
    }
    if (quoted_ends.empty()) return;
    anchors->erase(std::remove_if(anchors->begin(), anchors->end(),
                                  [&](const Anchor& a) {
                                    return a.kind == AnchorKind::kOpeningWord &&
                                           quoted_ends.count(a.begin) > 0 &&
                                           !starts_with(text, a.begin, "“");
                                  }),
                   anchors->end());
  }

  // A body introduced by its seat (设在马达加斯加塔那那利佛的区域海事信息融合
  // 中心, 总部位于内罗毕的……) or its parent (经济及社会理事会下设的发展政策
  // 委员会): its name starts after 的, whatever its first word.
  static void AddSeatAnchors(std::string_view text, const CharIndex& chars, std::vector<Anchor>* anchors) {
    const size_t kMaxSeat = 12 * 3;
    for (std::string_view cue : {"设在", "设于", "总部位于"}) {
      chars.ForEachOccurrence(text, cue, [&](uint32_t at) {
        size_t pos = at + cue.size();
        for (size_t limit = pos + kMaxSeat; pos < limit && pos < text.size(); pos += 3) {
          if (starts_with(text, pos, "的")) {
            if (pos > at + cue.size()) {
              uint32_t begin = static_cast<uint32_t>(pos + 3);
              anchors->push_back(Anchor{AnchorKind::kSeat, begin, begin, ""});
            }
            return;
          }
          if (!is_han(text, pos)) return;
        }
      });
    }
    for (std::string_view cue : {"下设的", "下属的"}) {
      chars.ForEachOccurrence(text, cue, [&](uint32_t at) {
        uint32_t begin = static_cast<uint32_t>(at + cue.size());
        anchors->push_back(Anchor{AnchorKind::kSeat, begin, begin, ""});
      });
    }
  }

  // 中 and one or two partner initials before a name's body anchor it like
  // a state's name: 中哥 + 政府间常设 + 委员会. Not where a known name starts
  // at 中 or at the initial (中非共和国, 过程中美国), nor after a character
  // that makes 中 mean "in" (其中, 过程中).
  static void AddPartnerAnchors(std::string_view text, const CharIndex& chars,
                                const std::vector<NameHit>& names, std::vector<Anchor>* anchors) {
    std::set<uint32_t> name_begins;
    std::map<uint32_t, uint32_t> two_character_short_forms;  // begin -> end
    for (const NameHit& hit : names) {
      name_begins.insert(hit.begin);
      std::string_view written = text.substr(hit.begin, hit.end - hit.begin);
      if (hit.type == EntityType::kCountry && written.size() == 2 * 3 && written != hit.canonical) {
        two_character_short_forms.emplace(hit.begin, hit.end);
      }
    }
    chars.ForEachOccurrence(text, "中", [&](uint32_t at) {
      if (at >= 3 && kBeforeInnerZhong.find(text.substr(at - 3, 3)) != std::string_view::npos) return;
      size_t end = at + 3;
      if (name_begins.count(at) > 0) return;
      // A partner whose short form has two characters (中印尼 + 海上合作委员会).
      auto short_form = two_character_short_forms.find(static_cast<uint32_t>(end));
      if (short_form != two_character_short_forms.end() && is_han(text, short_form->second)) {
        anchors->push_back(Anchor{AnchorKind::kCountry, at, short_form->second, ""});
        return;
      }
      if (!is_partner_initial(text, end) || name_begins.count(end) > 0) return;
      end += 3;
      if (is_partner_initial(text, end) && name_begins.count(end) == 0) end += 3;
      if (!is_han(text, end)) return;
      anchors->push_back(Anchor{AnchorKind::kCountry, at, static_cast<uint32_t>(end), ""});
    });
  }

  static void Add(std::string_view text, uint32_t begin, uint32_t end, std::string canonical,
                  const std::string& rule, std::vector<Mention>* out) {
    out->push_back(make_mention(EntityType::kOrganization, text, begin, end, std::move(canonical), rule));
  }

  // Whether a gazetteer hit is an organ's name without its parent's: its
  // full name is longer and opens otherwise (外长理事会 -> 上海合作组织成员国
  // 外交部长理事会), where an abbreviation opens alike (上合组织, 东盟).
  static bool IsBareOrganName(std::string_view text, const NameHit& hit) {
    std::string_view written = text.substr(hit.begin, hit.end - hit.begin);
    size_t first = utf8_length(static_cast<unsigned char>(written[0]));
    return hit.canonical.size() > written.size() && !starts_with(hit.canonical, written.substr(0, first));
  }

  // The end of the longest name whose body starts at body_begin, or 0.
  // `known_spans` holds the spans of the known organisations in the text: a
  // name that ends with another known name is two names (经济合作组织-国际电信联盟).
  uint32_t ScanBody(std::string_view text, size_t body_begin, AnchorKind anchor,
                    const std::map<uint32_t, uint32_t>& known_spans) const {
    // 亚洲及太平洋统计研究所, 拉丁美洲和加勒比经济体系: a continent's name may
    // pair with the next region's; elsewhere a conjunction there starts the
    // next item of a list.
    bool continents = anchor == AnchorKind::kPlace && ends_with(text.substr(0, body_begin), "洲");
    if (conjunctions_.FirstAt(text, body_begin) != nullptr &&
        words_holding_stops_.FirstAt(text, body_begin) == nullptr && !continents) {
      return 0;
    }
    if (anchor == AnchorKind::kNone && determiners_.FirstAt(text, body_begin) != nullptr) {
      return 0;
    }
    // Only after an organisation's or a state's name may the body hold a
    // conjunction (联合国毒品和犯罪问题办公室, 国家发展和改革委员会);
    // elsewhere it joins two names.
    // A continent's bodies too: 非洲人权和民族权委员会.
    // After any other place, a conjunction with words on both sides joins
    // two nouns of one name (黑海贸易和开发银行); 黑海和里海 joins places.
    bool conjunctions_inside = anchor == AnchorKind::kOrganization || anchor == AnchorKind::kCountry ||
                               anchor == AnchorKind::kPlace || anchor == AnchorKind::kSeat;
    uint32_t best = 0;
    size_t pos = body_begin;
    // 联合国支持荷台达协议特派团, 美洲国家组织支持哥伦比亚和平进程特派团: a
    // mission named for what it supports. Elsewhere 支持 is a verb, and it
    // is one here too where no mission ends the name, or where the body
    // names another organisation (联合国支持非洲联盟驻索马里特派团: the UN
    // supports the AU's mission).
    // 国际刑警组织-安全理事会特别通告, 联合国-上合组织秘书处间……磋商: a hyphen
    // before another body's name joins two names (a joint body is named by
    // a state or a word after it: 东盟-中国中心).
    if (anchor == AnchorKind::kOrganization && starts_with(text, pos, "-")) {
      size_t next = pos + 1;
      std::vector<NameHit> after = names().Find(text.substr(next, 8 * 3));
      bool body_after = !after.empty() && after[0].begin == 0 && after[0].type == EntityType::kOrganization;
      if (body_after || known_spans.count(static_cast<uint32_t>(next)) > 0) return 0;
      for (std::string_view organ : {"安全理事会", "安理会", "大会", "秘书处"}) {
        if (starts_with(text, next, organ)) return 0;
      }
    }
    bool support_mission = anchor == AnchorKind::kOrganization && starts_with(text, pos, "支持");
    if (support_mission) pos += std::string_view("支持").size();
    for (size_t chars = 0; chars <= kMaxBodyCharacters; ++chars) {
      const char* suffix = suffixes_.FirstAt(text, pos);
      if (suffix != nullptr && support_mission && !ends_with(suffix, "团")) suffix = nullptr;
      // 大会 names an organisation's own assembly only right after its name
      // (非洲联盟大会); elsewhere it is an event (世界人权大会) or the
      // General Assembly, and not an end to judge the body by; so it is in
      // 给予东盟大会观察员地位 (observer status in the Assembly).
      if (suffix != nullptr && std::string_view(suffix) == "大会" &&
          (pos != body_begin || anchor != AnchorKind::kOrganization ||
           starts_with(text, pos + 6, "观察员"))) {
        suffix = nullptr;
      }
      // 部落 is a tribe, but 部落实 a ministry that implements.
      bool not_suffix = not_suffixes_.FirstAt(text, pos) != nullptr &&
                        !starts_with(text, pos, "部落实");
      if (suffix != nullptr && !not_suffix) {
        size_t end = pos + std::string_view(suffix).size();
        std::string_view body = text.substr(body_begin, pos - body_begin);
        if (SuffixAllowed(body, suffix, anchor)) {
          // A seat before a known organ is one name (塔什干地区反恐怖机构).
          auto known = known_spans.find(static_cast<uint32_t>(body_begin));
          bool seat =
              anchor == AnchorKind::kPlace && known != known_spans.end() && known->second == end;
          if (seat || !EndsWithKnownName(text, body_begin, end, best, known_spans)) {
            best = static_cast<uint32_t>(end);
          }
        } else if (!body.empty() && pos >= best) {
          // 上合组织国家银行机构: a generic phrase, and so is its start. (Not
          // the 处 inside a name already taken: 自由贸易区秘书处代表.)
          best = 0;
        }
        // A conjunction or punctuation after a complete name ends it: what
        // follows is the next item of a list.
        if (conjunctions_.FirstAt(text, end) != nullptr || !is_han(text, end)) break;
      }
      if (const char* word = words_holding_stops_.FirstAt(text, pos)) {
        pos += std::string_view(word).size();
        ++chars;
        continue;
      }
      // Observer forces and groups (联合国脱离接触观察员部队, 戈兰观察员小组):
      // 观察员 before such a head is no observer's status.
      if (starts_with(text, pos, "观察员")) {
        size_t head = pos + std::string_view("观察员").size();
        if (starts_with(text, head, "部队") || starts_with(text, head, "小组") || starts_with(text, head, "团") ||
            starts_with(text, head, "特派团")) {
          pos = head;
          ++chars;
          continue;
        }
      }
      // 冈比亚代表伊合组织: the verb 代表 (on behalf of), not a delegation's
      // or an assembly's name (代表团, 代表处, 国民代表大会).
      if (starts_with(text, pos, "代表") && !starts_with(text, pos, "代表团") &&
          !starts_with(text, pos, "代表处") && !starts_with(text, pos, "代表大会") &&
          !starts_with(text, pos, "代表理事会") && !starts_with(text, pos, "代表委员会")) {
        break;
      }
      // 联合国-美洲组织第十二次总秘书处间高级别会议: a session's ordinal ends
      // the body (第六委员会 is a name: its ordinal counts no session).
      if (session_ordinal_end(text, pos) != 0) break;
      // After a seat, a name may list its fields (伊斯兰历史、艺术和文化研究中心).
      bool body_character = is_han(text, pos) || starts_with(text, pos, "-") ||
                            (anchor == AnchorKind::kSeat && starts_with(text, pos, "、"));
      // 会晤 is a meeting, but 中澳总理年度会晤机制 the standing mechanism
      // that holds them; 对 is a preposition, but not in 对话 (中德高级别对话
      // 机制), save in a partner's status (对话伙伴).
      bool stop = stop_words_.FirstAt(text, pos) != nullptr && !starts_with(text, pos, "会晤机制") &&
                  !(starts_with(text, pos, "对话") && !starts_with(text, pos, "对话伙伴"));
      if (!body_character || stop) break;
      // After an opening word, 与 may pair two nouns inside the name
      // (全球抗击饥饿与贫困联盟); other conjunctions join names.
      bool paired_nouns = anchor == AnchorKind::kOpeningWord && starts_with(text, pos, "与");
      if (conjunctions_.FirstAt(text, pos) != nullptr) {
        if (!conjunctions_inside && !paired_nouns) break;
        // 非洲国家和地区组织: a generic noun before the conjunction makes a list.
        if (is_one_of(text.substr(body_begin, pos - body_begin), kGenericBodies)) break;
      }
      pos += text[pos] == '-' ? 1 : 3;
    }
    if (support_mission && best != 0) {
      auto inner = known_spans.lower_bound(static_cast<uint32_t>(body_begin));
      if (inner != known_spans.end() && inner->first < best) return 0;
    }
    return best;
  }

  // Whether [body_begin, end) closes with a known name that stands as an
  // item of its own: at the start of the body, after a separator
  // (经济合作组织-国际电信联盟), or after a complete name (`name_end`, 0 if
  // none: 产业论坛上合组织 is two). A known organ name after a parent's words
  // is that parent's organ (集安组织成员国外交部长理事会).
  static bool EndsWithKnownName(std::string_view text, size_t body_begin, size_t end,
                                size_t name_end, const std::map<uint32_t, uint32_t>& known_spans) {
    auto it = known_spans.lower_bound(static_cast<uint32_t>(body_begin));
    for (; it != known_spans.end() && it->first < end; ++it) {
      if (it->second != end) continue;
      size_t start = it->first;
      if (start == body_begin || text[start - 1] == '-') return true;
      if (name_end != 0 && start >= name_end) return true;
      for (const char* conjunction : kConjunctions) {
        size_t n = std::string_view(conjunction).size();
        if (start >= n && text.compare(start - n, n, conjunction) == 0) return true;
      }
    }
    return false;
  }

  // After a seat or a parent the body is all the name says of what the body
  // is: two characters at least, not a count (两个工作组) nor a generic kind
  // (附属机构, 非营利性国际组织).
  static bool SeatBodyAllowed(std::string_view body) {
    if (body.size() < 2 * 3) return false;
    for (std::string_view count : {"一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "若干", "多个"}) {
      if (starts_with(body, count)) return false;
    }
    if (ends_with(body, "性") || ends_with(body, "国际")) return false;
    return !is_one_of(body, kGenericBodies) && body != "附属" && body != "其他";
  }

  // Groups, networks and mechanisms are named bodies only after whose they
  // are: 非洲联盟智者小组, 不结盟运动议会网络, 中部非洲早期预警机制. Alone,
  // or after a body of generic words or verbs, they describe (两国合作机制,
  // 交通基础设施网络, 亚太地区多边组织伙伴网络, 应对安全挑战和威胁机制).
  static bool LooseSuffixAllowed(std::string_view body, std::string_view suffix, AnchorKind anchor) {
    if (body.size() < 2 * 3) return false;
    for (const char* verb : kDescribingVerbs) {
      if (body.find(verb) != std::string_view::npos) return false;
    }
    if (suffix == "小组") return anchor == AnchorKind::kOrganization || anchor == AnchorKind::kSeat;
    if (anchor != AnchorKind::kOrganization && anchor != AnchorKind::kPlace && anchor != AnchorKind::kSeat &&
        !(suffix == "机制" && anchor == AnchorKind::kCountry)) {
      return false;
    }
    if (is_one_of(body, kGenericBodies)) return false;
    for (const char* generic : kGenericMechanismEnds) {
      if (!ends_with(body, generic)) continue;
      // After two states' names a mechanism whose kind of talks is said
      // with who holds them or on what is that pair's standing mechanism
      // (中澳 + 总理年度会晤 + 机制, 中德 + 政府磋商 + 机制); the kind alone,
      // or with how often (中俄 + 定期会晤 + 机制), describes.
      std::string_view who = body.substr(0, body.size() - std::string_view(generic).size());
      for (std::string_view often : {"定期", "年度"}) {
        if (ends_with(who, often)) who.remove_suffix(often.size());
      }
      bool qualified = who.size() >= 2 * 3 && !starts_with(who, "两国") && !starts_with(who, "三国") &&
                       !starts_with(who, "双边");
      if (suffix != "机制" || anchor != AnchorKind::kCountry || !qualified) return false;
    }
    return true;
  }

  bool SuffixAllowed(std::string_view body, std::string_view suffix, AnchorKind anchor) const {
    // A headquarters after a seat is a site (设在卡杜格利的联合机制总部).
    if (anchor == AnchorKind::kSeat && (!SeatBodyAllowed(body) || suffix == "总部")) return false;
    if (is_one_of(suffix, kLooseSuffixes)) return LooseSuffixAllowed(body, suffix, anchor);
    // ……国家命运共同体, 人类命运共同体: a political idea, not a body.
    if (suffix == "共同体" && ends_with(body, "命运")) return false;
    // 部, 局 and 署 name a government's ministries and agencies too
    // (中华人民共和国商务部, 利比亚投资局, 中国国家国际发展合作署), but 当局
    // is "the authorities".
    bool department_anchor =
        anchor == AnchorKind::kOrganization ||
        ((suffix == "部" || suffix == "局" || suffix == "署") && anchor == AnchorKind::kCountry &&
         !ends_with(body, "当"));
    if (is_one_of(suffix, kDepartmentSuffixes) && (!department_anchor || body.empty())) {
      return false;
    }
    // A government is named by its kind (索马里联邦政府, 民族团结政府), not by
    // the states it counts (两国政府) or a list (国家元首和政府).
    if (suffix == "政府" && (ends_with(body, "国") || body.find("和") != std::string_view::npos ||
                             body.find("与") != std::string_view::npos)) {
      return false;
    }
    // A national police or defence force is a state's (海地国家警察,
    // 卢旺达国防军, 南苏丹人民国防军), with or without a body before it.
    if (is_one_of(suffix, kStateForces)) return anchor == AnchorKind::kCountry;
    // Armed groups and movements named by their state (卢旺达解放民主力量,
    // 苏丹人民解放运动, 扎伊尔自卫队, 刚果发展合作社); not a body's forces
    // (联合国维和力量) nor a movement alone.
    if (suffix == "力量" || suffix == "运动" || suffix == "运动反对派" || suffix == "自卫队" ||
        suffix == "合作社") {
      return anchor == AnchorKind::kCountry && !body.empty() && !is_one_of(body, kGenericForces);
    }
    // A parliament named by its state alone (越南国会); not a phrase ending
    // in one (越南政府总理……和越南国会).
    if (suffix == "国会") return anchor == AnchorKind::kCountry && body.empty();
    // So is a region's or a people's parliament (中美洲议会, 阿拉伯议会,
    // 黎巴嫩议会), named by it alone.
    if (suffix == "议会") {
      return body.empty() && (anchor == AnchorKind::kCountry || anchor == AnchorKind::kPlace ||
                              anchor == AnchorKind::kOpeningWord);
    }
    // A company is a state's or an organisation's (利比亚国家石油公司).
    if (suffix == "公司" && (body.size() < 2 * 3 || (anchor != AnchorKind::kCountry &&
                                                     anchor != AnchorKind::kOrganization))) {
      return false;
    }
    // 联合国地雷行动处, 联合国项目事务署: an office's body is a word of its own
    // (联合国所处, 联合国部署 are verbs).
    if ((suffix == "处" || suffix == "署") &&
        (body.size() < 2 * 3 || ends_with(body, "部") || ends_with(body, "签") || ends_with(body, "所") ||
         ends_with(body, "之") || ends_with(body, "相") || ends_with(body, "到") || ends_with(body, "此"))) {
      return false;
    }
    // A ministry's body is a word (商务, 外交); 东部 is a direction.
    if (suffix == "部" && (body.size() < 2 * 3 || ends_with(body, "东") || ends_with(body, "西") ||
                           ends_with(body, "南") || ends_with(body, "北") || ends_with(body, "中"))) {
      return false;
    }
    if (anchor == AnchorKind::kOpeningWord && (suffix == "机构" || suffix == "中心")) return false;
    // 雅加达会议中心, 国家会展中心: a venue, not a body.
    if (suffix == "中心" && (ends_with(body, "会议") || ends_with(body, "会展") || ends_with(body, "展览") ||
                             ends_with(body, "新闻") || ends_with(body, "体育"))) {
      return false;
    }
    if (body.empty()) {
      if (anchor == AnchorKind::kOrganization) return is_one_of(suffix, kOrganSuffixes);
      if (anchor == AnchorKind::kPlace) return suffix == "秘书处" || suffix == "大学";
      return false;
    }
    // 国际金融机构: judge the body without the opening word.
    std::string_view judged = body;
    if (const char* word = opening_words_.FirstAt(body, 0)) {
      judged.remove_prefix(std::string_view(word).size());
    }
    if (!is_one_of(suffix, kGenericHeads)) return true;
    return !is_one_of(judged, kGenericBodies) && !is_one_of(body, kGenericBodies);
  }

  // Full name of an organisation named `name`, found after `anchor`.
  std::string CanonicalOf(std::string_view name, const Anchor& anchor,
                          std::string_view text) const {
    // After a body's bracketed short name the words are its organ's, even
    // where they alone name another body's (外交部长理事会 is the SCO's).
    bool after_short_name = anchor.kind == AnchorKind::kOrganization && anchor.begin == anchor.end;
    if (const std::string* known = names().CanonicalOf(EntityType::kOrganization, name);
        known != nullptr && !after_short_name) {
      return *known;
    }
    std::string_view anchor_text = text.substr(anchor.begin, anchor.end - anchor.begin);
    std::string_view rest = name.substr(anchor_text.size());
    if (anchor.kind == AnchorKind::kOrganization) {
      std::string expanded = anchor.canonical + std::string(rest);
      const std::string* known = names().CanonicalOf(EntityType::kOrganization, expanded);
      return known != nullptr ? *known : expanded;
    }
    if (anchor.kind == AnchorKind::kPlace) {
      if (const std::string* known = names().CanonicalOf(EntityType::kOrganization, rest)) {
        return *known;
      }
    }
    return std::string(name);
  }

  // 定期举办上合组织妇女论坛: a forum that is held is an event, not a body.
  // The verb may stand a few characters before, past a co-host (举办中国-
  // 上海合作组织数字经济产业论坛).
  static bool HeldAsEvent(std::string_view text, uint32_t begin, uint32_t end) {
    if (!ends_with(text.substr(begin, end - begin), "论坛")) return false;
    const size_t kWindow = 8 * 3;
    size_t from = begin > kWindow ? begin - kWindow : 0;
    std::string_view before = text.substr(from, begin - from);
    for (const char* verb : kEventVerbs) {
      size_t at = before.rfind(verb);
      if (at == std::string_view::npos) continue;
      std::string_view between = before.substr(at + std::string_view(verb).size());
      // 举行的上合组织论坛第15次会议 holds a session of the forum; 举行的
      // 金砖国家工商论坛 holds the forum itself.
      bool session = starts_with(between, 0, "的") && starts_with(text, end, "第");
      bool same_clause = between.find_first_of(",;:()") == std::string_view::npos &&
                         between.find("。") == std::string_view::npos &&
                         between.find("、") == std::string_view::npos;
      if (!session && same_clause) return true;
    }
    return false;
  }

  // A process named after the city where it began (内罗毕进程, 罗安达进程,
  // 柏林进程): a standing mechanism of talks. Not a meeting's short name in
  // brackets (高级别国际会议(杜尚别进程)), which names the meeting.
  static void AddProcess(std::string_view text, const NameHit& hit, std::vector<Mention>* found) {
    constexpr std::string_view kProcess = "进程";
    if (!starts_with(text, hit.end, kProcess)) return;
    if (hit.begin >= 1 && text[hit.begin - 1] == '(') return;
    Add(text, hit.begin, static_cast<uint32_t>(hit.end + kProcess.size()), "", "organization/process", found);
  }

  // A known body whose name opens with another known body's (伊拉克和黎凡特
  // 伊斯兰国西非省): the parent is named there too, as it is before an organ
  // the suffix rule reads; whether it stays is decided with the others
  // named only inside an organ's name (keep_parents_named_only_inside).
  void AddKnownParent(std::string_view text, const NameHit& hit, std::vector<Mention>* found) const {
    std::string_view name = text.substr(hit.begin, hit.end - hit.begin);
    size_t length = 0;
    // At least two characters: no known body is named by one.
    if (const std::string* parent = names().LongestPrefixNamed(EntityType::kOrganization, name, 2 * 3, &length)) {
      Add(text, hit.begin, static_cast<uint32_t>(hit.begin + length), *parent, "organization/gazetteer", found);
    }
  }


  // A regional body's summit as its organ (西非经共体国家元首和政府首脑会议,
  // 南共体首脑会议, 伊加特国家元首和政府首脑大会): the authority whose
  // sessions are numbered after its name (……第六十三届常会, ……特别会议)
  // and which has a chair (……主席). Written with an ordinal before it
  // (经济合作组织第十六届首脑会议) or alone, a summit is a meeting.
  void AddSummitOrgan(std::string_view text, const Anchor& anchor, std::vector<Mention>* found) const {
    static const std::string_view kSummits[] = {"成员国国家元首和政府首脑会议", "国家元首和政府首脑会议",
                                                "国家元首和政府首脑大会", "政府首脑会议", "首脑会议"};
    for (std::string_view summit : kSummits) {
      if (!starts_with(text, anchor.end, summit)) continue;
      size_t end = anchor.end + summit.size();
      if (session_ordinal_end(text, end) != 0 || starts_with(text, end, "主席") ||
          starts_with(text, end, "特别会议") || DatedSessionAfter(text, end)) {
        std::string_view name = text.substr(anchor.begin, end - anchor.begin);
        Add(text, anchor.begin, static_cast<uint32_t>(end), CanonicalOf(name, anchor, text),
            "organization/summit-organ", found);
      }
      return;
    }
  }

  // ……首脑会议 2018年12月22日在尼日利亚阿布贾举行的第五十四届常会: a
  // date, perhaps a place, and a numbered session of what was just named,
  // in one clause.
  static bool DatedSessionAfter(std::string_view text, size_t pos) {
    while (pos < text.size() && text[pos] == ' ') ++pos;
    if (pos >= text.size() || text[pos] < '0' || text[pos] > '9') return false;
    std::string_view clause = text.substr(pos, 40 * 3);
    size_t held = clause.find("举行的");
    if (held == std::string_view::npos) return false;
    std::string_view before = clause.substr(0, held);
    if (before.find_first_of(",;") != std::string_view::npos || before.find("。") != std::string_view::npos) return false;
    return session_ordinal_end(text, pos + held + std::string_view("举行的").size()) != 0;
  }

  void AddAnchored(std::string_view text, const Anchor& anchor,
                   const std::map<uint32_t, uint32_t>& known_spans, const std::string& rule,
                   std::vector<Mention>* found) const {
    uint32_t end = ScanBody(text, anchor.end, anchor.kind, known_spans);
    if (end == 0 || HeldAsEvent(text, anchor.begin, end)) return;
    std::string_view name = text.substr(anchor.begin, end - anchor.begin);
    // 国家 opens a state's agency (国家选举管理局, 国家安全委员会), but
    // 国家经济一体化组织 is a kind of organisation, not a name.
    if (anchor.kind == AnchorKind::kOpeningWord && starts_with(name, "国家") &&
        !ends_with(name, "局") && !ends_with(name, "署") && !ends_with(name, "委员会")) {
      return;
    }
    // 过渡 and 临时 open a transition's councils (过渡总统委员会, 临时选举委员
    // 会), not 过渡政府 or 临时机构, which describe.
    if (anchor.kind == AnchorKind::kOpeningWord && (starts_with(name, "过渡") || starts_with(name, "临时")) &&
        !ends_with(name, "委员会") && !ends_with(name, "理事会")) {
      return;
    }
    Add(text, anchor.begin, end, CanonicalOf(name, anchor, text), rule, found);
  }

  // A bracketed name of the same kind of body right after a name is
  // another name for it, even in other words: 非洲冲突预防和调解女性网络(非洲
  // 女性智慧网络). Both end in the same two-character head noun.
  static bool same_head(std::string_view form, std::string_view full_name) {
    const size_t head = 2 * 3;
    return form.size() >= 2 * head && full_name.size() > form.size() &&
           form.substr(form.size() - head) == full_name.substr(full_name.size() - head) &&
           is_han(form, form.size() - head) && is_han(form, form.size() - 3);
  }

  // Every occurrence of each declared short form is a mention of the full
  // name. A short form declared again for the same full name adds nothing
  // new (the same mentions again), so each (form, full name) is expanded
  // once: a text repeating its declaration n times (one long line of
  // documents run together) would otherwise make n times n mentions.
  void AddDeclared(std::string_view text, const CharIndex& chars,
                   const std::map<uint32_t, uint32_t>& known_spans,
                   std::vector<Mention>* found) const {
    // The full name of a declaration is the longest mention ending where the
    // declaration's parenthesis opens (the first found among equals),
    // including mentions added here for an earlier declaration.
    std::map<uint32_t, size_t> longest_ending_at;  // end -> index into *found
    size_t indexed = 0;
    auto index_new_mentions = [&]() {
      for (; indexed < found->size(); ++indexed) {
        const Mention& m = (*found)[indexed];
        auto [it, added] = longest_ending_at.emplace(m.end, indexed);
        const Mention& held = (*found)[it->second];
        if (!added && m.end - m.begin > held.end - held.begin) it->second = indexed;
      }
    };
    std::set<std::pair<std::string, std::string>> expanded;  // (short form, full name)
    std::map<std::string, std::vector<size_t>> occurrences;   // short form -> where written
    for (const DeclaredAbbreviation& declared :
         find_declared_abbreviations(declaration_, parenthesized_, text, chars)) {
      index_new_mentions();
      auto full = longest_ending_at.find(declared.full_end);
      if (full == longest_ending_at.end()) continue;
      const std::string canonical = (*found)[full->second].canonical;
      const std::string full_name = (*found)[full->second].name;
      for (const std::string& form : declared.short_forms) {
        if (declared.parenthesized &&
            (form.size() >= full_name.size() ||
             !(is_made_of(form, full_name) || is_made_of(form, canonical) ||
               same_head(form, full_name)))) {
          continue;
        }
        if (!expanded.emplace(form, canonical).second) continue;
        auto [where, is_new] = occurrences.try_emplace(form);
        if (is_new) {
          for (size_t at = text.find(form); at != std::string_view::npos;
               at = text.find(form, at + form.size())) {
            where->second.push_back(at);
          }
        }
        for (size_t at : where->second) {
          uint32_t begin = static_cast<uint32_t>(at);
          uint32_t end = begin + static_cast<uint32_t>(form.size());
          Add(text, begin, end, canonical, "organization/declared", found);
          // 本组织 refers back; it does not open names (本组织主要机构).
          if (starts_with(form, 0, "本") || starts_with(form, 0, "该")) continue;
          AddAnchored(text, Anchor{AnchorKind::kOrganization, begin, end, canonical}, known_spans,
                      "organization/declared-suffix", found);
        }
      }
    }
  }

  void AddCoordinated(std::string_view text, const std::map<uint32_t, uint32_t>& known_spans,
                      std::vector<Mention>* found) const {
    std::set<std::pair<uint32_t, uint32_t>> spans;
    for (const Mention& m : *found) spans.emplace(m.begin, m.end);
    for (size_t i = 0; i < found->size(); ++i) {
      const Mention previous = (*found)[i];
      const char* conjunction = conjunctions_.FirstAt(text, previous.end);
      if (conjunction == nullptr) continue;
      size_t body_begin = previous.end + std::string_view(conjunction).size();
      uint32_t end = ScanBody(text, body_begin, AnchorKind::kNone, known_spans);
      if (end == 0 || HeldAsEvent(text, static_cast<uint32_t>(body_begin), end)) continue;
      // A name the other rules found keeps their reading of it.
      if (!spans.emplace(static_cast<uint32_t>(body_begin), end).second) continue;
      std::string name(text.substr(body_begin, end - body_begin));
      std::string canonical = name;
      if (const std::string* known = names().CanonicalOf(EntityType::kOrganization, name)) {
        canonical = *known;
      } else if (std::string_view(conjunction) != "与" && !OpensWithKnownName(name)) {
        // Siblings in a list share the parent whose name opens the first
        // item (上合组织开发银行和发展基金); 与 joins partners instead, and
        // an item that opens with a name of its own (欧亚经济委员会) has its own.
        std::string parent = ParentOf(previous);
        if (!parent.empty()) {
          const std::string* known = names().CanonicalOf(EntityType::kOrganization, parent + name);
          canonical = known != nullptr ? *known : parent + name;
        }
      }
      Add(text, static_cast<uint32_t>(body_begin), end, canonical, "organization/coordinated",
          found);
    }
  }

  // 法语组织的各机构,即法语国家首脑会议、法语国家部长级会议和法语国家常设理
  // 事会: organs named as such are bodies, even those named like a meeting.
  static void AddNamedOrgans(std::string_view text, const CharIndex& chars, std::vector<Mention>* found) {
    static const std::string_view kIntros[] = {"机构,即", "机关,即", "机构,包括", "机关,包括",
                                               "机构,特别是", "机构,尤其是"};
    static const std::string_view kHeads[] = {"会议", "大会", "理事会", "委员会", "秘书处", "机构", "中心", "局", "小组",
                                              "论坛", "办公室", "办事处", "法院", "银行", "基金", "政府", "议会"};
    auto ends_with_head = [&](std::string_view name) {
      for (std::string_view h : kHeads) {
        if (ends_with(name, h)) return true;
      }
      return false;
    };
    // What separates the items: 、 and 以及 always; 和/及 only after an item
    // that is a whole name (贸易和经济发展理事会 holds its 和).
    auto separator_at = [&](size_t item, size_t pos) -> size_t {
      if (starts_with(text, pos, "、")) return 3;
      if (starts_with(text, pos, "以及")) return 6;
      if ((starts_with(text, pos, "和") || starts_with(text, pos, "及")) &&
          ends_with_head(text.substr(item, pos - item))) {
        return 3;
      }
      return 0;
    };
    for (std::string_view intro : kIntros) {
      chars.ForEachOccurrence(text, intro, [&](uint32_t at) {
        size_t item = at + intro.size();
        for (int items = 0; items < 12; ++items) {
          if (starts_with(text, item, "\n")) ++item;  // a line broken after 以及
          size_t end = item;
          size_t step = 0;
          while (end - item <= 20 * 3 && (step = separator_at(item, end)) == 0 && is_han(text, end)) end += 3;
          std::string_view name = text.substr(item, end - item);
          // 设在华盛顿特区的总秘书处: the organ is what follows its seat.
          size_t of = name.rfind("的");
          size_t name_begin = of == std::string_view::npos ? item : item + of + 3;
          name = text.substr(name_begin, end - name_begin);
          if (!ends_with_head(name)) return;
          // 设在维也纳的秘书处: too short a name to be more than its parent's
          // organ, read elsewhere; the list goes on.
          if (name.size() >= 4 * 3) {
            Add(text, static_cast<uint32_t>(name_begin), static_cast<uint32_t>(end), std::string(name),
                "organization/named-organ", found);
          }
          if (step == 0) return;
          item = end + step;
        }
      });
    }
  }

  // “Viv Ansanm”和“格朗格里夫”等武装团伙: armed groups are named in quotes
  // before the noun that says what they are, one or a list of them.
  static void AddQuotedGroups(std::string_view text, const CharIndex& chars, std::vector<Mention>* found) {
    static const std::string_view kOpen = "“", kClose = "”";
    for (std::string_view noun : {"武装团伙", "武装团体", "帮派", "犯罪团伙"}) {
      chars.ForEachOccurrence(text, noun, [&](size_t at) {
        size_t end = at;
        if (ends_with(text.substr(0, end), "等")) end -= 3;
        // Walk back over “item”, joined by 和、及 and ,.
        while (ends_with(text.substr(0, end), kClose)) {
          size_t close = end - kClose.size();
          size_t open = QuoteOpening(text, close, 20);
          if (open == std::string_view::npos) break;
          std::string_view item = text.substr(open + kOpen.size(), close - open - kOpen.size());
          uint32_t begin = static_cast<uint32_t>(open + kOpen.size());
          Add(text, begin, begin + static_cast<uint32_t>(item.size()), std::string(item),
              "organization/quoted-group", found);
          end = open;
          bool joined = false;
          for (std::string_view joint : {"和", "及", "、", ","}) {
            if (ends_with(text.substr(0, end), joint)) {
              end -= joint.size();
              joined = true;
              break;
            }
          }
          if (!joined) break;
        }
      });
    }
  }

  // Groups of friends of a cause, a text or a state, named with it in
  // quotes or 《》 or by a known name: “和平之友”小组, 捍卫《联合国宪章》之友小组,
  // 叙利亚之友小组. Unquoted, a word alone before 之友小组 is too loose a start.
  void AddGroupsOfFriends(std::string_view text, const std::vector<NameHit>& hits,
                          std::vector<Mention>* found) const {
    static const std::string_view kQuoted = "之友”小组", kPlain = "之友小组";
    std::map<uint32_t, uint32_t> known_ends;  // end -> begin of a known name
    for (const NameHit& hit : hits) known_ends.emplace(hit.end, hit.begin);
    for (std::string_view head : {kQuoted, kPlain}) {
      for (size_t at = text.find(head); at != std::string_view::npos; at = text.find(head, at + 1)) {
        size_t end = at + head.size();
        size_t begin = std::string_view::npos;
        if (head == kQuoted) {
          begin = QuoteOpening(text, at + std::string_view("之友").size(), 16);
        } else if (ends_with(text.substr(0, at), "》")) {
          size_t from = at > 40 * 3 ? at - 40 * 3 : 0;
          size_t open = text.substr(from, at - from).rfind("《");
          if (open != std::string_view::npos && text.substr(from + open, at - from - open).find('\n') ==
                                                    std::string_view::npos) {
            begin = from + open;
            if (ends_with(text.substr(0, begin), "捍卫")) begin -= std::string_view("捍卫").size();
          }
        } else if (auto known = known_ends.find(static_cast<uint32_t>(at)); known != known_ends.end()) {
          begin = known->second;
        }
        if (begin == std::string_view::npos) continue;
        std::string name(text.substr(begin, end - begin));
        Add(text, static_cast<uint32_t>(begin), static_cast<uint32_t>(end), name, "organization/friends", found);
      }
    }
  }

  // 作为经济合作组织的专门机构的文化学会、科学基金会和教育学会: after 的, a
  // list of at least two short items that all end in a suffix names bodies,
  // though no item opens with a known name.
  void AddListOfBodies(std::string_view text, const std::map<uint32_t, uint32_t>& known_spans,
                       std::vector<Mention>* found) const {
    static const std::string_view kOf = "的";
    const size_t kMaxItemBytes = 6 * 3;
    for (size_t at = text.find(kOf); at != std::string_view::npos; at = text.find(kOf, at + 1)) {
      std::vector<std::pair<size_t, size_t>> items;
      size_t begin = at + kOf.size();
      while (true) {
        uint32_t end = ScanBody(text, begin, AnchorKind::kNone, known_spans);
        if (end == 0 || end - begin > kMaxItemBytes) break;
        items.emplace_back(begin, end);
        const char* conjunction = conjunctions_.FirstAt(text, end);
        if (conjunction == nullptr) break;
        begin = end + std::string_view(conjunction).size();
      }
      if (items.size() < 2) continue;
      for (const auto& [item_begin, item_end] : items) {
        Add(text, static_cast<uint32_t>(item_begin), static_cast<uint32_t>(item_end), "",
            "organization/list", found);
      }
    }
  }

  // 用好中澳战略经济对话、中澳外交与战略对话和中澳高级别对话等机制: the
  // standing dialogues of two states, listed before 等机制, are bodies. Only
  // items that open with 中 and a partner's character and end in 对话 or
  // 机制 (the committees and councils listed beside them the suffix rule
  // reads); the list opens after a verb of use or at punctuation.
  static void AddListedMechanisms(std::string_view text, const CharIndex& chars, std::vector<Mention>* found) {
    static constexpr std::string_view kClose = "等机制";
    static constexpr std::string_view kOpeners[] = {"用好", "用足", "发挥", "利用", "依托", "通过", "加强", "办好"};
    static constexpr std::string_view kJoints[] = {"、", "和", "及", "与"};
    chars.ForEachOccurrence(text, kClose, [&](uint32_t close) {
      size_t from = close > 240 ? close - 240 : 0;
      std::string_view before = text.substr(from, close - from);
      size_t open = 0;
      for (std::string_view stop : {",", "。", ";", ":", "\n"}) {
        size_t at = before.rfind(stop);
        if (at != std::string_view::npos) open = std::max(open, at + stop.size());
      }
      for (std::string_view opener : kOpeners) {
        size_t at = before.rfind(opener);
        if (at != std::string_view::npos && at >= open) open = at + opener.size();
      }
      std::string_view list = before.substr(open);
      size_t base = from + open;
      for (size_t item_begin = 0; item_begin < list.size();) {
        // The item runs to the next joint that is followed by 中 (中澳外交与
        // 战略对话 holds 与; 和 inside 中越陆地边界联合委员会和…, too).
        size_t item_end = list.size();
        for (size_t pos = item_begin + 3; pos < list.size(); ++pos) {  // joints are whole characters
          bool joint_here = false;
          for (std::string_view joint : kJoints) {
            if (starts_with(list, pos, joint) && starts_with(list, pos + joint.size(), "中")) {
              item_end = pos;
              joint_here = true;
              break;
            }
          }
          if (joint_here) break;
        }
        std::string_view item = list.substr(item_begin, item_end - item_begin);
        bool named = starts_with(item, "中") && !starts_with(item, "中方") && !starts_with(item, "中国同") &&
                     (ends_with(item, "对话") || ends_with(item, "机制")) && item.size() >= 4 * 3 &&
                     item.size() <= 20 * 3;
        if (named) {
          Add(text, static_cast<uint32_t>(base + item_begin), static_cast<uint32_t>(base + item_end), "",
              "organization/listed-mechanism", found);
        }
        if (item_end == list.size()) break;
        for (std::string_view joint : kJoints) {
          if (starts_with(list, item_end, joint)) {
            item_begin = item_end + joint.size();
            break;
          }
        }
      }
    });
  }

  bool OpensWithKnownName(std::string_view name) const {
    std::vector<NameHit> inside = names().Find(name);
    return !inside.empty() && inside[0].begin == 0;
  }

  // The full name of the organisation that opens `organ`'s canonical name
  // (上海合作组织 for 上海合作组织开发银行); empty if none does.
  std::string ParentOf(const Mention& organ) const {
    std::vector<NameHit> inside = names().Find(organ.canonical);
    if (inside.empty() || inside[0].begin != 0 || inside[0].type != EntityType::kOrganization ||
        inside[0].end == organ.canonical.size()) {
      return "";
    }
    return inside[0].canonical;
  }

  // Whether a UN organ's short name starting at `begin` stands alone: after
  // no character, punctuation, or a verb or preposition (回顾大会, 其安全理事会),
  // not inside a longer name (世界毒品问题大会, 联合国安全理事会).
  bool StandsAlone(std::string_view text, size_t begin) const {
    if (begin == 0 || static_cast<unsigned char>(text[begin - 1]) < 0x80) return true;
    return begin >= 3 && (!is_han(text, begin - 3) || before_standing_organ_.FirstAt(text, begin - 3) != nullptr);
  }

  // 中部非洲和平与安全理事会 is a council of its own, whether found or not.
  static bool InsidePeaceAndSecurity(std::string_view text, size_t begin) {
    std::string_view before = text.substr(0, begin);
    return ends_with(before, "和平与") || ends_with(before, "和平和") || ends_with(before, "和平及");
  }

  // Every standing-alone match of `rule` is a mention of `canonical`.
  void AddStandingAlone(std::string_view text, const CharIndex& chars, const Rule& rule, const char* canonical,
                        std::vector<Mention>* found) const {
    if (!may_match(rule, text)) return;
    RuleMatches matches(rule, text, &chars);
    re2::StringPiece whole;
    while (matches.Next(&whole)) {
      size_t begin = whole.data() - text.data();
      if (!StandsAlone(text, begin) || InsidePeaceAndSecurity(text, begin)) continue;
      Add(text, static_cast<uint32_t>(begin), static_cast<uint32_t>(begin + whole.size()),
          canonical, rule.name, found);
    }
  }

  // A committee named by the resolutions that set it up: 安全理事会关于南苏丹
  // 的第2206(2015)号决议所设委员会. Its name is all it has.
  void AddCommittees(std::string_view text, const CharIndex& chars, std::vector<Mention>* found) const {
    if (!may_match(committee_, text)) return;
    RuleMatches matches(committee_, text, &chars);
    re2::StringPiece whole;
    re2::StringPiece short_name;
    // Each (short name, committee) is expanded once: a text repeating the
    // declaration would otherwise expand it once per repetition (quadratic).
    std::set<std::pair<std::string, std::string>> expanded;
    while (matches.Next(&whole, &short_name)) {
      uint32_t begin = static_cast<uint32_t>(whole.data() - text.data());
      std::string name(whole.data(), whole.size());
      // A short name the gazetteer knows (反恐怖主义委员会) says which
      // committee this is: the mentions take its full name.
      std::string_view alias(short_name.data(), short_name.size());
      const std::string* known =
          alias.empty() ? nullptr : names().CanonicalOf(EntityType::kOrganization, alias);
      if (known != nullptr) name = *known;
      Add(text, begin, begin + static_cast<uint32_t>(whole.size()), name, committee_.name, found);
      // Its short name in brackets right after (南苏丹制裁委员会) names it
      // there and wherever the text uses it later.
      if (alias.empty()) continue;
      if (!expanded.emplace(std::string(alias), name).second) continue;
      for (size_t at = alias.data() - text.data(); at != std::string_view::npos;
           at = text.find(alias, at + alias.size())) {
        Add(text, static_cast<uint32_t>(at), static_cast<uint32_t>(at + alias.size()), name,
            committee_.name, found);
      }
    }
  }

  void AddGeneralAssembly(std::string_view text, const CharIndex& chars, std::vector<Mention>* found) const {
    if (!RE2::PartialMatch(text, *assembly_document_.re)) return;
    AddStandingAlone(text, chars, assembly_, "联合国大会", found);
  }

  const WordList words_holding_stops_;
  Rule declaration_, parenthesized_, assembly_document_, assembly_, security_council_, committee_;
  // The word lists above, asked at every character a body scan passes.
  const WordList suffixes_{kSuffixes}, not_suffixes_{kNotSuffixes}, stop_words_{kStopWords},
      conjunctions_{kConjunctions}, determiners_{kDeterminers}, opening_words_{kOpeningWords},
      before_standing_organ_{kBeforeStandingOrgan};
};

}  // namespace

Result<std::unique_ptr<Extractor>> make_organization_extractor(const Gazetteer& gazetteer) {
  Result<Rule> rules[] = {
      compile_declaration_rule(),
      compile_parenthesized_declaration_rule(),
      compile_rule("organization/general-assembly-document",
                   "(?m)(?:^ *(?:大会|人权理事会|经济及社会理事会|安全理事会),$|大会第\\p{Han}{1,6}届会议|"
                   "大会议程项目|大会\\d{4}年\\d{1,2}月\\d{1,2}日第)"),
      compile_rule("organization/general-assembly", "(大会)"),
      compile_rule("organization/security-council", "(安全理事会)"),
      compile_rule("organization/resolution-committee",
                   "((?:安全理事会|安理会)?(?:关于[^,。;:《》“”\\n]{1,80}?的)?"
                   "(?:第\\d+(?:\\(\\d{4}\\))?号(?:、|和|及|以及)?)+决议(?:第\\d+段)?所设(?:立的)?"
                   // ... and the panels of experts that assist them (第2140(2014)
                   // 号决议第21段所设专家小组, ……所设苏丹问题专家小组).
                   "(?:委员会|工作组|(?:\\p{Han}{1,8}?问题)?专家小组|(?:\\p{Han}{1,8}?问题)?专家组))"
                   "(?:\\((\\p{Han}{2,12}?委员会)\\))?"),
  };
  for (auto& r : rules) {
    if (!r.ok()) return r.status();
  }
  return std::unique_ptr<Extractor>(new OrganizationExtractor(
      gazetteer, std::move(rules[0].value()), std::move(rules[1].value()), std::move(rules[2].value()),
      std::move(rules[3].value()), std::move(rules[4].value()), std::move(rules[5].value())));
}

}  // namespace treatygraph
