// Settings: when and where a meeting was held, an instrument signed or a
// resolution adopted (HELD_ON, HELD_IN, SIGNED_ON, SIGNED_IN, ADOPTED_ON).
//
// Chinese puts the setting in front of what it describes, as one clause:
//   2017年6月9日在阿斯塔纳签署的《……谅解备忘录》       SIGNED_ON, SIGNED_IN
//   2019年6月13日和14日在吉尔吉斯斯坦比什凯克举行的……会议 HELD_ON x2, HELD_IN 比什凯克
//   2004年12月2日关于给予……观察员地位的第59/48号决议     ADOPTED_ON
//   2009年12月18日第64/183号、2010年12月13日第65/124号……决议  each date to its number
//   2019年6月17日至19日在索契、2020年10月30日在努尔苏丹举行的……会议  both to one meeting
//   2017年3月1日在伊斯兰堡举行的……首脑会议上发表的《A》和《B》  meeting, A and B
//   在杜尚别举行的……会议上所通过的……方案                  place only
// and sometimes after it: ……会议于2019年6月14日在比什凯克举行, or
// around it: 2019年6月14日,……会议在比什凯克举行. Further forms:
//   ……签署了下列合作文件:\n《A》;\n《B》。               A and B (a list announced)
//   《……政治协议》……,该协议于2019年2月6日在班吉签署     referred back (also 该会议)
//   《……公约》由2024年5月17日在……举行的……会议通过       the meeting's setting
//   峰会期间,……签署了……备忘录 / 会议通过了《……》        the first summit's setting
// A text issued at a meeting of several days takes no date.
//
// The walk goes over the top-level mentions in order, collecting a setting
// (dates; places introduced by 在/于, a country followed by its city giving
// the city) until the first meeting, instrument or resolution that the
// words in between can describe: a verb of the right kind (举行/召开 for a
// meeting, 签署/通过/批准/发表 for an instrument, 通过 for a resolution),
// or, for a date, nothing at all, 关于……的 or 题为……的. A sentence end or a
// comma ends the clause (a comma right after a clause-opening date does
// not: 2001年6月15日,各国元首在上海通过《……宣言》). A meeting followed by
// 间隙/期间 frames the clause instead of ending it. A setting that meets no
// head is discarded, so a date never jumps to an unrelated text.
#include <algorithm>
#include <initializer_list>
#include <map>
#include <set>
#include <tuple>
#include <utility>

#include "extract/relation_rules.h"

namespace treatygraph {
namespace {

using T = EntityType;

bool is_head(T t) { return t == T::kMeeting || t == T::kInstrument || t == T::kResolution; }

// The verbs that tie a setting to each kind of head.
bool has_verb_for(T head, std::string_view gap) {
  switch (head) {
    case T::kMeeting:
      // 在吉隆坡出席了……外长会: who attends a meeting somewhere says where it was.
      return contains_any(gap, {"举行", "召开", "举办", "主办", "承办", "主持", "开幕", "闭幕", "出席"});
    case T::kInstrument:
      return contains_any(
          gap, {"签署", "签订", "续签", "通过", "批准", "核准", "发表", "缔结", "发布", "达成", "商定"});
    case T::kResolution:
      return contains(gap, "通过");
    default:
      return false;
  }
}

// The words that name a date's year relative to the text's (今年6月, 去年
// 10月, 明年在北京, 同年): read with the date or place that follows them.
constexpr std::string_view kYearWords[] = {"今年", "去年", "明年", "同年"};

// What joins a head to a setting written after it: 于, 在, 将于……, and a
// bare year in between (亚信第六次峰会于2022年在哈萨克斯坦举行: the year is
// no date of its own, the place still is the meeting's).
bool opens_postposed_setting(std::string_view gap) {
  // 第148届大会和第149届大会分别于……: one setting per head, in order.
  if (starts_with(gap, "分别")) gap.remove_prefix(std::string_view("分别").size());
  // 《A》和《B》均于1986年9月26日在维也纳通过: one setting for both.
  if (starts_with(gap, "均")) gap.remove_prefix(std::string_view("均").size());
  for (std::string_view tense : {"已", "将", "定", "拟"}) {
    if (starts_with(gap, tense)) {
      gap.remove_prefix(tense.size());
      break;
    }
  }
  // ……外长会26日在万象举行: the date right after the meeting, maybe with its
  // year word (委员会第六次会议去年10月在北京举行, ……对话明年在北京举行).
  for (std::string_view year : kYearWords) {
    if (starts_with(gap, year)) {
      gap.remove_prefix(year.size());
      break;
    }
  }
  if (gap == "在" || gap.empty()) return true;
  if (!starts_with(gap, "于")) return false;
  gap.remove_prefix(std::string_view("于").size());
  // 于今年7月6日: the year word is read with the date that follows it;
  // 于明年在阿皮亚, like a bare year, is no date of its own.
  bool year = false;
  for (std::string_view word : {"今年", "同年", "当年", "明年", "去年", "前年"}) {
    if (starts_with(gap, word)) {
      gap.remove_prefix(word.size());
      year = true;
      break;
    }
  }
  size_t digits = 0;
  while (digits < gap.size() && gap[digits] >= '0' && gap[digits] <= '9') ++digits;
  if (!year && digits == 4 && starts_with(gap.substr(digits), "年")) {
    gap.remove_prefix(digits + std::string_view("年").size());
    year = true;
  }
  // 于2023年下半年在比什凯克: a part of the year is no date either.
  for (std::string_view part : {"上半年", "下半年", "年底", "年初", "年内", "年中", "晚些时候"}) {
    if (year && starts_with(gap, part)) {
      gap.remove_prefix(part.size());
      break;
    }
  }
  return gap.empty() || gap == "在";
}

// The meeting or text named just before, referred back to: ……首脑会议,并
// 商定该会议于2016年在伊斯兰堡举行; 《……政治协议》……,该协议于2019年2月6日
// 在班吉签署. Returns the kind of head referred to (kDate when none).
// The words that point back to the meeting named last: 该会议于……举行,
// 该次峰会10月13日通过的《…》, 后一届会议11月18日核准的《…》.
constexpr std::string_view kMeetingNouns[] = {"该会议",   "该届会议", "该次会议",   "该峰会",   "该次峰会",
                                              "该届峰会", "该届常会", "该届特别会议", "该会晤", "该次会晤",
                                              "该论坛",   "后一届会议", "该轮谈判"};

T refers_back_to(std::string_view gap) {
  static constexpr std::string_view kTextNouns[] = {"该协议", "该协定", "该公约", "该条约",
                                                    "该议定书", "该宣言", "该宪章",
                                                    "该备忘录", "该声明", "该文件"};
  gap = trim(gap);
  if (contains_any(gap, {"。", ";"})) return T::kDate;
  auto refers = [&](std::string_view noun) {
    size_t at = gap.rfind(noun);
    return at != std::string_view::npos && opens_postposed_setting(gap.substr(at + noun.size()));
  };
  for (std::string_view noun : kMeetingNouns) {
    if (refers(noun)) return T::kMeeting;
  }
  for (std::string_view noun : kTextNouns) {
    if (refers(noun)) return T::kInstrument;
  }
  return T::kDate;
}

// The length in bytes of the Chinese numeral digit (一 to 十) opening `s`,
// 0 if none.
size_t numeral_length(std::string_view s) {
  static constexpr std::string_view kNumerals[] = {"一", "二", "三", "四", "五",
                                                   "六", "七", "八", "九", "十"};
  for (std::string_view numeral : kNumerals) {
    if (starts_with(s, numeral)) return numeral.size();
  }
  return 0;
}

// Whether only a paragraph's number stands between the line's start and
// text[pos]: 六、2024年11月14日, / 3. 2019年…… / (二)2020年…….
bool opens_numbered_paragraph(std::string_view text, uint32_t pos) {
  // Only the 24 bytes before pos can hold the number: not searched further
  // back, which on a document of one line would be quadratic.
  constexpr uint32_t kReach = 24;
  uint32_t window = pos > kReach ? pos - kReach : 0;
  size_t line = text.substr(window, pos - window).rfind('\n');
  if (line == std::string_view::npos && window > 0) return false;
  size_t from = line == std::string_view::npos ? 0 : window + line + 1;
  std::string_view number = trim(text.substr(from, pos - from));
  if (!(ends_with(number, "、") || ends_with(number, ".") || ends_with(number, ")"))) return false;
  number.remove_suffix(ends_with(number, "、") ? std::string_view("、").size() : 1);
  if (starts_with(number, "(")) number.remove_prefix(1);
  if (number.empty()) return false;
  while (!number.empty()) {
    if (number.front() >= '0' && number.front() <= '9') {
      number.remove_prefix(1);
      continue;
    }
    size_t step = numeral_length(number);
    if (step == 0) return false;
    number.remove_prefix(step);
  }
  return true;
}

// A comma that closes an adverbial of circumstance does not end the clause
// it opens: 2024年11月14日,在两国元首见证下,双方在利马签署了…….
int adverbial_commas(std::string_view gap) {
  int n = 0;
  // 29日在北京同塞西举行会谈,两国元首共同签署了《…》: what the leaders sign at
  // their talks shares the talks' setting.
  for (std::string_view close : {"见证下,", "主持下,", "陪同下,", "支持下,", "举行会谈,", "会谈后,"}) {
    for (size_t at = gap.find(close); at != std::string_view::npos; at = gap.find(close, at + 1)) ++n;
  }
  return n;
}

// A verb's object announced as a list: 签署了下列合作文件: / 通过了以下文件:.
bool announces_list(std::string_view gap) {
  gap = strip_marks(gap);
  if (!ends_with(gap, ":")) return false;
  return contains_any(gap, {"下列", "以下", "如下"});
}

// Between two items of a list set one per line or run on: ;, line breaks,
// title marks, and the items' numbers (1. (二) 三、).
bool is_list_joint(std::string_view gap) {
  size_t i = 0;
  bool separated = false;
  while (i < gap.size()) {
    char c = gap[i];
    if (c == ';' || c == ',' || c == '\n') {
      separated = true;
      ++i;
      continue;
    }
    if (c == ' ' || c == '.' || c == '(' || c == ')' || (c >= '0' && c <= '9')) {
      ++i;
      continue;
    }
    std::string_view rest = gap.substr(i);
    size_t step = 0;
    for (std::string_view mark : {"《", "》", "“", "”", "、"}) {
      if (starts_with(rest, mark)) step = mark.size();
    }
    if (step == 0) step = numeral_length(rest);
    if (step == 0) return false;
    i += step;
  }
  return separated || is_coordinator(gap);
}

// A date of entry into force, expiry or "since" is not a signing date.
bool names_another_time(std::string_view gap) {
  return contains_any(gap, {"生效", "到期", "届满", "终止", "失效", "以来", "之前", "前夕"});
}

// The bare session word opening a sentence (up to a text named in it)
// followed by what happened there: 峰会期间,……签署了, 会议通过了,
// 六、会议期间……; empty when the sentence opens otherwise.
// `whole_sentence`: `before_text` is a whole sentence before the text's own
// (……还签署了), whose verb may stand in any clause.
std::string_view bare_session_opening(std::string_view before_text, bool whole_sentence = false) {
  std::string_view s = trim(before_text);
  // A paragraph's number: 六、, 3、, 6.
  size_t number = s.substr(0, 9).find("、");
  if (number != std::string_view::npos) s.remove_prefix(number + std::string_view("、").size());
  size_t digits = 0;
  while (digits < s.size() && digits < 3 && s[digits] >= '0' && s[digits] <= '9') ++digits;
  if (digits > 0 && digits < s.size() && s[digits] == '.') s = trim(s.substr(digits + 1));
  for (std::string_view determiner : {"本次", "此次", "本届", "该"}) {
    if (starts_with(s, determiner)) s.remove_prefix(determiner.size());
  }
  // 元首们同时签署了《A》、《B》: a communiqué's leaders are its meeting's
  // participants, and what they signed in their own clause was made there.
  for (std::string_view participants : {"元首们", "领导人们", "各国元首", "与会元首", "与会领导人", "外长们", "部长们"}) {
    if (!starts_with(s, participants)) continue;
    std::string_view rest = s.substr(participants.size());
    for (std::string_view adverb : {"同时", "还", "也", "共同", "一致"}) {
      if (starts_with(rest, adverb)) rest.remove_prefix(adverb.size());
    }
    bool signed_here = starts_with(rest, "签署") || starts_with(rest, "签订") || starts_with(rest, "通过") ||
                       starts_with(rest, "发表");
    return signed_here && rest.find(',') == std::string_view::npos ? "会议" : std::string_view();
  }
  // 会后,……共同见证签署了《A》: right after the session, as its outcome.
  for (std::string_view after : {"会后", "会上", "会间"}) {
    if (!starts_with(s, after)) continue;
    std::string_view rest = s.substr(after.size());
    size_t comma = rest.rfind(',');
    std::string_view own_clause = comma == std::string_view::npos || whole_sentence ? rest : rest.substr(comma);
    return contains_any(own_clause, {"签署", "签订", "通过", "发表"}) ? "会议" : std::string_view();
  }
  for (std::string_view session : {"会议", "峰会", "会晤", "外长会", "论坛"}) {
    if (!starts_with(s, session)) continue;
    std::string_view rest = s.substr(session.size());
    // 本届峰会还通过了《…》: an adverb before the verb.
    for (std::string_view adverb : {"还", "也", "共"}) {
      if (starts_with(rest, adverb)) {
        rest.remove_prefix(adverb.size());
        break;
      }
    }
    // 会晤后,双方发表了《……》: right after the session, as its outcome.
    bool during = starts_with(rest, "期间") || starts_with(rest, "后");
    bool adopted = starts_with(rest, "通过") || starts_with(rest, "发表");
    // The verb in the text's own clause: not 发表了《A》,重申推动《巴黎协定》.
    size_t comma = rest.rfind(',');
    // ……签署了12份合作文件,包括《A》: the list goes on the clause before.
    if (comma != std::string_view::npos && comma > 0) {
      std::string_view list = rest.substr(comma + 1);
      if (starts_with(list, "包括") || starts_with(list, "其中包括")) comma = rest.rfind(',', comma - 1);
    }
    std::string_view own_clause = comma == std::string_view::npos || whole_sentence ? rest : rest.substr(comma);
    if (adopted || (during && contains_any(own_clause, {"签署", "签订", "通过", "发表"}))) return session;
    // 会议回顾了……的成果,审议通过了《A》,并发表了《B》: a later clause
    // whose only words are the adopting verb has the session as subject.
    if (comma == std::string_view::npos) return {};
    std::string_view clause = strip_marks(rest.substr(comma + 1));
    for (std::string_view lead : {"并", "还", "审议", "一致"}) {
      if (starts_with(clause, lead)) clause.remove_prefix(lead.size());
    }
    for (std::string_view verb : {"通过", "发表", "批准"}) {
      if (!starts_with(clause, verb)) continue;
      std::string_view tail = clause.substr(verb.size());
      if (starts_with(tail, "了")) tail.remove_prefix(std::string_view("了").size());
      if (tail.empty()) return session;
    }
    return {};
  }
  return {};
}

// `s` without a date written at its start (2024年9月22日, 9月22日, 22日).
std::string_view without_leading_date(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] >= '0' && s[i] <= '9') {
      ++i;
    } else if (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9' &&
               (starts_with(s.substr(i), "年") || starts_with(s.substr(i), "月") ||
                starts_with(s.substr(i), "日"))) {
      i += std::string_view("日").size();
    } else {
      break;
    }
  }
  // Only a whole date, ending in 日 or 月: not a number that opens a word.
  std::string_view date = s.substr(0, i);
  return ends_with(date, "日") || ends_with(date, "月") ? s.substr(i) : s;
}

// `gap`, the words before a text's title, without the kind of text named
// between its verb and the title: 核可的该次会议成果文件《…》 and 通过的题为
// 《…》 end as 核可的 and 通过的 do. Only a short plain noun phrase ending in
// 文件 or 题为 is dropped, not a clause.
std::string_view without_text_kind(std::string_view gap) {
  size_t of = gap.find("的");
  if (of == std::string_view::npos || of + 3 >= gap.size() || of + 3 > 12) return gap;
  std::string_view kind = gap.substr(of + 3);
  bool plain = kind.size() <= 10 * 3 && kind.find_first_of(",;:()") == std::string_view::npos &&
               kind.find("。") == std::string_view::npos && kind.find("、") == std::string_view::npos;
  return plain && (ends_with(kind, "文件") || ends_with(kind, "题为")) ? gap.substr(0, of + 3) : gap;
}

// `after` without the building a meeting was held in, written after its
// city (独立宫举行, 人民大会堂召开 -> 举行, 召开): a few characters ending
// in a building's word, right before the verb.
std::string_view without_venue_building(std::string_view after) {
  static constexpr std::string_view kBuildings[] = {"宫", "大厦", "会堂", "中心", "宾馆", "酒店", "饭店", "大楼", "厅"};
  for (std::string_view verb : {"举行", "召开"}) {
    size_t at = after.find(verb);
    if (at == std::string_view::npos || at == 0 || at > 8 * 3) continue;
    std::string_view building = after.substr(0, at);
    bool han = true;
    for (size_t i = 0; i < building.size(); i += 3) han = han && is_han(building, i);
    for (std::string_view word : kBuildings) {
      if (han && ends_with(building, word)) return after.substr(at);
    }
  }
  return after;
}

// `gap` without the part of the day that opens it (4日上午,……: 上午).
std::string_view without_time_of_day(std::string_view gap) {
  for (std::string_view part : {"上午", "下午", "中午", "晚上", "早上", "凌晨", "晚"}) {
    if (starts_with(gap, part)) return gap.substr(part.size());
  }
  return gap;
}

// A date of several days (2014-05-20/2014-05-21).
bool is_range(const Mention& date) { return date.value.find('/') != std::string::npos; }

// Words after a meeting that make it the frame of what follows.
bool is_frame_word(std::string_view after) {
  return starts_with(after, "间隙") || starts_with(after, "期间") || starts_with(after, "框架内");
}

// What links a meeting to a text it issued: 上发表的, 上所通过的, 通过的,
// 及其通过的.
bool issued_by(std::string_view gap) {
  // ……常会及其通过的《麦纳麦宣言》: the meeting and what it adopted.
  if (starts_with(gap, "及其")) gap.remove_prefix(std::string_view("及其").size());
  if (starts_with(gap, "上")) gap.remove_prefix(3);
  if (starts_with(gap, "所")) gap.remove_prefix(3);
  // ……会议协商一致通过的《最后宣言》, 该轮谈判6月9日结束时签署的《…》:
  // how or when in the meeting it was made.
  // 该次会议期间签署的《…》: during it.
  for (std::string_view how : {"以协商一致方式", "协商一致", "一致", "闭幕时", "结束时", "期间"}) {
    if (starts_with(gap, how)) {
      gap.remove_prefix(how.size());
      break;
    }
  }
  // ……领导人会议达成的《五点共识》: what the meeting agreed on.
  for (std::string_view verb : {"签署", "签订", "通过", "批准", "核准", "核可", "发表", "发布", "达成"}) {
    if (starts_with(gap, verb)) return true;
  }
  return false;
}

// Whether `gap` (after a meeting's setting) says it was held and, after a
// comma, what it adopted: 举行,通过了《, 举行,并发表了《.
bool held_then_adopted(std::string_view gap) {
  gap = strip_marks(trim(gap));
  bool held = false;
  for (std::string_view verb : {"举行", "召开"}) {
    if (starts_with(gap, verb)) {
      gap.remove_prefix(verb.size());
      held = true;
      break;
    }
  }
  if (!held || !starts_with(gap, ",")) return false;
  gap.remove_prefix(1);
  // ……举行,会议期间签署了《…》: during it.
  for (std::string_view helper : {"会议", "峰会", "期间", "会上", "其间", "并", "一致"}) {
    if (starts_with(gap, helper)) gap.remove_prefix(helper.size());
  }
  for (std::string_view verb : {"通过了", "通过", "发表了", "发表", "签署了", "签署", "核可了", "核可"}) {
    if (gap == verb) return true;
  }
  return false;
}

bool cited_as_basis(std::string_view gap) {
  return ends_with(gap, "根据") || ends_with(gap, "依照") || ends_with(gap, "按照") ||
         ends_with(gap, "依据");
}

// 在里约热内卢同白俄罗斯、玻利维亚……举行了对话会: the states after 同 (or a
// state after 与) are who met there, not more places.
bool with_partners(std::string_view gap, T type) {
  gap = trim(gap);
  return gap == "同" || (gap == "与" && type == T::kCountry);
}

bool ends_locative(std::string_view gap) {
  gap = trim(gap);
  return ends_with(gap, "在") || ends_with(gap, "于");
}

// The mentions of top[k]'s type that follow it as items of one list,
// appended to *items: joined by 和/、/及 (is_coordinator), or, in a list a
// verb announced (签署了下列文件:), one per line or run on with ;
// (is_list_joint). Returns the top index of the last item.
size_t list_after(const RelationContext& ctx, size_t k, bool announced, std::vector<int>* items) {
  const std::vector<int>& top = ctx.top();
  T type = ctx.mention(top[k]).type;
  size_t j = k;
  while (j + 1 < top.size() && ctx.mention(top[j + 1]).type == type) {
    std::string_view joint = ctx.between(top[j], top[j + 1]);
    if (!(announced ? is_list_joint(joint) : is_coordinator(trim(joint)))) break;
    // ……框架》以及《联合国气候变化框架公约》下通过的《巴黎协定》: a text
    // under which the next was made frames it; it is no item.
    const Mention& next = ctx.mention(top[j + 1]);
    if (type == T::kInstrument && starts_with(strip_marks(ctx.slice(next.end, next.end + 6)), "下")) break;
    items->push_back(top[++j]);
  }
  return j;
}

struct Setting {
  std::vector<int> dates;
  std::vector<int> places;  // Place, or a Country not followed by its city
  uint32_t begin = 0;
  uint32_t last_end = 0;      // end of the last element taken
  int allowed_commas = 0;     // 1 after a clause-opening date, or after a frame
  int before = -1;            // a head right before the setting (postposed form)
  std::vector<int> before_list;  // heads listed before it (one setting each with 分别), `before` last
  std::vector<int> issued;    // texts issued at `before`, when it was referred back to
  bool respectively = false;  // 分别在A和B: one place per head, in order
  bool empty() const { return dates.empty() && places.empty(); }
};

class SettingWalk {
 public:
  explicit SettingWalk(RelationContext& ctx) : ctx_(ctx), top_(ctx.top()) {}

  void Run() {
    for (size_t k = 0; k < top_.size(); ++k) {
      int m = top_[k];
      const Mention& cur = ctx_.mention(m);
      std::string_view gap = k == 0 ? ctx_.slice(0, cur.begin) : ctx_.between(top_[k - 1], m);
      if (!s_.empty()) {
        std::string_view pending = ctx_.slice(s_.last_end, cur.begin);
        uint32_t clause_end = cur.begin;
        // ……签署了下列文件:\n《A》: the colon hands the setting to the list
        // (the line break after it ends no clause).
        if (is_head(cur.type) && announces_list(pending)) {
          clause_end = s_.last_end + static_cast<uint32_t>(pending.rfind(':'));
        }
        GapShape shape = ctx_.shape(s_.last_end, clause_end);
        int commas = shape.commas - adverbial_commas(pending);
        // 14日,两国元首在北京举行会谈。会谈后,……签署了《…》: the sentence
        // after the talks goes on in their setting.
        bool after_talks = contains_any(pending, {"举行会谈。会谈后,", "举行会谈。会谈期间,"}) &&
                           pending.find("。") == pending.rfind("。");
        // ……常会于2024年5月16日在麦纳麦举行,通过了《麦纳麦宣言》: the comma
        // between the meeting's verb and what it adopted ends no setting.
        bool adopted_next = s_.before >= 0 && ctx_.mention(s_.before).type == T::kMeeting &&
                            commas == s_.allowed_commas + 1 && held_then_adopted(pending);
        if ((shape.sentence_break && !after_talks) || (commas > s_.allowed_commas && !adopted_next)) {
          Flush();
          made_then_ = Setting();
        }
      }
      if (cur.type == T::kDate) {
        // 在杜尚别于2018年4月17日举行: a place then its date is one setting.
        std::string_view joint = trim(ctx_.slice(s_.last_end, cur.begin));
        if (!s_.empty() && !is_coordinator(joint) && joint != "于" && joint != "在") {
          // 1998年6月5日在雅尔塔通过、1999年5月1日生效的《宪章》: the first
          // setting made the text; it waits for the text past the second.
          Setting made = s_;
          Flush();
          if (made.before < 0 && ends_with(joint, "、") && issued_by(joint)) made_then_ = made;
        }
        Start(k, cur);
        s_.dates.push_back(m);
        s_.last_end = cur.end;
      } else if (cur.type == T::kPlace || cur.type == T::kCountry) {
        TakePlace(k, m, gap);
      } else if (is_head(cur.type)) {
        k = Head(k);
      }
    }
    Flush();
  }

 private:
  void Start(size_t k, const Mention& first) {
    if (!s_.empty()) return;
    s_.begin = first.begin;
    // A clause-opening date may be followed by a comma before its verb.
    // 今年6月,……会议在长沙举行: the year word opens the clause with the date.
    uint32_t start = first.begin;
    for (std::string_view year : kYearWords) {
      if (first.type == T::kDate && ends_with(ctx_.slice(start >= 6 ? start - 6 : 0, start), year)) {
        start -= static_cast<uint32_t>(year.size());
        break;
      }
    }
    std::string_view before = trim(ctx_.slice(start >= 6 ? start - 6 : 0, start));
    // 当地时间6月20日,…… (a news story's local time) opens its clause too.
    std::string_view wider = ctx_.slice(start >= 12 ? start - 12 : 0, start);
    bool opens = start == 0 || before.empty() || ends_with(before, "。") ||
                 ends_with(before, ";") || ctx_.text()[start - 1] == '\n' ||
                 opens_numbered_paragraph(ctx_.text(), start) || ends_with(wider, "当地时间") ||
                 ends_with(wider, "北京时间") || ends_with(wider, "图为");  // a photo's caption
    s_.allowed_commas = first.type == T::kDate && opens ? 1 : 0;
    s_.before = -1;
    // 分别于A、B和C在X、Y和Z举行的……: one date and one place per head, in order.
    std::string_view lead = ctx_.slice(first.begin >= 12 ? first.begin - 12 : 0, first.begin);
    s_.respectively = ends_with(lead, "分别于") || ends_with(lead, "分别在") || ends_with(lead, "分别");
    if (k > 0) {
      int prev = top_[k - 1];
      // 《宪章》于……签署: past the title's closing mark.
      std::string_view gap = strip_marks(ctx_.between(prev, top_[k]));
      if (is_head(ctx_.mention(prev).type) && opens_postposed_setting(gap)) {
        s_.before = prev;
        // The heads of one kind listed before it share it (A、B和C于X在Y举行),
        // or take one each with 分别 (A和B分别于X和Y).
        s_.respectively = s_.respectively || starts_with(gap, "分别");
        // Collected backwards, then put in text order.
        s_.before_list = {prev};
        for (size_t j = k - 1; j-- > 0;) {
          int head = top_[j];
          if (ctx_.mention(head).type != ctx_.mention(prev).type ||
              !is_coordinator(trim(ctx_.between(head, s_.before_list.back())))) {
            break;
          }
          s_.before_list.push_back(head);
        }
        std::reverse(s_.before_list.begin(), s_.before_list.end());
      }
      if (s_.before < 0) {
        T referred = refers_back_to(gap);
        if (referred != T::kDate) ReferBack(k, referred);
      }
    }
  }

  // 该会议于……举行: the setting is the last meeting's in the sentence, and
  // of the texts issued there (……会议通过的《战略》,该会议于……在苏瓦举行);
  // 该协议于……签署: the last instrument's.
  void ReferBack(size_t k, T referred) {
    uint32_t reach = ctx_.reach_back(ctx_.mention(top_[k]).begin);
    for (size_t j = k; j-- > 0;) {
      const Mention& m = ctx_.mention(top_[j]);
      if (m.begin < reach) return;
      if (m.type != referred) continue;
      s_.before = top_[j];
      if (referred == T::kMeeting) IssuedAt(j, &s_.issued);
      return;
    }
  }

  void TakePlace(size_t k, int m, std::string_view gap) {
    const Mention& cur = ctx_.mention(m);
    int prev = k > 0 ? top_[k - 1] : -1;
    bool prev_is_place = !s_.places.empty() && s_.places.back() == prev;
    if (prev_is_place && (trim(gap).empty() || trim(gap) == "首都" || trim(gap) == "首府") &&
        cur.type == T::kPlace) {
      // 在中国青岛, 在陕西省西安市, 在乌兹别克斯坦共和国首都塔什干,
      // 在鞑靼斯坦共和国首府喀山: the city, not what holds it.
      s_.places.back() = m;
    } else if (prev_is_place && is_coordinator(gap) && !trim(gap).empty() &&
               !with_partners(gap, cur.type)) {
      s_.places.push_back(m);  // 分别在上海和莫斯科
    } else if (ends_locative(gap)) {
      if (!s_.empty() && !s_.places.empty() && s_.dates.empty()) Flush();
      Start(k, cur);
      if (contains(gap, "分别")) s_.respectively = true;
      s_.places.push_back(m);
    } else {
      return;  // 由俄罗斯联邦主持: a host, not a place
    }
    s_.last_end = cur.end;
  }

  // Decides whether the head at top_[k] takes the pending setting; returns
  // the last top index consumed.
  size_t Head(size_t k) {
    int m = top_[k];
    const Mention& head = ctx_.mention(m);
    if (s_.empty()) return k;
    std::string_view gap = ctx_.slice(s_.last_end, head.begin);
    std::string_view after = ctx_.slice(head.end, head.end + 12);
    if (shape_of(strip_marks(gap)).open > 0) return k;  // a name inside a quoted title
    if (!Accepts(head.type, gap) && !made_then_.empty() && head.type == T::kInstrument &&
        names_another_time(gap) && ends_with(strip_marks(gap), "的") && gap.size() <= 30) {
      Flush();
      s_ = made_then_;
      made_then_ = Setting();
      Emit({m}, gap);
      s_ = Setting();
      return k;
    }
    made_then_ = Setting();
    if (!Accepts(head.type, gap)) {
      if (head.type == T::kMeeting && is_frame_word(after)) return k;
      // A text cited as the basis of what follows: 2019年6月14日根据《宪章》
      // 在比什凯克举行的会议.
      if (cited_as_basis(strip_marks(gap))) return k;
      // 2019年6月14日,……会议在比什凯克举行: the head sits between the date
      // and the verb; Flush() attaches the setting if the verb follows.
      if (without_time_of_day(trim(gap)) == "," && s_.allowed_commas == 1 && s_.places.empty() && s_.before < 0) {
        // ... and so do the heads listed there (2023年10月18日,A、B和C在北京举行).
        std::vector<int> listed = {m};
        size_t last = list_after(ctx_, k, /*announced=*/false, &listed);
        s_.before = listed.back();
        s_.before_list = listed;
        s_.last_end = ctx_.mention(listed.back()).end;
        return last;
      }
      Flush();
      return k;
    }
    // ……会议于2020年7月6日以视频方式举行并通过《安曼宣言》: the meeting
    // before the setting was held then, and the text adopted there made then.
    bool made_at_meeting = s_.before >= 0 && ctx_.mention(s_.before).type == T::kMeeting && head.type != T::kMeeting;
    if (made_at_meeting) EmitForBefore();
    std::vector<int> heads = {m};
    size_t last = announces_list(gap) ? list_after(ctx_, k, /*announced=*/true, &heads) : Siblings(k, &heads);
    std::vector<int> texts;  // instruments issued at a meeting: ……会议上发表的《A》和《B》
    if (head.type == T::kMeeting) last = IssuedAt(last, &texts);
    // A text the meeting before made is dated only if it met on one day.
    Emit(heads, gap, /*issued_at_meeting=*/made_at_meeting);
    Emit(texts, gap, /*issued_at_meeting=*/true);
    uint32_t end = ctx_.mention(top_[last]).end;
    if (is_frame_word(ctx_.slice(end, end + 12)) && head.type == T::kMeeting) {
      // 在维也纳举行的……会议期间,……举办的活动: the event shares the setting.
      s_.last_end = end;
      s_.allowed_commas = 1;
      s_.before = -1;
    } else {
      s_ = Setting();
    }
    return last;
  }

  bool Accepts(T head, std::string_view gap) const {
    if (gap.size() > 300 || names_another_time(gap)) return false;
    if (has_verb_for(head, gap)) return true;
    if (s_.dates.empty()) return false;
    std::string_view g = strip_marks(gap);
    if (g.empty()) return true;
    // 1994年12月9日大会第49/59号决议: the organ that adopted it between.
    if (head == T::kResolution) {
      for (std::string_view organ : {"大会", "安理会", "安全理事会", "理事会", "人权理事会", "经济及社会理事会"}) {
        if (g == organ) return true;
      }
    }
    if (!ends_with(g, "的")) return false;
    if (starts_with(g, "关于") || starts_with(g, "题为")) return true;
    // 1948年2月25日设立拉丁美洲经济委员会的第106(VI)号决议: what the
    // resolution did, as a relative clause.
    return head == T::kResolution &&
           (starts_with(g, "设立") || starts_with(g, "成立") || starts_with(g, "建立") ||
            starts_with(g, "宣布") || starts_with(g, "核可"));
  }

  // Heads of the same type joined by 和/、 share the setting (not
  // resolutions: each number in a list carries its own date).
  size_t Siblings(size_t k, std::vector<int>* heads) const {
    if (ctx_.mention(top_[k]).type == T::kResolution) return k;
    return list_after(ctx_, k, false, heads);
  }

  // After a meeting: [上][所]签署/通过/发表的 + instruments (or resolutions),
  // skipping names of organisations and countries on the way.
  size_t IssuedAt(size_t k, std::vector<int>* texts) const {
    uint32_t meeting_end = ctx_.mention(top_[k]).end;
    for (size_t j = k + 1; j < top_.size(); ++j) {
      const Mention& m = ctx_.mention(top_[j]);
      std::string_view gap = ctx_.slice(meeting_end, m.begin);
      GapShape shape = ctx_.shape(meeting_end, m.begin);
      if (gap.size() > 90 || shape.sentence_break || shape.commas > 0) break;
      if (m.type == T::kOrganization || m.type == T::kCountry) continue;
      if (m.type != T::kInstrument && m.type != T::kResolution) break;
      if (!issued_by(gap)) break;
      texts->push_back(top_[j]);
      return Siblings(j, texts);
    }
    return k;
  }

  // `issued_at_meeting`: the heads are texts a meeting issued, made on one
  // of its days; which one is known only when it met on a single day.
  void Emit(const std::vector<int>& heads, std::string_view gap, bool issued_at_meeting = false) {
    if (heads.empty()) return;
    T type = ctx_.mention(heads[0]).type;
    const char* on = type == T::kMeeting      ? "HELD_ON"
                     : type == T::kInstrument ? "SIGNED_ON"
                                              : "ADOPTED_ON";
    const char* in = type == T::kMeeting      ? "HELD_IN"
                     : type == T::kInstrument ? "SIGNED_IN"
                                              : nullptr;
    const char* rule = type == T::kMeeting      ? "relation/setting-meeting"
                       : type == T::kInstrument ? "relation/setting-instrument"
                                                : "relation/setting-resolution";
    std::vector<int> places;
    for (int p : s_.places) {
      // A country stands for the place only of a meeting (GUIDELINES.md).
      if (ctx_.mention(p).type == T::kPlace || type == T::kMeeting) places.push_back(p);
    }
    // 于1996年和1997年分别在上海和莫斯科签署的两个协定: pair them in order.
    // A head's dates may be two days (分别于2016年10月28日和29日、2018年11月
    // 15日和16日……举行的A、B……): a second day joins the date before it.
    bool respectively = s_.respectively || contains(gap, "分别");
    std::vector<size_t> group(s_.dates.size());
    size_t groups = 0;
    for (size_t i = 0; i < s_.dates.size(); ++i) {
      const Mention& date = ctx_.mention(s_.dates[i]);
      bool second = i > 0 && date.name.find("月") == std::string::npos &&
                    trim(ctx_.slice(ctx_.mention(s_.dates[i - 1]).end, date.begin)) == "和";
      if (!second) ++groups;
      group[i] = groups - 1;
    }
    for (size_t h = 0; h < heads.size(); ++h) {
      const Mention& head = ctx_.mention(heads[h]);
      uint32_t begin = std::min(s_.begin, head.begin);
      uint32_t end = std::max(s_.last_end, head.end);
      bool one_day = s_.dates.size() == 1 && !is_range(ctx_.mention(s_.dates[0]));
      for (size_t i = 0; i < s_.dates.size(); ++i) {
        if (issued_at_meeting && !one_day) break;
        if (respectively && groups == heads.size() && group[i] != h) continue;
        ctx_.Add(on, heads[h], s_.dates[i], begin, end, rule);
      }
      if (in == nullptr) continue;
      for (size_t p = 0; p < places.size(); ++p) {
        // One place for all is shared (2011年6月29日和7月30日在亚的斯亚贝巴分别签署的《A》和《B》).
        if (respectively && places.size() > 1 && (places.size() != heads.size() || p != h)) continue;
        ctx_.Add(in, heads[h], places[p], begin, end, rule);
      }
    }
  }

  // The setting met no head in front of it; it may still follow one:
  // ……会议于2019年6月14日在比什凯克举行.
  void Flush() {
    EmitForBefore();
    s_ = Setting();
  }

  // The setting follows its head (s_.before) and the verb follows the
  // setting: ……会议于2019年6月14日在比什凯克举行.
  void EmitForBefore() {
    if (s_.empty() || s_.before < 0) return;
    std::string_view after = trim(ctx_.slice(s_.last_end, s_.last_end + 36));
    // ……会议于2023年12月以视频方式举行: the manner comes between.
    for (std::string_view manner : {"以视频方式", "以视频形式", "以线上方式", "以线上线下相结合方式", "同时", "先后",
                                    "成功", "顺利", "隆重", "开始"}) {
      if (starts_with(after, manner)) {
        after.remove_prefix(manner.size());
        break;
      }
    }
    // ……会议在阿斯塔纳独立宫举行: the building in the city comes between.
    after = without_venue_building(after);
    // ……决议于2000年10月31日获得一致通过: the verb's helpers come between.
    for (std::string_view helper : {"获得", "获", "一致", "正式"}) {
      if (starts_with(after, helper)) after.remove_prefix(helper.size());
    }
    T type = ctx_.mention(s_.before).type;
    bool verb = type == T::kMeeting
                    ? starts_with(after, "举行") || starts_with(after, "召开") ||
                          starts_with(after, "开幕") || starts_with(after, "闭幕")
                    : starts_with(after, "签署") || starts_with(after, "通过") ||
                          starts_with(after, "批准") || starts_with(after, "签订");
    if (!verb) return;
    if (s_.before_list.size() > 1) {
      s_.begin = std::min(s_.begin, ctx_.mention(s_.before_list.front()).begin);
      Emit(s_.before_list, after);
      return;
    }
    s_.begin = std::min(s_.begin, ctx_.mention(s_.before).begin);
    Emit({s_.before}, after);
    Emit(s_.issued, after, /*issued_at_meeting=*/true);
  }

  RelationContext& ctx_;
  const std::vector<int>& top_;
  Setting s_;
  // A setting followed by the verb that made a text and 、, then another
  // date (of entry into force): the text after both takes this one.
  Setting made_then_;
};

// A meeting named after its venue: 杜尚别进程, 莫斯科上合组织成员国科技部长
// 第五次会议. Only a city that opens the name counts: in “亚洲之心”伊斯坦布尔
// 进程第九次部长级会议 the city names the process, not the venue.
void named_venues(RelationContext& ctx) {
  const std::vector<Mention>& all = ctx.mentions();
  for (size_t i = 0; i < all.size(); ++i) {
    if (all[i].type != T::kMeeting) continue;
    // Mentions are sorted by start: those sharing the meeting's start are
    // its neighbours.
    size_t first = i, last = i;
    while (first > 0 && all[first - 1].begin == all[i].begin) --first;
    while (last + 1 < all.size() && all[last + 1].begin == all[i].begin) ++last;
    int city = -1;
    for (size_t j = first; j <= last; ++j) {
      if (all[j].end < all[i].end && all[j].type == T::kPlace) city = static_cast<int>(j);
    }
    if (city < 0) continue;
    // A region qualifies the participants (中亚国家元首会议), and a city
    // inside an organisation's own name (上海合作组织) is not a venue.
    std::string_view after = ctx.slice(all[city].end, all[i].end);
    if (starts_with(after, "国家") || starts_with(after, "地区")) continue;
    // A continent, or regions paired with 和 (拉丁美洲和加勒比人口与发展区域
    // 会议), say whom the meeting gathers, not where it sits.
    std::string_view place = all[city].name;
    // A region paired with a partner (中亚-海合会首次峰会) names a side.
    if (ends_with(place, "洲") || ends_with(place, "洋") || starts_with(after, "和") ||
        starts_with(after, "-")) {
      continue;
    }
    bool in_organisation = false;
    for (size_t j = first; j <= last; ++j) {
      const Mention& o = all[j];
      if (o.type == T::kOrganization && o.end > all[city].end &&
          starts_with(o.canonical.empty() ? o.name : o.canonical, all[city].name)) {
        in_organisation = true;
      }
    }
    if (in_organisation) continue;
    ctx.Add("HELD_IN", static_cast<int>(i), city, all[i].begin, all[i].end,
            "relation/venue-in-name");
  }
}

using Issued = std::vector<std::pair<int, int>>;  // (meeting, text)

// Records top[k] and the texts listed with it (《A》和《B》, 《A》及其附件《B》)
// as issued at `meeting`.
void issue_with_list(const RelationContext& ctx, int meeting, size_t k, Issued* issued) {
  std::vector<int> texts = {ctx.top()[k]};
  list_after(ctx, k, /*announced=*/false, &texts);
  for (int text : texts) issued->emplace_back(meeting, text);
}

// ……会议上发表的《A》和《B》: texts right after their meeting.
void issued_after_meeting(const RelationContext& ctx, Issued* issued) {
  const std::vector<int>& top = ctx.top();
  for (size_t k = 0; k < top.size(); ++k) {
    if (ctx.mention(top[k]).type != T::kMeeting) continue;
    uint32_t meeting_end = ctx.mention(top[k]).end;
    for (size_t j = k + 1; j < top.size(); ++j) {
      const Mention& m = ctx.mention(top[j]);
      GapShape shape = ctx.shape(meeting_end, m.begin);
      std::string_view gap = ctx.slice(meeting_end, m.begin);
      if (gap.size() > 90 || shape.sentence_break || shape.commas > 0) break;
      // ……亚非会议及其4月24日通过的《…》: the day it was adopted may stand between.
      if (m.type == T::kOrganization || m.type == T::kCountry || m.type == T::kDate) continue;
      // ……会议通过、并经大会2014年12月12日第69/137号决议核可的《…》: so may
      // the resolution that endorsed it.
      if (m.type == T::kResolution && issued_by(gap) && contains(gap, "并经")) continue;
      // ……会议(独联体比什凯克峰会)通过的《…》: past the short name's bracket.
      if (starts_with(gap, ")")) gap.remove_prefix(1);
      // ……会议的成果文件《亚的斯亚贝巴行动议程》: the meeting's own outcome.
      std::string_view outcome = strip_marks(gap);
      if (m.type == T::kInstrument && (outcome == "的成果文件" || outcome == "的最后文件")) {
        issue_with_list(ctx, top[k], j, issued);
        break;
      }
      if (starts_with(gap, "及其")) gap.remove_prefix(std::string_view("及其").size());
      // ……第八十九届会议11月25日核可的《…》: so may it after the meeting.
      gap = without_leading_date(gap);
      if (m.type != T::kInstrument || !issued_by(gap)) break;
      issue_with_list(ctx, top[k], j, issued);
      break;
    }
  }
}

// The last mention of `type` ending before text[reference] and starting at
// or after `reach`, among the top mentions before top[k]; -1 if none.
int last_named_before(const RelationContext& ctx, size_t k, uint32_t reach, uint32_t reference, T type) {
  const std::vector<int>& top = ctx.top();
  for (size_t j = k; j-- > 0;) {
    const Mention& m = ctx.mention(top[j]);
    if (m.begin < reach) return -1;
    if (m.type == type && m.end <= reference) return top[j];
  }
  return -1;
}

// The head of `type` that the words right before the text top[k] (at most
// `bytes` of them, within the clause's reach) refer back to: one of `nouns`,
// then what `accepts` takes (the marks stripped); -1 if none.
template <typename Nouns, typename Accepts>
int referred_back(const RelationContext& ctx, size_t k, uint32_t bytes, const Nouns& nouns, T type,
                  Accepts accepts) {
  const Mention& text = ctx.mention(ctx.top()[k]);
  uint32_t reach = ctx.reach_back(text.begin);
  uint32_t from = std::max(reach, text.begin > bytes ? text.begin - bytes : 0);
  std::string_view before = ctx.slice(from, text.begin);
  for (std::string_view noun : nouns) {
    size_t at = before.rfind(noun);
    if (at == std::string_view::npos || !accepts(strip_marks(before.substr(at + noun.size())))) continue;
    return last_named_before(ctx, k, reach, from + static_cast<uint32_t>(at), type);
  }
  return -1;
}

// ……会议的成果,包括该会议通过的《宣言》: the meeting referred back to is
// the sentence's last one before the reference.
void issued_by_reference(const RelationContext& ctx, Issued* issued) {
  const std::vector<int>& top = ctx.top();
  for (size_t k = 0; k < top.size(); ++k) {
    if (ctx.mention(top[k]).type != T::kInstrument) continue;
    int meeting = referred_back(ctx, k, 60, kMeetingNouns, T::kMeeting, [](std::string_view rest) {
      // 该峰会9月22日通过的《未来契约》: the day it was adopted may stand
      // between; 该会议于6月30日通过的成果文件《塞维利亚承诺》: so may 于 and
      // the kind of text.
      if (starts_with(rest, "于")) rest.remove_prefix(std::string_view("于").size());
      rest = without_text_kind(without_leading_date(rest));
      return rest.size() <= 36 && issued_by(rest) && ends_with(rest, "的");
    });
    if (meeting >= 0) issue_with_list(ctx, meeting, k, issued);
  }
}

// 峰会期间,……签署了……谅解备忘录 / 会议通过了《联合声明》: a sentence
// opened by the bare name of a session speaks of the document's own
// meeting, the first of that kind it names (a report names its summit
// before the summits it recalls or announces), and the texts signed or
// adopted in the sentence were issued there.
void issued_in_session_sentence(const RelationContext& ctx, Issued* issued) {
  const std::vector<int>& top = ctx.top();
  // Meetings the text says were held somewhere or some day: the event a
  // report or an annex speaks of is one of them, not the Assembly session
  // in a letter's header (大会第七十八届会议), named first but held nowhere.
  std::set<std::string> held;
  for (const RelationMention& r : ctx.relations()) {
    if (r.from >= 0 && (r.type == "HELD_ON" || r.type == "HELD_IN")) held.insert(ctx.entity_of(r.from));
  }
  std::map<std::string_view, int> first_of_kind;  // session word -> meeting
  for (bool with_setting : {true, false}) {
    int first_meeting = -1;
    for (int i : top) {
      const Mention& m = ctx.mention(i);
      if (m.type != T::kMeeting || (with_setting && held.count(ctx.entity_of(i)) == 0)) continue;
      if (first_meeting < 0) first_meeting = i;
      for (std::string_view session : {"峰会", "会晤", "外长会", "论坛"}) {
        if (ends_with(m.canonical.empty() ? m.name : m.canonical, session)) first_of_kind.emplace(session, i);
      }
    }
    // 会议 is any session's word: the first meeting, of whatever kind (会议通
    // 过了 after ……外长会在厦门举行 is that 外长会, not a 部长级会议 named later).
    if (first_meeting >= 0) first_of_kind.emplace("会议", first_meeting);
  }
  for (size_t k = 0; k < top.size(); ++k) {
    const Mention& text = ctx.mention(top[k]);
    if (text.type != T::kInstrument) continue;
    uint32_t sentence = ctx.sentence_begin(text.begin);
    // Within a clause's reach of the sentence's start: on a document of one
    // endless sentence this stays linear.
    if (text.begin - sentence > 600) continue;
    std::string_view here = ctx.slice(sentence, text.begin);
    std::string_view session = bare_session_opening(here);
    // 峰会期间,……签署了《A》。元首们还共同见证签署了《B》: the next sentence
    // of the paragraph goes on with 还 in the same frame.
    if (session.empty() && sentence > 0 && ctx.text()[sentence - 1] != '\n' &&
        here.find("还") != std::string_view::npos && contains_any(here, {"签署", "签订", "通过", "发表"})) {
      uint32_t previous = ctx.sentence_begin(sentence - 1);
      if (sentence - previous <= 600) session = bare_session_opening(ctx.slice(previous, sentence), /*whole_sentence=*/true);
    }
    auto meeting = first_of_kind.find(session);
    if (meeting == first_of_kind.end() || ctx.mention(meeting->second).end > sentence) continue;
    // ……出席了在吉隆坡举行的第二十八次东盟与中日韩领导人会议……。会议发表了《…》:
    // a meeting the paragraph just said someone attended is the one meant,
    // not the report's first (a meeting only recalled or announced is not).
    int named_before = -1;
    size_t paragraph = ctx.text().rfind('\n', sentence);
    uint32_t paragraph_begin = paragraph == std::string_view::npos ? 0 : static_cast<uint32_t>(paragraph + 1);
    for (size_t j = k; j-- > 0;) {
      const Mention& m = ctx.mention(top[j]);
      if (m.begin < paragraph_begin || sentence - m.begin > 600) break;
      if (m.type != T::kMeeting || m.end > sentence || held.count(ctx.entity_of(top[j])) == 0) continue;
      std::string_view name = m.canonical.empty() ? m.name : m.canonical;
      bool attended = contains(ctx.slice(ctx.sentence_begin(m.begin), m.begin), "出席");
      if (attended && (session == "会议" || ends_with(name, session))) named_before = top[j];
      break;
    }
    issued->emplace_back(named_before >= 0 ? named_before : meeting->second, top[k]);
  }
}

// 《……框架公约》由2024年5月17日在斯特拉斯堡举行的……第133届会议通过:
// the passive names the text first, the meeting that made it after 由.
void issued_in_passive(const RelationContext& ctx, Issued* issued) {
  const std::vector<int>& top = ctx.top();
  for (size_t k = 0; k + 1 < top.size(); ++k) {
    const Mention& text = ctx.mention(top[k]);
    if (text.type != T::kInstrument || !starts_with(strip_marks(ctx.between(top[k], top[k + 1])), "由")) {
      continue;
    }
    for (size_t j = k + 1; j < top.size(); ++j) {
      const Mention& m = ctx.mention(top[j]);
      GapShape shape = ctx.shape(text.end, m.begin);
      if (m.begin - text.end > 150 || shape.sentence_break || shape.commas > 0) break;
      if (m.type != T::kMeeting) continue;
      std::string_view after = ctx.slice(m.end, m.end + 12);
      if (j + 1 < top.size() && ctx.mention(top[j + 1]).begin < m.end + 12) {
        after = ctx.slice(m.end, ctx.mention(top[j + 1]).begin);
      }
      if (issued_by(after)) issued->emplace_back(top[j], top[k]);
      break;
    }
  }
}

// Each entity's distinct relations of the given types, as (type, to),
// indexed once so that a rule copying them to other mentions does not scan
// all relations per mention (quadratic on a long document).
std::map<std::string, std::vector<std::pair<std::string, int>>> relations_by_entity(
    const RelationContext& ctx, std::initializer_list<std::string_view> types) {
  std::map<std::string, std::vector<std::pair<std::string, int>>> out;
  std::set<std::tuple<std::string, std::string, std::string>> seen;
  for (const RelationMention& r : ctx.relations()) {
    if (r.from < 0 || std::find(types.begin(), types.end(), r.type) == types.end()) continue;
    std::string entity = ctx.entity_of(r.from);
    if (seen.emplace(entity, r.type, ctx.entity_of(r.to)).second) out[entity].emplace_back(r.type, r.to);
  }
  return out;
}

// Whether the words between a resolution and a text say the resolution
// adopted it: 第70/1号决议通过的《…》, 第3201(S-VI)号决议所载的《…宣言》.
bool adopted_in(std::string_view gap) {
  gap = strip_marks(gap);
  if (starts_with(gap, "中")) gap.remove_prefix(std::string_view("中").size());
  gap = without_text_kind(gap);
  if (gap.size() > 12 || !ends_with(gap, "的")) return false;
  return issued_by(gap) || starts_with(gap, "所载");
}

// 2015年9月25日第70/1号决议,大会在该决议中通过了《2030年可持续发展议程》,
// and 2015年9月25日第70/1号决议通过的《2030年可持续发展议程》(and what is
// listed with it): a text a resolution adopted was made the day the
// resolution was. Runs after the walk, over the resolutions' ADOPTED_ON
// relations.
void adopted_by_resolution(RelationContext& ctx) {
  static constexpr std::string_view kResolutionNouns[] = {"该决议"};
  const std::vector<int>& top = ctx.top();
  std::vector<std::pair<int, int>> adopted;  // (resolution, text)
  for (size_t k = 0; k < top.size(); ++k) {
    if (ctx.mention(top[k]).type != T::kInstrument) continue;
    int resolution = referred_back(ctx, k, 30, kResolutionNouns, T::kResolution, [](std::string_view rest) {
      if (starts_with(rest, "中")) rest.remove_prefix(std::string_view("中").size());
      return rest.size() <= 12 && issued_by(rest);
    });
    if (resolution < 0 && k > 0 && ctx.mention(top[k - 1]).type == T::kResolution &&
        adopted_in(ctx.slice(ctx.mention(top[k - 1]).end, ctx.mention(top[k]).begin))) {
      resolution = top[k - 1];
    }
    if (resolution < 0) continue;
    std::vector<int> texts = {top[k]};
    list_after(ctx, k, /*announced=*/false, &texts);
    for (int text : texts) adopted.emplace_back(resolution, text);
  }
  if (adopted.empty()) return;
  const auto dates = relations_by_entity(ctx, {"ADOPTED_ON"});
  for (const auto& [resolution, text] : adopted) {
    auto it = dates.find(ctx.entity_of(resolution));
    if (it == dates.end()) continue;
    for (const auto& adoption : it->second) {
      ctx.Add("SIGNED_ON", text, adoption.second, ctx.mention(resolution).begin, ctx.mention(text).end,
              "relation/adopted-by-resolution");
    }
  }
}

// A council's document header names its session on one line and the
// session's dates alone on the next (人权理事会 / 第六十届会议 / 2025 年 9 月
// 8 日至 10 月 8 日): the session was held then.
void session_header_dates(RelationContext& ctx) {
  std::string_view text = ctx.text();
  const std::vector<int>& top = ctx.top();
  // Whether the original file breaks its line before text[pos] (the
  // normalised view may have joined the header's lines).
  auto line_break_before = [&](uint32_t pos) {
    return pos == 0 || pos >= text.size() || text[pos - 1] == '\n' || text[pos] == '\n' ||
           ctx.original_break_before(pos);
  };
  for (size_t k = 0; k + 1 < top.size(); ++k) {
    const Mention& session = ctx.mention(top[k]);
    const Mention& date = ctx.mention(top[k + 1]);
    if (session.type != T::kMeeting || date.type != T::kDate) continue;
    if (!trim(ctx.slice(session.end, date.begin)).empty()) continue;
    uint32_t date_end = date.end;
    while (date_end < text.size() && text[date_end] == ' ') ++date_end;
    if (line_break_before(date.begin) && line_break_before(date_end) && line_break_before(session.begin)) {
      ctx.Add("HELD_ON", top[k], top[k + 1], session.begin, date.end, "relation/session-header");
    }
  }
}

// A news story tells of leaders' talks (11月20日,习近平在巴西利亚……同卢拉举
//行会谈), and paragraphs later of what they signed: 会谈后,两国元首共同见证
// 签署了《A》……,其中包括《B》和《C》. Every text signed in a sentence that
// opens with 会谈后/会谈期间 takes the setting of the last sentence before it
// in which talks were held: its dates of one day, and its city. Runs after
// the walk; a text that already has a setting keeps it.
// Whether `after` (what follows a city) reads as a dateline's date: 5月6日电,
// 6日电.
bool dateline_after(std::string_view after) {
  size_t at = 0;
  auto digits = [&]() {
    size_t from = at;
    while (at < after.size() && after[at] >= '0' && after[at] <= '9') ++at;
    return at > from;
  };
  while (at < after.size() && after[at] == ' ') ++at;
  if (!digits()) return false;
  if (starts_with(after.substr(at), "月")) {
    at += std::string_view("月").size();
    if (!digits()) return false;
  }
  return starts_with(after.substr(at), "日电");
}

// The talks a sentence of signing opens after (会谈后, 磋商期间) and how the
// story said they were held: 举行会谈 (then the sentence saying so is the
// talks' even without a date), or the word alone (主持第七轮中德政府磋商, in a
// sentence with a day or a city: 参加磋商 lists who took part).
struct TalksKind {
  std::string_view after, during, held;
  bool needs_setting;
};
constexpr TalksKind kTalksKinds[] = {{"会谈后", "会谈期间", "举行会谈", false},
                                     {"磋商后", "磋商期间", "磋商", true},
                                     {"会晤后", "会晤期间", "会晤", true},
                                     // 举行第三次中哈外长战略对话……。对话后,双方签署了《…》
                                     {"对话后", "对话期间", "对话", true}};

void signed_after_talks(RelationContext& ctx) {
  constexpr uint32_t kMaxReach = 4000;  // bytes back to the talks: one story
  std::string_view text = ctx.text();
  const std::vector<int>& top = ctx.top();
  // Per sentence, worked out once at its first text: where its 签署 stands
  // (npos: not a sentence of signing after talks) and the talks' setting.
  uint32_t sentence = UINT32_MAX;
  size_t signed_at = std::string_view::npos;
  // The story's year: its first dated day's (the date line), else none.
  std::string story_year = "0000";
  for (const Mention& m : ctx.mentions()) {
    if (m.type == T::kDate && m.value.size() >= 10) {
      story_year = m.value.substr(0, 4);
      break;
    }
  }
  uint32_t talks_begin = 0;
  std::vector<int> days, cities;
  for (size_t k = 0; k < top.size(); ++k) {
    const Mention& signed_text = ctx.mention(top[k]);
    if (signed_text.type != T::kInstrument) continue;
    uint32_t begin = ctx.sentence_begin(signed_text.begin);
    if (begin != sentence) {
      sentence = begin;
      signed_at = std::string_view::npos;
      days.clear();
      cities.clear();
      std::string_view opening = trim(ctx.slice(sentence, sentence + 16));
      const TalksKind* talks = nullptr;
      for (const TalksKind& kind : kTalksKinds) {
        if (starts_with(opening, kind.after) || starts_with(opening, kind.during)) talks = &kind;
      }
      // 会谈后,……见证签署《A》。双方还发表了《B》: the paragraph's next
      // sentence goes on in the same frame.
      if (talks == nullptr && sentence > 0 && text[sentence - 1] != '\n' &&
          (starts_with(opening, "双方还") || starts_with(opening, "两国还") || starts_with(opening, "双方同时"))) {
        uint32_t previous = ctx.sentence_begin(sentence - 1);
        std::string_view previous_opening = trim(ctx.slice(previous, previous + 16));
        for (const TalksKind& kind : kTalksKinds) {
          if (starts_with(previous_opening, kind.after) || starts_with(previous_opening, kind.during)) talks = &kind;
        }
      }
      if (talks == nullptr) continue;
      const std::string_view kTalksHeld = talks->held;
      size_t stop = text.find("。", sentence);
      if (stop == std::string_view::npos) stop = text.size();
      // 签署, or 发表 for what leaders issue together (共同发表《……联合声明》).
      std::string_view body = text.substr(sentence, stop - sentence);
      size_t verb = std::min(body.find("签署"), body.find("发表"));
      if (verb == std::string_view::npos) continue;
      // The talks: the last 举行会谈 before this sentence, within one story,
      // that is not recalled from another year (去年6月19日,……举行会谈后).
      uint32_t from = sentence > kMaxReach ? sentence - kMaxReach : 0;
      size_t held = text.substr(from, sentence - from).rfind(kTalksHeld);
      bool found = false;
      for (; held != std::string_view::npos;
           held = held == 0 ? std::string_view::npos : text.substr(from, held).rfind(kTalksHeld)) {
        uint32_t talks_verb_at = static_cast<uint32_t>(from + held);
        talks_begin = ctx.sentence_begin(talks_verb_at);
        days.clear();
        cities.clear();
        for (size_t j = ctx.top_at(talks_begin); j < top.size() && ctx.mention(top[j]).begin < talks_verb_at; ++j) {
          const Mention& m = ctx.mention(top[j]);
          if (m.type == T::kDate && m.value.size() == 10) days.push_back(top[j]);
          if (m.type == T::kPlace) cities.push_back(top[j]);
        }
        bool recalled = !days.empty() && ctx.mention(days.back()).value.compare(0, 4, story_year) < 0;
        bool unset = talks->needs_setting && days.empty() && cities.empty();
        if (!recalled && !unset) {
          found = true;
          break;
        }
      }
      if (!found) {
        days.clear();
        cities.clear();
        continue;
      }
      // Which day of several is unknown; the dateline's day written again
      // (新华社柏林6月20日电……当地时间6月20日) is one.
      if (days.size() > 1 &&
          std::all_of(days.begin(), days.end(),
                      [&](int d) { return ctx.mention(d).value == ctx.mention(days[0]).value; })) {
        days.resize(1);
      }
      if (days.size() > 1) days.clear();
      if (cities.size() > 1) cities.erase(cities.begin(), cities.end() - 1);
      // Talks in a building (在爱丽舍宫举行会谈) are in the story's city: its
      // dateline's (本网巴黎5月6日电).
      if (cities.empty()) {
        for (size_t j = ctx.top_at(talks_begin); j-- > 0 && ctx.mention(top[j]).begin + kMaxReach > talks_begin;) {
          const Mention& m = ctx.mention(top[j]);
          if (m.type == T::kPlace && dateline_after(ctx.slice(m.end, m.end + 24))) {
            cities.push_back(top[j]);
            break;
          }
        }
      }
      signed_at = sentence + verb;
    }
    if (signed_at == std::string_view::npos || signed_text.begin < signed_at) continue;
    // 发表了《联合声明》,重申……推动《巴黎协定》: a text the clause after
    // names was not signed there; nor is any after it.
    if (contains_any(ctx.slice(static_cast<uint32_t>(signed_at), signed_text.begin),
                     {"重申", "强调", "支持", "表示", "同意", "推动", "致力于", "落实", "实施", "遵守", "根据"})) {
      signed_at = std::string_view::npos;
      continue;
    }
    signed_at = signed_text.end;
    if (!ctx.HasFrom("SIGNED_ON", top[k])) {
      for (int day : days) ctx.Add("SIGNED_ON", top[k], day, talks_begin, signed_text.end, "relation/signed-after-talks");
    }
    if (!ctx.HasFrom("SIGNED_IN", top[k])) {
      for (int city : cities) {
        ctx.Add("SIGNED_IN", top[k], city, talks_begin, signed_text.end, "relation/signed-after-talks");
      }
    }
  }
}

// 1999年11月19日在伊斯坦布尔通过的《欧洲安全宪章》及其所载的《合作安全
// 平台》: a text contained in another was made with it, when and where.
// Runs after the walk, over the container's SIGNED_ON and SIGNED_IN.
void contained_in_instrument(RelationContext& ctx) {
  const std::vector<int>& top = ctx.top();
  std::vector<std::pair<int, int>> contained;  // (container, text)
  for (size_t k = 1; k < top.size(); ++k) {
    const Mention& text = ctx.mention(top[k]);
    const Mention& container = ctx.mention(top[k - 1]);
    if (text.type != T::kInstrument || container.type != T::kInstrument) continue;
    std::string_view gap = strip_marks(ctx.slice(container.end, text.begin));
    while (!gap.empty() && gap.front() >= '0' && gap.front() <= '9') gap.remove_prefix(1);  // a footnote
    if (starts_with(gap, "及其")) gap.remove_prefix(std::string_view("及其").size());
    if (gap == "所载的" || gap == "中所载的") contained.emplace_back(top[k - 1], top[k]);
  }
  if (contained.empty()) return;
  const auto settings = relations_by_entity(ctx, {"SIGNED_ON", "SIGNED_IN"});
  for (const auto& [container, text] : contained) {
    auto it = settings.find(ctx.entity_of(container));
    if (it == settings.end()) continue;
    for (const auto& [type, to] : it->second) {
      ctx.Add(type.c_str(), text, to, ctx.mention(container).begin, ctx.mention(text).end,
              "relation/contained-in-instrument");
    }
  }
}

// A text issued at a meeting (……会议上所通过的……方案, or 该会议通过的《…》
// after it in the sentence) was made where the meeting was held, and when,
// if it met on one day, wherever the document says that:
//   2018年4月17日在杜尚别举行的第二十三次……会议 …… 在该会议上通过的方案
// Runs after the walk, over the meetings' HELD_ON and HELD_IN relations.
void issued_at_meetings(RelationContext& ctx) {
  Issued issued;
  issued_after_meeting(ctx, &issued);
  issued_by_reference(ctx, &issued);
  issued_in_session_sentence(ctx, &issued);
  issued_in_passive(ctx, &issued);
  if (issued.empty()) return;
  // The distinct settings of each meeting entity, indexed once: a meeting
  // named a thousand times with its date must not give each issued text a
  // thousand copies of that date (quadratic in the mentions).
  const std::vector<RelationMention> found = ctx.relations();
  std::map<std::string, std::vector<const RelationMention*>> settings;
  std::set<std::tuple<std::string, std::string, std::string>> seen;
  for (const RelationMention& r : found) {
    if (r.from < 0 || (r.type != "HELD_ON" && r.type != "HELD_IN")) continue;
    std::string entity = ctx.entity_of(r.from);
    if (seen.emplace(entity, r.type, ctx.entity_of(r.to)).second) settings[entity].push_back(&r);
  }
  for (const auto& [meeting, text] : issued) {
    auto it = settings.find(ctx.entity_of(meeting));
    if (it == settings.end()) continue;
    const Mention& m = ctx.mention(meeting);
    // A text is made on one of its meeting's days: known only for a
    // meeting of one day.
    int days = 0;
    for (const RelationMention* r : it->second) {
      if (r->type == "HELD_ON") days += is_range(ctx.mention(r->to)) ? 2 : 1;
    }
    for (const RelationMention* r : it->second) {
      if (r->type == "HELD_ON") {
        if (days != 1) continue;
        ctx.Add("SIGNED_ON", text, r->to, m.begin, ctx.mention(text).end, "relation/issued-at");
      } else if (ctx.mention(r->to).type == T::kPlace) {
        ctx.Add("SIGNED_IN", text, r->to, m.begin, ctx.mention(text).end, "relation/issued-at");
      }
    }
  }
}

// 《集体安全条约》(1992年5月15日,塔什干): a text's date and place in
// brackets right after its title, as treaty lists write them; and a
// session's (人居大会第一届会议(2019年5月27日至31日,内罗毕)), as UN texts
// cite the sessions whose reports or outcomes they note.
void bracketed_settings(RelationContext& ctx) {
  const std::vector<int>& top = ctx.top();
  for (size_t k = 0; k + 1 < top.size(); ++k) {
    const Mention& text = ctx.mention(top[k]);
    bool meeting = text.type == T::kMeeting;
    if ((text.type != T::kInstrument && !meeting) || trim(strip_marks(ctx.between(top[k], top[k + 1]))) != "(") {
      continue;
    }
    const Mention& date = ctx.mention(top[k + 1]);
    if (date.type != T::kDate) continue;
    int place = -1;
    size_t close = k + 2;
    if (close < top.size() && ctx.mention(top[close]).type == T::kPlace &&
        trim(ctx.between(top[k + 1], top[close])) == ",") {
      place = top[close];
    }
    uint32_t end = place >= 0 ? ctx.mention(place).end : date.end;
    if (!starts_with(trim(ctx.slice(end, end + 4)), ")")) continue;
    ctx.Add(meeting ? "HELD_ON" : "SIGNED_ON", top[k], top[k + 1], text.begin, end + 1, "relation/bracketed-setting");
    if (place >= 0) {
      ctx.Add(meeting ? "HELD_IN" : "SIGNED_IN", top[k], place, text.begin, end + 1, "relation/bracketed-setting");
    }
  }
}

}  // namespace

void relate_settings(RelationContext& ctx) {
  SettingWalk(ctx).Run();
  bracketed_settings(ctx);
  named_venues(ctx);
  issued_at_meetings(ctx);
  adopted_by_resolution(ctx);
  signed_after_talks(ctx);
  session_header_dates(ctx);
  // Last: a contained text takes whatever setting its container got above.
  contained_in_instrument(ctx);
}

}  // namespace treatygraph
