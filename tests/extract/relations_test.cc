// Relation rules on hand-written mentions, so the cases do not depend on
// the entity extractors: each case lists the text, the mentions an
// extractor would give (type, surface, value), and the relations expected
// of the types under test, written "TYPE from -> to".
#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "extract/extractors_internal.h"
#include "extract/test_util.h"

namespace treatygraph {
namespace {

using T = EntityType;
using V = std::vector<std::string>;

struct Spec {
  T type;
  const char* surface;
  const char* value = "";
  const char* canonical = "";  // empty: the surface
};

struct Case {
  const char* text;
  std::vector<Spec> mentions;
  std::set<std::string> types;  // relation types compared
  V expected;                   // sorted
};

// Places each mention at the first occurrence of its surface at or after
// the previous mention's start (so a name nested in the one before it is
// found inside it), then runs the relation rules.
V relations_of(const Case& c) {
  Document doc = ingest_bytes("t.txt", "", c.text).value();
  std::vector<Mention> mentions;
  size_t from = 0;
  for (const Spec& s : c.mentions) {
    size_t at = doc.text.find(s.surface, from);
    std::string surface = s.surface;
    if (!mentions.empty() && at == mentions.back().begin &&
        surface.size() == mentions.back().end - mentions.back().begin) {
      at = doc.text.find(s.surface, from + 1);
    }
    REQUIRE_MESSAGE(at != std::string::npos, s.surface);
    Mention m;
    m.type = s.type;
    m.begin = static_cast<uint32_t>(at);
    m.end = static_cast<uint32_t>(at + surface.size());
    m.name = surface;
    m.canonical = *s.canonical ? s.canonical : surface;
    m.value = s.value;
    mentions.push_back(m);
    from = at;
  }
  std::stable_sort(mentions.begin(), mentions.end(), [](const Mention& a, const Mention& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  std::vector<RelationMention> found;
  extract_relations(doc, mentions, &found);
  auto label = [&](int i) {
    if (i == RelationMention::kDocument) return std::string("@document");
    const Mention& m = mentions[static_cast<size_t>(i)];
    return m.type == T::kDate ? m.value : m.name;
  };
  V out;
  for (const RelationMention& r : found) {
    CHECK(r.begin <= r.end);
    CHECK(r.end <= doc.text.size());
    if (!c.types.count(r.type)) continue;
    out.push_back(r.type + " " + label(r.from) + " -> " + label(r.to));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

void run(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    std::string text = c.text;
    CAPTURE(text);
    V expected = c.expected;
    std::sort(expected.begin(), expected.end());
    CHECK(relations_of(c) == expected);
  }
}

const std::set<std::string> kSetting = {"HELD_IN", "HELD_ON", "SIGNED_IN", "SIGNED_ON",
                                        "ADOPTED_ON"};

TEST_CASE("a date in front of a resolution is its adoption date") {
  run({
      {"还回顾其2004年12月2日关于给予上海合作组织大会观察员地位的第59/48号决议,",
       {{T::kDate, "2004年12月2日", "2004-12-02"},
        {T::kOrganization, "上海合作组织"},
        {T::kOrganization, "大会"},
        {T::kResolution, "第59/48号决议", "A/RES/59/48"}},
       kSetting,
       {"ADOPTED_ON 第59/48号决议 -> 2004-12-02"}},
      // The setting after the resolution, with the verb's helpers.
      {"第1325(2000)号决议于2000年10月31日获得一致通过,",
       {{T::kResolution, "第1325(2000)号决议", "S/RES/1325"}, {T::kDate, "2000年10月31日", "2000-10-31"}},
       kSetting,
       {"ADOPTED_ON 第1325(2000)号决议 -> 2000-10-31"}},
      // What the resolution did, as a relative clause; not what another did.
      {"回顾其1948年2月25日设立拉丁美洲经济委员会的第106(VI)号决议,以及2020年5月5日会议报告的第75/1号决议",
       {{T::kDate, "1948年2月25日", "1948-02-25"},
        {T::kResolution, "第106(VI)号决议", "A/RES/106(VI)"},
        {T::kDate, "2020年5月5日", "2020-05-05"},
        {T::kResolution, "第75/1号决议", "A/RES/75/1"}},
       kSetting,
       {"ADOPTED_ON 第106(VI)号决议 -> 1948-02-25"}},
      // Each date of a coordinated list attaches to the number after it.
      {"回顾其关于联合国同上海合作组织的合作的2009年12月18日第64/183号、2010年12月13日第65/"
       "124号和2019年8月30日第73/334号决议,",
       {{T::kOrganization, "联合国"},
        {T::kOrganization, "上海合作组织"},
        {T::kDate, "2009年12月18日", "2009-12-18"},
        {T::kResolution, "第64/183号", "A/RES/64/183"},
        {T::kDate, "2010年12月13日", "2010-12-13"},
        {T::kResolution, "第65/124号", "A/RES/65/124"},
        {T::kDate, "2019年8月30日", "2019-08-30"},
        {T::kResolution, "第73/334号决议", "A/RES/73/334"}},
       kSetting,
       {"ADOPTED_ON 第64/183号 -> 2009-12-18", "ADOPTED_ON 第65/124号 -> 2010-12-13",
        "ADOPTED_ON 第73/334号决议 -> 2019-08-30"}},
      // A quoted title between the date and the number, with an instrument
      // name and a comma inside the quotes.
      {"大会2015年9月25日题为“变革我们的世界:2030年可持续发展议程”的第70/1号决议",
       {{T::kOrganization, "大会"},
        {T::kDate, "2015年9月25日", "2015-09-25"},
        {T::kInstrument, "2030年可持续发展议程", "agenda"},
        {T::kResolution, "第70/1号决议", "A/RES/70/1"}},
       kSetting,
       {"ADOPTED_ON 第70/1号决议 -> 2015-09-25"}},
      {"秘书长关于2019年7月25日第73/330号决议执行情况的报告",
       {{T::kDate, "2019年7月25日", "2019-07-25"},
        {T::kResolution, "第73/330号决议", "A/RES/73/330"}},
       kSetting,
       {"ADOPTED_ON 第73/330号决议 -> 2019-07-25"}},
  });
}

TEST_CASE("dates and places in front of meetings") {
  run({
      {"注意到2018年6月9日和10日在中国青岛举行的上海合作组织成员国元首理事会第十八次会议、2019年"
       "6月13日和14日在吉尔吉斯斯坦比什凯克举行的第十九次会议和2020年11月10日由俄罗斯联邦以视频形"
       "式主持召开的第二十次会议,",
       {{T::kDate, "2018年6月9日", "2018-06-09"},
        {T::kDate, "10日", "2018-06-10"},
        {T::kCountry, "中国"},
        {T::kPlace, "青岛"},
        {T::kMeeting, "上海合作组织成员国元首理事会第十八次会议"},
        {T::kOrganization, "上海合作组织成员国元首理事会"},
        {T::kDate, "2019年6月13日", "2019-06-13"},
        {T::kDate, "14日", "2019-06-14"},
        {T::kCountry, "吉尔吉斯斯坦"},
        {T::kPlace, "比什凯克"},
        {T::kMeeting, "第十九次会议"},
        {T::kDate, "2020年11月10日", "2020-11-10"},
        {T::kCountry, "俄罗斯联邦"},
        {T::kMeeting, "第二十次会议"}},
       kSetting,
       {"HELD_IN 上海合作组织成员国元首理事会第十八次会议 -> 青岛",
        "HELD_ON 上海合作组织成员国元首理事会第十八次会议 -> 2018-06-09",
        "HELD_ON 上海合作组织成员国元首理事会第十八次会议 -> 2018-06-10",
        "HELD_IN 第十九次会议 -> 比什凯克", "HELD_ON 第十九次会议 -> 2019-06-13",
        "HELD_ON 第十九次会议 -> 2019-06-14", "HELD_ON 第二十次会议 -> 2020-11-10"}},
      // Two settings of one meeting.
      {"高度评价2019年6月17日至19日在索契、2020年10月30日在努尔苏丹举行的上合组织成员国最高法院院"
       "长会议成果",
       {{T::kDate, "2019年6月17日至19日", "2019-06-17/2019-06-19"},
        {T::kPlace, "索契"},
        {T::kDate, "2020年10月30日", "2020-10-30"},
        {T::kPlace, "努尔苏丹"},
        {T::kMeeting, "上合组织成员国最高法院院长会议"}},
       kSetting,
       {"HELD_IN 上合组织成员国最高法院院长会议 -> 努尔苏丹",
        "HELD_IN 上合组织成员国最高法院院长会议 -> 索契",
        "HELD_ON 上合组织成员国最高法院院长会议 -> 2019-06-17/2019-06-19",
        "HELD_ON 上合组织成员国最高法院院长会议 -> 2020-10-30"}},
      // A country with no city is the place; 举行 without 的.
      {"并欢迎即将于2021年11月28日在土库曼斯坦举行的第十五届首脑会议;定于2021年9月16日在塔吉克斯坦"
       "杜尚别举行上海合作组织首脑会议",
       {{T::kDate, "2021年11月28日", "2021-11-28"},
        {T::kCountry, "土库曼斯坦"},
        {T::kMeeting, "第十五届首脑会议"},
        {T::kDate, "2021年9月16日", "2021-09-16"},
        {T::kCountry, "塔吉克斯坦"},
        {T::kPlace, "杜尚别"},
        {T::kMeeting, "上海合作组织首脑会议"}},
       kSetting,
       {"HELD_IN 第十五届首脑会议 -> 土库曼斯坦", "HELD_ON 第十五届首脑会议 -> 2021-11-28",
        "HELD_IN 上海合作组织首脑会议 -> 杜尚别", "HELD_ON 上海合作组织首脑会议 -> 2021-09-16"}},
      // A meeting that frames the clause (间隙) is not the head.
      {"2016年12月12日在生物多样性公约第十三届缔约方会议间隙在墨西哥坎昆举行的经济合作组织会外活动",
       {{T::kDate, "2016年12月12日", "2016-12-12"},
        {T::kMeeting, "生物多样性公约第十三届缔约方会议"},
        {T::kCountry, "墨西哥"},
        {T::kPlace, "坎昆"},
        {T::kMeeting, "经济合作组织会外活动"}},
       kSetting,
       {"HELD_IN 经济合作组织会外活动 -> 坎昆", "HELD_ON 经济合作组织会外活动 -> 2016-12-12"}},
      // During a meeting, an event held there shares its setting.
      {"积极评价2020年3月2日在维也纳举行的联合国麻醉品委员会第63次会议期间,上合组织同联合国共同举"
       "办“打击通过暗网贩运毒品”高级别联合活动,",
       {{T::kDate, "2020年3月2日", "2020-03-02"},
        {T::kPlace, "维也纳"},
        {T::kMeeting, "联合国麻醉品委员会第63次会议"},
        {T::kOrganization, "上合组织"},
        {T::kOrganization, "联合国"},
        {T::kMeeting, "“打击通过暗网贩运毒品”高级别联合活动"}},
       kSetting,
       {"HELD_IN 联合国麻醉品委员会第63次会议 -> 维也纳",
        "HELD_ON 联合国麻醉品委员会第63次会议 -> 2020-03-02",
        "HELD_IN “打击通过暗网贩运毒品”高级别联合活动 -> 维也纳",
        "HELD_ON “打击通过暗网贩运毒品”高级别联合活动 -> 2020-03-02"}},
      // The setting after the meeting.
      {"上海合作组织成员国元首理事会会议于2019年6月14日在比什凯克举行。",
       {{T::kMeeting, "上海合作组织成员国元首理事会会议"},
        {T::kDate, "2019年6月14日", "2019-06-14"},
        {T::kPlace, "比什凯克"}},
       kSetting,
       {"HELD_IN 上海合作组织成员国元首理事会会议 -> 比什凯克",
        "HELD_ON 上海合作组织成员国元首理事会会议 -> 2019-06-14"}},
      // After the meeting, a bare year (no date of its own) before the place;
      // a country is the place when no city is given.
      {"亚信第六次峰会将于2022年在哈萨克斯坦举行。",
       {{T::kMeeting, "亚信第六次峰会"}, {T::kOrganization, "亚信"}, {T::kCountry, "哈萨克斯坦"}},
       kSetting,
       {"HELD_IN 亚信第六次峰会 -> 哈萨克斯坦"}},
      // A part of the year, or the manner, between the meeting and its setting.
      {"该委员会第三次会议于2023年下半年在比什凯克举行。",
       {{T::kMeeting, "该委员会第三次会议"}, {T::kPlace, "比什凯克"}},
       kSetting,
       {"HELD_IN 该委员会第三次会议 -> 比什凯克"}},
      {"澜湄合作第四次领导人会议于2023年12月以视频方式举行。",
       {{T::kMeeting, "澜湄合作第四次领导人会议"},
        {T::kOrganization, "澜湄合作"},
        {T::kDate, "2023年12月", "2023-12"}},
       kSetting,
       {"HELD_ON 澜湄合作第四次领导人会议 -> 2023-12"}},
      // 该会议 refers back to the sentence's last meeting, and the setting
      // is also that of the texts issued there.
      {"主办南盟第十九届首脑会议,并商定该会议于2016年在伊斯兰堡举行。",
       {{T::kMeeting, "南盟第十九届首脑会议"}, {T::kPlace, "伊斯兰堡"}},
       kSetting,
       {"HELD_IN 南盟第十九届首脑会议 -> 伊斯兰堡"}},
      {"欢迎领导人会议通过的《蓝色太平洋战略》,该会议于2022年7月11日在苏瓦举行。",
       {{T::kMeeting, "领导人会议"},
        {T::kInstrument, "蓝色太平洋战略", "strategy"},
        {T::kDate, "2022年7月11日", "2022-07-11"},
        {T::kPlace, "苏瓦"}},
       kSetting,
       {"HELD_IN 领导人会议 -> 苏瓦", "HELD_ON 领导人会议 -> 2022-07-11",
        "SIGNED_IN 蓝色太平洋战略 -> 苏瓦", "SIGNED_ON 蓝色太平洋战略 -> 2022-07-11"}},
      // The meeting before its setting, and the text adopted there after it.
      {"第九届部长级会议于2020年7月6日以视频方式举行并通过《安曼宣言》。",
       {{T::kMeeting, "第九届部长级会议"},
        {T::kDate, "2020年7月6日", "2020-07-06"},
        {T::kInstrument, "安曼宣言", "declaration"}},
       kSetting,
       {"HELD_ON 第九届部长级会议 -> 2020-07-06", "SIGNED_ON 安曼宣言 -> 2020-07-06"}},
      // 该会议通过的《…》: the text was issued at the sentence's last meeting.
      {"欢迎2024年11月28日举行的理事会会议的成果,包括该会议通过的《阿斯塔纳宣言》,并注意到",
       {{T::kDate, "2024年11月28日", "2024-11-28"},
        {T::kMeeting, "理事会会议"},
        {T::kInstrument, "阿斯塔纳宣言", "declaration"}},
       kSetting,
       {"HELD_ON 理事会会议 -> 2024-11-28", "SIGNED_ON 阿斯塔纳宣言 -> 2024-11-28"}},
      // A list the verb announces, one item per line, after a numbered
      // paragraph's date and an adverbial with its own comma.
      {"六、2024年11月14日,在两国元首见证下,双方在利马签署了下列合作文件:\n"
       "《海关总署与农业部议定书》;\n《文化交流执行计划》。\n《另一协定》。",
       {{T::kDate, "2024年11月14日", "2024-11-14"},
        {T::kPlace, "利马"},
        {T::kInstrument, "海关总署与农业部议定书", "protocol"},
        {T::kInstrument, "文化交流执行计划", "plan"},
        {T::kInstrument, "另一协定", "agreement"}},
       kSetting,
       {"SIGNED_IN 文化交流执行计划 -> 利马", "SIGNED_IN 海关总署与农业部议定书 -> 利马",
        "SIGNED_ON 文化交流执行计划 -> 2024-11-14", "SIGNED_ON 海关总署与农业部议定书 -> 2024-11-14"}},
      // Without the announcement the next line's text is another sentence.
      {"双方在利马签署了《海关总署与农业部议定书》;\n《文化交流执行计划》。",
       {{T::kPlace, "利马"},
        {T::kInstrument, "海关总署与农业部议定书", "protocol"},
        {T::kInstrument, "文化交流执行计划", "plan"}},
       kSetting,
       {"SIGNED_IN 海关总署与农业部议定书 -> 利马"}},
      // 该协议 refers back to the last instrument, as 该会议 to a meeting.
      {"重申《和平与和解政治协议》仍是框架,该协议于2019年2月6日在班吉签署,并欢迎",
       {{T::kInstrument, "和平与和解政治协议", "agreement"},
        {T::kDate, "2019年2月6日", "2019-02-06"},
        {T::kPlace, "班吉"}},
       kSetting,
       {"SIGNED_IN 和平与和解政治协议 -> 班吉", "SIGNED_ON 和平与和解政治协议 -> 2019-02-06"}},
      // The passive: the text, then 由 the meeting that adopted it.
      {"注意到《人工智能框架公约》由2024年5月17日在斯特拉斯堡举行的部长委员会第133届会议通过,并",
       {{T::kInstrument, "人工智能框架公约", "convention"},
        {T::kDate, "2024年5月17日", "2024-05-17"},
        {T::kPlace, "斯特拉斯堡"},
        {T::kMeeting, "部长委员会第133届会议"}},
       kSetting,
       {"HELD_IN 部长委员会第133届会议 -> 斯特拉斯堡", "HELD_ON 部长委员会第133届会议 -> 2024-05-17",
        "SIGNED_IN 人工智能框架公约 -> 斯特拉斯堡", "SIGNED_ON 人工智能框架公约 -> 2024-05-17"}},
      // 由 naming who acts, not a meeting that made the text: nothing.
      {"《人工智能框架公约》由秘书处保存,2024年5月17日举行的部长委员会第133届会议",
       {{T::kInstrument, "人工智能框架公约", "convention"},
        {T::kDate, "2024年5月17日", "2024-05-17"},
        {T::kMeeting, "部长委员会第133届会议"}},
       kSetting,
       {"HELD_ON 部长委员会第133届会议 -> 2024-05-17"}},
      // The seat of a region: the city is the place.
      {"会晤于2024年10月22日在俄罗斯鞑靼斯坦共和国首府喀山举行。",
       {{T::kMeeting, "会晤"},
        {T::kDate, "2024年10月22日", "2024-10-22"},
        {T::kCountry, "俄罗斯"},
        {T::kPlace, "鞑靼斯坦共和国"},
        {T::kPlace, "喀山"}},
       kSetting,
       {"HELD_IN 会晤 -> 喀山", "HELD_ON 会晤 -> 2024-10-22"}},
      // The meeting and what it adopted, joined by 及其.
      {"欢迎2024年5月16日在麦纳麦举行的首脑理事会第三十三届常会及其通过的《麦纳麦宣言》",
       {{T::kDate, "2024年5月16日", "2024-05-16"},
        {T::kPlace, "麦纳麦"},
        {T::kMeeting, "首脑理事会第三十三届常会"},
        {T::kInstrument, "麦纳麦宣言", "declaration"}},
       kSetting,
       {"HELD_IN 首脑理事会第三十三届常会 -> 麦纳麦", "HELD_ON 首脑理事会第三十三届常会 -> 2024-05-16",
        "SIGNED_IN 麦纳麦宣言 -> 麦纳麦", "SIGNED_ON 麦纳麦宣言 -> 2024-05-16"}},
      // An annex is issued with its text.
      {"2024年9月22日在纽约举行的未来峰会通过的《未来契约》及其附件《全球数字契约》和《宣言》",
       {{T::kDate, "2024年9月22日", "2024-09-22"},
        {T::kPlace, "纽约"},
        {T::kMeeting, "未来峰会"},
        {T::kInstrument, "未来契约", "other"},
        {T::kInstrument, "全球数字契约", "other"},
        {T::kInstrument, "宣言", "declaration"}},
       kSetting,
       {"HELD_IN 未来峰会 -> 纽约", "HELD_ON 未来峰会 -> 2024-09-22", "SIGNED_IN 全球数字契约 -> 纽约",
        "SIGNED_IN 宣言 -> 纽约", "SIGNED_IN 未来契约 -> 纽约", "SIGNED_ON 全球数字契约 -> 2024-09-22",
        "SIGNED_ON 宣言 -> 2024-09-22", "SIGNED_ON 未来契约 -> 2024-09-22"}},
      // 该峰会 with the day of adoption before 通过的: the texts, with their
      // annexes, were made at the summit referred back to, on that day.
      {"欢迎2024年9月22日和23日在纽约举行的未来峰会,以及该峰会9月22日通过的《未来契约》及其附件《全球数字契约》",
       {{T::kDate, "2024年9月22日", "2024-09-22"},
        {T::kDate, "23日", "2024-09-23"},
        {T::kPlace, "纽约"},
        {T::kMeeting, "未来峰会"},
        {T::kDate, "9月22日", "2024-09-22"},
        {T::kInstrument, "未来契约", "other"},
        {T::kInstrument, "全球数字契约", "other"}},
       kSetting,
       {"HELD_IN 未来峰会 -> 纽约", "HELD_ON 未来峰会 -> 2024-09-22", "HELD_ON 未来峰会 -> 2024-09-23",
        "SIGNED_IN 全球数字契约 -> 纽约", "SIGNED_IN 未来契约 -> 纽约", "SIGNED_ON 全球数字契约 -> 2024-09-22",
        "SIGNED_ON 未来契约 -> 2024-09-22"}},
      // A text issued at a meeting of several days: made on one of them,
      // which the text does not say; the place holds.
      {"2014年5月20日至21日在上海举行的亚信第四次峰会上发表的《上海宣言》",
       {{T::kDate, "2014年5月20日至21日", "2014-05-20/2014-05-21"},
        {T::kPlace, "上海"},
        {T::kMeeting, "亚信第四次峰会"},
        {T::kInstrument, "上海宣言", "declaration"}},
       kSetting,
       {"HELD_IN 亚信第四次峰会 -> 上海", "HELD_ON 亚信第四次峰会 -> 2014-05-20/2014-05-21",
        "SIGNED_IN 上海宣言 -> 上海"}},
      // A sentence opened by a bare session word speaks of the last meeting:
      // what was signed during it or adopted by it was made there.
      {"2022年12月9日在利雅得举行首届中阿峰会。六、峰会期间,甲与乙签署了发展合作谅解备忘录。"
       "会议通过了《联合声明》。回顾会议期间签署的《另一协定》。",
       {{T::kDate, "2022年12月9日", "2022-12-09"},
        {T::kPlace, "利雅得"},
        {T::kMeeting, "首届中阿峰会"},
        {T::kInstrument, "发展合作谅解备忘录", "memorandum"},
        {T::kInstrument, "联合声明", "statement"},
        {T::kInstrument, "另一协定", "agreement"}},
       kSetting,
       {"HELD_IN 首届中阿峰会 -> 利雅得", "HELD_ON 首届中阿峰会 -> 2022-12-09",
        "SIGNED_IN 发展合作谅解备忘录 -> 利雅得", "SIGNED_IN 联合声明 -> 利雅得",
        "SIGNED_ON 发展合作谅解备忘录 -> 2022-12-09", "SIGNED_ON 联合声明 -> 2022-12-09"}},
      // So does a forum's.
      {"2025年12月12日在阿什哈巴德举行国际论坛。论坛期间,甲与乙签署了《合作路线图》。",
       {{T::kDate, "2025年12月12日", "2025-12-12"},
        {T::kPlace, "阿什哈巴德"},
        {T::kMeeting, "国际论坛"},
        {T::kInstrument, "合作路线图", "roadmap"}},
       kSetting,
       {"HELD_IN 国际论坛 -> 阿什哈巴德", "HELD_ON 国际论坛 -> 2025-12-12",
        "SIGNED_IN 合作路线图 -> 阿什哈巴德", "SIGNED_ON 合作路线图 -> 2025-12-12"}},
      // The paragraph's next sentence goes on in the same frame with 还.
      {"第二届峰会在阿斯塔纳举行。峰会期间,各方签署了《睦邻条约》。元首们还见证签署了《行动计划》。\n双方还签署了《另一协定》。",
       {{T::kMeeting, "第二届峰会"},
        {T::kPlace, "阿斯塔纳"},
        {T::kInstrument, "睦邻条约", "treaty"},
        {T::kInstrument, "行动计划", "plan"},
        {T::kInstrument, "另一协定", "agreement"}},
       kSetting,
       {"HELD_IN 第二届峰会 -> 阿斯塔纳", "SIGNED_IN 睦邻条约 -> 阿斯塔纳", "SIGNED_IN 行动计划 -> 阿斯塔纳"}},
      // The document's own summit is the first it names, not one recalled
      // in between.
      {"第二届峰会在阿斯塔纳举行。在西安举行的首届峰会开启了新时代。峰会期间,各方签署了《睦邻条约》。",
       {{T::kMeeting, "第二届峰会"},
        {T::kPlace, "阿斯塔纳"},
        {T::kPlace, "西安"},
        {T::kMeeting, "首届峰会"},
        {T::kInstrument, "睦邻条约", "treaty"}},
       kSetting,
       {"HELD_IN 首届峰会 -> 西安", "HELD_IN 第二届峰会 -> 阿斯塔纳", "SIGNED_IN 睦邻条约 -> 阿斯塔纳"}},
      // A date right after the meeting, its place after it.
      {"外长会26日在万象举行。",
       {{T::kMeeting, "外长会"}, {T::kDate, "26日", "2024-07-26"}, {T::kPlace, "万象"}},
       kSetting,
       {"HELD_IN 外长会 -> 万象", "HELD_ON 外长会 -> 2024-07-26"}},
      // 今年 before a day without its year: read with the date.
      {"非正式峰会于今年7月6日在阿塞拜疆舒沙举行。",
       {{T::kMeeting, "非正式峰会"},
        {T::kDate, "7月6日", "2024-07-06"},
        {T::kCountry, "阿塞拜疆"},
        {T::kPlace, "舒沙"}},
       kSetting,
       {"HELD_IN 非正式峰会 -> 舒沙", "HELD_ON 非正式峰会 -> 2024-07-06"}},
      // 主办 hosts as 举办 does.
      {"中国将于2025年在北京主办中拉论坛第四届部长级会议。",
       {{T::kCountry, "中国"}, {T::kPlace, "北京"}, {T::kMeeting, "中拉论坛第四届部长级会议"}},
       kSetting,
       {"HELD_IN 中拉论坛第四届部长级会议 -> 北京"}},
      // A capital after its country: the city.
      {"在乌兹别克斯坦共和国首都塔什干举行的元首理事会会议",
       {{T::kCountry, "乌兹别克斯坦共和国"}, {T::kPlace, "塔什干"}, {T::kMeeting, "元首理事会会议"}},
       kSetting,
       {"HELD_IN 元首理事会会议 -> 塔什干"}},
      // A province before its city: the city.
      {"2023年5月19日在陕西省西安市举行的首届中国-中亚峰会",
       {{T::kDate, "2023年5月19日", "2023-05-19"},
        {T::kPlace, "陕西省"},
        {T::kPlace, "西安"},
        {T::kMeeting, "首届中国-中亚峰会"},
        {T::kPlace, "中亚"}},
       kSetting,
       {"HELD_IN 首届中国-中亚峰会 -> 西安", "HELD_ON 首届中国-中亚峰会 -> 2023-05-19"}},
      // The date opens the sentence, the meeting is its subject.
      {"2019年6月14日,上海合作组织成员国元首理事会会议在吉尔吉斯共和国比什凯克举行。",
       {{T::kDate, "2019年6月14日", "2019-06-14"},
        {T::kMeeting, "上海合作组织成员国元首理事会会议"},
        {T::kCountry, "吉尔吉斯共和国"},
        {T::kPlace, "比什凯克"}},
       kSetting,
       {"HELD_IN 上海合作组织成员国元首理事会会议 -> 比什凯克",
        "HELD_ON 上海合作组织成员国元首理事会会议 -> 2019-06-14"}},
      // A place with a verb but no date; a date with nothing it describes.
      {"欢迎拟在杜尚别举行该机制第九次部长级会议。2011年6月28日中国常驻联合国代表给秘书长的信。"
       "《上海合作组织宪章》",
       {{T::kPlace, "杜尚别"},
        {T::kMeeting, "第九次部长级会议"},
        {T::kDate, "2011年6月28日", "2011-06-28"},
        {T::kCountry, "中国"},
        {T::kInstrument, "上海合作组织宪章", "charter"}},
       kSetting,
       {"HELD_IN 第九次部长级会议 -> 杜尚别"}},
      // Heads listed between a clause-opening date and the setting share it,
      // whatever stands before the verb (同时).
      {"2023年10月18日,甲论坛、乙论坛和丙论坛在北京同时举行",
       {{T::kDate, "2023年10月18日", "2023-10-18"},
        {T::kMeeting, "甲论坛"},
        {T::kMeeting, "乙论坛"},
        {T::kMeeting, "丙论坛"},
        {T::kPlace, "北京"}},
       kSetting,
       {"HELD_ON 甲论坛 -> 2023-10-18", "HELD_IN 甲论坛 -> 北京", "HELD_ON 乙论坛 -> 2023-10-18",
        "HELD_IN 乙论坛 -> 北京", "HELD_ON 丙论坛 -> 2023-10-18", "HELD_IN 丙论坛 -> 北京"}},
      // ... and so do heads listed before a postposed setting.
      {"第一次会议和第二次会议于2019年5月在北京举行",
       {{T::kMeeting, "第一次会议"}, {T::kMeeting, "第二次会议"}, {T::kDate, "2019年5月", "2019-05"}, {T::kPlace, "北京"}},
       kSetting,
       {"HELD_ON 第一次会议 -> 2019-05", "HELD_IN 第一次会议 -> 北京", "HELD_ON 第二次会议 -> 2019-05",
        "HELD_IN 第二次会议 -> 北京"}},
      // Security Council resolutions listed each with its date.
      {"回顾其2011年10月31日第2018(2011)号和2012年2月29日第2039(2012)号决议",
       {{T::kDate, "2011年10月31日", "2011-10-31"},
        {T::kResolution, "第2018", "S/RES/2018"},
        {T::kDate, "2012年2月29日", "2012-02-29"},
        {T::kResolution, "第2039", "S/RES/2039"}},
       kSetting,
       {"ADOPTED_ON 第2018 -> 2011-10-31", "ADOPTED_ON 第2039 -> 2012-02-29"}},
      // A session named alone on a header line, its dates alone on the next.
      {"人权理事会\n第六十届会议\n2025年9月8日至10月8日\n议程项目3\n第六十一届会议 2026年3月",
       {{T::kMeeting, "第六十届会议"},
        {T::kDate, "2025年9月8日至10月8日", "2025-09-08/2025-10-08"},
        {T::kMeeting, "第六十一届会议"},
        {T::kDate, "2026年3月", "2026-03"}},
       kSetting,
       {"HELD_ON 第六十届会议 -> 2025-09-08/2025-10-08"}},
      // What leaders sign after their talks, paragraphs later, takes the
      // talks' day and city.
      {"11月20日,习近平在巴西利亚同卢拉举行会谈。两国元首决定提升关系。\n会谈后,两国元首共同见证签署了《甲规划》"
       "以及37项文件,其中包括《乙议定书》和《丙备忘录》。",
       {{T::kDate, "11月20日", "2024-11-20"},
        {T::kPlace, "巴西利亚"},
        {T::kInstrument, "甲规划", "plan"},
        {T::kInstrument, "乙议定书", "protocol"},
        {T::kInstrument, "丙备忘录", "memorandum"}},
       kSetting,
       {"SIGNED_ON 甲规划 -> 2024-11-20", "SIGNED_IN 甲规划 -> 巴西利亚", "SIGNED_ON 乙议定书 -> 2024-11-20",
        "SIGNED_IN 乙议定书 -> 巴西利亚", "SIGNED_ON 丙备忘录 -> 2024-11-20", "SIGNED_IN 丙备忘录 -> 巴西利亚"}},
      // ... or issue together (发表); talks in a building are in the city of
      // the story's dateline.
      {"【本网巴黎5日电】国家主席习近平抵达。\n6日上午,两国元首在爱丽舍宫举行会谈。\n"
       "会谈后,两国元首共同发表《甲联合声明》。",
       {{T::kPlace, "巴黎"},
        {T::kDate, "6日", "2024-05-06"},
        {T::kInstrument, "甲联合声明", "statement"}},
       kSetting,
       {"SIGNED_IN 甲联合声明 -> 巴黎", "SIGNED_ON 甲联合声明 -> 2024-05-06"}},
      // Consultations too: the sentence that holds them with a day or a city
      // (not who took part); the dateline's day written again is one day; a
      // text the clause after the signing names was not signed.
      {"新华社柏林6月20日电 当地时间6月20日,李强在柏林同朔尔茨共同主持第七轮中德政府磋商。\n"
       "王文涛等参加磋商。\n磋商后,两国总理共同见证签署了《甲备忘录》,重申共同推动《乙协定》。",
       {{T::kPlace, "柏林"},
        {T::kDate, "6月20日", "2023-06-20"},
        {T::kDate, "6月20日", "2023-06-20"},
        {T::kPlace, "柏林"},
        {T::kMeeting, "第七轮中德政府磋商"},
        {T::kInstrument, "甲备忘录", "memorandum"},
        {T::kInstrument, "乙协定", "agreement"}},
       kSetting,
       {"HELD_IN 第七轮中德政府磋商 -> 柏林", "HELD_ON 第七轮中德政府磋商 -> 2023-06-20",
        "SIGNED_IN 甲备忘录 -> 柏林", "SIGNED_ON 甲备忘录 -> 2023-06-20"}},
      // Talks recalled from another year (去年6月19日……举行会谈后) are not
      // the talks the signing follows.
      {"2025年4月17日报道。16日下午,习近平在布城同安瓦尔举行会谈。去年6月19日,李强同安瓦尔在布城举行会谈后,"
       "双方发表了声明。\n会谈后,两国领导人共同见证签署了《甲协定》。",
       {{T::kDate, "2025年4月17日", "2025-04-17"},
        {T::kDate, "16日", "2025-04-16"},
        {T::kPlace, "布城"},
        {T::kDate, "去年6月19日", "2024-06-19"},
        {T::kPlace, "布城"},
        {T::kInstrument, "甲协定", "agreement"}},
       kSetting,
       {"SIGNED_IN 甲协定 -> 布城", "SIGNED_ON 甲协定 -> 2025-04-16"}},
      // 分别 before the dates: one date and one place per head, in order.
      {"回顾分别于2006年6月17日、2010年6月8日和2019年6月15日在阿拉木图、伊斯坦布尔和杜尚别举行的"
       "亚信第二次、第三次和第五次峰会的成果",
       {{T::kDate, "2006年6月17日", "2006-06-17"},
        {T::kDate, "2010年6月8日", "2010-06-08"},
        {T::kDate, "2019年6月15日", "2019-06-15"},
        {T::kPlace, "阿拉木图"},
        {T::kPlace, "伊斯坦布尔"},
        {T::kPlace, "杜尚别"},
        {T::kMeeting, "亚信第二次"},
        {T::kMeeting, "第三次"},
        {T::kMeeting, "第五次峰会"}},
       kSetting,
       {"HELD_IN 亚信第二次 -> 阿拉木图", "HELD_IN 第三次 -> 伊斯坦布尔", "HELD_IN 第五次峰会 -> 杜尚别",
        "HELD_ON 亚信第二次 -> 2006-06-17", "HELD_ON 第三次 -> 2010-06-08", "HELD_ON 第五次峰会 -> 2019-06-15"}},
      // What a meeting adopted, after a comma past its verb, has its setting.
      {"首脑级理事会第三十三届常会于2024年5月16日在麦纳麦举行,通过了《麦纳麦宣言》。",
       {{T::kMeeting, "首脑级理事会第三十三届常会"},
        {T::kDate, "2024年5月16日", "2024-05-16"},
        {T::kPlace, "麦纳麦"},
        {T::kInstrument, "麦纳麦宣言", "declaration"}},
       kSetting,
       {"HELD_IN 首脑级理事会第三十三届常会 -> 麦纳麦", "HELD_ON 首脑级理事会第三十三届常会 -> 2024-05-16",
        "SIGNED_IN 麦纳麦宣言 -> 麦纳麦", "SIGNED_ON 麦纳麦宣言 -> 2024-05-16"}},
      // A resolution endorsing a conference's outcome document made it then.
      {"大会2012年7月27日第66/288号决议核可的该次会议成果文件《我们希望的未来》,",
       {{T::kDate, "2012年7月27日", "2012-07-27"},
        {T::kResolution, "第66/288号决议", "A/RES/66/288"},
        {T::kInstrument, "我们希望的未来", "other"}},
       kSetting,
       {"ADOPTED_ON 第66/288号决议 -> 2012-07-27", "SIGNED_ON 我们希望的未来 -> 2012-07-27"}},
      // ... and a head's two days joined by 和 are its date.
      {"回顾分别于2016年10月28日和29日、2018年11月15日和16日在卡塔赫纳和圣多明各举行的第二十五届和第二十六届首脑会议",
       {{T::kDate, "2016年10月28日", "2016-10-28"},
        {T::kDate, "29日", "2016-10-29"},
        {T::kDate, "2018年11月15日", "2018-11-15"},
        {T::kDate, "16日", "2018-11-16"},
        {T::kPlace, "卡塔赫纳"},
        {T::kPlace, "圣多明各"},
        {T::kMeeting, "第二十五届"},
        {T::kMeeting, "第二十六届首脑会议"}},
       kSetting,
       {"HELD_IN 第二十五届 -> 卡塔赫纳", "HELD_IN 第二十六届首脑会议 -> 圣多明各",
        "HELD_ON 第二十五届 -> 2016-10-28", "HELD_ON 第二十五届 -> 2016-10-29",
        "HELD_ON 第二十六届首脑会议 -> 2018-11-15", "HELD_ON 第二十六届首脑会议 -> 2018-11-16"}},
      // A text contained in another (及其所载的) was made with it.
      {"回顾1999年11月19日在伊斯坦布尔通过的《欧洲安全宪章》2及其所载的《合作安全平台》,",
       {{T::kDate, "1999年11月19日", "1999-11-19"},
        {T::kPlace, "伊斯坦布尔"},
        {T::kInstrument, "欧洲安全宪章", "charter"},
        {T::kInstrument, "合作安全平台", "other"}},
       kSetting,
       {"SIGNED_ON 欧洲安全宪章 -> 1999-11-19", "SIGNED_IN 欧洲安全宪章 -> 伊斯坦布尔",
        "SIGNED_ON 合作安全平台 -> 1999-11-19", "SIGNED_IN 合作安全平台 -> 伊斯坦布尔"}},
      // 去年 reads with the month after it.
      {"中哈合作委员会第十一次会议已于去年12月在北京举行",
       {{T::kMeeting, "中哈合作委员会第十一次会议"}, {T::kDate, "12月", "2023-12"}, {T::kPlace, "北京"}},
       kSetting,
       {"HELD_ON 中哈合作委员会第十一次会议 -> 2023-12", "HELD_IN 中哈合作委员会第十一次会议 -> 北京"}},
      // The states after 同 are who met there, not more places; after 和,
      // more places.
      {"外长在里约热内卢同白俄罗斯、玻利维亚等伙伴国的外长举行了“金砖+”外长对话会。"
       "分别在上海和莫斯科举行第一次会议和第二次会议",
       {{T::kPlace, "里约热内卢"},
        {T::kCountry, "白俄罗斯"},
        {T::kCountry, "玻利维亚"},
        {T::kMeeting, "“金砖+”外长对话会"},
        {T::kPlace, "上海"},
        {T::kPlace, "莫斯科"},
        {T::kMeeting, "第一次会议"},
        {T::kMeeting, "第二次会议"}},
       kSetting,
       {"HELD_IN “金砖+”外长对话会 -> 里约热内卢", "HELD_IN 第一次会议 -> 上海",
        "HELD_IN 第二次会议 -> 莫斯科"}},
  });
}

TEST_CASE("dates and places in front of instruments") {
  run({
      // A text a resolution adopted takes the resolution's date.
      {"又回顾其2015年9月25日第70/1号决议,大会在该决议中通过了《2030年可持续发展议程》,",
       {{T::kDate, "2015年9月25日", "2015-09-25"},
        {T::kResolution, "第70/1号决议", "A/RES/70/1"},
        {T::kOrganization, "大会"},
        {T::kInstrument, "2030年可持续发展议程", "agenda"}},
       kSetting,
       {"ADOPTED_ON 第70/1号决议 -> 2015-09-25", "SIGNED_ON 2030年可持续发展议程 -> 2015-09-25"}},
      // ... and so does a text named right after the resolution that
      // adopted it or holds it, with what is listed beside it; not a text
      // the resolution only speaks of.
      {"并回顾其2018年12月20日第73/198号决议通过的《新加坡调解公约》和《示范法》,",
       {{T::kDate, "2018年12月20日", "2018-12-20"},
        {T::kResolution, "第73/198号决议", "A/RES/73/198"},
        {T::kInstrument, "新加坡调解公约", "convention"},
        {T::kInstrument, "示范法", "law"}},
       kSetting,
       {"ADOPTED_ON 第73/198号决议 -> 2018-12-20", "SIGNED_ON 新加坡调解公约 -> 2018-12-20",
        "SIGNED_ON 示范法 -> 2018-12-20"}},
      {"重申1974年5月1日第3201(S-VI)号决议所载的《建立新的国际经济秩序宣言》,",
       {{T::kDate, "1974年5月1日", "1974-05-01"},
        {T::kResolution, "第3201(S-VI)号决议", "A/RES/3201(S-VI)"},
        {T::kInstrument, "建立新的国际经济秩序宣言", "declaration"}},
       kSetting,
       {"ADOPTED_ON 第3201(S-VI)号决议 -> 1974-05-01", "SIGNED_ON 建立新的国际经济秩序宣言 -> 1974-05-01"}},
      {"回顾2015年9月25日第70/1号决议关于执行《2030年可持续发展议程》的规定,",
       {{T::kDate, "2015年9月25日", "2015-09-25"},
        {T::kResolution, "第70/1号决议", "A/RES/70/1"},
        {T::kInstrument, "2030年可持续发展议程", "agenda"}},
       kSetting,
       {"ADOPTED_ON 第70/1号决议 -> 2015-09-25"}},
      // What the leaders sign at their talks takes the talks' setting.
      {"国事访问期间,习近平29日在北京人民大会堂同塞西举行会谈,两国元首共同签署了《联合声明》。",
       {{T::kPerson, "习近平"},
        {T::kDate, "29日", "2024-05-29"},
        {T::kPlace, "北京"},
        {T::kPerson, "塞西"},
        {T::kInstrument, "联合声明", "statement"}},
       kSetting,
       {"SIGNED_IN 联合声明 -> 北京", "SIGNED_ON 联合声明 -> 2024-05-29"}},
      // Made at one date and place, in force at another: the first is the
      // text's setting.
      {"依照1998年6月5日在雅尔塔通过、1999年5月1日生效的《黑海经济合作组织宪章》。",
       {{T::kDate, "1998年6月5日", "1998-06-05"},
        {T::kPlace, "雅尔塔"},
        {T::kDate, "1999年5月1日", "1999-05-01"},
        {T::kInstrument, "黑海经济合作组织宪章", "charter"}},
       kSetting,
       {"SIGNED_IN 黑海经济合作组织宪章 -> 雅尔塔", "SIGNED_ON 黑海经济合作组织宪章 -> 1998-06-05"}},
      {"2017年6月9日在阿斯塔纳签署的《上海合作组织秘书处与红十字国际委员会谅解备忘录》。",
       {{T::kDate, "2017年6月9日", "2017-06-09"},
        {T::kPlace, "阿斯塔纳"},
        {T::kInstrument, "上海合作组织秘书处与红十字国际委员会谅解备忘录", "memorandum"}},
       kSetting,
       {"SIGNED_IN 上海合作组织秘书处与红十字国际委员会谅解备忘录 -> 阿斯塔纳",
        "SIGNED_ON 上海合作组织秘书处与红十字国际委员会谅解备忘录 -> 2017-06-09"}},
      {"上海合作组织秘书处与联合国亚洲及太平洋经济社会委员会秘书处于2015年12月签署旨在加强贸易、运"
       "输合作的谅解备忘录,",
       {{T::kOrganization, "上海合作组织秘书处"},
        {T::kOrganization, "联合国亚洲及太平洋经济社会委员会秘书处"},
        {T::kDate, "2015年12月", "2015-12"},
        {T::kInstrument, "谅解备忘录", "memorandum"}},
       kSetting,
       {"SIGNED_ON 谅解备忘录 -> 2015-12"}},
      // Texts issued at a meeting share its setting.
      {"表示注意到经济合作组织成员国国家元首和(或)政府首脑2017年3月1日在伊斯兰堡举行的第十三届首脑"
       "会议上发表的《经济合作组织2025年愿景》和《伊斯兰堡宣言》;",
       {{T::kOrganization, "经济合作组织"},
        {T::kDate, "2017年3月1日", "2017-03-01"},
        {T::kPlace, "伊斯兰堡"},
        {T::kMeeting, "第十三届首脑会议"},
        {T::kInstrument, "经济合作组织2025年愿景", "other"},
        {T::kInstrument, "伊斯兰堡宣言", "declaration"}},
       kSetting,
       {"HELD_IN 第十三届首脑会议 -> 伊斯兰堡", "HELD_ON 第十三届首脑会议 -> 2017-03-01",
        "SIGNED_IN 经济合作组织2025年愿景 -> 伊斯兰堡",
        "SIGNED_ON 经济合作组织2025年愿景 -> 2017-03-01", "SIGNED_IN 伊斯兰堡宣言 -> 伊斯兰堡",
        "SIGNED_ON 伊斯兰堡宣言 -> 2017-03-01"}},
      {"2019年6月14日在比什凯克举行的元首理事会会议通过的《比什凯克宣言》",
       {{T::kDate, "2019年6月14日", "2019-06-14"},
        {T::kPlace, "比什凯克"},
        {T::kMeeting, "元首理事会会议"},
        {T::kInstrument, "比什凯克宣言", "declaration"}},
       kSetting,
       {"HELD_IN 元首理事会会议 -> 比什凯克", "HELD_ON 元首理事会会议 -> 2019-06-14",
        "SIGNED_IN 比什凯克宣言 -> 比什凯克", "SIGNED_ON 比什凯克宣言 -> 2019-06-14"}},
      // A text issued at a meeting dated elsewhere in the document.
      {"2018年4月17日在杜尚别举行的部长理事会第二十三次会议。成员国执行部长理事会第二十三次会议上所"
       "通过的阿富汗"
       "宣传方案。",
       {{T::kDate, "2018年4月17日", "2018-04-17"},
        {T::kPlace, "杜尚别"},
        {T::kMeeting, "部长理事会第二十三次会议"},
        {T::kMeeting, "部长理事会第二十三次会议"},
        {T::kInstrument, "阿富汗宣传方案", "programme"}},
       kSetting,
       {"HELD_IN 部长理事会第二十三次会议 -> 杜尚别",
        "HELD_ON 部长理事会第二十三次会议 -> 2018-04-17", "SIGNED_IN 阿富汗宣传方案 -> 杜尚别",
        "SIGNED_ON 阿富汗宣传方案 -> 2018-04-17"}},
      // A clause-opening date keeps its place across the comma.
      {"。2001年6月15日,哈萨克斯坦共和国、中华人民共和国元首在上海通过《上海合作组织成立宣言》。",
       {{T::kDate, "2001年6月15日", "2001-06-15"},
        {T::kCountry, "哈萨克斯坦共和国"},
        {T::kCountry, "中华人民共和国"},
        {T::kPlace, "上海"},
        {T::kInstrument, "上海合作组织成立宣言", "declaration"}},
       kSetting,
       {"SIGNED_IN 上海合作组织成立宣言 -> 上海", "SIGNED_ON 上海合作组织成立宣言 -> 2001-06-15"}},
      // 分别: the places go to the texts in order.
      {"于1996年和1997年分别在上海和莫斯科签署的《加强军事领域信任协定》和《相互裁减军事力量协定》",
       {{T::kPlace, "上海"},
        {T::kPlace, "莫斯科"},
        {T::kInstrument, "加强军事领域信任协定", "agreement"},
        {T::kInstrument, "相互裁减军事力量协定", "agreement"}},
       kSetting,
       {"SIGNED_IN 加强军事领域信任协定 -> 上海", "SIGNED_IN 相互裁减军事力量协定 -> 莫斯科"}},
      // ... and after the heads: A和B分别于X和Y在Z举行.
      {"第147届大会于2023年10月23日至27日在罗安达举行,第148届大会和第149届大会分别于2024年3月23日至27日和"
       "2024年10月13日至17日在日内瓦举行,",
       {{T::kMeeting, "第147届大会"},
        {T::kDate, "2023年10月23日至27日", "2023-10-23/2023-10-27"},
        {T::kPlace, "罗安达"},
        {T::kMeeting, "第148届大会"},
        {T::kMeeting, "第149届大会"},
        {T::kDate, "2024年3月23日至27日", "2024-03-23/2024-03-27"},
        {T::kDate, "2024年10月13日至17日", "2024-10-13/2024-10-17"},
        {T::kPlace, "日内瓦"}},
       kSetting,
       {"HELD_IN 第147届大会 -> 罗安达", "HELD_ON 第147届大会 -> 2023-10-23/2023-10-27",
        "HELD_IN 第148届大会 -> 日内瓦", "HELD_ON 第148届大会 -> 2024-03-23/2024-03-27",
        "HELD_IN 第149届大会 -> 日内瓦", "HELD_ON 第149届大会 -> 2024-10-13/2024-10-17"}},
      // ... the dates too, while one place is shared by all.
      {"2011年6月29日和7月30日在亚的斯亚贝巴分别签署的《边界安全协定》和《监测特派团协定》",
       {{T::kDate, "2011年6月29日", "2011-06-29"},
        {T::kDate, "7月30日", "2011-07-30"},
        {T::kPlace, "亚的斯亚贝巴"},
        {T::kInstrument, "边界安全协定", "agreement"},
        {T::kInstrument, "监测特派团协定", "agreement"}},
       kSetting,
       {"SIGNED_IN 边界安全协定 -> 亚的斯亚贝巴", "SIGNED_IN 监测特派团协定 -> 亚的斯亚贝巴",
        "SIGNED_ON 边界安全协定 -> 2011-06-29", "SIGNED_ON 监测特派团协定 -> 2011-07-30"}},
      // A line break left inside a wrapped sentence of a PDF column does not
      // end the clause; a short heading line does.
      {"4."
       "还表示注意到2018年4月17日在杜尚别举行的第二十三次经济合作\n组织部长理事会会议上发表的《杜尚"
       "别公报》;"
       "\n\n2011年6月28日\n\n《公报》",
       {{T::kDate, "2018年4月17日", "2018-04-17"},
        {T::kPlace, "杜尚别"},
        {T::kInstrument, "杜尚别公报", "statement"},
        {T::kDate, "2011年6月28日", "2011-06-28"},
        {T::kInstrument, "公报", "statement"}},
       kSetting,
       {"SIGNED_IN 杜尚别公报 -> 杜尚别", "SIGNED_ON 杜尚别公报 -> 2018-04-17"}},
      // The place before the date.
      {"在杜尚别于2018年4月17日举行的第二十三次部长理事会会议",
       {{T::kPlace, "杜尚别"},
        {T::kDate, "2018年4月17日", "2018-04-17"},
        {T::kMeeting, "第二十三次部长理事会会议"}},
       kSetting,
       {"HELD_IN 第二十三次部长理事会会议 -> 杜尚别",
        "HELD_ON 第二十三次部长理事会会议 -> 2018-04-17"}},
      // A text cited as the basis does not take the setting.
      {"2019年6月14日根据《上海合作组织宪章》在比什凯克举行的元首理事会会议",
       {{T::kDate, "2019年6月14日", "2019-06-14"},
        {T::kInstrument, "上海合作组织宪章", "charter"},
        {T::kPlace, "比什凯克"},
        {T::kMeeting, "元首理事会会议"}},
       kSetting,
       {"HELD_IN 元首理事会会议 -> 比什凯克", "HELD_ON 元首理事会会议 -> 2019-06-14"}},
      // Entry into force is not signing.
      {"着重强调2019年1月1日生效的《上合组织反极端主义公约》",
       {{T::kDate, "2019年1月1日", "2019-01-01"},
        {T::kInstrument, "上合组织反极端主义公约", "convention"}},
       kSetting,
       {}},
  });
}

TEST_CASE("the document's own text and its dateline") {
  run({
      // A subtitle line under the title (joined to it in the normalised view).
      {"信的附件\n\n      加德满都宣言\n    深化一体化,促进和平与繁荣\n\n领导人声明如下。\n\n2014年11月27日于加德满都\n",
       {{T::kInstrument, "加德满都宣言", "declaration"},
        {T::kDate, "2014年11月27日", "2014-11-27"},
        {T::kPlace, "加德满都"}},
       {"SIGNED_ON"},
       {"SIGNED_ON 加德满都宣言 -> 2014-11-27"}},
      {"上海合作组织十周年阿斯塔纳宣言\n\n上合组织成员国声明如下。\n\n中华人民共和国主席\n胡锦涛("
       "签名)"
       "\n\n二〇一一年六月十五日于阿斯塔纳\n",
       {{T::kInstrument, "上海合作组织十周年阿斯塔纳宣言", "declaration"},
        {T::kCountry, "中华人民共和国"},
        {T::kPerson, "胡锦涛"},
        {T::kDate, "二〇一一年六月十五日", "2011-06-15"},
        {T::kPlace, "阿斯塔纳"}},
       {"SIGNED_ON", "SIGNED_IN", "SIGNED_BY", "REPRESENTS"},
       {"SIGNED_ON 上海合作组织十周年阿斯塔纳宣言 -> 2011-06-15",
        "SIGNED_IN 上海合作组织十周年阿斯塔纳宣言 -> 阿斯塔纳", "SIGNED_BY @document -> 胡锦涛",
        "REPRESENTS 胡锦涛 -> 中华人民共和国"}},
      {"75/"
       "324.联合国同经济合作组织的合作\n\n大会,"
       "\n\n决定在议程中列入分项。\n\n2021年9月9日第102次全体"
       "会议\n",
       {{T::kResolution, "75/324", "A/RES/75/324"},
        {T::kOrganization, "联合国"},
        {T::kOrganization, "经济合作组织"},
        {T::kOrganization, "大会"},
        {T::kDate, "2021年9月9日", "2021-09-09"},
        {T::kMeeting, "第102次全体会议"}},
       kSetting,
       {"ADOPTED_ON 75/324 -> 2021-09-09", "HELD_ON 第102次全体会议 -> 2021-09-09"}},
      // The meeting's line first, then the date's.
      {"78/61.联合国同经济合作组织的合作\n\n大会,\n\n决定在议程中列入分项。\n\n第45次全体会议\n"
       "2023年12月5日\n",
       {{T::kResolution, "78/61", "A/RES/78/61"},
        {T::kOrganization, "联合国"},
        {T::kOrganization, "经济合作组织"},
        {T::kOrganization, "大会"},
        {T::kMeeting, "第45次全体会议"},
        {T::kDate, "2023年12月5日", "2023-12-05"}},
       kSetting,
       {"ADOPTED_ON 78/61 -> 2023-12-05", "HELD_ON 第45次全体会议 -> 2023-12-05"}},
  });
}

TEST_CASE("a resolution's header line dates its adoption") {
  run({
      // Security Council: the number on its own line, then the date, the
      // meeting and 通过.
      {"联合国 S/RES/2628(2022)\n安全理事会 Distr.: General\n2022年3月31日\n\n"
       "第2628(2022)号决议\n\n"
       "2022年3月31日安全理事会第9005次会议通过\n\n"
       "安全理事会,\n\n回顾其以往关于索马里局势的所有决议,",
       {{T::kResolution, "S/RES/2628", "S/RES/2628"},
        {T::kOrganization, "安全理事会"},
        {T::kDate, "2022年3月31日", "2022-03-31"},
        {T::kResolution, "第2628(2022)号决议", "S/RES/2628"},
        {T::kDate, "2022年3月31日", "2022-03-31"},
        {T::kMeeting, "安全理事会第9005次会议"},
        {T::kOrganization, "安全理事会"}},
       kSetting,
       {"ADOPTED_ON 第2628(2022)号决议 -> 2022-03-31",
        "HELD_ON 安全理事会第9005次会议 -> 2022-03-31"}},
      // General Assembly: the symbol at the top, the date line above the
      // heading; the issue date (Distr.) is not the adoption date.
      {"联合国 A/RES/77/11\n大会 Distr.: General\n2022年11月28日\n"
       "第七十七届会议\n议程项目126(f)\n\n"
       "2022年11月21日大会决议\n\n[未经发交主要委员会而通过(A/77/L.16)]\n\n"
       "77/11. 联合国同东南亚国家联盟的合作\n\n大会,\n",
       {{T::kResolution, "A/RES/77/11", "A/RES/77/11"},
        {T::kOrganization, "大会"},
        {T::kDate, "2022年11月28日", "2022-11-28"},
        {T::kMeeting, "第七十七届会议"},
        {T::kDate, "2022年11月21日", "2022-11-21"},
        {T::kUNDocument, "A/77/L.16", "A/77/L.16"},
        {T::kResolution, "77/11", "A/RES/77/11"},
        {T::kOrganization, "联合国"},
        {T::kOrganization, "东南亚国家联盟"},
        {T::kOrganization, "大会"}},
       {"ADOPTED_ON"},
       {"ADOPTED_ON A/RES/77/11 -> 2022-11-21"}},
      // Without the symbol, the heading below is the document's own.
      {"2022年12月7日大会通过\n\n77/93. 联合国同上海合作组织的合作\n\n大会,\n",
       {{T::kDate, "2022年12月7日", "2022-12-07"},
        {T::kOrganization, "大会"},
        {T::kResolution, "77/93", "A/RES/77/93"},
        {T::kOrganization, "联合国"},
        {T::kOrganization, "上海合作组织"},
        {T::kOrganization, "大会"}},
       {"ADOPTED_ON"},
       {"ADOPTED_ON 77/93 -> 2022-12-07"}},
      // A meeting line that adopts nothing, and a resolution cited in a
      // clause above the line, give no adoption date.
      {"第2628(2022)号决议\n\n2022年3月31日安全理事会第9005次会议\n",
       {{T::kResolution, "第2628(2022)号决议", "S/RES/2628"},
        {T::kDate, "2022年3月31日", "2022-03-31"},
        {T::kMeeting, "安全理事会第9005次会议"}},
       {"ADOPTED_ON"},
       {}},
      {"回顾其第2520(2020)号决议,\n\n2022年3月31日安全理事会第9005次会议通过\n",
       {{T::kResolution, "第2520(2020)号决议", "S/RES/2520"},
        {T::kDate, "2022年3月31日", "2022-03-31"},
        {T::kMeeting, "安全理事会第9005次会议"}},
       {"ADOPTED_ON"},
       {}},
  });
}

TEST_CASE("a declaration takes the setting of the meeting it comes from") {
  run({
      {"上海合作组织二十周年杜尚别宣言\n根据2021年9月17日在杜尚别举行的上合组织成员国元首理事会会议"
       "成果声明如"
       "下:\n各方认为……。",
       {{T::kInstrument, "上海合作组织二十周年杜尚别宣言", "declaration"},
        {T::kDate, "2021年9月17日", "2021-09-17"},
        {T::kPlace, "杜尚别"},
        {T::kMeeting, "上合组织成员国元首理事会会议"}},
       kSetting,
       {"HELD_IN 上合组织成员国元首理事会会议 -> 杜尚别",
        "HELD_ON 上合组织成员国元首理事会会议 -> 2021-09-17",
        "SIGNED_IN 上海合作组织二十周年杜尚别宣言 -> 杜尚别",
        "SIGNED_ON 上海合作组织二十周年杜尚别宣言 -> 2021-09-17"}},
  });
}

TEST_CASE("texts a meeting issued, however the sentence points back to it") {
  run({
      // 该次会议 and the kind of text before its title.
      {"欢迎2025年6月30日至7月3日在塞维利亚举行的第四次发展筹资问题国际会议及该次会议通过的成果文件《塞维利亚承诺》,",
       {{T::kDate, "2025年6月30日至7月3日", "2025-06-30/2025-07-03"},
        {T::kPlace, "塞维利亚"},
        {T::kMeeting, "第四次发展筹资问题国际会议"},
        {T::kInstrument, "塞维利亚承诺", "other"}},
       {"SIGNED_IN", "SIGNED_ON"},
       {"SIGNED_IN 塞维利亚承诺 -> 塞维利亚"}},
      // 该次峰会 with the day and a list of two texts.
      {"2022年10月12日和13日在阿斯塔纳举行的亚信第六次峰会的成果,包括该次峰会10月13日通过的《阿斯塔纳声明》和《信息安全声明》,",
       {{T::kDate, "2022年10月12日", "2022-10-12"},
        {T::kDate, "13日", "2022-10-13"},
        {T::kPlace, "阿斯塔纳"},
        {T::kMeeting, "亚信第六次峰会"},
        {T::kDate, "10月13日", "2022-10-13"},
        {T::kInstrument, "阿斯塔纳声明", "statement"},
        {T::kInstrument, "信息安全声明", "statement"}},
       {"SIGNED_IN"},
       {"SIGNED_IN 信息安全声明 -> 阿斯塔纳", "SIGNED_IN 阿斯塔纳声明 -> 阿斯塔纳"}},
      // 后一届会议, and how it was adopted (以协商一致方式) or when (闭幕时).
      {"注意到2025年6月16日至18日和11月17日至19日分别在维也纳举行的第六十四届会议和第六十五届会议,"
       "以及后一届会议11月18日以协商一致方式核准的《中期战略》,",
       {{T::kDate, "2025年6月16日至18日", "2025-06-16/2025-06-18"},
        {T::kDate, "11月17日至19日", "2025-11-17/2025-11-19"},
        {T::kPlace, "维也纳"},
        {T::kMeeting, "第六十四届会议"},
        {T::kMeeting, "第六十五届会议"},
        {T::kDate, "11月18日", "2025-11-18"},
        {T::kInstrument, "中期战略", "strategy"}},
       {"SIGNED_IN"},
       {"SIGNED_IN 中期战略 -> 维也纳"}},
      {"2023年5月2日至6月9日在哈瓦那举行的第三轮和平谈判以及该轮谈判6月9日结束时签署的《停火协定》,",
       {{T::kDate, "2023年5月2日至6月9日", "2023-05-02/2023-06-09"},
        {T::kPlace, "哈瓦那"},
        {T::kMeeting, "第三轮和平谈判"},
        {T::kDate, "6月9日", "2023-06-09"},
        {T::kInstrument, "停火协定", "agreement"}},
       {"SIGNED_IN"},
       {"SIGNED_IN 停火协定 -> 哈瓦那"}},
      // The meeting's outcome document, right after its name.
      {"重申2015年7月13日至16日在亚的斯亚贝巴举行的第三次发展筹资问题国际会议的成果文件《行动议程》,",
       {{T::kDate, "2015年7月13日至16日", "2015-07-13/2015-07-16"},
        {T::kPlace, "亚的斯亚贝巴"},
        {T::kMeeting, "第三次发展筹资问题国际会议"},
        {T::kInstrument, "行动议程", "agenda"}},
       {"SIGNED_IN"},
       {"SIGNED_IN 行动议程 -> 亚的斯亚贝巴"}},
      // Adopted there, then endorsed by a resolution named in between.
      {"2014年11月3日至5日在维也纳举行的第二次会议通过、并经大会2014年12月12日第69/137号决议核可的《维也纳行动纲领》。",
       {{T::kDate, "2014年11月3日至5日", "2014-11-03/2014-11-05"},
        {T::kPlace, "维也纳"},
        {T::kMeeting, "第二次会议"},
        {T::kOrganization, "大会"},
        {T::kDate, "2014年12月12日", "2014-12-12"},
        {T::kResolution, "第69/137号决议", "A/RES/69/137"},
        {T::kInstrument, "维也纳行动纲领", "programme"}},
       {"SIGNED_IN"},
       {"SIGNED_IN 维也纳行动纲领 -> 维也纳"}},
  });
}

TEST_CASE("a news story's clauses around a meeting and its day") {
  run({
      // The year word opens the clause with its date; 成功 before the verb.
      {"今年6月,中非合作论坛成果落实协调人部长级会议在湖南长沙成功举行。",
       {{T::kDate, "6月", "2025-06"},
        {T::kMeeting, "中非合作论坛成果落实协调人部长级会议"},
        {T::kPlace, "湖南"},
        {T::kPlace, "长沙"}},
       kSetting,
       {"HELD_IN 中非合作论坛成果落实协调人部长级会议 -> 长沙",
        "HELD_ON 中非合作论坛成果落实协调人部长级会议 -> 2025-06"}},
      // The part of the day after the date, and the building after the city.
      {"4日上午,第二十四次会议在阿斯塔纳独立宫举行。",
       {{T::kDate, "4日", "2024-07-04"}, {T::kMeeting, "第二十四次会议"}, {T::kPlace, "阿斯塔纳"}},
       kSetting,
       {"HELD_IN 第二十四次会议 -> 阿斯塔纳", "HELD_ON 第二十四次会议 -> 2024-07-04"}},
      // 会后 opens the sentence of what the meeting issued; a year word before
      // a date right after a meeting.
      {"11月20日,双方在明斯克共同主持第七次会议。\n会后,双方共同见证签署了《备忘录》。委员会第六次会议去年10月在北京举行。",
       {{T::kDate, "11月20日", "2025-11-20"},
        {T::kPlace, "明斯克"},
        {T::kMeeting, "第七次会议"},
        {T::kInstrument, "备忘录", "memorandum"},
        {T::kMeeting, "委员会第六次会议"},
        {T::kDate, "10月", "2024-10"},
        {T::kPlace, "北京"}},
       kSetting,
       {"HELD_IN 第七次会议 -> 明斯克", "HELD_ON 第七次会议 -> 2025-11-20", "HELD_IN 委员会第六次会议 -> 北京",
        "HELD_ON 委员会第六次会议 -> 2024-10", "SIGNED_IN 备忘录 -> 明斯克", "SIGNED_ON 备忘录 -> 2025-11-20"}},
      // The organ that adopted a resolution between its date and number.
      {"又回顾1994年12月9日大会第49/59号决议通过的《安全公约》,",
       {{T::kDate, "1994年12月9日", "1994-12-09"},
        {T::kResolution, "第49/59号决议", "A/RES/49/59"},
        {T::kInstrument, "安全公约", "convention"}},
       kSetting,
       {"ADOPTED_ON 第49/59号决议 -> 1994-12-09", "SIGNED_ON 安全公约 -> 1994-12-09"}},
      // After a strategic dialogue; a year word before the place of a meeting due.
      {"2026年3月17日报道。新华社阿斯塔纳3月17日电 当地时间3月17日,王毅在阿斯塔纳举行第三次中哈外长战略对话。"
       "对话后,双方签署了《合作计划》。双方商定,第四次中哈外长战略对话明年在北京举行。",
       {{T::kDate, "2026年3月17日", "2026-03-17"},
        {T::kPlace, "阿斯塔纳"},
        {T::kDate, "3月17日", "2026-03-17"},
        {T::kDate, "3月17日", "2026-03-17"},
        {T::kPlace, "阿斯塔纳"},
        {T::kMeeting, "第三次中哈外长战略对话"},
        {T::kInstrument, "合作计划", "plan"},
        {T::kMeeting, "第四次中哈外长战略对话"},
        {T::kPlace, "北京"}},
       {"SIGNED_IN", "SIGNED_ON", "HELD_IN"},
       {"HELD_IN 第三次中哈外长战略对话 -> 阿斯塔纳", "HELD_IN 第四次中哈外长战略对话 -> 北京",
        "SIGNED_IN 合作计划 -> 阿斯塔纳", "SIGNED_ON 合作计划 -> 2026-03-17"}},
      // A photo's caption opens with 图为 and its date.
      {"(图为12月18日,第十四次会议在北京举行。",
       {{T::kDate, "12月18日", "2025-12-18"}, {T::kMeeting, "第十四次会议"}, {T::kPlace, "北京"}},
       kSetting,
       {"HELD_IN 第十四次会议 -> 北京", "HELD_ON 第十四次会议 -> 2025-12-18"}},
      // 开始举行: the day it opened.
      {"注意到第二轮吉达会谈于2023年10月26日在吉达开始举行,",
       {{T::kMeeting, "第二轮吉达会谈"}, {T::kDate, "2023年10月26日", "2023-10-26"}, {T::kPlace, "吉达"}},
       kSetting,
       {"HELD_IN 第二轮吉达会谈 -> 吉达", "HELD_ON 第二轮吉达会谈 -> 2023-10-26"}},
      // A list after 包括 goes on the clause that signed it.
      {"4日在比勒陀利亚主持第八次全体会议。\n会议期间,双方见证签署了12份合作文件,包括《备忘录》和《议定书》。",
       {{T::kDate, "4日", "2025-11-04"},
        {T::kPlace, "比勒陀利亚"},
        {T::kMeeting, "第八次全体会议"},
        {T::kInstrument, "备忘录", "memorandum"},
        {T::kInstrument, "议定书", "protocol"}},
       {"SIGNED_IN", "SIGNED_ON"},
       {"SIGNED_IN 备忘录 -> 比勒陀利亚", "SIGNED_IN 议定书 -> 比勒陀利亚", "SIGNED_ON 备忘录 -> 2025-11-04",
        "SIGNED_ON 议定书 -> 2025-11-04"}},
      // 该届常会 points back to the session.
      {"回顾2023年6月12日在吉布提市举行的第十四届常会的各项决定以及该届常会通过的《和平路线图》,",
       {{T::kDate, "2023年6月12日", "2023-06-12"},
        {T::kPlace, "吉布提市"},
        {T::kMeeting, "第十四届常会"},
        {T::kInstrument, "和平路线图", "roadmap"}},
       {"SIGNED_IN", "SIGNED_ON"},
       {"SIGNED_IN 和平路线图 -> 吉布提市", "SIGNED_ON 和平路线图 -> 2023-06-12"}},
  });
}

TEST_CASE("what a summit's leaders signed, and texts endorsed after a meeting made them") {
  run({
      // A communiqué's leaders are its meeting's participants.
      {"第五届里海峰会于2018年8月12日在阿克套举行。\n元首们同时签署了《贸易协定》和《交通协定》。",
       {{T::kMeeting, "第五届里海峰会"},
        {T::kDate, "2018年8月12日", "2018-08-12"},
        {T::kPlace, "阿克套"},
        {T::kInstrument, "贸易协定", "agreement"},
        {T::kInstrument, "交通协定", "agreement"}},
       {"SIGNED_IN", "SIGNED_ON"},
       {"SIGNED_IN 交通协定 -> 阿克套", "SIGNED_IN 贸易协定 -> 阿克套", "SIGNED_ON 交通协定 -> 2018-08-12",
        "SIGNED_ON 贸易协定 -> 2018-08-12"}},
      // 会议期间 after the meeting's verb; a meeting of three days dates no text.
      {"缔约方大会第六届会议于2018年7月18日至20日在莫斯科举行,会议期间签署了《评价议定书》。",
       {{T::kMeeting, "缔约方大会第六届会议"},
        {T::kDate, "2018年7月18日至20日", "2018-07-18/2018-07-20"},
        {T::kPlace, "莫斯科"},
        {T::kInstrument, "评价议定书", "protocol"}},
       {"SIGNED_IN", "SIGNED_ON"},
       {"SIGNED_IN 评价议定书 -> 莫斯科"}},
      // A text a meeting adopted and a resolution endorsed has the meeting's
      // place and the endorsement's day (the held-out gold's h104, h128).
      {"2002年3月18日至22日在蒙特雷举行的国际会议通过、并经大会2002年7月9日第56/210B号决议核可的《蒙特雷共识》,",
       {{T::kDate, "2002年3月18日至22日", "2002-03-18/2002-03-22"},
        {T::kPlace, "蒙特雷"},
        {T::kMeeting, "国际会议"},
        {T::kOrganization, "大会"},
        {T::kDate, "2002年7月9日", "2002-07-09"},
        {T::kResolution, "第56/210B号决议", "A/RES/56/210B"},
        {T::kInstrument, "蒙特雷共识", "other"}},
       {"SIGNED_IN", "SIGNED_ON"},
       {"SIGNED_IN 蒙特雷共识 -> 蒙特雷", "SIGNED_ON 蒙特雷共识 -> 2002-07-09"}},
      // After talks, the paragraph's next sentence with 双方还.
      {"2024年12月4日报道。本网北京12月3日电 同日上午,李强在人民大会堂同奥利举行会谈。会谈后,两国总理共同见证签署《合作框架》。"
       "双方还发表了《联合声明》。",
       {{T::kDate, "2024年12月4日", "2024-12-04"},
        {T::kPlace, "北京"},
        {T::kDate, "12月3日", "2024-12-03"},
        {T::kDate, "同日", "2024-12-03"},
        {T::kInstrument, "合作框架", "framework"},
        {T::kInstrument, "联合声明", "statement"}},
       {"SIGNED_IN", "SIGNED_ON"},
       {"SIGNED_IN 合作框架 -> 北京", "SIGNED_IN 联合声明 -> 北京", "SIGNED_ON 合作框架 -> 2024-12-03",
        "SIGNED_ON 联合声明 -> 2024-12-03"}},
  });
}

TEST_CASE("a setting written after the titles it belongs to") {
  run({
      // Past the title's closing mark, and shared by two titles with 均.
      {"并回顾《及早通报核事故公约》和《核事故援助公约》均于1986年9月26日在维也纳通过,",
       {{T::kInstrument, "及早通报核事故公约", "convention"},
        {T::kInstrument, "核事故援助公约", "convention"},
        {T::kDate, "1986年9月26日", "1986-09-26"},
        {T::kPlace, "维也纳"}},
       kSetting,
       {"SIGNED_IN 及早通报核事故公约 -> 维也纳", "SIGNED_IN 核事故援助公约 -> 维也纳",
        "SIGNED_ON 及早通报核事故公约 -> 1986-09-26", "SIGNED_ON 核事故援助公约 -> 1986-09-26"}},
      // A text under which the next was made is no item of a list before it.
      {"2015年3月18日在仙台通过的《仙台框架》以及《气候公约》下通过的《巴黎协定》,",
       {{T::kDate, "2015年3月18日", "2015-03-18"},
        {T::kPlace, "仙台"},
        {T::kInstrument, "仙台框架", "framework"},
        {T::kInstrument, "气候公约", "convention"},
        {T::kInstrument, "巴黎协定", "agreement"}},
       kSetting,
       {"SIGNED_IN 仙台框架 -> 仙台", "SIGNED_ON 仙台框架 -> 2015-03-18"}},
  });
}

TEST_CASE("a bare 会议 opening a sentence is the document's first meeting") {
  run({
      // Not the ministerial meeting announced after it, though its name
      // ends in 会议 and the first one's does not.
      {"第三次外长会29日在厦门举行。中方将于10月在广州举办第二届部长级会议。会议通过了《厦门共识》。",
       {{T::kMeeting, "第三次外长会"},
        {T::kDate, "29日", "2025-05-29"},
        {T::kPlace, "厦门"},
        {T::kDate, "10月", "2025-10"},
        {T::kPlace, "广州"},
        {T::kMeeting, "第二届部长级会议"},
        {T::kInstrument, "厦门共识", "other"}},
       kSetting,
       {"HELD_IN 第三次外长会 -> 厦门", "HELD_ON 第三次外长会 -> 2025-05-29",
        "HELD_IN 第二届部长级会议 -> 广州", "HELD_ON 第二届部长级会议 -> 2025-10",
        "SIGNED_IN 厦门共识 -> 厦门", "SIGNED_ON 厦门共识 -> 2025-05-29"}},
      // But a meeting the paragraph just said someone attended is that one.
      {"第二十八次中国-东盟领导人会议28日在吉隆坡举行。27日,李强还出席了在吉隆坡举行的第二十八次东盟与中日韩领导人会议。"
       "会议发表了《金融合作声明》。",
       {{T::kMeeting, "第二十八次中国-东盟领导人会议"},
        {T::kDate, "28日", "2025-10-28"},
        {T::kPlace, "吉隆坡"},
        {T::kDate, "27日", "2025-10-27"},
        {T::kPlace, "吉隆坡"},
        {T::kMeeting, "第二十八次东盟与中日韩领导人会议"},
        {T::kInstrument, "金融合作声明", "statement"}},
       {"SIGNED_IN", "SIGNED_ON"},
       {"SIGNED_IN 金融合作声明 -> 吉隆坡", "SIGNED_ON 金融合作声明 -> 2025-10-27"}},
      // A later clause made of the adopting verb alone has the session as
      // its subject; a clause with words of its own does not.
      {"外长会10日在吉隆坡举行。会议回顾了第27次领导人会议的成果,审议通过了《行动计划》,并发表了《联合声明》,"
       "欢迎各方签署的《备忘录》。",
       {{T::kMeeting, "外长会"},
        {T::kDate, "10日", "2025-07-10"},
        {T::kPlace, "吉隆坡"},
        {T::kMeeting, "第27次领导人会议"},
        {T::kInstrument, "行动计划", "plan"},
        {T::kInstrument, "联合声明", "statement"},
        {T::kInstrument, "备忘录", "memorandum"}},
       kSetting,
       {"HELD_IN 外长会 -> 吉隆坡", "HELD_ON 外长会 -> 2025-07-10", "SIGNED_IN 行动计划 -> 吉隆坡",
        "SIGNED_ON 行动计划 -> 2025-07-10", "SIGNED_IN 联合声明 -> 吉隆坡", "SIGNED_ON 联合声明 -> 2025-07-10"}},
      // In a letter, a bare 会议 is the first meeting held somewhere, not the
      // Assembly session of the header; what a meeting adopted follows its
      // bracketed short name.
      {"大会第七十八届会议\n随函转递2023年10月13日在比什凯克举行的国家元首理事会会议(比什凯克峰会)通过的《宣言》。"
       "本次会议期间,元首们签署了《协定》。",
       {{T::kMeeting, "大会第七十八届会议"},
        {T::kDate, "2023年10月13日", "2023-10-13"},
        {T::kPlace, "比什凯克"},
        {T::kMeeting, "国家元首理事会会议"},
        {T::kMeeting, "比什凯克峰会", "", "国家元首理事会会议"},
        {T::kInstrument, "宣言", "declaration"},
        {T::kInstrument, "协定", "agreement"}},
       kSetting,
       {"HELD_IN 国家元首理事会会议 -> 比什凯克", "HELD_ON 国家元首理事会会议 -> 2023-10-13",
        "SIGNED_IN 宣言 -> 比什凯克", "SIGNED_ON 宣言 -> 2023-10-13", "SIGNED_IN 协定 -> 比什凯克",
        "SIGNED_ON 协定 -> 2023-10-13"}},
      // 会晤后: the session's outcome, in the clause of the verb; a text the
      // clause after it only speaks of is not.
      {"第二十五次领导人会晤24日在北京举行。会晤后,双方发表了《联合声明》,重申推动《巴黎协定》实施。",
       {{T::kMeeting, "第二十五次领导人会晤"},
        {T::kDate, "24日", "2025-07-24"},
        {T::kPlace, "北京"},
        {T::kInstrument, "联合声明", "statement"},
        {T::kInstrument, "巴黎协定", "agreement"}},
       kSetting,
       {"HELD_IN 第二十五次领导人会晤 -> 北京", "HELD_ON 第二十五次领导人会晤 -> 2025-07-24",
        "SIGNED_IN 联合声明 -> 北京", "SIGNED_ON 联合声明 -> 2025-07-24"}},
      // What a meeting adopted, with a pointer to the annex between the
      // texts, and with the day it was adopted after 及其.
      {"随函转递2019年10月25日和26日在巴库举行的第十八届首脑会议通过的《巴库宣言》(见附件一)和《最后文件》(见附件二)。"
       "重申1955年4月18日至24日在万隆举行的亚非会议及其4月24日通过的《最后公报》。",
       {{T::kDate, "2019年10月25日", "2019-10-25"},
        {T::kDate, "26日", "2019-10-26"},
        {T::kPlace, "巴库"},
        {T::kMeeting, "第十八届首脑会议"},
        {T::kInstrument, "巴库宣言", "declaration"},
        {T::kInstrument, "最后文件", "other"},
        {T::kDate, "1955年4月18日至24日", "1955-04-18/1955-04-24"},
        {T::kPlace, "万隆"},
        {T::kMeeting, "亚非会议"},
        {T::kDate, "4月24日", "1955-04-24"},
        {T::kInstrument, "最后公报", "statement"}},
       {"SIGNED_IN"},
       {"SIGNED_IN 巴库宣言 -> 巴库", "SIGNED_IN 最后文件 -> 巴库", "SIGNED_IN 最后公报 -> 万隆"}},
      // The sentence after the talks goes on in their setting; another
      // sentence does not.
      {"14日,两国元首在北京举行会谈。会谈后,两国元首见证签署了《合作规划》。次日双方签署了《备忘录》。",
       {{T::kDate, "14日", "2025-05-14"},
        {T::kPlace, "北京"},
        {T::kInstrument, "合作规划", "plan"},
        {T::kInstrument, "备忘录", "memorandum"}},
       kSetting,
       {"SIGNED_IN 合作规划 -> 北京", "SIGNED_ON 合作规划 -> 2025-05-14"}},
      // A date and place in brackets right after a title.
      {"重申恪守《集体安全条约》(1992年5月15日,塔什干)和《章程》(2002年10月7日)的宗旨",
       {{T::kInstrument, "集体安全条约", "treaty"},
        {T::kDate, "1992年5月15日", "1992-05-15"},
        {T::kPlace, "塔什干"},
        {T::kInstrument, "章程", "charter"},
        {T::kDate, "2002年10月7日", "2002-10-07"}},
       kSetting,
       {"SIGNED_IN 集体安全条约 -> 塔什干", "SIGNED_ON 集体安全条约 -> 1992-05-15", "SIGNED_ON 章程 -> 2002-10-07"}},
      // ... and after a session's name, as UN texts cite sessions.
      {"注意到人居大会第一届会议(2019年5月27日至31日,内罗毕)通过的战略计划",
       {{T::kMeeting, "人居大会第一届会议"},
        {T::kDate, "2019年5月27日至31日", "2019-05-27/2019-05-31"},
        {T::kPlace, "内罗毕"}},
       kSetting,
       {"HELD_IN 人居大会第一届会议 -> 内罗毕", "HELD_ON 人居大会第一届会议 -> 2019-05-27/2019-05-31"}},
      // What a meeting agreed on (达成的) was made there.
      {"按照2021年4月24日在雅加达举行的东盟领导人会议达成的《五点共识》推动",
       {{T::kDate, "2021年4月24日", "2021-04-24"},
        {T::kPlace, "雅加达"},
        {T::kMeeting, "东盟领导人会议"},
        {T::kInstrument, "五点共识", "other"}},
       kSetting,
       {"HELD_IN 东盟领导人会议 -> 雅加达", "HELD_ON 东盟领导人会议 -> 2021-04-24", "SIGNED_IN 五点共识 -> 雅加达",
        "SIGNED_ON 五点共识 -> 2021-04-24"}},
      // Who attends a meeting somewhere says where it was.
      {"同日,王毅还在吉隆坡出席了东盟与中日韩外长会。",
       {{T::kDate, "同日", "2025-07-10"}, {T::kPlace, "吉隆坡"}, {T::kMeeting, "东盟与中日韩外长会"}},
       kSetting,
       {"HELD_IN 东盟与中日韩外长会 -> 吉隆坡", "HELD_ON 东盟与中日韩外长会 -> 2025-07-10"}},
      // 本届峰会还通过了: the session word with a determiner and an adverb.
      {"第二届峰会于2023年7月28日在圣彼得堡举行。本届峰会还通过了《行动计划》。",
       {{T::kMeeting, "第二届峰会"},
        {T::kDate, "2023年7月28日", "2023-07-28"},
        {T::kPlace, "圣彼得堡"},
        {T::kInstrument, "行动计划", "plan"}},
       kSetting,
       {"HELD_IN 第二届峰会 -> 圣彼得堡", "HELD_ON 第二届峰会 -> 2023-07-28",
        "SIGNED_IN 行动计划 -> 圣彼得堡", "SIGNED_ON 行动计划 -> 2023-07-28"}},
      // The paragraph's number before the session word.
      {"第二次峰会于2025年7月30日在撒马尔罕举行。\n 6. 峰会期间,外交部签署了《谅解备忘录》,各方还通过了《路线图》。",
       {{T::kMeeting, "第二次峰会"},
        {T::kDate, "2025年7月30日", "2025-07-30"},
        {T::kPlace, "撒马尔罕"},
        {T::kInstrument, "谅解备忘录", "memorandum"},
        {T::kInstrument, "路线图", "roadmap"}},
       kSetting,
       {"HELD_IN 第二次峰会 -> 撒马尔罕", "HELD_ON 第二次峰会 -> 2025-07-30",
        "SIGNED_IN 谅解备忘录 -> 撒马尔罕", "SIGNED_ON 谅解备忘录 -> 2025-07-30",
        "SIGNED_IN 路线图 -> 撒马尔罕", "SIGNED_ON 路线图 -> 2025-07-30"}},
      // 核可的: what a meeting endorsed takes its setting.
      {"确认2012年6月26日在贝尔格莱德举行的外交部长理事会第二十六次会议核可的《经济议程》。",
       {{T::kDate, "2012年6月26日", "2012-06-26"},
        {T::kPlace, "贝尔格莱德"},
        {T::kMeeting, "外交部长理事会第二十六次会议"},
        {T::kInstrument, "经济议程", "agenda"}},
       kSetting,
       {"HELD_IN 外交部长理事会第二十六次会议 -> 贝尔格莱德", "HELD_ON 外交部长理事会第二十六次会议 -> 2012-06-26",
        "SIGNED_IN 经济议程 -> 贝尔格莱德", "SIGNED_ON 经济议程 -> 2012-06-26"}},
      // Next year, like a bare year, dates nothing; the place still holds.
      {"各方同意第四次外长会将于明年在萨摩亚首都阿皮亚举行。",
       {{T::kMeeting, "第四次外长会"}, {T::kCountry, "萨摩亚"}, {T::kPlace, "阿皮亚"}},
       kSetting,
       {"HELD_IN 第四次外长会 -> 阿皮亚"}},
  });
}

TEST_CASE("names that give the venue") {
  run({
      // A city opening a meeting's name is its venue; a region qualifying the
      // participants, or a city inside an organisation's name, is not.
      {"2019年11月21日莫斯科上合组织成员国科技部长第五次会议;中亚国家元首会议;上海合作组织论坛会议",
       {{T::kDate, "2019年11月21日", "2019-11-21"},
        {T::kMeeting, "莫斯科上合组织成员国科技部长第五次会议"},
        {T::kPlace, "莫斯科"},
        {T::kMeeting, "中亚国家元首会议"},
        {T::kPlace, "中亚"},
        {T::kMeeting, "上海合作组织论坛会议"},
        {T::kOrganization, "上海合作组织论坛"},
        {T::kPlace, "上海"}},
       {"HELD_IN", "SIGNED_IN"},
       {"HELD_IN 莫斯科上合组织成员国科技部长第五次会议 -> 莫斯科"}},
      // Nor a continent, nor regions paired with 和.
      {"拉丁美洲和加勒比人口与发展区域会议第一届会议;亚洲文明对话大会",
       {{T::kMeeting, "拉丁美洲和加勒比人口与发展区域会议第一届会议"},
        {T::kPlace, "拉丁美洲"},
        {T::kPlace, "加勒比"},
        {T::kMeeting, "亚洲文明对话大会"},
        {T::kPlace, "亚洲"}},
       {"HELD_IN"},
       {}},
      // Nor a region paired with a partner.
      {"中亚-海合会首次峰会",
       {{T::kMeeting, "中亚-海合会首次峰会"}, {T::kPlace, "中亚"}},
       {"HELD_IN"},
       {}},
      // A declaration or communique named after a city was made there.
      {"五国元首2000年7月5日签署的“上海五国”杜尚别声明指出,……在杜尚别举行。",
       {{T::kDate, "2000年7月5日", "2000-07-05"},
        {T::kInstrument, "“上海五国”杜尚别声明", "statement"},
        {T::kPlace, "杜尚别"}},
       {"SIGNED_IN", "SIGNED_ON"},
       {"SIGNED_IN “上海五国”杜尚别声明 -> 杜尚别",
        "SIGNED_ON “上海五国”杜尚别声明 -> 2000-07-05"}},
  });
}

TEST_CASE("organs and their parents") {
  run({
      {"法语国家国际组织的各机构,即法语国家首脑会议和法语国家常设理事会,",
       {{T::kOrganization, "法语国家国际组织"}, {T::kOrganization, "法语国家首脑会议"},
        {T::kOrganization, "法语国家常设理事会"}},
       {"PART_OF"},
       {"PART_OF 法语国家首脑会议 -> 法语国家国际组织", "PART_OF 法语国家常设理事会 -> 法语国家国际组织"}},
      {"中国国家原子能机构与阿盟下属的阿拉伯原子能机构签署了",
       {{T::kOrganization, "中国国家原子能机构"}, {T::kOrganization, "阿盟"}, {T::kOrganization, "阿拉伯原子能机构"}},
       {"PART_OF"},
       {"PART_OF 阿拉伯原子能机构 -> 阿盟"}},
      // The parent's short name in brackets, no mention of its own, between.
      {"赞赏安全理事会第2653(2022)号决议所设委员会(“委员会”)及其海地问题专家小组的工作。",
       {{T::kOrganization, "安全理事会第2653(2022)号决议所设委员会"}, {T::kOrganization, "海地问题专家小组"}},
       {"PART_OF"},
       {"PART_OF 海地问题专家小组 -> 安全理事会第2653(2022)号决议所设委员会"}},
      // A body's observer status in the Assembly makes the Assembly no organ
      // of it.
      {"给予国际奥林匹克委员会(国际奥委会)大会观察员地位",
       {{T::kOrganization, "国际奥林匹克委员会"},
        {T::kOrganization, "国际奥委会", "", "国际奥林匹克委员会"},
        {T::kOrganization, "大会"}},
       {"PART_OF"},
       {}},
      // A committee's bracketed short name stands between it and its group.
      {"所设委员会(南苏丹制裁委员会)\n及其南苏丹问题专家小组的工作",
       {{T::kOrganization, "所设委员会"},
        {T::kOrganization, "南苏丹制裁委员会", "", "所设委员会"},
        {T::kOrganization, "南苏丹问题专家小组"}},
       {"PART_OF"},
       {"PART_OF 南苏丹问题专家小组 -> 所设委员会"}},
      {"上合组织秘书处、联合国教科文组织、联合国气候变化框架公约秘书处、联合国亚洲及太平洋经济社会"
       "委员会"
       "秘书处和联合国亚洲及太平洋经济社会委员会与上海合作组织(以下简称“上合组织”)及联合国",
       {{T::kOrganization, "上合组织秘书处"},
        {T::kOrganization, "联合国教科文组织"},
        {T::kOrganization, "联合国气候变化框架公约秘书处"},
        {T::kOrganization, "联合国亚洲及太平洋经济社会委员会秘书处"},
        {T::kOrganization, "联合国亚洲及太平洋经济社会委员会"},
        {T::kOrganization, "上海合作组织"},
        {T::kOrganization, "上合组织"},
        {T::kOrganization, "联合国"}},
       {"PART_OF"},
       {"PART_OF 上合组织秘书处 -> 上合组织", "PART_OF 联合国教科文组织 -> 联合国",
        "PART_OF 联合国亚洲及太平洋经济社会委员会秘书处 -> 联合国亚洲及太平洋经济社会委员会",
        "PART_OF 联合国亚洲及太平洋经济社会委员会 -> 联合国"}},
      {"作为经济合作组织的专门机构的文化学会、科学基金会和教育学会;反恐怖主义办公室("
       "包括联合国反恐中心)"
       ";秘书处人道主义事务协调厅;地区反恐怖机构是上合组织的常设机构。",
       {{T::kOrganization, "经济合作组织"},
        {T::kOrganization, "文化学会"},
        {T::kOrganization, "科学基金会"},
        {T::kOrganization, "教育学会"},
        {T::kOrganization, "反恐怖主义办公室"},
        {T::kOrganization, "联合国反恐中心"},
        {T::kOrganization, "秘书处"},
        {T::kOrganization, "人道主义事务协调厅"},
        {T::kOrganization, "地区反恐怖机构"},
        {T::kOrganization, "上合组织"}},
       {"PART_OF"},
       {"PART_OF 文化学会 -> 经济合作组织", "PART_OF 科学基金会 -> 经济合作组织",
        "PART_OF 地区反恐怖机构 -> 上合组织", "PART_OF 教育学会 -> 经济合作组织",
        "PART_OF 联合国反恐中心 -> 反恐怖主义办公室", "PART_OF 人道主义事务协调厅 -> 秘书处"}},
      // An organisation's own specialised bodies after 及其; not bodies
      // named after another's list of them.
      {"同阿拉伯国家联盟及其专门组织,特别是阿拉伯劳工组织和阿拉伯教育、文化及科学组织合作;"
       "赞赏经济合作组织与各国际组织和专门机构,特别是世界卫生组织合作",
       {{T::kOrganization, "阿拉伯国家联盟"},
        {T::kOrganization, "阿拉伯劳工组织"},
        {T::kOrganization, "阿拉伯教育、文化及科学组织"},
        {T::kOrganization, "经济合作组织"},
        {T::kOrganization, "世界卫生组织"}},
       {"PART_OF"},
       {"PART_OF 阿拉伯劳工组织 -> 阿拉伯国家联盟", "PART_OF 阿拉伯教育、文化及科学组织 -> 阿拉伯国家联盟"}},
      {"关于成立上海合作组织(以下简称“上合组织”或“本组织”)的决定。本组织常设机构——北京秘书处和塔什"
       "干地区反恐怖机构工作高效。上合组织两个常设机构——设在北京的秘书处和设在塔什干的地区反恐怖机"
       "构执"
       "行委员会保持高效运行",
       {{T::kOrganization, "上海合作组织"},
        {T::kOrganization, "北京秘书处"},
        {T::kOrganization, "塔什干地区反恐怖机构"},
        {T::kOrganization, "上合组织"},
        {T::kPlace, "北京"},
        {T::kOrganization, "秘书处"},
        {T::kPlace, "塔什干"},
        {T::kOrganization, "地区反恐怖机构执行委员会"}},
       {"PART_OF"},
       {"PART_OF 北京秘书处 -> 上海合作组织", "PART_OF 塔什干地区反恐怖机构 -> 上海合作组织",
        "PART_OF 秘书处 -> 上合组织", "PART_OF 地区反恐怖机构执行委员会 -> 上合组织"}},
      // A shared modifier (和) confirmed by the resolved name; a 、 list and
      // joint names are not organs.
      {"上合组织实业家委员会和银行联合体;联合国森林论坛、亚洲及太平洋经济社会委员会;经济合作组织-"
       "联合国论坛;"
       "上合组织、联合国和经济合作组织。",
       {{T::kOrganization, "上合组织实业家委员会", "", "上海合作组织实业家委员会"},
        {T::kOrganization, "银行联合体", "", "上海合作组织银行联合体"},
        {T::kOrganization, "联合国森林论坛"},
        {T::kOrganization, "亚洲及太平洋经济社会委员会", "", "联合国亚洲及太平洋经济社会委员会"},
        {T::kOrganization, "经济合作组织-联合国论坛"},
        {T::kOrganization, "上合组织", "", "上海合作组织"},
        {T::kOrganization, "联合国"},
        {T::kOrganization, "经济合作组织"}},
       {"PART_OF"},
       {"PART_OF 上合组织实业家委员会 -> 上合组织", "PART_OF 银行联合体 -> 上合组织",
        "PART_OF 联合国森林论坛 -> 联合国"}},
  });
}

TEST_CASE("sponsors, signatories and whom they represent") {
  run({
      // An envoy on a country's question serves the state named before it.
      {"出席会议的有:俄罗斯联邦总统阿富汗问题特别代表扎米尔·卡布洛夫、中国外交部阿富汗事务特使岳晓勇、"
       "伊朗伊斯兰共和国阿富汗问题特别代表穆罕默德·萨迪克、阿富汗问题特使张三",
       {{T::kCountry, "俄罗斯联邦"},
        {T::kCountry, "阿富汗"},
        {T::kPerson, "扎米尔·卡布洛夫"},
        {T::kOrganization, "中国外交部"},
        {T::kCountry, "中国"},
        {T::kCountry, "阿富汗"},
        {T::kPerson, "岳晓勇"},
        {T::kCountry, "伊朗伊斯兰共和国"},
        {T::kCountry, "阿富汗"},
        {T::kPerson, "穆罕默德·萨迪克"},
        {T::kCountry, "阿富汗"},
        {T::kPerson, "张三"}},
       {"REPRESENTS"},
       {"REPRESENTS 扎米尔·卡布洛夫 -> 俄罗斯联邦", "REPRESENTS 岳晓勇 -> 中国",
        "REPRESENTS 穆罕默德·萨迪克 -> 伊朗伊斯兰共和国"}},
      {"联合国同上海合作组织的合作\n\n中国、印度、俄罗斯联邦和乌兹别克斯坦:决议草案\n\n大会,",
       {{T::kOrganization, "联合国"},
        {T::kOrganization, "上海合作组织"},
        {T::kCountry, "中国"},
        {T::kCountry, "印度"},
        {T::kCountry, "俄罗斯联邦"},
        {T::kCountry, "乌兹别克斯坦"},
        {T::kOrganization, "大会"}},
       {"SPONSORED_BY"},
       {"SPONSORED_BY @document -> 中国", "SPONSORED_BY @document -> 印度",
        "SPONSORED_BY @document -> 俄罗斯联邦", "SPONSORED_BY @document -> 乌兹别克斯坦"}},
      // A name the gazetteer does not know stops nothing.
      {"阿尔巴尼亚、亚美尼亚、卢森堡、瓦努阿图和越南:决议草案",
       {{T::kCountry, "阿尔巴尼亚"}, {T::kCountry, "亚美尼亚"}, {T::kCountry, "瓦努阿图"}, {T::kCountry, "越南"}},
       {"SPONSORED_BY"},
       {"SPONSORED_BY @document -> 越南", "SPONSORED_BY @document -> 瓦努阿图",
        "SPONSORED_BY @document -> 亚美尼亚", "SPONSORED_BY @document -> 阿尔巴尼亚"}},
      // Sponsors marked * (not members of the Council) on either side of 、 and 和.
      {"比利时、捷克*、厄瓜多尔*和乌拉圭*:决议草案",
       {{T::kCountry, "比利时"}, {T::kCountry, "捷克"}, {T::kCountry, "厄瓜多尔"}, {T::kCountry, "乌拉圭"}},
       {"SPONSORED_BY"},
       {"SPONSORED_BY @document -> 乌拉圭", "SPONSORED_BY @document -> 厄瓜多尔",
        "SPONSORED_BY @document -> 捷克", "SPONSORED_BY @document -> 比利时"}},
      {"各方将继续合作。印度共和国总理莫迪吉尔吉斯共和国代总统、总理扎帕罗夫乌兹别克斯坦10共和国总"
       "统"
       "米尔济约耶夫[责任编辑:杨永青]",
       {{T::kCountry, "印度共和国"},
        {T::kPerson, "莫迪"},
        {T::kCountry, "吉尔吉斯共和国"},
        {T::kPerson, "扎帕罗夫"},
        {T::kCountry, "乌兹别克斯坦"},
        {T::kPerson, "米尔济约耶夫"},
        {T::kPerson, "杨永青"}},
       {"SIGNED_BY", "REPRESENTS"},
       {"REPRESENTS 莫迪 -> 印度共和国", "REPRESENTS 扎帕罗夫 -> 吉尔吉斯共和国",
        "REPRESENTS 米尔济约耶夫 -> 乌兹别克斯坦", "SIGNED_BY @document -> 莫迪",
        "SIGNED_BY @document -> 扎帕罗夫", "SIGNED_BY @document -> 米尔济约耶夫"}},
      // Signatures side by side: each name takes the title in its column,
      // not the nearest country before it; a cell's country may sit inside
      // a body's name the folded text ran together.
      {"各方表示满意。\n\n哈萨克斯坦共和国总统                  吉尔吉斯共和国总统\n"
       "卡·托卡耶夫                          萨·扎帕罗夫\n\n"
       "塔吉克斯坦共和国总统                  土库曼斯坦人民委员会主席\n"
       "埃·拉赫蒙                            古·别尔德穆哈梅多夫\n",
       {{T::kCountry, "哈萨克斯坦共和国"},
        {T::kCountry, "吉尔吉斯共和国"},
        {T::kPerson, "卡·托卡耶夫"},
        {T::kPerson, "萨·扎帕罗夫"},
        {T::kCountry, "塔吉克斯坦共和国"},
        {T::kCountry, "土库曼斯坦"},
        {T::kPerson, "埃·拉赫蒙"},
        {T::kPerson, "古·别尔德穆哈梅多夫"}},
       {"SIGNED_BY", "REPRESENTS"},
       {"REPRESENTS 卡·托卡耶夫 -> 哈萨克斯坦共和国", "REPRESENTS 古·别尔德穆哈梅多夫 -> 土库曼斯坦",
        "REPRESENTS 埃·拉赫蒙 -> 塔吉克斯坦共和国", "REPRESENTS 萨·扎帕罗夫 -> 吉尔吉斯共和国",
        "SIGNED_BY @document -> 卡·托卡耶夫", "SIGNED_BY @document -> 古·别尔德穆哈梅多夫",
        "SIGNED_BY @document -> 埃·拉赫蒙", "SIGNED_BY @document -> 萨·扎帕罗夫"}},
      // Titles listed after a person share the country (、 makes the list;
      // 和 after a single person may join another party's officer); a
      // government's head represents its country; an adviser is a title.
      {"王毅会见了巴基斯坦总统阿西夫·阿里·扎尔达里、总理夏巴兹·谢里夫和陆军参谋长阿西姆·穆尼尔。"
       "柬埔寨副首相兼外交大臣宋金达和外交部长王毅参加。黎巴嫩看守政府总理纳吉布·米卡提表示。"
       "哈萨克斯坦议会上院议长叶尔兰·科沙诺夫。同印度国家安全顾问阿吉特·多瓦尔举行会晤。"
       "中国驻塞尔维亚大使李明迎接。",
       {{T::kPerson, "王毅"},
        {T::kCountry, "巴基斯坦"},
        {T::kPerson, "阿西夫·阿里·扎尔达里"},
        {T::kPerson, "夏巴兹·谢里夫"},
        {T::kPerson, "阿西姆·穆尼尔"},
        {T::kCountry, "柬埔寨"},
        {T::kPerson, "宋金达"},
        {T::kPerson, "王毅"},
        {T::kOrganization, "黎巴嫩看守政府"},
        {T::kCountry, "黎巴嫩"},
        {T::kPerson, "纳吉布·米卡提"},
        {T::kOrganization, "哈萨克斯坦议会"},
        {T::kCountry, "哈萨克斯坦"},
        {T::kPerson, "叶尔兰·科沙诺夫"},
        {T::kCountry, "印度"},
        {T::kPerson, "阿吉特·多瓦尔"},
        {T::kCountry, "中国"},
        {T::kCountry, "塞尔维亚"},
        {T::kPerson, "李明"}},
       {"REPRESENTS"},
       {"REPRESENTS 叶尔兰·科沙诺夫 -> 哈萨克斯坦", "REPRESENTS 宋金达 -> 柬埔寨", "REPRESENTS 夏巴兹·谢里夫 -> 巴基斯坦",
        "REPRESENTS 纳吉布·米卡提 -> 黎巴嫩",
        "REPRESENTS 阿吉特·多瓦尔 -> 印度", "REPRESENTS 阿西夫·阿里·扎尔达里 -> 巴基斯坦",
        "REPRESENTS 阿西姆·穆尼尔 -> 巴基斯坦", "REPRESENTS 李明 -> 中国"}},
      // An envoy on a country's question does not represent it.
      {"赞赏秘书长也门问题特使汉斯·格伦德贝格的工作。",
       {{T::kCountry, "也门"}, {T::kPerson, "汉斯·格伦德贝格"}},
       {"REPRESENTS"},
       {}},
      // A title in running text represents, but signs nothing.
      {"俄罗斯联邦总统普京出席了会议。各方表示满意。",
       {{T::kCountry, "俄罗斯联邦"}, {T::kPerson, "普京"}},
       {"SIGNED_BY", "REPRESENTS"},
       {"REPRESENTS 普京 -> 俄罗斯联邦"}},
      // Appointed as a country's office: the title after the name.
      {"欢迎过渡总统委员会任命加里·科尼耶为海地总理,注意到",
       {{T::kOrganization, "过渡总统委员会"}, {T::kPerson, "加里·科尼耶"}, {T::kCountry, "海地"}},
       {"REPRESENTS"},
       {"REPRESENTS 加里·科尼耶 -> 海地"}},
      {"任命加里·科尼耶为海地问题特使", {{T::kPerson, "加里·科尼耶"}, {T::kCountry, "海地"}}, {"REPRESENTS"}, {}},
      // A portfolio described with 的; any other 的 is no title.
      {"阿曼苏丹国负责国防事务的副首相希哈布·本·塔里克·阿勒赛义德、中国的代表王毅出席",
       {{T::kCountry, "阿曼苏丹国"}, {T::kPerson, "希哈布·本·塔里克·阿勒赛义德"}, {T::kCountry, "中国"},
        {T::kPerson, "王毅"}},
       {"REPRESENTS"},
       {"REPRESENTS 希哈布·本·塔里克·阿勒赛义德 -> 阿曼苏丹国"}},
      // A chargé d'affaires signing for the mission.
      {"分发为荷。\n乌兹别克斯坦常驻联合国代表团\n临时代办\n乌卢格别克·拉希莫夫(签名)",
       {{T::kCountry, "乌兹别克斯坦"}, {T::kOrganization, "联合国"}, {T::kPerson, "乌卢格别克·拉希莫夫"}},
       {"SIGNED_BY", "REPRESENTS"},
       {"REPRESENTS 乌卢格别克·拉希莫夫 -> 乌兹别克斯坦", "SIGNED_BY @document -> 乌卢格别克·拉希莫夫"}},
      // A web page's related links after the last sentence sign nothing.
      {"王毅主持会议。\n相关新闻:\n·王毅同所罗门群岛外长阿戈瓦卡举行会谈",
       {{T::kPerson, "王毅"}, {T::kCountry, "所罗门群岛"}, {T::kPerson, "阿戈瓦卡"}},
       {"SIGNED_BY", "REPRESENTS"},
       {"REPRESENTS 阿戈瓦卡 -> 所罗门群岛"}},
      // A portfolio joined by 与 right after the country is one minister's;
      // a 与 over another party is not.
      {"南非国际关系与合作部长罗纳德·拉莫拉出席。中国与联合国秘书长古特雷斯会谈。",
       {{T::kCountry, "南非"},
        {T::kPerson, "罗纳德·拉莫拉"},
        {T::kCountry, "中国"},
        {T::kOrganization, "联合国"},
        {T::kPerson, "古特雷斯"}},
       {"REPRESENTS"},
       {"REPRESENTS 罗纳德·拉莫拉 -> 南非"}},
  });
}

TEST_CASE("paragraph verbs cite resolutions, instruments and meetings") {
  run({
      {"大会,\n\n又回顾2010年4月5日的联合声明,\n\n回顾大会在第71/14号决议中注意到,并在这方面注意到"
       "第十八次会议,\n\n1.满意地注意到《伊斯兰堡宣言》;\n\n4."
       "请秘书长向大会第七十七届会议提出报告;",
       {{T::kOrganization, "大会"},
        {T::kDate, "2010年4月5日", "2010-04-05"},
        {T::kInstrument, "联合声明", "statement"},
        {T::kResolution, "第71/14号决议", "A/RES/71/14"},
        {T::kMeeting, "第十八次会议"},
        {T::kInstrument, "伊斯兰堡宣言", "declaration"},
        {T::kMeeting, "大会第七十七届会议"}},
       {"RECALLS", "NOTES", "REQUESTS", "WELCOMES"},
       {"RECALLS @document -> 联合声明", "RECALLS @document -> 第71/14号决议",
        "NOTES @document -> 第十八次会议", "NOTES @document -> 伊斯兰堡宣言",
        "REQUESTS @document -> 大会第七十七届会议"}},
      // A declaration's paragraphs open with their subject; a comma clause
      // with a verb of its own changes the verb.
      {"成员国欢迎2020年10月29日以视频方式举行的首届地方负责人论坛成果。\n确认上海合作组织努力,"
       "在这方面"
       "欢迎2012年7月22日签订的合作议定书,",
       {{T::kDate, "2020年10月29日", "2020-10-29"},
        {T::kMeeting, "首届地方负责人论坛"},
        {T::kOrganization, "上海合作组织"},
        {T::kDate, "2012年7月22日", "2012-07-22"},
        {T::kInstrument, "合作议定书", "protocol"}},
       {"WELCOMES", "RECOGNIZES"},
       {"WELCOMES @document -> 首届地方负责人论坛", "WELCOMES @document -> 合作议定书"}},
  });
}

// The evidence of a cited text is the sentence that cites it, from its
// start: not the paragraph from its start, which on a file of one line is
// the whole file before the citation (quadratic output).
TEST_CASE("a citation's evidence starts at the sentence holding the cited text") {
  std::string sentence = "成员国高度重视落实《合作纲要》。";
  std::string text = "成员国重申,反恐怖机构发挥着特殊作用。";
  for (int i = 0; i < 200; ++i) text += sentence;  // one paragraph, one line
  Document doc = ingest_bytes("t.txt", "", text).value();
  std::vector<Mention> mentions;
  for (size_t at = doc.text.find("合作纲要"); at != std::string::npos;
       at = doc.text.find("合作纲要", at + 1)) {
    Mention m;
    m.type = T::kInstrument;
    m.begin = static_cast<uint32_t>(at);
    m.end = static_cast<uint32_t>(at + std::string("合作纲要").size());
    m.name = m.canonical = "合作纲要";
    m.value = "programme";
    mentions.push_back(m);
  }
  std::vector<RelationMention> found;
  extract_relations(doc, mentions, &found);
  CHECK(found.size() == mentions.size());
  for (const RelationMention& r : found) {
    CHECK(r.type == "REAFFIRMS");
    CHECK(std::string_view(doc.text).substr(r.begin, r.end - r.begin) == "成员国高度重视落实《合作纲要");
  }
}

TEST_CASE("organisations named as partners cooperate") {
  run({
      {"欢迎上海合作组织秘书处与联合国毒品和犯罪问题办公室于2011年6月签署谅解备忘录,"
       "以及联合国同上海"
       "合作组织的合作;中国与俄罗斯、联合国和上海合作组织。",
       {{T::kOrganization, "上海合作组织秘书处"},
        {T::kOrganization, "联合国毒品和犯罪问题办公室"},
        {T::kDate, "2011年6月", "2011-06"},
        {T::kOrganization, "联合国"},
        {T::kOrganization, "上海合作组织"},
        {T::kCountry, "中国"},
        {T::kCountry, "俄罗斯"},
        {T::kOrganization, "联合国"},
        {T::kOrganization, "上海合作组织"}},
       {"COOPERATES_WITH"},
       {"COOPERATES_WITH 上海合作组织秘书处 -> 联合国毒品和犯罪问题办公室",
        "COOPERATES_WITH 联合国 -> 上海合作组织"}},
  });
}

}  // namespace
}  // namespace treatygraph
