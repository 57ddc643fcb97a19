// Dates: calendar dates of day or month precision and explicit year ranges,
// normalised to ISO 8601 (GUIDELINES.md). Rules run on the normalised text,
// where whitespace next to CJK is already gone and digits are half-width.
//
//   2004年12月2日            -> 2004-12-02
//   2011年6月                -> 2011-06          (never invent a day)
//   2016年4月19至21日        -> 2016-04-19/2016-04-21
//   2020年11月30日至2021年2月28日 -> 2020-11-30/2021-02-28
//   2018年6月9日和10日       -> 2018-06-09 and 2018-06-10 (two mentions)
//   2019-2021年, 2027年至2028年 -> 2019/2021
//   二〇一一年六月十五日     -> 2011-06-15
//   2021-09-18               -> 2021-09-18
//   ……2024年10月12日……11月6日 -> 2024-11-06: a day written without its year
//                               takes the year of the dates before it
//                               (DatesAbove; news pages, 新华社阿斯塔纳10月11日电);
//                               with none before, or yearly (每年3月8日), none;
//                               今年7月6日 is that year too, 明年/去年 the next or
//                               last; a day in the month of a past event just
//                               named is that event's; 外长会26日在万象举行
//                               and 10月在万象举行 take their month and year
//                               likewise
// Bare years are not dates. Dates inside instrument titles are removed later,
// when overlapping mentions are resolved.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <tuple>

#include "extract/extractors_internal.h"
#include "extract/text_util.h"

namespace treatygraph {
namespace {

// Year, month and day in Arabic or Chinese digits.
const char kYear[] = "(\\d{4}|[〇零一二三四五六七八九]{4})";
const char kMonthDay[] = "(\\d{1,2}|[一二三四五六七八九十]{1,3})";

std::string iso(long y, long m, long d) {
  char buf[64];
  if (d > 0) {
    std::snprintf(buf, sizeof buf, "%04ld-%02ld-%02ld", y, m, d);
  } else {
    std::snprintf(buf, sizeof buf, "%04ld-%02ld", y, m);
  }
  return buf;
}

// A day beyond its month's length (2月29日 of a common year, 4月31日) is no
// date: most often a yearless day given the wrong month.
bool valid(long y, long m, long d) {
  if (y < 1000 || y > 2999 || m < 1 || m > 12 || d < 0) return false;
  static constexpr long kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= kDays[m - 1] + (m == 2 && leap ? 1 : 0);
}

// Y-M-D, or the range Y-M-D/Y-M2-D2 when a later `last_day` was written,
// of the same month (15日至16日) or of `last_month` (8月31日至9月1日).
std::string day_or_range(long y, long m, long d, re2::StringPiece last_day,
                         re2::StringPiece last_month = {}) {
  long m2 = last_month.empty() ? m : parse_number(std::string_view(last_month.data(), last_month.size()));
  long d2 = last_day.empty() ? 0 : parse_number(std::string_view(last_day.data(), last_day.size()));
  bool later = m2 > m || (m2 == m && d2 > d);
  if (!later || d2 == 0 || !valid(y, m2, d2)) return iso(y, m, d);
  return iso(y, m, d) + "/" + iso(y, m2, d2);
}

// The date that sets the time of a day or month written without its year:
// the nearest date above (at least `min_size` long: 7 for a month, 10 for a
// day), unless that one lies in an earlier year than the latest above, as a
// past event recalled in between does (重申2002年3月在贝鲁特举行的……): then
// the latest. A document dated at its head (a news page's date, a UN
// document's Distr. date) is written at that date: an event announced for
// later (中方支持办好今年11月22日至23日……峰会) sets the time of nothing after
// it (……会议将于26日至27日在开普敦举行 is in the month of the report).
class DatesAbove {
 public:
  struct Entry {
    uint32_t end;
    std::string value;   // YYYY-MM or YYYY-MM-DD (a range's start)
    std::string latest;  // the latest value up to here
    std::string last;    // YYYY-MM-DD of a range's last day, else the value
    uint32_t begin = 0;  // where the mention starts
  };

  // Dates ending within this many bytes of the text's start date the document.
  static constexpr uint32_t kHeadBytes = 600;
  // How far after a recalled event a day just after it still belongs to it.
  static constexpr uint32_t kFollowingBytes = 240;

  DatesAbove(std::string_view text, const std::vector<Mention>& found, size_t first, size_t min_size) : text_(text) {
    for (size_t i = first; i < found.size(); ++i) {
      const std::string& v = found[i].value;
      if (v.size() < min_size || v[4] != '-') continue;
      // A range's last day (1993-06-14/1993-06-25 -> 1993-06-25); the value
      // itself otherwise.
      std::string last = v.size() == 21 ? v.substr(11) : v.substr(0, 10);
      by_end_.push_back({found[i].end, v.substr(0, 10), {}, last, found[i].begin});
    }
    std::sort(by_end_.begin(), by_end_.end(),
              [](const Entry& a, const Entry& b) { return std::tie(a.end, a.value) < std::tie(b.end, b.value); });
    if (!by_end_.empty() && by_end_[0].end <= kHeadBytes && by_end_[0].value.size() == 10) {
      const std::string written = by_end_[0].value;
      auto later = std::stable_partition(by_end_.begin(), by_end_.end(),
                                         [&](const Entry& e) { return e.value <= written; });
      announced_.assign(later, by_end_.end());
      by_end_.erase(later, by_end_.end());
    }
    for (size_t i = 0; i < by_end_.size(); ++i) {
      by_end_[i].latest = i == 0 ? by_end_[i].value : std::max(by_end_[i].value, by_end_[i - 1].latest);
    }
  }

  bool empty() const { return by_end_.empty(); }

  // The nearest date ending before `pos`; nullptr if none.
  const Entry* Nearest(uint32_t pos) const {
    auto after = std::lower_bound(by_end_.begin(), by_end_.end(), pos,
                                  [](const Entry& d, uint32_t p) { return d.end < p; });
    return after == by_end_.begin() ? nullptr : &*std::prev(after);
  }

  // Where the nearest date ending before `pos` begins; npos if none.
  size_t NearestBegin(uint32_t pos) const {
    auto after = std::lower_bound(by_end_.begin(), by_end_.end(), pos,
                                  [](const Entry& d, uint32_t p) { return d.end < p; });
    return after == by_end_.begin() ? std::string_view::npos : std::prev(after)->begin;
  }

  // The date for a yearless mention at `pos` of `month` and `day` (0:
  // unknown); nullptr if no date ends before it. A day within the days of
  // the recalled event just named is that event's (1993年6月14日至25日举行的
  // ……会议于6月25日通过); another day of its month is not (2007年8月16日
  // ……将于8月11日至13日 is this year's). A bare day is asked with month -1
  // (2022年10月28日和29日……举行的会议……于29日通过: the event's day).
  // With `range_end`, a range's last day rather than its first.
  const std::string* Before(uint32_t pos, long month = 0, long day = 0, bool range_end = false) const {
    auto after = std::lower_bound(by_end_.begin(), by_end_.end(), pos,
                                  [](const Entry& d, uint32_t p) { return d.end < p; });
    // 2025年2月3日至14日举行，……第六十四届会议于5月5日至16日举行: a later
    // month right after an announced date, with nothing nearer, is of its
    // year (a bare day is not: it is the report's).
    auto announced = std::lower_bound(announced_.begin(), announced_.end(), pos,
                                      [](const Entry& d, uint32_t p) { return d.end < p; });
    if (announced != announced_.begin()) {
      const Entry& last = *std::prev(announced);
      bool nearer = after == by_end_.begin() || std::prev(after)->end < last.end;
      // The sentence is searched only within the short reach asked first:
      // on a text of one endless line it would be quadratic.
      if (nearer && month > 0 && pos <= last.end + kFollowingBytes &&
          month >= std::stol(last.value.substr(5, 2)) &&
          text_.substr(last.end, pos - last.end).find("。") == std::string_view::npos) {
        return &last.value;
      }
    }
    if (after == by_end_.begin()) return nullptr;
    const Entry& nearest = *std::prev(after);
    // A bare day (month -1) is of the nearest date's month, if of any.
    if (month < 0) month = std::stol(nearest.last.substr(5, 2));
    bool recalled = nearest.value.compare(0, 4, nearest.latest, 0, 4) < 0;
    // The days may run over a month's end (2023年5月2日至6月9日……该轮谈判6月9日).
    if (recalled && month > 0 && day > 0 && nearest.value.size() == 10 && nearest.last.size() == 10) {
      std::string asked = iso(std::stol(nearest.value.substr(0, 4)), month, day);
      if (asked >= nearest.value && asked <= nearest.last) recalled = false;
    }
    // 2022年10月30日至11月1日……访问,双方11月2日在北京发表: a day just after
    // the recalled event, close after it in the text, is of its year too.
    // (The same after 去年 is ExtractYearless's `shifted`.)
    if (recalled && month > 0 && day > 0 && nearest.last.size() == 10 && pos <= nearest.end + kFollowingBytes &&
        std::stol(nearest.last.substr(5, 2)) == month) {
      long after_last = day - std::stol(nearest.last.substr(8, 2));
      if (after_last >= 1 && after_last <= 3) recalled = false;
    }
    // 2019年3月……3月25日: a day of a recalled month, close after it, is of
    // that month's year.
    if (recalled && month > 0 && nearest.value.size() == 7 && pos <= nearest.end + kFollowingBytes &&
        std::stol(nearest.value.substr(5, 2)) == month) {
      recalled = false;
    }
    if (recalled) return &nearest.latest;
    return range_end ? &nearest.last : &nearest.value;
  }

 private:
  std::vector<Entry> by_end_;
  std::vector<Entry> announced_;  // dates after the document's own, by end
  std::string_view text_;
};

// The year in a Security Council resolution's symbol right after a date
// (第2178(2014)号); 0 if none.
long resolution_year_after(std::string_view after) {
  size_t pos = 0;
  while (pos < after.size() && after[pos] == ' ') ++pos;
  if (!starts_with(after, pos, "第")) return 0;
  pos += 3;
  while (pos < after.size() && after[pos] == ' ') ++pos;
  size_t digits = pos;
  while (pos < after.size() && after[pos] >= '0' && after[pos] <= '9') ++pos;
  if (pos == digits || pos - digits > 5 || pos >= after.size() || after[pos] != '(') return 0;
  std::string_view year = after.substr(pos + 1, 4);
  if (year.size() != 4 || after.substr(pos + 5, 1) != ")") return 0;
  for (char c : year) {
    if (c < '0' || c > '9') return 0;
  }
  return std::stol(std::string(year));
}

// The year and month of a YYYY年M月 that `before` ends with, followed by 和,
// 及 or 、 ({0, 0} if none): 2025年7月和 -> {2025, 7}.
std::pair<long, long> year_month_before_joint(std::string_view before) {
  bool joint = false;
  for (std::string_view w : {"和", "及", "、"}) {
    if (!joint && ends_with(before, w)) {
      before.remove_suffix(w.size());
      joint = true;
    }
  }
  if (!joint || !ends_with(before, "月")) return {0, 0};
  before.remove_suffix(std::string_view("月").size());
  size_t digits = 0;
  while (digits < 2 && digits < before.size() && std::isdigit(static_cast<unsigned char>(before[before.size() - 1 - digits]))) {
    ++digits;
  }
  if (digits == 0) return {0, 0};
  long month = parse_number(before.substr(before.size() - digits));
  before.remove_suffix(digits);
  if (!ends_with(before, "年") || before.size() < 4 + 3) return {0, 0};
  std::string_view year = before.substr(before.size() - 3 - 4, 4);
  if (!std::all_of(year.begin(), year.end(), [](char c) { return c >= '0' && c <= '9'; })) return {0, 0};
  return {parse_number(year), month};
}

// 明年7月, 去年11月6日: the year after or before the one the dates above set.
int year_shift(std::string_view before) {
  if (ends_with(before, "明年")) return 1;
  if (ends_with(before, "去年")) return -1;
  return 0;
}

// 3月15日为打击仇视伊斯兰国际日: the day of every year a name is given to.
bool names_yearly_day(std::string_view after) {
  if (!starts_with(after, "为")) return false;
  after = after.substr(0, 90);
  size_t stop = std::min({after.find(","), after.find("。"), after.find(";"), after.size()});
  std::string_view name = after.substr(0, stop);
  return ends_with(name, "日") || ends_with(name, "节") || ends_with(name, "纪念日");
}

class DateExtractor : public ContextualExtractor {
 public:
  DateExtractor(Rule calendar, Rule year_range, Rule iso_date, Rule yearless, Rule day_only)
      : calendar_(std::move(calendar)), year_range_(std::move(year_range)),
        iso_(std::move(iso_date)), yearless_(std::move(yearless)), day_only_(std::move(day_only)) {}

  std::string_view name() const override { return "date"; }

  void ExtractIn(const Document& doc, const DocumentContext& context,
                 std::vector<Mention>* out) const override {
    const CharIndex& chars = context.chars;
    size_t first = out->size();
    ExtractCalendar(doc.text, chars, out);
    ExtractYearRanges(doc.text, chars, out);
    ExtractIso(doc.text, chars, out);
    ExtractRelativeMonths(doc.text, first, out);
    // Before the days without a year or month: 同年12月5日和6日 sets 6日.
    ExtractSameYear(doc.text, chars, out);
    ExtractYearless(doc.text, chars, first, out);
    ExtractDayOnly(doc.text, chars, first, out);
    ExtractSameDay(doc.text, chars, first, out);
  }

 private:
  static uint32_t offset(std::string_view text, std::string_view piece) {
    return static_cast<uint32_t>(piece.data() - text.data());
  }

  // A news story's dateline (新华社吉隆坡7月10日电): the first whole date,
  // by position, written right before 电; nullptr if there is none.
  static const Mention* Dateline(std::string_view text, const std::vector<Mention>& found, size_t first) {
    const Mention* dateline = nullptr;
    for (size_t i = first; i < found.size(); ++i) {
      const Mention& m = found[i];
      if (m.value.size() == 10 && starts_with(text, m.end, "电") && (dateline == nullptr || m.begin < dateline->begin)) {
        dateline = &m;
      }
    }
    return dateline;
  }

  static void Add(std::string_view text, uint32_t begin, uint32_t end, std::string value,
                  const std::string& rule, std::vector<Mention>* out) {
    Mention m;
    m.type = EntityType::kDate;
    m.begin = begin;
    m.end = end;
    m.name = std::string(text.substr(begin, end - begin));
    m.canonical = value;
    m.value = std::move(value);
    m.rule = rule;
    out->push_back(std::move(m));
  }

  // Y年M月[D[日][SEP[Y2年][M2月]D2日]]
  void ExtractCalendar(std::string_view text, const CharIndex& chars, std::vector<Mention>* out) const {
    RuleMatches matches(calendar_, text, &chars);
    re2::StringPiece g[9];
    while (matches.Next(&g[0], &g[1], &g[2], &g[3], &g[4], &g[5],
                               &g[6], &g[7], &g[8])) {
      std::string_view whole = g[0];
      long y = parse_number(g[1]), m = parse_number(g[2]);
      long d = g[3].empty() ? 0 : parse_number(g[3]);
      bool has_tail = !g[8].empty();
      uint32_t begin = offset(text, whole);
      if (!valid(y, m, d)) continue;
      if (d > 0 && g[4].empty() && !has_tail) {
        // "6月1" without 日 is not a day date; keep the month.
        Add(text, begin, offset(text, g[2]) + g[2].size() + 3, iso(y, m, 0), calendar_.name, out);
        continue;
      }
      if (!has_tail) {
        // 2024年10月至12月, 2023年3月至2024年2月: a range of months.
        if (d == 0) {
          long y2 = y, m2 = m;
          if (uint32_t end = MonthRangeEnd(text, begin + whole.size(), &y2, &m2)) {
            Add(text, begin, end, iso(y, m, 0) + "/" + iso(y2, m2, 0), calendar_.name + "/month-range", out);
            continue;
          }
        }
        Add(text, begin, begin + whole.size(), iso(y, m, d), calendar_.name, out);
        continue;
      }
      long y2 = g[6].empty() ? y : parse_number(g[6]);
      long m2 = g[7].empty() ? m : parse_number(g[7]);
      long d2 = parse_number(g[8]);
      if (d == 0 || !valid(y2, m2, d2)) continue;
      std::string_view sep = g[5];
      uint32_t end = begin + whole.size();
      if (sep == "和" || sep == "及" || sep == "、") {
        // Two dates: the second mention is its own day ("10日").
        uint32_t first_end = offset(text, g[5]);
        Add(text, begin, first_end, iso(y, m, d), calendar_.name + "/first-of-two", out);
        uint32_t second_begin = first_end + static_cast<uint32_t>(sep.size());
        Add(text, second_begin, end, iso(y2, m2, d2), calendar_.name + "/second-of-two", out);
      } else {
        Add(text, begin, end, iso(y, m, d) + "/" + iso(y2, m2, d2), calendar_.name + "/range",
            out);
      }
    }
  }

  // Where a range of months that opened at `pos` (after 2024年10月, given
  // in *year and *month) ends: 至12月, 至2024年2月, not 至12月5日 (a day's
  // range, not this rule's). Sets *year and *month to the last month's; 0
  // if no range.
  static uint32_t MonthRangeEnd(std::string_view text, size_t pos, long* year, long* month) {
    size_t at = pos;
    bool joint = false;
    for (std::string_view w : {"至", "到", "-"}) {
      if (starts_with(text, at, w)) {
        at += w.size();
        joint = true;
        break;
      }
    }
    if (!joint) return 0;
    auto number = [&](long* value) {
      size_t from = at;
      while (at < text.size() && text[at] >= '0' && text[at] <= '9') ++at;
      if (at == from || at - from > 4) return false;
      *value = parse_number(text.substr(from, at - from));
      return true;
    };
    long first = 0, y2 = *year, m2 = 0;
    if (!number(&first)) return 0;
    if (starts_with(text, at, "年")) {
      at += 3;
      y2 = first;
      if (!number(&m2)) return 0;
    } else {
      m2 = first;
    }
    if (!starts_with(text, at, "月")) return 0;
    at += 3;
    if (at < text.size() && ((text[at] >= '0' && text[at] <= '9') || starts_with(text, at, "日"))) return 0;
    if (!valid(y2, m2, 1) || y2 < *year || (y2 == *year && m2 <= *month)) return 0;
    *year = y2;
    *month = m2;
    return static_cast<uint32_t>(at);
  }

  void ExtractYearRanges(std::string_view text, const CharIndex& chars, std::vector<Mention>* out) const {
    RuleMatches matches(year_range_, text, &chars);
    re2::StringPiece whole, y1, y2;
    while (matches.Next(&whole, &y1, &y2)) {
      long a = parse_number(y1), b = parse_number(y2);
      if (a < 1000 || b <= a || b - a > 100) continue;
      uint32_t begin = offset(text, whole);
      Add(text, begin, begin + whole.size(), std::to_string(a) + "/" + std::to_string(b),
          year_range_.name, out);
    }
  }

  void ExtractIso(std::string_view text, const CharIndex& chars, std::vector<Mention>* out) const {
    RuleMatches matches(iso_, text, &chars);
    re2::StringPiece whole, y, separator, m, d;
    while (matches.Next(&whole, &y, &separator, &m, &d)) {
      uint32_t begin = offset(text, whole), end = begin + static_cast<uint32_t>(whole.size());
      // 2023-10-17 or 2023/10/17 (a web page's date line), not 2023-10/17.
      if (text[offset(text, m) + m.size()] != separator[0]) continue;
      // Not part of a longer number or symbol (RE2 has no look-around).
      auto digitish = [](char c) { return (c >= '0' && c <= '9') || c == '-' || c == '/'; };
      if ((begin > 0 && digitish(text[begin - 1])) || (end < text.size() && digitish(text[end]))) {
        continue;
      }
      long yy = parse_number(y), mm = parse_number(m), dd = parse_number(d);
      if (!valid(yy, mm, dd) || dd == 0) continue;
      Add(text, begin, end, iso(yy, mm, dd), iso_.name, out);
    }
  }

  // 去年4月, 明年2月 with no day (去年4月马克龙总统访华期间): that month of the
  // year before or after the one the dates above set. A day of the same
  // month close after it is of that year too (DatesAbove::Before).
  void ExtractRelativeMonths(std::string_view text, size_t first, std::vector<Mention>* out) const {
    DatesAbove latest(text, *out, first, 7);
    if (latest.empty()) return;
    std::vector<Mention> found;
    for (std::string_view word : {"去年", "前年", "明年"}) {
      const long shift = word == "去年" ? -1 : word == "前年" ? -2 : 1;
      for (size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
        size_t begin = at + word.size(), digits = begin;
        while (digits < text.size() && digits - begin < 2 && text[digits] >= '0' && text[digits] <= '9') ++digits;
        if (digits == begin || !starts_with(text, digits, "月")) continue;
        size_t end = digits + std::string_view("月").size();
        // 去年4月6日 is the yearless rule's; 去年4月至6月 a range's.
        if (end < text.size() && ((text[end] >= '0' && text[end] <= '9') || starts_with(text, end, "至") ||
                                  starts_with(text, end, "到"))) {
          continue;
        }
        const std::string* year = latest.Before(static_cast<uint32_t>(at));
        if (year == nullptr) continue;
        long y = std::stol(year->substr(0, 4)) + shift;
        long m = parse_number(text.substr(begin, digits - begin));
        if (!valid(y, m, 1)) continue;
        Add(text, static_cast<uint32_t>(begin), static_cast<uint32_t>(end), iso(y, m, 0), "date/relative-month",
            &found);
      }
    }
    for (Mention& m : found) out->push_back(std::move(m));
  }

  // M月D日 with no year before it: the year of the dates above (DatesAbove).
  // `first`: where this document's dates begin in *out.
  void ExtractYearless(std::string_view text, const CharIndex& chars, size_t first, std::vector<Mention>* out) const {
    DatesAbove latest(text, *out, first, 7);
    if (latest.empty()) return;
    struct {
      uint32_t end = 0;  // 0: none yet
      long year = 0, last_month = 0, last_day = 0;
    } shifted;  // the last date found here of a year named by 去年, 明年
    // The spans of the dates found so far, by start: a day joined to one by
    // 和 is this rule's only where no longer date holds it already
    // (2025年4月14日至25日和8月18日至29日; not 2024年6月30日和7月1日).
    std::vector<std::pair<uint32_t, uint32_t>> found_spans;
    for (size_t i = first; i < out->size(); ++i) found_spans.emplace_back((*out)[i].begin, (*out)[i].end);
    std::sort(found_spans.begin(), found_spans.end());
    auto covered = [&](uint32_t begin) {
      auto after = std::upper_bound(found_spans.begin(), found_spans.end(), std::make_pair(begin, UINT32_MAX));
      return after != found_spans.begin() && std::prev(after)->second > begin;
    };
    RuleMatches matches(yearless_, text, &chars);
    re2::StringPiece whole, month, day, last_month, last_day;
    while (matches.Next(&whole, &month, &day, &last_month, &last_day)) {
      uint32_t begin = offset(text, whole);
      std::string_view before = text.substr(0, begin);
      // Part of a full date (2024年11月6日, 2024-11月) or of a range's tail
      // (2016年4月19日至5月2日), or a yearly day: not this rule's.
      if (!before.empty() && ((before.back() >= '0' && before.back() <= '9') || before.back() == '-')) {
        continue;
      }
      // 今年7月6日: this year is the page's; 明年, 去年 the one after or before.
      int shift = year_shift(before);
      bool tail = ends_with(before, "年") && !ends_with(before, "今年") && shift == 0;
      for (std::string_view w : {"每年", "月"}) {
        tail = tail || ends_with(before, w);
      }
      // 至 and 到 join a range after a date (6月30日至7月3日), not after a
      // verb (注意到7月26日, 截至7月1日); 和, 及 and 、 join dates after a
      // date, not after a meeting's name (……第五十九次部长级会议和11月17日至21日).
      for (std::string_view w : {"至", "到", "和", "及", "、"}) {
        if (!ends_with(before, w)) continue;
        std::string_view head = before.substr(0, before.size() - w.size());
        bool after_date = ends_with(head, "日") || ends_with(head, "月") || ends_with(head, "年") ||
                          (!head.empty() && head.back() >= '0' && head.back() <= '9');
        bool range_tail = w == "至" || w == "到";
        tail = tail || (after_date && (range_tail || covered(begin)));
      }
      // 3月23日运动 names a movement (an armed group), not a day; 3月15日为
      // ……国际日 a day of every year.
      std::string_view after = text.substr(begin + whole.size());
      if (tail || starts_with(after, "运动") || names_yearly_day(after)) continue;
      long m = parse_number(month), d = parse_number(day);
      bool this_year = ends_with(before, "今年");
      // 今年 and 去年 count from the year of the writing, whatever event was
      // named just before.
      const std::string* year = latest.Before(begin, this_year || shift != 0 ? 0 : m, d);
      if (year == nullptr) continue;
      long y = std::stol(year->substr(0, 4)) + shift;
      // 去年10月30日至11月1日……访问,双方11月2日在北京发表: a day just after an
      // event of another year, close after it, is of that year too.
      if (shift == 0 && !this_year && shifted.end != 0 && begin <= shifted.end + DatesAbove::kFollowingBytes &&
          m == shifted.last_month && d - shifted.last_day >= 1 && d - shifted.last_day <= 3) {
        y = shifted.year;
      }
      // 2025年7月19日在多哈签署的《宣言》、10月14日在多哈签署的《议定书》, 于
      // 2025年1月27日攻占戈马,并于2月16日攻占布卡武: a later day listed with a
      // recalled date (or month: 2025年3月……以及7月13日以来), or the next step
      // of its story, in its sentence, close after it and not announced
      // (将于), is of its year.
      if (shift == 0 && !this_year) {
        const DatesAbove::Entry* nearest = latest.Nearest(begin);
        if (nearest != nullptr && nearest->value.size() >= 7 &&
            begin <= nearest->end + DatesAbove::kFollowingBytes) {
          std::string_view between = text.substr(nearest->end, begin - nearest->end);
          long nearest_year = std::stol(nearest->value.substr(0, 4));
          bool later_in_year = iso(nearest_year, m, d) > nearest->last;
          // Joined as items (、, 和, 及) or as the next step of one story (并于,
          // 又于, 随后).
          bool joined = ends_with(between, "、") || ends_with(between, "和") || ends_with(between, "及") ||
                        ends_with(between, "并于") || ends_with(between, "又于") ||
                        between.find("随后") != std::string_view::npos;
          if (nearest_year != y && later_in_year && joined && between.find("。") == std::string_view::npos &&
              between.find("将") == std::string_view::npos && between.find("定于") == std::string_view::npos) {
            y = nearest_year;
          }
        }
      }
      // 9月24日第2178(2014)号: a Security Council resolution's symbol after
      // the day gives its year.
      if (long symbol_year = resolution_year_after(after); shift == 0 && symbol_year > 0) y = symbol_year;
      if (!valid(y, m, d) || d == 0) continue;
      uint32_t end = begin + static_cast<uint32_t>(whole.size());
      Add(text, begin, end, day_or_range(y, m, d, last_day, last_month), yearless_.name, out);
      if (shift != 0) {
        shifted.end = end;
        shifted.year = y;
        shifted.last_month = last_month.empty() ? m : parse_number(last_month);
        shifted.last_day = last_day.empty() ? d : parse_number(last_day);
      }
    }
  }

  // A news report's D日 or M月 before where something happens (外长会26日在
  // 万象举行, 将于27日在万象举行, 10月在万象举行的……会议) or what was adopted
  // (与会领导人23日通过了《喀山宣言》): the month and year
  // of the dates above with their day (DatesAbove). Only right before
  // 在/于/举行…, where a day can only be the event's.
  void ExtractDayOnly(std::string_view text, const CharIndex& chars, size_t first, std::vector<Mention>* out) const {
    if (!may_match(day_only_, text)) return;
    DatesAbove latest(text, *out, first, 10);  // dates with their day
    if (latest.empty()) return;
    // The story's dateline, found once (a copy: *out grows below, and no day
    // found here is a dateline).
    const Mention* found_dateline = Dateline(text, *out, first);
    const bool has_dateline = found_dateline != nullptr && found_dateline->value.size() >= 7;
    const uint32_t dateline_end = has_dateline ? found_dateline->end : 0;
    const long dateline_year = has_dateline ? std::stol(found_dateline->value.substr(0, 4)) : 0;
    const long dateline_month = has_dateline ? std::stol(found_dateline->value.substr(5, 2)) : 0;
    // The ranges of days found above (their ends and values, copied: *out
    // grows below), by end, for a bare day within one.
    std::vector<std::pair<uint32_t, std::string>> ranges;
    for (size_t i = first; i < out->size(); ++i) {
      if ((*out)[i].value.size() == 21) ranges.emplace_back((*out)[i].end, (*out)[i].value);
    }
    std::sort(ranges.begin(), ranges.end());
    RuleMatches matches(day_only_, text, &chars);
    re2::StringPiece whole, day, last_day, month_alone, comma;
    while (matches.Next(&whole, &day, &last_day, &month_alone, &comma)) {
      uint32_t begin = offset(text, whole);
      // Before a comma, only a day that opens its clause (11日,王毅将……) or
      // a month of a year named (今年5月,……谈判全面完成).
      if (!comma.empty()) {
        std::string_view above = text.substr(0, begin);
        bool opens = begin == 0 || ends_with(above, "\n") || ends_with(above, "。") || ends_with(above, " ") ||
                     ends_with(above, "当地时间") || ends_with(above, "北京时间");
        bool month_of_year = !month_alone.empty() && (year_shift(above) != 0 || ends_with(above, "今年"));
        if (month_alone.empty() ? !opens : !month_of_year) continue;
      }
      if (begin > 0) {
        char before = text[begin - 1];
        // Part of a longer date or number (7月26日, 2024-07-26日, 126日), or
        // the end of a range (13日至16日).
        std::string_view above = text.substr(0, begin);
        bool year_word = year_shift(above) != 0 || ends_with(above, "今年");
        // 本月22日至23日 is a day of this month, not the end of a longer date.
        bool this_month = ends_with(above, "本月");
        if ((before >= '0' && before <= '9') || before == '-' || (ends_with(above, "月") && !this_month) ||
            (ends_with(above, "年") && !year_word) || ends_with(above, "至") ||
            ends_with(above, "到")) {
          continue;
        }
      }
      // After a range (10月31日至11月1日), the month it ends in. A bare day
      // in the sentence of a recalled event may be one of its days; after
      // the sentence it is the story's.
      size_t nearest_begin = latest.NearestBegin(begin);
      bool same_sentence = nearest_begin != std::string_view::npos &&
                           text.substr(nearest_begin, begin - nearest_begin).find("。") == std::string_view::npos;
      // 2022年12月7日至10日,……出席两场峰会……。两场峰会均于9日举行: a day
      // within the days of the last range ending close above (whatever single
      // days follow it: ……访问期间,两国元首于8日在利雅得签署) is one of them,
      // past a sentence, where the day's sentence points back to that time (均,
      // 期间); not a day of the story's (……出席了24日在喀山举行的对话会, after
      // 2023年8月22日至24日 recalled).
      bool in_range_above = false;
      if (!same_sentence && month_alone.empty()) {
        auto after = std::upper_bound(ranges.begin(), ranges.end(), begin,
                                      [](uint32_t at, const auto& r) { return at < r.first; });
        if (after != ranges.begin() &&
            begin - std::prev(after)->first <= 2 * DatesAbove::kFollowingBytes) {
          const auto& [range_end, range] = *std::prev(after);
          std::string_view since = text.substr(range_end, begin - range_end);
          size_t stop = since.rfind("。");
          std::string_view own = stop == std::string_view::npos ? since : since.substr(stop);
          long d = parse_number(day);
          std::string asked = range.substr(0, 8) + (d < 10 ? "0" : "") + std::to_string(d);
          bool points_back = own.find("均") != std::string_view::npos ||
                             own.find("期间") != std::string_view::npos;
          in_range_above = points_back && asked >= range.substr(0, 10) && asked <= range.substr(11);
        }
      }
      bool bare_day = month_alone.empty() && (same_sentence || in_range_above);
      const std::string* date =
          latest.Before(begin, bare_day ? -1 : 0, bare_day ? parse_number(day) : 0, /*range_end=*/true);
      if (date == nullptr) continue;
      long y = std::stol(date->substr(0, 4)) + year_shift(text.substr(0, begin));
      long m = std::stol(date->substr(5, 2));
      uint32_t end = begin + static_cast<uint32_t>(whole.size());
      if (!month_alone.empty()) {  // 10月在万象举行: that month of the year
        m = parse_number(month_alone);
        // 2025年7月和8月在巴库和巴黎举行: a later month joined to a month of
        // a year right before it is of that year, recalled or not.
        if (auto [year, month] = year_month_before_joint(text.substr(0, begin)); year > 0 && m > month) y = year;
        if (!valid(y, m, 1)) continue;
        Add(text, begin, end, iso(y, m, 0), day_only_.name, out);
        continue;
      }
      long d = parse_number(day);
      // 会晤29日通过了 after 2月15日至16日 recalled: a day its nearest month
      // cannot hold is the story's, of the dateline's month. So is a day
      // before the nearest one in a story dated the month after (10月31日
      // ……1日 in a story of 11月2日: the 1st of November).
      bool earlier = date->size() == 10 && d < std::stol(date->substr(8, 2));
      // 今年5月26日在吉隆坡举行的峰会 recalls an earlier point of the year: a
      // bare day after it is the story's, of the dateline's month.
      size_t nearest = latest.NearestBegin(begin);
      bool after_this_year_date = nearest != std::string_view::npos && ends_with(text.substr(0, nearest), "今年");
      bool dateline_above = has_dateline && dateline_end <= begin;
      bool this_month = ends_with(text.substr(0, begin), "本月");
      if ((after_this_year_date || this_month) && dateline_above && valid(dateline_year, dateline_month, d)) {
        y = dateline_year;
        m = dateline_month;
      }
      if (!valid(y, m, d) || earlier) {
        bool next_month = dateline_month == m % 12 + 1;
        if (!dateline_above || (valid(y, m, d) && !next_month)) {
          if (!valid(y, m, d)) continue;
        } else {
          y = dateline_year;
          m = dateline_month;
        }
      }
      if (!valid(y, m, d) || d == 0) continue;
      Add(text, begin, end, day_or_range(y, m, d, last_day), day_only_.name, out);
    }
  }

  // 同日 ("the same day") is a mention of a day already given: the last
  // whole date earlier in its sentence (2003年10月8日,中国加入……,双方同日
  // 在巴厘岛签署), or else a news story's dateline (新华社吉隆坡7月10日电):
  // the day the story tells of. With neither, nothing (the day is unknown).
  static void ExtractSameDay(std::string_view text, const CharIndex& chars, size_t first,
                             std::vector<Mention>* out) {
    constexpr std::string_view kSameDay = "同日";
    std::vector<const Mention*> days;  // whole dates of day precision, by position
    for (size_t i = first; i < out->size(); ++i) {
      if ((*out)[i].value.size() == 10) days.push_back(&(*out)[i]);  // YYYY-MM-DD, not a month or a range
    }
    if (days.empty()) return;
    const Mention* dateline = Dateline(text, *out, first);
    std::sort(days.begin(), days.end(), [](const Mention* a, const Mention* b) { return a->begin < b->begin; });
    std::vector<Mention> found;
    chars.ForEachOccurrence(text, kSameDay, [&](uint32_t at) {
      // Not inside a word: 共同日程, 不同日期, 不可同日而语.
      std::string_view before = text.substr(0, at);
      if (ends_with(before, "共") || ends_with(before, "不") || ends_with(before, "相") ||
          starts_with(text, at + kSameDay.size(), "期") || starts_with(text, at + kSameDay.size(), "而")) {
        return;
      }
      size_t sentence = before.find_last_of("\n");
      size_t stop = before.rfind("。");
      if (stop != std::string_view::npos && (sentence == std::string_view::npos || stop > sentence)) sentence = stop;
      sentence = sentence == std::string_view::npos ? 0 : sentence;
      auto after = std::lower_bound(days.begin(), days.end(), at,
                                    [](const Mention* m, uint32_t pos) { return m->begin < pos; });
      const Mention* day = nullptr;
      if (after != days.begin() && (*std::prev(after))->begin >= sentence) day = *std::prev(after);
      if (day == nullptr) day = dateline;
      if (day == nullptr || day->begin > at) return;
      Add(text, at, at + static_cast<uint32_t>(kSameDay.size()), day->value, "date/same-day", &found);
    });
    for (Mention& m : found) out->push_back(std::move(m));
  }

  // 同年10月 ("in October of the same year"): the month of the last year
  // written before it in its sentence or the one before (论坛成立于2000年,
  // 首届部长级会议于同年10月在北京举行), a bare year included.
  static void ExtractSameYear(std::string_view text, const CharIndex& chars, std::vector<Mention>* out) {
    constexpr std::string_view kSameYear = "同年";
    std::vector<Mention> found;
    chars.ForEachOccurrence(text, kSameYear, [&](uint32_t at) {
      // The month and, if written, the day after it: 同年10月, 同年7月5日.
      size_t pos = at + kSameYear.size();
      auto number_before = [&](std::string_view unit) -> long {
        size_t digits = 0;
        while (digits < 2 && pos + digits < text.size() && text[pos + digits] >= '0' && text[pos + digits] <= '9') {
          ++digits;
        }
        if (digits == 0 || !starts_with(text, pos + digits, unit)) return 0;
        long value = parse_number(text.substr(pos, digits));
        pos += digits + unit.size();
        return value;
      };
      long month = number_before("月");
      if (month == 0) return;
      long day = number_before("日");
      // 同年8月19日至30日, 同年10月31日至11月1日: the range's end.
      long last_month = 0, last_day = 0;
      for (std::string_view joint : {"至", "到", "-"}) {
        if (day == 0 || !starts_with(text, pos, joint)) continue;
        size_t at_joint = pos;
        pos += joint.size();
        last_month = number_before("月");
        last_day = number_before("日");
        if (last_day == 0) pos = at_joint, last_month = 0;  // no range: the day alone
        break;
      }
      // The last four-digit year written in the two hundred bytes before.
      size_t from = at > 200 ? at - 200 : 0;
      long year = -1;
      for (size_t y = text.rfind("年", at); y != std::string_view::npos && y >= from + 4; y = text.rfind("年", y - 1)) {
        std::string_view digits = text.substr(y - 4, 4);
        if (std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
          year = parse_number(digits);
          break;
        }
      }
      if (year < 0 || !valid(year, month, day)) return;
      std::string value = iso(year, month, day);
      if (last_month == 0) last_month = month;
      bool later = last_month > month || (last_month == month && last_day > day);
      if (last_day > 0 && later && valid(year, last_month, last_day)) value += "/" + iso(year, last_month, last_day);
      Add(text, at, static_cast<uint32_t>(pos), value, "date/same-year", &found);
    });
    for (Mention& m : found) out->push_back(std::move(m));
  }

  Rule calendar_, year_range_, iso_, yearless_, day_only_;
};

}  // namespace

Result<std::unique_ptr<Extractor>> make_date_extractor(const Gazetteer&) {
  std::string y = kYear, md = kMonthDay;
  Result<Rule> calendar = compile_rule(
      "date/calendar", "(" + y + "年" + md + "月(?:" + md + "(日)?(?:(和|及|、|至|到|-)(?:" + y +
                           "年)?(?:" + md + "月)?" + md + "日)?)?)");
  Result<Rule> year_range =
      compile_rule("date/year-range", "((\\d{4})年?(?:-|至|到)(\\d{4})年)");
  Result<Rule> iso_date =
      compile_rule("date/iso", "((\\d{4})([-/])(\\d{1,2})[-/](\\d{1,2}))");
  // The day may open a range within its month: 11月15日至16日, 20日至21日.
  const std::string range_end = "(?:(?:至|到|-)(\\d{1,2})日)?";
  Result<Rule> yearless =
      compile_rule("date/yearless",
                   "((\\d{1,2})月(\\d{1,2})日(?:(?:至|到|-)(?:(\\d{1,2})月)?(\\d{1,2})日)?)");
  Result<Rule> day_only = compile_rule(
      "date/day-only",
      "((\\d{1,2})日" + range_end + "|(\\d{1,2})月)(?:在|于|举行|召开|开幕|闭幕|举办|通过|签署|发表|以视频方式|以视频形式|"
      // 于12日至13日对越南进行国事访问; 12日下午,……
      "对|访问|出席|会见|会晤|抵达|赴|(?:上午|下午|晚上|晚|中午|早上|凌晨)?(,))");
  for (const auto* r : {&calendar, &year_range, &iso_date, &yearless, &day_only}) {
    if (!r->ok()) return r->status();
  }
  return std::unique_ptr<Extractor>(new DateExtractor(
      std::move(calendar.value()), std::move(year_range.value()), std::move(iso_date.value()),
      std::move(yearless.value()), std::move(day_only.value())));
}

}  // namespace treatygraph
