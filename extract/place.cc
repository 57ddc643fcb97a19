// Places: cities, regions and geographic features used as locations.
// Two sources:
//
// 1. The gazetteer (data/gazetteer/places.tsv): capitals, major cities,
//    regions, seas and lakes, with their other forms.
//      中亚地区 -> 中亚;  沿咸海地区 -> 咸海;  伊塞克湖
//    A continent or ocean used as an attribute inside a longer name is not a
//    location (亚洲开发银行, 太平洋无纸贸易), nor is one right after an
//    organisation's name (联合国亚洲及太平洋...); nor is a place that is part
//    of a person's name (努尔苏丹·纳扎尔巴耶夫), nor an item of a web page's
//    link list (财经| 黑龙江省| 平果县|).
// 2. How the genre writes where something happened, for places the
//    gazetteer does not know:
//      在杨凌设立, 于巴库举行, 在纽约一致通过   -> 杨凌, 巴库, 纽约
//      在墨西哥坎昆举行                         -> 坎昆 (the country is its own mention)
//      新华社杜尚别9月17日电                     -> 杜尚别 (a dateline)
//      二〇一一年六月十五日于阿斯塔纳            -> 阿斯塔纳 (a signature line)
//      特别是比拉奥、布里亚和奥博周边           -> 比拉奥, 布里亚, 奥博 (a list before
//                                                 a word of vicinity)
//    The candidate is two to four characters and must not read like a
//    phrase (在本地区举行, 在会上通过, 在上合组织框架内举办).
#include <algorithm>
#include <map>
#include <set>

#include "extract/extractors_internal.h"
#include "extract/text_util.h"

namespace treatygraph {
namespace {

// Characters that end a continent or ocean used as a location rather than as
// an attribute: 亚洲和欧洲间, 非洲的, 亚洲地区, 太平洋国家.
const char* const kAfterLocation[] = {"和", "及", "与", "的", "间", "地", "国", "区", "各",
                                      "之", "以", "、", "或", "大", "内", "乃", "举行", "召开", "举办",
                                      // a part or the waters of it: 印度洋西部, 印度洋相关海域
                                      "东部", "西部", "南部", "北部", "中部", "相关", "海域", "沿岸"};

// A candidate from context starting with these is a phrase, not a name.
const char* const kPhraseStarts[] = {"本", "该", "各", "其", "此", "这", "那", "全", "国",
                                     "区", "多", "双", "两", "一", "每", "某", "上", "下",
                                     "中", "内", "外", "会", "我", "他", "贵", "有", "相",
                                     "同", "当", "次", "今", "明", "去", "首", "近"};
// ... or ending with these.
const char* const kPhraseEnds[] = {"上", "中", "下", "内", "外", "间", "期", "时", "后", "前",
                                   "里", "方", "面", "国", "部", "会", "处", "署", "域", "界",
                                   "级", "边", "旁", "区", "组", "所", "院", "心", "构", "织",
                                   "日", "月", "年", "天", "午", "晚", "周",
                                   // generic sites: 机场, 会场, 营地, 基地, 使馆, 车站
                                   "场", "地", "馆", "站", "营", "堤", "境", "岸",
                                   // buildings: 爱丽舍宫, 人民大会堂, 联合国大厦
                                   "宫", "堂", "厦",
                                   // a shore: 死海之滨, 湖畔
                                   "滨", "畔",
                                   // a side of a line: 护堤以东
                                   "以东", "以西", "以南", "以北"};
// ... or containing these.
const char* const kPhraseInsides[] = {
    "的",   "和",   "与",   "及",   "或",   "等",   "了",   "将",   "已",   "并",   "再",
    "也",   "对",   "向",   "把",   "为",   "在",   "于",   "通过", "加强", "开展", "能力",
    "建设", "合作", "发展", "支持", "实施", "落实", "举行", "推动", "促进", "关于"};

// Words that introduce a province or state (特别是北基伍省, 来自瓦拉卜州): they
// open the division rule's match and are never part of the name.
const std::string_view kDivisionIntroducers[] = {"包括", "特别是", "尤其是", "关切", "位于", "来自",
                                                 "前往", "访问", "抵达", "进入", "撤离", "以来",
                                                 // 途经纳伦州, 经上尼罗州
                                                 "途经", "经由", "经过", "经"};

// Whether a candidate read from context (without its opening words, which
// are known: a town right after its province) reads like a phrase.
bool reads_like_phrase_inside(std::string_view candidate) {
  for (const char* s : kPhraseEnds) {
    if (ends_with(candidate, s)) return true;
  }
  for (const char* s : kPhraseInsides) {
    if (candidate.find(s) != std::string_view::npos) return true;
  }
  return false;
}

bool reads_like_phrase(std::string_view candidate) {
  for (const char* s : kPhraseStarts) {
    if (starts_with(candidate, 0, s)) return true;
  }
  return reads_like_phrase_inside(candidate);
}

class PlaceExtractor : public ContextualExtractor {
 public:
  PlaceExtractor(const Gazetteer& gazetteer, Rule venue, Rule seat, Rule dateline, Rule vicinity, Rule signed_at,
                 Rule division, Rule after_country, Rule listed)
      : ContextualExtractor(gazetteer),
        venue_(std::move(venue)),
        seat_(std::move(seat)),
        dateline_(std::move(dateline)),
        vicinity_(std::move(vicinity)),
        signed_at_(std::move(signed_at)),
        division_(std::move(division)),
        after_country_(std::move(after_country)),
        listed_(std::move(listed)) {}

  std::string_view name() const override { return "place"; }

  void ExtractIn(const Document& doc, const DocumentContext& context,
                 std::vector<Mention>* out) const override {
    std::string_view text = doc.text;
    const CharIndex& chars = context.chars;
    size_t first = out->size();  // what this call adds; out may hold other documents' mentions
    ExtractKnown(text, context.names, out);
    for (const Rule* rule : {&venue_, &seat_, &dateline_, &vicinity_, &signed_at_}) {
      ExtractFromContext(text, chars, *rule, out);
    }
    size_t divisions = out->size();
    ExtractDivisions(text, chars, context.names, out);
    ExtractTownsOfDivisions(text, divisions, out);
    ExtractListed(text, chars, out);
    ExtractListedWithKnown(text, context.names, out);
    ResolveRenamed(text, first, out);
  }

 private:
  // 努尔苏丹(今阿斯塔纳), 汉城(今首尔): a city under its former name, with
  // today's in brackets, is one place, named as it is now, in the whole
  // document. So is 阿斯塔纳(旧称努尔苏丹) the other way round.
  static void ResolveRenamed(std::string_view text, size_t first, std::vector<Mention>* out) {
    std::vector<std::pair<uint32_t, size_t>> by_begin;  // (begin, index) of places
    for (size_t i = first; i < out->size(); ++i) {
      if ((*out)[i].type == EntityType::kPlace) by_begin.emplace_back((*out)[i].begin, i);
    }
    std::sort(by_begin.begin(), by_begin.end());
    std::map<std::string, std::string> renamed;  // former -> current
    for (const auto& [begin, i] : by_begin) {
      const Mention& a = (*out)[i];
      if (!starts_with(text, a.end, "(")) continue;
      auto next = std::lower_bound(by_begin.begin(), by_begin.end(), std::make_pair(a.end, size_t{0}));
      for (; next != by_begin.end() && next->first <= a.end + 12; ++next) {
        const Mention& b = (*out)[next->second];
        std::string_view between = text.substr(a.end, b.begin - a.end);
        if (!starts_with(text, b.end, ")") || a.canonical == b.canonical) continue;
        if (between == "(今" || between == "(现称" || between == "(今称") {
          renamed.emplace(a.canonical, b.canonical);
        } else if (between == "(旧称" || between == "(原称" || between == "(前称") {
          renamed.emplace(b.canonical, a.canonical);
        }
      }
    }
    if (renamed.empty()) return;
    for (size_t i = first; i < out->size(); ++i) {
      Mention& m = (*out)[i];
      if (m.type != EntityType::kPlace) continue;
      auto it = renamed.find(m.canonical);
      if (it != renamed.end()) m.canonical = it->second;
    }
  }

  static void Add(std::string_view text, uint32_t begin, uint32_t end, std::string canonical,
                  const std::string& rule, std::vector<Mention>* out) {
    out->push_back(make_mention(EntityType::kPlace, text, begin, end, std::move(canonical), rule));
  }

  static bool IsContinentOrOcean(std::string_view name) {
    return ends_with(name, "洲") || ends_with(name, "洋");
  }

  static bool UsedAsAttribute(std::string_view text, const NameHit& hit) {
    if (!IsContinentOrOcean(text.substr(hit.begin, hit.end - hit.begin))) return false;
    if (hit.end >= text.size()) return false;
    unsigned char next = static_cast<unsigned char>(text[hit.end]);
    if (next < 0xE0) return false;  // ASCII or punctuation: the name stands alone
    // 欧洲和外交部长: a portfolio of a ministry, joined by 和.
    if (starts_with(text, hit.end, "和")) {
      size_t pos = hit.end + 3;
      for (int chars = 0; chars < 5 && is_han(text, pos); ++chars, pos += 3) {
        if (starts_with(text, pos, "部长") || starts_with(text, pos, "大臣") ||
            starts_with(text, pos, "事务部")) {
          return true;
        }
      }
    }
    for (const char* s : kAfterLocation) {
      if (starts_with(text, hit.end, s)) return false;
    }
    return true;
  }

  // 财经| 黑龙江省| 平果县|, 首页 > 国际新闻 > 中亚观察: an item of a page's
  // link list or breadcrumb (web-page junk) is no place the document speaks of.
  static bool InLinkList(std::string_view text, const NameHit& hit) {
    size_t after = hit.end;
    while (after < text.size() && text[after] == ' ') ++after;
    size_t before = hit.begin;
    while (before > 0 && text[before - 1] == ' ') --before;
    auto bar = [](char c) { return c == '|' || c == '>'; };
    return (after < text.size() && bar(text[after])) || (before > 0 && bar(text[before - 1]));
  }

  void ExtractKnown(std::string_view text, const std::vector<NameHit>& hits,
                    std::vector<Mention>* out) const {
    static const std::string kRule = "place/gazetteer";
    for (size_t i = 0; i < hits.size(); ++i) {
      const NameHit& hit = hits[i];
      // 在突尼斯市通过: the capital named after its country is named as it.
      if (hit.type == EntityType::kCountry && names_capital_of_same_name(text, hit.end) &&
          !touches_name_dot(text, hit.begin, hit.end)) {
        Add(text, hit.begin, hit.end + static_cast<uint32_t>(std::string_view("市").size()),
            hit.canonical, "place/capital-of-same-name", out);
        continue;
      }
      if (hit.type != EntityType::kPlace) continue;
      if (touches_name_dot(text, hit.begin, hit.end) || UsedAsAttribute(text, hit) ||
          InLinkList(text, hit)) {
        continue;
      }
      // 联合国亚洲及太平洋...: a continent right after an organisation's name
      // is part of a longer name; a city there is not (新华社杜尚别9月17日电).
      bool after_organization =
          i > 0 && hits[i - 1].type == EntityType::kOrganization && hits[i - 1].end == hit.begin;
      if (after_organization && IsContinentOrOcean(text.substr(hit.begin, hit.end - hit.begin))) {
        continue;
      }
      // 厦门市 is 厦门, written with its word for a city (not 市场, a market).
      std::string_view written = text.substr(hit.begin, hit.end - hit.begin);
      uint32_t end = hit.end;
      if (starts_with(text, end, "市") && !starts_with(text, end, "市场") && !ends_with(written, "市") &&
          !ends_with(written, "省")) {
        end += static_cast<uint32_t>(std::string_view("市").size());
      }
      // 帕米尔高原, 天山山脉, 咸海流域: a landform named after a known place
      // is a place of its own name.
      bool landform = false;
      for (std::string_view word : {"高原", "山脉", "流域", "盆地"}) {
        if (end == hit.end && starts_with(text, end, word) && !ends_with(written, word)) {
          Add(text, hit.begin, end + static_cast<uint32_t>(word.size()), std::string(written) + std::string(word),
              "place/landform", out);
          landform = true;
          break;
        }
      }
      if (landform) continue;
      // 莫普提区, 基达尔区和廷巴克图区: the region named after its town is a
      // place of its own, and so are the regions listed with it.
      if (end == hit.end && IsRegionWord(text, end)) {
        AddRegionsListedWith(text, hit.begin, end + static_cast<uint32_t>(kRegionWord.size()), out);
        continue;
      }
      Add(text, hit.begin, end, hit.canonical, kRule, out);
      AddCityOfProvince(text, hit, hits, i, out);
    }
  }

  static constexpr std::string_view kRegionWord = "区";

  // Whether 区 at `pos` closes a region's name: it is no word's first
  // character (区域, 区内, 区间, 区别, 区分, 区块, 区长, 区划).
  static bool IsRegionWord(std::string_view text, size_t pos) {
    if (!starts_with(text, pos, kRegionWord)) return false;
    size_t after = pos + kRegionWord.size();
    for (std::string_view w : {"域", "内", "间", "别", "分", "块", "长", "划"}) {
      if (starts_with(text, after, w)) return false;
    }
    return true;
  }

  // The region [begin, end) (a known town and 区), and the regions of two to
  // four characters and 区 joined to it by 、, 和 or 及, before and after.
  static void AddRegionsListedWith(std::string_view text, uint32_t begin, uint32_t end, std::vector<Mention>* out) {
    static const std::string kRule = "place/region";
    std::vector<std::pair<uint32_t, uint32_t>> regions = {{begin, end}};
    static constexpr std::string_view kJoints[] = {"、", "和", "及"};
    // Before: ……梅纳卡区、加奥区和[begin]
    for (uint32_t at = begin; regions.size() < 8;) {
      bool joined = false;
      for (std::string_view joint : kJoints) {
        if (at < joint.size() || text.substr(at - joint.size(), joint.size()) != joint) continue;
        uint32_t item_end = at - static_cast<uint32_t>(joint.size());
        if (item_end < kRegionWord.size() ||
            text.substr(item_end - kRegionWord.size(), kRegionWord.size()) != kRegionWord) {
          break;
        }
        // The stem: two to four ideographs, the longest before a non-ideograph.
        uint32_t stem_end = item_end - static_cast<uint32_t>(kRegionWord.size());
        uint32_t item_begin = stem_end;
        int chars = 0;
        // It opens after a joint, a preposition or a word that introduces
        // places (表示严重关切梅纳卡区).
        auto opens_at = [&](uint32_t pos) {
          std::string_view before = text.substr(0, pos);
          for (std::string_view w : {"、", "和", "及", "在", "于"}) {
            if (ends_with(before, w)) return true;
          }
          for (std::string_view w : kDivisionIntroducers) {
            if (ends_with(before, w)) return true;
          }
          return !is_han(text, pos - 3);
        };
        while (chars < 4 && item_begin >= 3 && is_han(text, item_begin - 3) &&
               !(chars >= 2 && opens_at(item_begin))) {
          item_begin -= 3;
          ++chars;
        }
        if (!opens_at(item_begin)) break;
        if (chars < 2) break;
        regions.emplace_back(item_begin, item_end);
        at = item_begin;
        joined = true;
        break;
      }
      if (!joined) break;
    }
    // After: [end]、加奥区和莫普提区
    for (uint32_t at = end; regions.size() < 8;) {
      bool joined = false;
      for (std::string_view joint : kJoints) {
        if (!starts_with(text, at, joint)) continue;
        uint32_t item_begin = at + static_cast<uint32_t>(joint.size());
        uint32_t item_end = 0;
        for (uint32_t n = 2; n <= 4 && item_begin + n * 3 <= text.size(); ++n) {
          uint32_t stem_end = item_begin + n * 3;
          if (!is_han(text, stem_end - 3)) break;
          if (IsRegionWord(text, stem_end)) {
            item_end = stem_end + static_cast<uint32_t>(kRegionWord.size());
            break;
          }
        }
        if (item_end == 0) break;
        regions.emplace_back(item_begin, item_end);
        at = item_end;
        joined = true;
        break;
      }
      if (!joined) break;
    }
    for (const auto& [b, e] : regions) Add(text, b, e, "", kRule, out);
  }

  // 山东省聊城市: a city the gazetteer does not know, named with its
  // province before it and 市 after it.
  static void AddCityOfProvince(std::string_view text, const NameHit& province,
                                const std::vector<NameHit>& hits, size_t i, std::vector<Mention>* out) {
    if (!ends_with(text.substr(province.begin, province.end - province.begin), "省")) return;
    const size_t kMaxCity = 4 * 3;
    for (size_t length = 2 * 3; length <= kMaxCity; length += 3) {
      size_t city_end = province.end + length;
      if (city_end > text.size() || !is_han(text.substr(city_end - 3, 3))) return;
      if (!starts_with(text, city_end, "市") || starts_with(text, city_end, "市场")) continue;
      // A known name there is found as itself.
      if (i + 1 < hits.size() && hits[i + 1].begin < city_end) return;
      Add(text, province.end, static_cast<uint32_t>(city_end + 3),
          std::string(text.substr(province.end, length)), "place/city-of-province", out);
      return;
    }
  }

  void ExtractFromContext(std::string_view text, const CharIndex& chars, const Rule& rule,
                          std::vector<Mention>* out) const {
    RuleMatches matches(rule, text, &chars);
    re2::StringPiece candidate;
    bool possible = may_match(rule, text);
    while (possible && matches.Next(&candidate)) {
      // 关于在杨凌设立: the match opened at 于; look again from the 在.
      std::string_view seen(candidate.data(), candidate.size());
      size_t inner = std::min(seen.find("在"), seen.find("于"));
      if (inner != std::string_view::npos) {
        const char* restart = seen.data() + inner;
        matches.RestartAt(static_cast<size_t>(restart - text.data()));
        continue;
      }
      uint32_t begin = static_cast<uint32_t>(candidate.data() - text.data());
      std::string_view name(candidate.data(), candidate.size());
      // 墨西哥坎昆: the country is its own mention; the place is what follows.
      // After a country a city's name may be longer (马达加斯加塔那那利佛),
      // and two cities may be joined (法国维莱科特雷和巴黎).
      std::vector<NameHit> inside = names().Find(name);
      size_t max_size = 4 * 3;
      // So does a province or autonomous region the gazetteer knows (西藏林芝).
      bool region = !inside.empty() && inside[0].type == EntityType::kPlace &&
                    (ends_with(inside[0].canonical, "省") || ends_with(inside[0].canonical, "自治区"));
      if (!inside.empty() && inside[0].begin == 0 && (inside[0].type == EntityType::kCountry || region) &&
          inside[0].end < name.size()) {
        begin += inside[0].end;
        name.remove_prefix(inside[0].end);
        max_size = 7 * 3;
        size_t joint = name.find("和");
        // Not the 和 of a republic's name (鞑靼斯坦共和国喀山).
        if (joint != std::string_view::npos && joint >= 3 && name.substr(joint - 3, 9) == "共和国") {
          joint = std::string_view::npos;
        }
        if (joint != std::string_view::npos && !names().Find(name.substr(joint + 3)).empty()) {
          name = name.substr(0, joint);
        }
        inside = names().Find(name);
      }
      // 伊图里省曼巴萨, 南科尔多凡州卡杜格利: after its province or state (the
      // division rule's) a town's name is what follows.
      // Its name may open as a phrase does (广宁省下龙市), and 市 is no part of it.
      bool after_division = false;
      size_t city_word = 0;  // the 市 after the name, in its span
      if (inside.empty() || inside[0].begin > 0 || inside[0].type == EntityType::kPlace) {
        for (std::string_view division : {"省", "州"}) {
          size_t at = name.find(division);
          if (at == std::string_view::npos || at < 2 * 3 || at > 5 * 3) continue;
          std::string_view town = name.substr(at + division.size());
          size_t word = ends_with(town, "市") && town.size() >= 3 * 3 ? 3 : 0;
          town.remove_suffix(word);
          if (town.size() < 2 * 3 || town.size() > 4 * 3) continue;
          begin += static_cast<uint32_t>(at + division.size());
          name = town;
          city_word = word;
          after_division = true;
          inside = names().Find(name);  // 南科尔多凡州: a known name in the division is its own
          break;
        }
      }
      // 阿克套市 is 阿克套, as the gazetteer's 厦门市 is 厦门.
      if (!after_division && ends_with(name, "市") && name.size() >= 3 * 3) {
        name.remove_suffix(3);
        city_word = 3;
        inside = names().Find(name);
      }
      // A known name is the gazetteer's business (and may not be a place).
      if (!inside.empty()) continue;
      if (name.size() < 6 || name.size() > max_size) continue;
      if (after_division ? reads_like_phrase_inside(name) : reads_like_phrase(name)) continue;
      if (name.front() == '-' || name.back() == '-') continue;
      Add(text, begin, begin + static_cast<uint32_t>(name.size() + city_word), std::string(name), rule.name, out);
    }
  }

  // Towns listed before a word of vicinity (特别是比拉奥、布里亚、奥博和泽米奥
  // 周边的暴力): each item two to four characters that do not read like a
  // phrase; a known name is the gazetteer's.
  void ExtractListed(std::string_view text, const CharIndex& chars, std::vector<Mention>* out) const {
    RuleMatches matches(listed_, text, &chars);
    re2::StringPiece list;
    bool possible = may_match(listed_, text);
    while (possible && matches.Next(&list)) {
      std::vector<std::string_view> items;
      std::string_view rest(list.data(), list.size());
      // A known name holding a joint (安提瓜和巴布达) is one item, not two.
      bool joint_inside_name = false;
      for (const NameHit& hit : names().Find(rest)) {
        std::string_view known = rest.substr(hit.begin, hit.end - hit.begin);
        joint_inside_name = joint_inside_name || known.find("和") != std::string_view::npos ||
                            known.find("及") != std::string_view::npos;
      }
      if (joint_inside_name) continue;
      bool phrase = false;
      while (!rest.empty()) {
        size_t cut = rest.size();
        size_t step = 0;
        for (std::string_view joint : {"、", "和", "及"}) {
          size_t at = rest.find(joint);
          if (at != std::string_view::npos && at < cut) {
            cut = at;
            step = joint.size();
          }
        }
        std::string_view item = rest.substr(0, cut);
        while (!item.empty() && item.front() == '\n') item.remove_prefix(1);
        phrase = phrase || item.size() < 6 || reads_like_phrase(item);
        items.push_back(item);
        rest.remove_prefix(std::min(rest.size(), cut + step));
      }
      if (phrase || items.size() < 2) continue;
      for (std::string_view item : items) {
        if (!names().Find(item).empty()) continue;
        uint32_t begin = static_cast<uint32_t>(item.data() - text.data());
        Add(text, begin, begin + static_cast<uint32_t>(item.size()), "", listed_.name, out);
      }
    }
  }

  // Towns listed with a city the gazetteer knows (在坎大哈、赫拉特、马扎里沙里夫、
  // 贾拉拉巴德、昆\n都士、加德兹和巴米扬的办事处; 特别是在班吉、博桑戈阿和贝贝拉蒂的
  // 仓库): each item two to six characters, a PDF line break allowed inside,
  // that does not read like a phrase and is no known name of another kind.
  // The list's last item must end where a word that closes such lists
  // stands; its first, where one that opens them does.
  void ExtractListedWithKnown(std::string_view text, const std::vector<NameHit>& hits,
                              std::vector<Mention>* out) const {
    static constexpr std::string_view kJoints[] = {"、", "和", "及"};
    static constexpr std::string_view kClosers[] = {"的", "等", "周边", "附近", "一带", "地区", "以及", ",", "。",
                                                    ";", ")", "境内", "举行", "之间", "发生", "爆发", "遭到",
                                                    "进行", "开展", "出现", "造成"};
    // 和 opening a word, not joining items (地区和平稳定, 和谐).
    static constexpr std::string_view kWordsAfterJoint[] = {"和平", "和谐", "和解", "及时", "及其"};
    static constexpr std::string_view kOpeners[] = {"在", "于", "包括", "特别是", "尤其是", ",", ":", "(", "、"};
    auto starts_any = [&](size_t pos, auto& words) -> size_t {
      for (std::string_view w : words) {
        if (starts_with(text, pos, w)) return w.size();
      }
      return 0;
    };
    auto ends_any = [&](size_t pos, auto& words) -> size_t {
      for (std::string_view w : words) {
        if (pos >= w.size() && text.compare(pos - w.size(), w.size(), w) == 0) return w.size();
      }
      return 0;
    };
    // The item starting at `pos` up to the next joint or closer: its end, or
    // 0 if it is no town's name.
    auto item_forward = [&](size_t pos, bool* closed) -> size_t {
      size_t end = pos;
      int characters = 0;
      while (end < text.size() && characters <= 6) {
        if (starts_any(end, kJoints) != 0) break;
        if (starts_any(end, kClosers) != 0) {
          *closed = true;
          break;
        }
        if (text[end] == '\n' && characters > 0) {
          ++end;
          continue;
        }
        if (!is_han(text, end)) return 0;
        end += 3;
        ++characters;
      }
      if (characters < 2 || characters > 6 || end >= text.size()) return 0;
      if (starts_any(end, kJoints) == 0 && !*closed) return 0;
      return end;
    };
    auto accept = [&](size_t begin, size_t end) {
      std::string name;
      for (size_t i = begin; i < end; ++i) {
        if (text[i] != '\n') name += text[i];
      }
      if (reads_like_phrase(name) || !names().Find(name).empty()) return;
      for (std::string_view kind : {"国家", "城市", "地区", "各地"}) {
        if (ends_with(name, kind)) return;  // 东部伙伴国家: a kind of place
      }
      for (std::string_view word : kJoints) {
        if (name.find(word) != std::string::npos) return;
      }
      Add(text, static_cast<uint32_t>(begin), static_cast<uint32_t>(end), name, "place/listed-with-known", out);
    };
    for (const NameHit& hit : hits) {
      if (hit.type != EntityType::kPlace || IsContinentOrOcean(text.substr(hit.begin, hit.end - hit.begin))) continue;
      // Forward: joint, item, joint, item... until a closer ends one.
      for (size_t pos = hit.end;;) {
        size_t joint = starts_any(pos, kJoints);
        if (joint == 0 || starts_any(pos, kWordsAfterJoint) != 0) break;
        pos += joint;
        while (pos < text.size() && text[pos] == '\n') ++pos;
        bool closed = false;
        size_t end = item_forward(pos, &closed);
        if (end == 0) break;
        accept(pos, end);
        if (closed) break;
        pos = end;
      }
      // Backward: an item before 、 whose start an opener marks.
      size_t pos = hit.begin;
      while (pos >= 3 && starts_with(text, pos - 3, "、")) {
        size_t end = pos - 3;
        size_t begin = end;
        int characters = 0;
        while (begin >= 3 && characters <= 6 && (is_han(text, begin - 3) || text[begin - 1] == '\n') &&
               ends_any(begin, kOpeners) == 0) {
          begin -= text[begin - 1] == '\n' ? 1 : 3;
          if (text[begin] != '\n') ++characters;
        }
        if (characters < 2 || characters > 6 || ends_any(begin, kOpeners) == 0) break;
        accept(begin, end);
        pos = begin;
      }
    }
  }

  // Towns written right after the province or state they lie in, alone or
  // as a list, closed by a word of vicinity (北基伍省鲁丘鲁、马西西和卢贝罗等
  // 地区), and counties, which say what they are (上尼罗州纳西尔县和乌隆县、):
  // each item two to four characters that do not read like a phrase or a
  // common noun.
  static void ExtractTownsOfDivisions(std::string_view text, size_t first, std::vector<Mention>* out) {
    static constexpr std::string_view kCommonNouns[] = {"局势", "政府", "当局", "冲突", "暴力", "安全", "居民",
                                                        "平民", "难民", "人口", "部队", "民兵", "和平", "人民",
                                                        "议会", "境内", "全境", "各地", "北部", "南部", "东部",
                                                        "西部", "中部", "首府", "首都", "警察", "武装"};
    static constexpr std::string_view kJoints[] = {"、", "和", "及"};
    // 领地: a territory of the Congo's provinces (北基伍省贝尼领地).
    static constexpr std::string_view kClosers[] = {"等", "周边", "附近", "一带", "地区", "领地"};
    auto starts_any = [&](size_t pos, auto& words) {
      for (std::string_view w : words) {
        if (starts_with(text, pos, w)) return true;
      }
      return false;
    };
    // The item of two to four characters at `pos` that a joint or a closer
    // follows (0: none); a county (……县) may be followed by anything but an
    // ideograph.
    auto item_at = [&](size_t pos) -> size_t {
      for (size_t n = 2; n <= 4; ++n) {
        size_t end = pos + n * 3;
        if (end > text.size() || !is_han(text, pos) || !is_han(text, end - 3)) return 0;
        std::string_view item = text.substr(pos, end - pos);
        bool common = false;
        for (std::string_view noun : kCommonNouns) common = common || starts_with(item, noun);
        if (common || reads_like_phrase(item)) continue;
        bool county = ends_with(item, "县");
        bool county_end = county && (!is_han(text, end) || starts_with(text, end, "的"));
        if (starts_any(end, kClosers) || starts_any(end, kJoints) || county_end) return end - pos;
      }
      return 0;
    };
    size_t end_of_divisions = out->size();
    for (size_t d = first; d < end_of_divisions; ++d) {
      std::string_view division = (*out)[d].name;
      if (!ends_with(division, "省") && !ends_with(division, "州") && !ends_with(division, "大区")) continue;
      std::vector<std::pair<size_t, size_t>> items;
      size_t pos = (*out)[d].end;
      bool closed = false;
      while (items.size() < 8) {
        size_t length = item_at(pos);
        if (length == 0) break;
        size_t end = pos + length;
        items.emplace_back(pos, end);
        bool county = ends_with(text.substr(pos, length), "县");
        if (starts_any(end, kClosers) || (county && !starts_any(end, kJoints))) {
          closed = true;
          break;
        }
        // 纳西尔县和乌隆县、琼莱州: a list of counties ends where no county follows.
        size_t next = end + 3;
        size_t next_length = item_at(next);
        if (county && (next_length == 0 || !ends_with(text.substr(next, next_length), "县"))) {
          closed = true;
          break;
        }
        pos = next;
      }
      if (!closed) continue;
      for (const auto& [begin, end] : items) {
        Add(text, static_cast<uint32_t>(begin), static_cast<uint32_t>(end), "", "place/town-of-division", out);
      }
    }
  }

  // Provinces and states the gazetteer does not know, named after a word
  // that opens a place (特别是北基伍省和伊图里省, 关切上尼罗州、琼莱州,
  // 和纳纳-曼贝雷省) or after their country (阿富汗赫尔曼德省).
  void ExtractDivisions(std::string_view text, const CharIndex& chars, const std::vector<NameHit>& hits,
                        std::vector<Mention>* out) const {
    re2::StringPiece candidate, stem;
    auto consider = [&] {
      // ;来自瓦拉卜州: the match opened at the punctuation; the word that
      // introduces the place is not part of it.
      // So is the preposition after a bracket (民同盟军)在北基伍省).
      auto strip_opener = [&](auto& openers) {
        for (std::string_view opener : openers) {
          if (starts_with(std::string_view(stem.data(), stem.size()), opener)) {
            stem.remove_prefix(opener.size());
            candidate.remove_prefix(opener.size());
            return;
          }
        }
      };
      static constexpr std::string_view kPrepositions[] = {"在", "于", "和", "与", "及"};
      strip_opener(kDivisionIntroducers);
      strip_opener(kPrepositions);
      // 邦特兰巴里州: a known region before the province is its own name.
      for (const NameHit& hit : names().Find(std::string_view(stem.data(), stem.size()))) {
        if (hit.begin == 0 && hit.type == EntityType::kPlace && hit.end < stem.size()) {
          stem.remove_prefix(hit.end);
          candidate.remove_prefix(hit.end);
        }
        break;
      }
      std::string_view name(stem.data(), stem.size());
      // 柏林联邦总理府: one character left after the place is no stem.
      if (name.size() < 2 * 3) return;
      if (!DivisionStem(name) || KnownWhole(name) ||
          KnownWhole(std::string_view(candidate.data(), candidate.size()))) {
        return;  // 广东省, 纽约州: the gazetteer's business
      }
      std::string_view place(candidate.data(), candidate.size());
      // 扩大区域: 大区 there is no region's word.
      if (ends_with(place, "大区") && starts_with(text, static_cast<size_t>(place.data() - text.data()) + place.size(), "域")) {
        return;
      }
      if (ends_with(place, "首府")) place.remove_suffix(std::string_view("首府").size());
      uint32_t begin = static_cast<uint32_t>(place.data() - text.data());
      Add(text, begin, begin + static_cast<uint32_t>(place.size()), "", division_.name, out);
    };
    RuleMatches matches(division_, text, &chars);
    bool possible = may_match(division_, text);
    while (possible && matches.Next(&candidate, &stem)) consider();
    for (const NameHit& hit : hits) {
      if (hit.type != EntityType::kCountry) continue;
      re2::StringPiece after(text.data() + hit.end, text.size() - hit.end);
      if (RE2::Consume(&after, *after_country_.re, &candidate, &stem)) consider();
    }
    ExtractRepublicsBeforeCities(text, hits, out);
  }

  // 鞑靼斯坦共和国喀山, 俄罗斯巴什科尔托斯坦共和国乌法, 在达吉斯坦共和国首府: a
  // republic within a state, named right before a city the gazetteer knows
  // (or before 首府, which the rule above reads after a country). Its name
  // opens after its country, punctuation or a preposition, at most eight
  // characters before 共和国; a known name (哈萨克斯坦共和国) is no such republic.
  void ExtractRepublicsBeforeCities(std::string_view text, const std::vector<NameHit>& hits,
                                    std::vector<Mention>* out) const {
    static constexpr std::string_view kRepublic = "共和国";
    std::set<uint32_t> country_ends;
    for (const NameHit& hit : hits) {
      if (hit.type == EntityType::kCountry) country_ends.insert(hit.end);
    }
    std::set<uint32_t> added;
    auto consider = [&](size_t at) {  // `at`: just after 共和国
      if (at < kRepublic.size() || text.substr(at - kRepublic.size(), kRepublic.size()) != kRepublic) return;
      size_t stem_end = at - kRepublic.size();
      auto opens_at = [&](size_t pos) {  // whether a name may open at `pos`
        if (pos == 0 || !is_han(text, pos - prev_char_len(text, pos))) return true;
        if (country_ends.count(static_cast<uint32_t>(pos)) > 0) return true;
        for (std::string_view preposition : {"在", "于", "和", "与", "及"}) {
          if (text.substr(pos - 3, 3) == preposition) return true;
        }
        return false;
      };
      size_t begin = stem_end;
      for (int chars = 0; chars < 8 && !opens_at(begin); ++chars) begin -= prev_char_len(text, begin);
      if (!opens_at(begin)) return;
      std::string_view stem = text.substr(begin, stem_end - begin);
      std::string_view name = text.substr(begin, at - begin);
      if (stem.size() < 2 * 3 || !DivisionStem(stem) || KnownWhole(name) ||
          !added.insert(static_cast<uint32_t>(begin)).second) {
        return;
      }
      Add(text, static_cast<uint32_t>(begin), static_cast<uint32_t>(at), "", "place/republic", out);
    };
    static constexpr std::string_view kSeat = "首府";
    for (const NameHit& hit : hits) {
      if (hit.type != EntityType::kPlace) continue;
      bool after_seat = hit.begin >= kSeat.size() && text.substr(hit.begin - kSeat.size(), kSeat.size()) == kSeat;
      consider(after_seat ? hit.begin - kSeat.size() : hit.begin);
    }
  }

  // A stem names one province (上尼罗, 伊图里), not some of them (各, 本,
  // 该, 全, 两国), nor a country's (美国各州).
  bool DivisionStem(std::string_view stem) const {
    // 赞扬邦特兰地方当局: a paragraph's verb before a name holding 邦.
    for (const char* verb : {"赞扬", "欢迎", "支持", "谴责", "敦促", "呼吁", "鼓励", "注意", "确认", "重申", "强调",
                             "赞赏", "感谢", "吁请", "要求"}) {
      if (starts_with(stem, verb)) return false;
    }
    for (const char* s : {"本", "该", "各", "其", "此", "这", "那", "全", "每", "某", "两", "一",
                          "我", "贵", "外", "邻", "诸", "若干"}) {
      if (stem.find(s) != std::string_view::npos) return false;
    }
    for (const char* s : kPhraseInsides) {
      if (stem.find(s) != std::string_view::npos) return false;
    }
    for (const NameHit& hit : names().Find(stem)) {
      if (hit.type == EntityType::kCountry) return false;
    }
    return true;
  }

  bool KnownWhole(std::string_view name) const {
    for (const NameHit& hit : names().Find(name)) {
      if (hit.begin == 0 && hit.end == name.size()) return true;
    }
    return false;
  }

  Rule venue_, seat_, dateline_, vicinity_, signed_at_, division_, after_country_, listed_;
};

}  // namespace

Result<std::unique_ptr<Extractor>> make_place_extractor(const Gazetteer& gazetteer) {
  std::string introducers;
  for (std::string_view w : kDivisionIntroducers) introducers += std::string(introducers.empty() ? "" : "|") + std::string(w);
  Result<Rule> rules[] = {
      compile_rule(
          "place/venue",
          "(?:在|于)((?:\\p{Han}|-){2,16}?)(?:一致|共同|正式|成功|隆重|在线|协助)?"
          "(?:举行|举办|主办|承办|召开|签署|签订|批准|设立|建设|建立|通过|发表|开幕|闭幕|会晤|成立|"
          "达成|商定|缔结|开放供)"),
      // The seat of a body (设在法国里昂的总秘书处, 总部位于内罗毕的).
      compile_rule("place/seat", "(?:设在|设于|位于)((?:\\p{Han}|-){2,16}?)的"),
      compile_rule("place/dateline", "社(\\p{Han}{2,6}?)\\d{1,2}月\\d{1,2}日电"),
      // A town located by what is near it (在迪夫拉附近, 在阿贡以南).
      compile_rule("place/vicinity",
                   "(?:在|于|经|从)(\\p{Han}{2,4}?)(?:附近|周边|一带|以南|以北|以东|以西)"),
      compile_rule("place/signed-at", "(?m)日于(\\p{Han}{2,6})$"),
      // What may open a province's or state's name: punctuation, a
      // conjunction, a direction, a word that introduces places. (Not the
      // text's start: the stem would then swallow the opening word.)
      compile_rule("place/division",
                   "(?:[、,。;:()\\n]|和|与|及|在|于|东部|西部|南部|北部|中部|" + introducers + ")"
                   "((\\p{Han}{2,5}?|\\p{Han}{1,4}-\\p{Han}{2,4}?)(?:省|州|邦|大区))"),
      // After a country: also a republic within it, before its seat
      // (俄罗斯鞑靼斯坦共和国首府喀山), and a prefecture (日本兵库县神户).
      compile_rule("place/division",
                   "((\\p{Han}{2,5}?|\\p{Han}{1,4}-\\p{Han}{2,4}?)(?:省|州|邦|大区|县|共和国首府))"),
      compile_rule("place/listed",
                   "(?:特别是|尤其是|包括|在|[,:;(])((?:\\p{Han}{2,4}、\\n?)+\\p{Han}{2,4}(?:和|及)\\n?"
                   "\\p{Han}{2,4}?)(?:周边|附近|一带|等地)"),
  };
  for (auto& r : rules) {
    if (!r.ok()) return r.status();
  }
  return std::unique_ptr<Extractor>(new PlaceExtractor(
      gazetteer, std::move(rules[0].value()), std::move(rules[1].value()), std::move(rules[2].value()),
      std::move(rules[3].value()), std::move(rules[4].value()), std::move(rules[5].value()),
      std::move(rules[6].value()), std::move(rules[7].value())));
}

}  // namespace treatygraph
