// Small helpers on normalised UTF-8 text, shared by the extractors and the
// relation rules. Private to extract/.
#ifndef TREATYGRAPH_EXTRACT_TEXT_UTIL_H_
#define TREATYGRAPH_EXTRACT_TEXT_UTIL_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace treatygraph {

inline bool starts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

// Whether `piece` stands at text[pos]; false when pos is past the end.
inline bool starts_with(std::string_view text, size_t pos, std::string_view piece) {
  return pos <= text.size() && text.compare(pos, piece.size(), piece) == 0;
}

inline bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Byte length of a UTF-8 sequence from its lead byte (1 for a stray byte).
inline size_t utf8_length(unsigned char lead) {
  return lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

// Byte length of the UTF-8 code point that ends at `pos` (exclusive).
inline size_t prev_char_len(std::string_view text, size_t pos) {
  size_t n = 1;
  while (n < pos && n < 4 && (static_cast<unsigned char>(text[pos - n]) & 0xC0) == 0x80) ++n;
  return n;
}

inline size_t codepoints(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// CJK ideographs U+4E00..U+9FFF are three UTF-8 bytes led by E4..E9.
inline bool is_han(std::string_view ch) {
  if (ch.size() != 3) return false;
  unsigned char b = static_cast<unsigned char>(ch[0]);
  return b >= 0xE4 && b <= 0xE9;
}

// Whether an ideograph U+4E00..U+9FFF starts at text[pos].
inline bool is_han(std::string_view text, size_t pos) {
  return pos + 3 <= text.size() && is_han(text.substr(pos, 3));
}

// Initials of China's partners in the two- and three-party abbreviations
// that open the names of joint bodies and meetings (中吉政府间合作委员会,
// 中日韩合作秘书处, 中俄总理第二十七次定期会晤). Not 东 (中东), 亚 (中亚),
// 国 (中国) or 方 (中方).
inline bool is_partner_initial(std::string_view text, size_t pos) {
  static constexpr std::string_view kPartnerInitials =
      "俄哈吉塔乌土蒙巴印越老柬泰缅马菲日韩朝美英法德意西葡希澳加墨古委秘智哥厄玻埃尼肯坦赞津"
      "安刚苏沙伊叙约黎卡也白波捷匈塞罗保欧非阿拉新";
  return pos + 3 <= text.size() && is_han(text, pos) &&
         kPartnerInitials.find(text.substr(pos, 3)) != std::string_view::npos;
}

// The end of a session's ordinal starting at text[pos] (第十二次, 第5届:
// 第, Arabic or Chinese numerals, then 次 or 届), or 0 if there is none.
inline size_t session_ordinal_end(std::string_view text, size_t pos) {
  static constexpr std::string_view kNumerals = "〇零一二三四五六七八九十百两";
  if (!starts_with(text, pos, "第")) return 0;
  size_t p = pos + 3;
  size_t digits = 0;
  for (;; ++digits) {
    if (p < text.size() && text[p] >= '0' && text[p] <= '9') {
      ++p;
    } else if (p + 3 <= text.size() && kNumerals.find(text.substr(p, 3)) != std::string_view::npos) {
      p += 3;
    } else {
      break;
    }
  }
  if (digits == 0 || !(starts_with(text, p, "次") || starts_with(text, p, "届"))) return 0;
  return p + 3;
}

// A transliterated personal name joins its parts with ·; a gazetteer name
// touching one is part of the person's name (努尔苏丹·纳扎尔巴耶夫).
inline bool touches_name_dot(std::string_view text, uint32_t begin, uint32_t end) {
  static constexpr std::string_view kDot = "·";
  // Up to two ideographs may stand between the name and the dot: 马里 in
  // 马里斯·沙炎蓬沙 is the start of a name's part, not Mali.
  size_t after = end;
  for (int chars = 0; chars <= 2; ++chars, after += 3) {
    if (starts_with(text, after, kDot)) return true;
    if (!is_han(text, after)) break;
  }
  size_t before = begin;
  for (int chars = 0; chars <= 2; ++chars) {
    if (before >= kDot.size() && text.substr(before - kDot.size(), kDot.size()) == kDot) return true;
    if (before < 3 || !is_han(text, before - 3)) break;
    before -= 3;
  }
  return false;
}

// Whether the country name ending at `end` names its capital of the same
// name (突尼斯市, 新加坡市), not a market or a city's people (中国市场, 市民).
inline bool names_capital_of_same_name(std::string_view text, size_t end) {
  if (!starts_with(text, end, "市")) return false;
  for (std::string_view word : {"市场", "市民", "市政", "市长", "市值", "市县", "市镇"}) {
    if (starts_with(text, end, word)) return false;
  }
  return true;
}

// `s` without the 《》 that mark a title inside a name: a meeting named
// after a text (纪念《赫尔辛基最后文件》签署五十周年高级别会议) is the same
// meeting written without them.
inline std::string without_title_marks(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t pos = 0; pos < s.size();) {
    if (starts_with(s, pos, "《") || starts_with(s, pos, "》")) {
      pos += 3;
      continue;
    }
    out += s[pos++];
  }
  return out;
}

// Where one piece (a line break, a quotation mark) is written in a text,
// found once per document. Asking "the last one before pos" of it is a
// binary search; text.rfind from each of n positions instead reads back to
// the line's or the document's start every time, quadratic on one long line.
//
//   Occurrences newlines(text, "\n");
//   size_t line_break = newlines.LastAtOrBefore(pos);  // == text.rfind('\n', pos)
class Occurrences {
 public:
  static constexpr size_t npos = std::string_view::npos;

  // REQUIRES: piece is non-empty.
  Occurrences(std::string_view text, std::string_view piece) {
    for (size_t at = text.find(piece); at != npos; at = text.find(piece, at + 1)) at_.push_back(static_cast<uint32_t>(at));
  }

  // The last occurrence starting at or before pos (text.rfind(piece, pos));
  // npos if none.
  size_t LastAtOrBefore(size_t pos) const {
    auto after = std::upper_bound(at_.begin(), at_.end(), pos);
    return after == at_.begin() ? npos : *(after - 1);
  }
  // The first occurrence starting at or after pos (text.find(piece, pos));
  // npos if none.
  size_t FirstAtOrAfter(size_t pos) const {
    auto it = std::lower_bound(at_.begin(), at_.end(), pos);
    return it == at_.end() ? npos : *it;
  }
  // Whether one starts in [begin, end).
  bool AnyIn(size_t begin, size_t end) const { return FirstAtOrAfter(begin) < end; }

 private:
  std::vector<uint32_t> at_;  // ascending; text offsets are 32-bit
};

}  // namespace treatygraph

#endif  // TREATYGRAPH_EXTRACT_TEXT_UTIL_H_
