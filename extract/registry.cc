// The extractor registry and the pipeline that runs it over one document:
// every extractor, then overlap resolution, then relation rules.
#include <algorithm>
#include <map>
#include <set>

#include "extract/extractors_internal.h"
#include "extract/text_util.h"

namespace treatygraph {

const std::vector<ExtractorEntry>& extractor_registry() {
  static const std::vector<ExtractorEntry> kRegistry = {
      {"date", make_date_extractor},
      {"resolution", make_resolution_extractor},
      {"instrument", make_instrument_extractor},
      {"meeting", make_meeting_extractor},
      {"un_document", make_un_document_extractor},
      {"organization", make_organization_extractor},
      {"country", make_country_extractor},
      {"place", make_place_extractor},
      {"person", make_person_extractor},
  };
  return kRegistry;
}

std::string_view entity_type_name(EntityType type) {
  switch (type) {
    case EntityType::kOrganization: return "Organization";
    case EntityType::kCountry: return "Country";
    case EntityType::kPlace: return "Place";
    case EntityType::kPerson: return "Person";
    case EntityType::kInstrument: return "Instrument";
    case EntityType::kResolution: return "Resolution";
    case EntityType::kUNDocument: return "UNDocument";
    case EntityType::kMeeting: return "Meeting";
    case EntityType::kDate: return "Date";
  }
  return "Unknown";
}

namespace {

bool by_position(const Mention& a, const Mention& b) {
  if (a.begin != b.begin) return a.begin < b.begin;
  if (a.end != b.end) return a.end > b.end;
  return a.type < b.type;
}

// Inside an instrument's title, a country, place, date or organisation is
// part of the title, not a mention of its own (《上海合作组织宪章》 does not
// mention the organisation; 《2019-2021年...计划》 holds no date).
bool hidden_inside_instrument(EntityType t) {
  return t == EntityType::kCountry || t == EntityType::kPlace || t == EntityType::kDate ||
         t == EntityType::kOrganization || t == EntityType::kPerson ||
         t == EntityType::kMeeting;
}

// Whether the place `m` is only a word of an organisation's name
// (中部非洲国家经济共同体, 联合国中部非洲区域办事处, 湄公河委员会): not a
// location the text speaks of. A seat stays a place: the organ's identity
// does not hold it (塔什干地区反恐怖机构 is 上海合作组织地区反恐怖机构), or it
// names where a secretariat sits (北京秘书处).
bool names_an_organisation(const std::vector<Mention>& found, const std::map<uint32_t, size_t>& organisations,
                           const Mention& m) {
  auto it = organisations.upper_bound(m.begin);
  if (it == organisations.begin()) return false;
  const Mention& org = found[std::prev(it)->second];
  if (org.end < m.end) return false;
  std::string_view place = std::string_view(org.name).substr(m.begin - org.begin, m.end - m.begin);
  if (org.canonical.find(place) == std::string::npos) return false;
  return org.name != std::string(place) + "秘书处";
}

// Whether [m.begin, m.end) lies within one of `spans` (begin -> end).
bool inside_one_of(const std::map<uint32_t, uint32_t>& spans, const Mention& m) {
  auto it = spans.upper_bound(m.begin);
  return it != spans.begin() && std::prev(it)->second >= m.end;
}

// A known organisation the text names only at the start of its organ's name
// (萨赫勒五国集团联合部队, and 萨赫勒五国集团 nowhere else) is a body the text
// speaks of: its first such mention is kept beside the organ's, so that the
// parent is in the graph and the organ PART_OF it.
void keep_parents_named_only_inside(const std::vector<Mention>& found, std::vector<bool>* keep) {
  std::set<std::string_view> named;  // organisations kept on their own
  std::map<uint32_t, uint32_t> organs;  // kept organisation spans: begin -> end
  for (size_t i = 0; i < found.size(); ++i) {
    if (!(*keep)[i] || found[i].type != EntityType::kOrganization) continue;
    named.insert(found[i].canonical);
    organs.emplace(found[i].begin, found[i].end);
  }
  for (size_t i = 0; i < found.size(); ++i) {
    const Mention& m = found[i];
    if ((*keep)[i] || m.type != EntityType::kOrganization || m.rule != "organization/gazetteer") continue;
    auto organ = organs.find(m.begin);
    if (organ == organs.end() || organ->second <= m.end || named.count(m.canonical) > 0) continue;
    (*keep)[i] = true;
    named.insert(m.canonical);
  }
}

// Keeps, per type, the longest of overlapping mentions (the earliest on a
// tie; of equal spans, the one found first: stable sorts, so the choice
// depends on the mentions alone, not on how many others there are), then
// drops what an instrument's 《》 title hides. An unbracketed instrument
// name hides only places (see below).
std::vector<Mention> resolve_overlaps(std::string_view text, std::vector<Mention> found) {
  std::vector<size_t> order(found.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    const Mention& x = found[a];
    const Mention& y = found[b];
    if (x.end - x.begin != y.end - y.begin) return x.end - x.begin > y.end - y.begin;
    return by_position(x, y);
  });
  // Accepted spans per type: begin -> end, non-overlapping.
  std::map<EntityType, std::map<uint32_t, uint32_t>> taken;
  std::vector<bool> keep(found.size(), false);
  // A sanctions committee named for what it watches (关于伊拉克和黎凡特伊斯兰国
  // (达伊沙)、基地组织……的第1267(1999)号……决议所设委员会): the bodies in its
  // name are named, as a title's inner title is.
  std::map<uint32_t, uint32_t> committees;
  // A summit read as its body's organ (西非经共体国家元首和政府首脑会议主席,
  // ……会议第六十三届常会) is no meeting on the same span: its sessions are.
  std::set<std::pair<uint32_t, uint32_t>> summit_organs;
  for (const Mention& m : found) {
    if (m.rule == "organization/resolution-committee") committees.emplace(m.begin, m.end);
    if (m.rule == "organization/summit-organ") summit_organs.emplace(m.begin, m.end);
  }
  // (Not the Council that opens it: the committee is its organ.)
  auto inside_committee = [&committees](const Mention& m) {
    auto committee = committees.upper_bound(m.begin);
    return committee != committees.begin() && std::prev(committee)->first < m.begin &&
           std::prev(committee)->second >= m.end;
  };
  for (size_t i : order) {
    const Mention& m = found[i];
    auto& spans = taken[m.type];
    if (m.type == EntityType::kMeeting && summit_organs.count({m.begin, m.end}) > 0) continue;
    // Known bodies only: a piece of the committee's own name is none.
    if (m.type == EntityType::kOrganization && m.rule == "organization/gazetteer" &&
        inside_committee(m)) {
      keep[i] = true;
      continue;
    }
    // A title nested in a longer one is an instrument of its own: the inner
    // 〈X构想〉 of 《〈X构想〉落实措施计划》, the treaty of 《X条约》议定书. Only
    // partly overlapping instruments compete.
    if (m.type == EntityType::kInstrument && inside_one_of(spans, m)) {
      keep[i] = true;
      continue;
    }
    auto next = spans.lower_bound(m.begin);
    if (next != spans.end() && next->first < m.end) continue;
    if (next != spans.begin() && std::prev(next)->second > m.begin) continue;
    spans.emplace(m.begin, m.end);
    keep[i] = true;
  }
  std::map<uint32_t, uint32_t> titles;
  for (const auto& [begin, end] : taken[EntityType::kInstrument]) {
    bool bracketed = begin >= 3 && (text.compare(begin - 3, 3, "《") == 0 ||
                                    text.compare(begin - 3, 3, "〈") == 0);
    if (bracketed) titles.emplace(begin, end);
  }
  const auto& instruments = titles;
  // Unbracketed names too hide a place that is a word of them (京都议定书,
  // 巴塞尔公约 name no location the text speaks of); a country they hold
  // still is one (伊朗核问题全面协议).
  const auto& unbracketed_names = taken[EntityType::kInstrument];
  // The accepted organisations by begin, for places inside their names.
  std::map<uint32_t, size_t> organisations;
  for (size_t i = 0; i < found.size(); ++i) {
    if (keep[i] && found[i].type == EntityType::kOrganization) organisations.emplace(found[i].begin, i);
  }
  std::map<uint32_t, uint32_t> known_bodies;
  for (size_t i = 0; i < found.size(); ++i) {
    if (keep[i] && found[i].rule == "organization/gazetteer") known_bodies.emplace(found[i].begin, found[i].end);
  }
  keep_parents_named_only_inside(found, &keep);
  // The parts of the people's transliterated names: 马里斯表示 after 泰国外长
  // 马里斯·沙炎蓬沙 speaks of him, not of Mali.
  // By first character, so that each place asks only the parts that could start there.
  std::map<std::string_view, std::set<std::string_view>> name_parts;
  for (size_t i = 0; i < found.size(); ++i) {
    if (!keep[i] || found[i].type != EntityType::kPerson) continue;
    std::string_view name = found[i].name;
    for (size_t dot = name.find("·"); !name.empty(); dot = name.find("·")) {
      std::string_view part = name.substr(0, dot);
      if (part.size() >= 3 * 3) name_parts[part.substr(0, 3)].insert(part);
      if (dot == std::string_view::npos) break;
      name = name.substr(dot + std::string_view("·").size());
    }
  }
  auto inside_name_part = [&](const Mention& m) {
    auto parts = name_parts.find(text.substr(m.begin, 3));
    if (parts == name_parts.end()) return false;
    for (std::string_view part : parts->second) {
      if (part.size() > m.end - m.begin && text.compare(m.begin, part.size(), part) == 0) return true;
    }
    return false;
  };
  std::vector<Mention> out;
  for (size_t i = 0; i < found.size(); ++i) {
    if (!keep[i]) continue;
    const Mention& m = found[i];
    if ((m.type == EntityType::kCountry || m.type == EntityType::kPlace) && !name_parts.empty() &&
        inside_name_part(m)) {
      continue;
    }
    if (hidden_inside_instrument(m.type)) {
      auto it = instruments.upper_bound(m.begin);
      if (it != instruments.begin() && std::prev(it)->second >= m.end) continue;
    }
    if (m.type == EntityType::kPlace && names_an_organisation(found, organisations, m)) continue;
    if (m.type == EntityType::kPlace && inside_one_of(unbracketed_names, m)) continue;
    // A known body whose name ends like a text (我们美洲人民玻利瓦尔联盟-人民
    // 贸易协定, 美洲玻利瓦尔替代计划) is no unbracketed text of that name; a
    // text named inside one still is (生物多样性公约秘书处).
    if (m.type == EntityType::kInstrument && titles.count(m.begin) == 0) {
      auto body = known_bodies.find(m.begin);
      if (body != known_bodies.end() && body->second == m.end) continue;
    }
    out.push_back(found[i]);
  }
  std::stable_sort(out.begin(), out.end(), by_position);
  return out;
}

// Where the ordinal of a numbered session starts in a meeting's name
// (妇女地位委员会|第六十九届会议), or npos.
size_t session_ordinal_at(std::string_view name) {
  for (size_t at = name.find("第"); at != std::string_view::npos; at = name.find("第", at + 3)) {
    if (session_ordinal_end(name, at) != 0) return at;
  }
  return std::string_view::npos;
}

// A committee, council or conference of parties named only in its numbered
// session's name (妇女地位委员会第六十九届会议, 生物多样性公约缔约方大会第十五届
// 会议) is a body the text speaks of: an
// organisation, unless one is already found over any of its words (the
// organisation rules know the name and its full form better). A name the
// rules found elsewhere in the text takes the full form they gave it there
// (安全理事会 -> 联合国安全理事会).
void add_session_bodies(std::string_view text, std::vector<Mention>* found) {
  std::map<uint32_t, uint32_t> organisations;
  std::map<std::string_view, std::string_view> canonical_of;
  for (const Mention& m : *found) {
    if (m.type != EntityType::kOrganization) continue;
    organisations.emplace(m.begin, m.end);
    // A fuller form given anywhere wins over the name kept as it is.
    auto [it, added] = canonical_of.emplace(m.name, m.canonical);
    if (!added && it->second == it->first) it->second = m.canonical;
  }
  std::vector<Mention> bodies;
  std::map<std::string_view, std::map<uint32_t, const std::string*>> fuller_of;
  for (const Mention& m : *found) {
    if (m.type != EntityType::kMeeting) continue;
    size_t ordinal = session_ordinal_at(m.name);
    if (ordinal == std::string_view::npos) continue;
    std::string_view body = std::string_view(m.name).substr(0, ordinal);
    // (缔约方大会, a treaty's standing body; not X问题大会, a special session.)
    bool named_body = (ends_with(body, "委员会") || ends_with(body, "理事会") || ends_with(body, "缔约方大会")) &&
                      body.size() >= 5 * 3 && (is_han(body, 0) || starts_with(body, 0, "《"));
    // Not a body named by what points back to it (该组织部长理事会).
    for (std::string_view pointer : {"该", "本", "其", "各", "此"}) named_body = named_body && !starts_with(body, 0, pointer);
    if (!named_body) continue;
    uint32_t end = m.begin + static_cast<uint32_t>(body.size());
    // Names inside a treaty's 《》 title are the title's words, not bodies.
    uint32_t from = m.begin;
    if (starts_with(body, 0, "《")) {
      size_t close = body.find("》");
      if (close != std::string_view::npos) from = m.begin + static_cast<uint32_t>(close);
    }
    auto next = organisations.lower_bound(from);
    if (next != organisations.end() && next->first < end) continue;
    if (next != organisations.begin() && std::prev(next)->second > from) continue;
    organisations.emplace(m.begin, end);
    auto known = canonical_of.find(body);
    std::string canonical = known != canonical_of.end() ? std::string(known->second) : "";
    // 《联合国气候变化框架公约》缔约方大会: the body is named without the marks.
    if (canonical.empty() && starts_with(body, 0, "《")) {
      for (size_t at = 0, n = 0; at < body.size(); at += n) {
        n = utf8_length(static_cast<unsigned char>(body[at]));
        std::string_view ch = body.substr(at, n);
        if (ch != "《" && ch != "》") canonical += ch;
      }
    }
    // A bare organ's name (部长理事会第二十七次会议) is the organ of that name
    // the text names in full before it (经济合作组织部长理事会).
    // (A bounded number of distinct names: each costs a pass over the mentions.)
    if (canonical.empty() && (fuller_of.size() < 256 || fuller_of.count(body) > 0)) {
      auto [it, added] = fuller_of.try_emplace(body);
      if (added) {
        // Once per distinct name: the fuller names ending in it, by position.
        for (const Mention& o : *found) {
          if (o.type == EntityType::kOrganization && o.canonical.size() > body.size() && ends_with(o.canonical, body)) {
            it->second.emplace(o.begin, &o.canonical);
          }
        }
      }
      auto before = it->second.lower_bound(m.begin);
      if (before != it->second.begin()) canonical = *std::prev(before)->second;
    }
    bodies.push_back(make_mention(EntityType::kOrganization, text, m.begin, end, std::move(canonical),
                                  "organization/session-body"));
  }
  for (Mention& b : bodies) found->push_back(std::move(b));
}

// 《罗马规约》缔约国大会, 《公约》缔约方大会: a treaty's assembly of its
// parties, named right after the treaty's title, is a body wherever it
// stands (not only in its session's name): named after the treaty as the
// rules resolved its title, without the marks. One already found over the
// same words stays.
void add_treaty_assemblies(std::string_view text, std::vector<Mention>* found) {
  std::set<std::pair<uint32_t, uint32_t>> organisations;
  for (const Mention& m : *found) {
    if (m.type == EntityType::kOrganization) organisations.emplace(m.begin, m.end);
  }
  std::vector<Mention> bodies;
  for (const Mention& m : *found) {
    if (m.type != EntityType::kInstrument || m.begin < 3 || text.compare(m.begin - 3, 3, "《") != 0 ||
        !starts_with(text, m.end, "》")) {
      continue;
    }
    size_t after = m.end + std::string_view("》").size();
    for (std::string_view assembly : {"缔约国大会", "缔约方大会", "缔约方会议", "缔约国会议"}) {
      if (!starts_with(text, after, assembly)) continue;
      uint32_t begin = m.begin - 3, end = static_cast<uint32_t>(after + assembly.size());
      if (organisations.count({begin, end}) == 0) {
        bodies.push_back(make_mention(EntityType::kOrganization, text, begin, end,
                                      m.canonical + std::string(assembly), "organization/treaty-assembly"));
      }
      break;
    }
  }
  for (Mention& b : bodies) found->push_back(std::move(b));
}

// A meeting whose name the meeting rules began inside a body's name (《联合国
// 宪章》之友小组第四次部长级会议 inside 捍卫《联合国宪章》之友小组……) is that
// body's meeting: its name begins where the body's does.
void extend_meetings_over_bodies(std::string_view text, std::vector<Mention>* found) {
  std::map<uint32_t, uint32_t> bodies;  // begin -> the longest end
  for (const Mention& m : *found) {
    if (m.type != EntityType::kOrganization) continue;
    uint32_t& end = bodies[m.begin];
    end = std::max(end, m.end);
  }
  for (Mention& m : *found) {
    if (m.type != EntityType::kMeeting) continue;
    auto body = bodies.lower_bound(m.begin);
    if (body == bodies.begin()) continue;
    --body;
    if (body->second <= m.begin || body->second > m.end) continue;
    // A name the meeting rules rewrote (a short form expanded) is theirs;
    // dropping a title's 《》 is no rewriting.
    if (m.name != text.substr(m.begin, m.end - m.begin) || m.canonical != without_title_marks(m.name)) continue;
    std::string_view before = text.substr(body->first, m.begin - body->first);
    m.name = std::string(before) + m.name;
    m.canonical = without_title_marks(m.name);
    m.begin = body->first;
  }
}

// A session named by its ordinal and a session word alone (第五十九次全体会议,
// 第十届会议), not a meeting of a name of its own (第四次世界妇女大会).
bool bare_session(std::string_view name) {
  size_t end = session_ordinal_end(name, 0);
  if (end == 0) return false;
  std::string_view rest = name.substr(end);
  for (std::string_view word : {"全体会议", "会议", "常会", "特别会议", "届会", "年会"}) {
    if (rest == word) return true;
  }
  return false;
}

// The meeting rule's bare 会议 after 举行的, kept for a body to name.
constexpr std::string_view kMeetingAfterBody = "meeting/held-after-body";

// A body's session named by its ordinal alone, after the body, its date and
// its place (独联体成员国议会间大会2025年4月17日在圣彼得堡举行的第五十九次全体
// 会议): the session is the body's; its name is the body's and the ordinal's.
// So is a meeting named 会议 alone there (独立国家联合体国家元首理事会2025年10月
// 10日在杜尚别举行的会议); with no body before it, it is none.

// Whether `gap` is nothing or a date alone (……理事会9月26日举行的第1236次
// 会议, ……理事会举行的): digits and the words of a date or a range.
bool only_a_date(std::string_view gap) {
  for (size_t i = 0; i < gap.size();) {
    if ((gap[i] >= '0' && gap[i] <= '9') || gap[i] == '-' || gap[i] == ' ') {
      ++i;
      continue;
    }
    bool date_word = false;
    for (std::string_view w : {"年", "月", "日", "至", "和", "今年", "去年", "同日", "当天"}) {
      if (starts_with(gap.substr(i), w)) {
        i += w.size();
        date_word = true;
        break;
      }
    }
    if (!date_word) return false;
  }
  return true;
}

void name_sessions_after_their_body(std::string_view text, std::vector<Mention>* found) {
  constexpr std::string_view kHeld = "举行的";
  constexpr size_t kMaxGap = 40 * 3;
  std::map<uint32_t, const Mention*> bodies;  // end -> the longest body ending there
  for (const Mention& m : *found) {
    if (m.type != EntityType::kOrganization) continue;
    const Mention*& body = bodies[m.end];
    if (body == nullptr || body->begin > m.begin) body = &m;
  }
  std::vector<std::pair<std::string, std::string>> renames(found->size());
  for (size_t i = 0; i < found->size(); ++i) {
    const Mention& m = (*found)[i];
    // So is a session named by its kind alone (……理事会2025年7月16日在基多
    // 举行的扩大会议).
    bool kind_alone = false;
    for (std::string_view kind : {"扩大会议", "特别会议", "非正式会议", "紧急会议", "联席会议", "全体会议",
                                  "春季会议", "秋季会议", "部长级会议"}) {
      kind_alone = kind_alone || m.name == kind;
    }
    bool bare = bare_session(m.name) || m.rule == kMeetingAfterBody || kind_alone;
    if (m.type != EntityType::kMeeting || m.canonical != m.name || !bare || m.begin < kHeld.size() ||
        text.compare(m.begin - kHeld.size(), kHeld.size(), kHeld) != 0) {
      continue;
    }
    // The nearest body ending before, with nothing but a date, a place and
    // 在/于 between (no clause break).
    auto body = bodies.upper_bound(m.begin - static_cast<uint32_t>(kHeld.size()));
    if (body == bodies.begin()) continue;
    --body;
    std::string_view gap = text.substr(body->first, m.begin - body->first);
    if (gap.size() > kMaxGap || gap.find_first_of(",;:()\n") != std::string_view::npos ||
        gap.find("。") != std::string_view::npos || gap.find("的") != gap.size() - 3 ||
        (gap.find("在") == std::string_view::npos && gap.find("于") == std::string_view::npos &&
         !only_a_date(gap.substr(0, gap.size() - kHeld.size())))) {
      continue;
    }
    renames[i] = {body->second->name + m.name, body->second->canonical + m.canonical};
  }
  for (size_t i = 0; i < found->size(); ++i) {
    if (renames[i].first.empty()) continue;
    (*found)[i].name = std::move(renames[i].first);
    (*found)[i].canonical = std::move(renames[i].second);
  }
  // A bare 会议 no body names is no meeting.
  found->erase(std::remove_if(found->begin(), found->end(),
                              [](const Mention& m) {
                                return m.rule == kMeetingAfterBody && m.name == "会议";
                              }),
               found->end());
}

// A state's ministry or agency the text names only in its officials' titles
// (中国外交部副部长孙卫东, 文莱外交部第二部长艾瑞万) is part of who they are,
// not a body the text speaks of: its mentions go, unless it is named
// anywhere else. (Not the head of an international body: 非洲联盟委员会主席
// names the Commission.)
void drop_bodies_named_only_in_titles(std::string_view text, std::vector<Mention>* mentions) {
  static constexpr std::string_view kTitles[] = {
      "第二部长", "副部长", "部长", "大臣", "长官", "副主任", "主任", "局长", "署长", "司长", "发言人", "国务秘书"};
  std::set<uint32_t> person_begins, country_begins;
  for (const Mention& m : *mentions) {
    if (m.type == EntityType::kPerson) person_begins.insert(m.begin);
    if (m.type == EntityType::kCountry) country_begins.insert(m.begin);
  }
  std::map<std::string, bool> only_in_titles;  // canonical -> every mention is in a title
  std::vector<bool> in_title(mentions->size(), false);
  for (size_t i = 0; i < mentions->size(); ++i) {
    const Mention& m = (*mentions)[i];
    if (m.type != EntityType::kOrganization) continue;
    bool states = country_begins.count(m.begin) > 0;  // a state's body opens with the state
    for (std::string_view title : kTitles) {
      if (states && starts_with(text, m.end, title) &&
          person_begins.count(m.end + static_cast<uint32_t>(title.size())) > 0) {
        in_title[i] = true;
        break;
      }
    }
    auto [it, added] = only_in_titles.emplace(m.canonical, in_title[i]);
    if (!added) it->second = it->second && in_title[i];
  }
  mentions->erase(std::remove_if(mentions->begin(), mentions->end(),
                                 [&](const Mention& m) {
                                   return m.type == EntityType::kOrganization && only_in_titles[m.canonical];
                                 }),
                  mentions->end());
}

}  // namespace

struct Extractors::Impl {
  explicit Impl(const Gazetteer& gazetteer) : names(gazetteer) {}
  std::vector<std::unique_ptr<Extractor>> extractors;
  // extractors[i] as a ContextualExtractor, or nullptr if it is none.
  std::vector<const ContextualExtractor*> contextual;
  // The gazetteer's names, looked up once per document for all the
  // contextual extractors (organization, country, place).
  NameDictionary names;
};

Extractors::Extractors(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Extractors::Extractors(Extractors&&) noexcept = default;
Extractors& Extractors::operator=(Extractors&&) noexcept = default;
Extractors::~Extractors() = default;

Result<Extractors> Extractors::Create(const Gazetteer& gazetteer) {
  auto impl = std::make_unique<Impl>(gazetteer);
  for (const ExtractorEntry& entry : extractor_registry()) {
    Result<std::unique_ptr<Extractor>> made = entry.make(gazetteer);
    if (!made.ok()) return made.status();
    impl->contextual.push_back(dynamic_cast<const ContextualExtractor*>(made.value().get()));
    impl->extractors.push_back(std::move(made.value()));
  }
  return Extractors(std::move(impl));
}

Extraction Extractors::Run(const Document& doc) const {
  std::vector<Mention> found;
  const DocumentContext context{impl_->names.Find(doc.text), CharIndex(doc.text)};
  for (size_t i = 0; i < impl_->extractors.size(); ++i) {
    if (const ContextualExtractor* contextual = impl_->contextual[i]) {
      contextual->ExtractIn(doc, context, &found);
    } else {
      impl_->extractors[i]->Extract(doc, &found);
    }
  }
  add_session_bodies(doc.text, &found);
  add_treaty_assemblies(doc.text, &found);
  extend_meetings_over_bodies(doc.text, &found);
  name_sessions_after_their_body(doc.text, &found);
  Extraction out;
  out.mentions = resolve_overlaps(doc.text, std::move(found));
  drop_bodies_named_only_in_titles(doc.text, &out.mentions);
  extract_relations(doc, out.mentions, &out.relations);
  return out;
}

}  // namespace treatygraph
