#include "ingest/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "ingest/decode.h"
#include "ingest/folding.h"

namespace treatygraph {
namespace {

bool is_space(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
         cp == 0xA0 || cp == 0x3000 || cp == 0x2028 || cp == 0x2029 ||
         (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F;
}

bool is_newline(char32_t cp) { return cp == '\n' || cp == 0x2028 || cp == 0x2029; }

// The folding table: BMP code points map to UTF-8 strings. Built once, from
// the exceptions computed with ICU when treatygraph was built.
class FoldingTable {
 public:
  FoldingTable() : bmp_(0x10000) {
    for (char32_t cp = 0; cp < 0x10000; ++cp) {
      if (cp < 0xD800 || cp > 0xDFFF) append_utf8(cp, &bmp_[cp]);
    }
    for (size_t i = 0; i < kBmpFoldCount; ++i) bmp_[kBmpFolds[i].cp] = kBmpFolds[i].utf8;
  }

  // REQUIRES: cp < 0x10000 and not a surrogate.
  const std::string& fold(char32_t cp) const { return bmp_[cp]; }

 private:
  std::vector<std::string> bmp_;
};

const FoldingTable& folding_table() {
  static const FoldingTable table;  // thread-safe initialisation (C++11)
  return table;
}

void fold_supplementary(char32_t cp, std::string* out) {
  // Outside the BMP: CJK extension ideographs and symbols. NFKC per call;
  // these are rare enough that the table need not cover them.
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(err);
  icu::UnicodeString in(static_cast<UChar32>(cp));
  icu::UnicodeString nf = U_SUCCESS(err) ? nfkc->normalize(in, err) : in;
  if (U_FAILURE(err)) nf = in;
  for (int32_t i = 0; i < nf.length(); i = nf.moveIndex32(i, 1)) append_utf8(nf.char32At(i), out);
}

bool is_ideograph(char32_t cp) {
  return (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
         (cp >= 0x20000 && cp <= 0x3FFFF);
}

bool is_ascii_alnum(char32_t cp) {
  return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
         (cp >= 0xFF10 && cp <= 0xFF19);  // full-width digits fold to ASCII
}

}  // namespace

bool is_cjk_context(char32_t cp) {
  return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
         (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFFEF) ||
         (cp >= 0x2014 && cp <= 0x201F) || cp == 0x2026 || cp == 0x00B7 ||
         (cp >= 0x20000 && cp <= 0x3FFFF);
}

namespace {

bool ends_sentence(char32_t cp) {
  switch (cp) {
    case 0x3002: case 0xFF1B: case 0xFF01: case 0xFF1F: case 0xFF1A:  // 。；！？：
    case ';': case '!': case '?': case ':': case '.':
      return true;
    default:
      return false;
  }
}

// For each line: whether the break after it is a wrap (see the header).
std::vector<bool> find_wrapped_lines(const char32_t* cps, size_t n) {
  struct Line {
    size_t width = 0;
    char32_t last = 0;
    bool indented = false;  // starts with whitespace
  };
  std::vector<Line> lines(1);
  size_t inner_spaces = 0;  // spaces since the last visible character
  for (size_t i = 0; i < n; ++i) {
    char32_t cp = cps[i];
    if (cp == '\n') {
      lines.emplace_back();
      inner_spaces = 0;
    } else if (!is_space(cp)) {
      // Width in display columns, as the page laid it out: spaces between
      // words and numbers (`2018 年 4 月`) take room too; edge spaces do not.
      lines.back().width += (is_cjk_context(cp) ? 2 : 1) + inner_spaces;
      lines.back().last = cp;
      inner_spaces = 0;
    } else if (lines.back().width == 0) {
      if (cp != '\r') lines.back().indented = true;
    } else if (cp != '\r') {
      ++inner_spaces;
    }
  }
  std::vector<bool> wrapped(lines.size(), false);
  std::vector<size_t> widths;
  for (const Line& l : lines) {
    if (l.width >= 8) widths.push_back(l.width);
  }
  if (widths.size() < 10) return wrapped;
  std::vector<size_t> sorted = widths;
  std::nth_element(sorted.begin(), sorted.begin() + sorted.size() * 3 / 4, sorted.end());
  size_t column = sorted[sorted.size() * 3 / 4];
  size_t near = 0;
  for (size_t w : widths) near += w + 4 >= column && w <= column + 4;
  // A text column: most lines share its width. Running text with one
  // paragraph per line has widths all over the place.
  if (near * 10 < widths.size() * 3) return wrapped;
  // Where only some lines are indented, an indented line opens a paragraph
  // (UN documents indent each paragraph and wrap flush left), so the break
  // before it is no wrap even after a full line.
  size_t indented = 0, non_empty = 0;
  for (const Line& l : lines) {
    non_empty += l.width > 0;
    indented += l.width > 0 && l.indented;
  }
  bool indent_opens_paragraph = indented * 2 < non_empty;
  size_t next = lines.size();  // the next non-empty line after i
  for (size_t i = lines.size(); i-- > 0;) {
    bool next_opens = indent_opens_paragraph && next < lines.size() && lines[next].indented;
    wrapped[i] = lines[i].width * 100 >= column * 85 && !ends_sentence(lines[i].last) && !next_opens;
    if (lines[i].width > 0) next = i;
  }
  return wrapped;
}

// Whether `cps` (n code points) starts with a year in brackets, (2023), or
// an old General Assembly session in Roman numerals before 号, (XXVI)号.
bool is_year_in_brackets(const char32_t* cps, size_t n) {
  if (n < 3 || cps[0] != '(') return false;
  if (n >= 6 && cps[5] == ')') {
    bool year = true;
    for (int k = 1; k <= 4; ++k) year = year && cps[k] >= '0' && cps[k] <= '9';
    if (year) return true;
  }
  size_t k = 1;
  if (n > 3 && cps[1] == 'S' && cps[2] == '-') k = 3;
  size_t numerals = 0;
  while (k < n && numerals < 8 && (cps[k] == 'X' || cps[k] == 'V' || cps[k] == 'I' || cps[k] == 'L')) ++k, ++numerals;
  // A Roman session stands before 号 (第 2832\n(XXVI)号); a letter alone in
  // brackets may be a list's item ((x) 项).
  return numerals > 0 && k + 1 < n && cps[k] == ')' && cps[k + 1] == U'号';
}

}  // namespace

NormalizedText normalize_codepoints(const char32_t* cps, size_t n, LineBreaks line_breaks,
                                    CodepointSources sources) {
  std::vector<bool> wrapped;
  if (line_breaks == LineBreaks::kFromLayout) wrapped = find_wrapped_lines(cps, n);
  size_t line = 0;             // line of the code point being read
  size_t line_of_last = 0;     // line of `last`
  const FoldingTable& table = folding_table();
  NormalizedText out;
  out.text.reserve(n * 3);
  out.codepoint_begin.reserve(n);
  out.codepoint_end.reserve(n);
  // Writes the UTF-8 `bytes` made from cps[begin, end).
  auto emit = [&out, &sources](const char* bytes, size_t len, uint32_t begin, uint32_t end) {
    out.text.append(bytes, len);
    uint32_t from = sources.begin ? sources.begin[begin] : sources.first + begin;
    uint32_t to = sources.end ? sources.end[end - 1] : sources.first + end;
    for (size_t k = 0; k < len; ++k) {
      if ((bytes[k] & 0xC0) == 0x80) continue;  // not the first byte of a code point
      out.codepoint_begin.push_back(from);
      out.codepoint_end.push_back(to);
    }
  };
  bool in_space = false;
  uint32_t space_begin = 0;
  int newlines = 0;
  char32_t last = 0;  // the last code point that produced output
  std::string scratch;
  for (size_t i = 0; i < n; ++i) {
    char32_t cp = cps[i];
    if (is_space(cp)) {
      if (!in_space) in_space = true, space_begin = static_cast<uint32_t>(i), newlines = 0;
      if (is_newline(cp) || (cp == '\r' && (i + 1 == n || cps[i + 1] != '\n'))) ++newlines;
      if (cp == '\n') ++line;
      continue;
    }
    const std::string* folded;
    if (cp < 0x10000) {
      folded = &table.fold(cp);
    } else {
      scratch.clear();
      fold_supplementary(cp, &scratch);
      folded = &scratch;
    }
    if (folded->empty()) continue;  // dropped: transparent to whitespace rules
    if (in_space && last != 0) {
      bool cjk = is_cjk_context(last) || is_cjk_context(cp);
      const char* sep = nullptr;
      bool soft = line_breaks == LineBreaks::kJoinAll ||
                  (line_of_last < wrapped.size() && wrapped[line_of_last]);
      // A line that ends in a symbol's or number's slash or hyphen (第 57/\n32
      // 号, 《2024-\n2034 年……》), or a resolution's number before its year in
      // brackets (第 2679\n(2023)号, 第 2832\n(XXVI)号), was broken inside it.
      bool inside_symbol = newlines == 1 &&
                           (((last == '/' || last == '-') && is_ascii_alnum(cp)) ||
                            (last >= '0' && last <= '9' && cp == '(' && is_year_in_brackets(cps + i, n - i)));
      if (newlines > 0 && soft) {
        sep = cjk || inside_symbol ? nullptr : " ";
      } else if (newlines >= 2) {
        sep = "\n";
      } else if (newlines == 1) {
        // A line break inside CJK text, or between an ideograph and a digit
        // (`28\n日`), is where PDF extraction broke a line: join. After
        // CJK punctuation (`。\n2.`) it may end a paragraph: keep it.
        bool join = (is_cjk_context(last) && is_cjk_context(cp)) ||
                    (is_ideograph(last) && is_ascii_alnum(cp)) ||
                    (is_ascii_alnum(last) && is_ideograph(cp)) || inside_symbol;
        // An indented line opening with a bullet (　·王毅会见……, a web
        // page's related links), or a bullet and a space (· 王毅:……), is
        // an item of its own, not the rest of a name broken at its dot.
        bool bullet = (cp == 0x00B7 || cp == 0x2022 || cp == 0x30FB) &&
                      (!is_newline(cps[i - 1]) || (i + 1 < n && is_space(cps[i + 1])));
        sep = join && !bullet ? nullptr : "\n";
      } else if (!cjk || (is_ascii_alnum(last) && is_ascii_alnum(cp))) {
        // Between two numbers a space stays, full-width digits included
        // (２０２５－０６－２０　０９：４２ is a date and a time, not 2025-06-2009).
        sep = " ";
      }
      if (sep != nullptr) emit(sep, 1, space_begin, static_cast<uint32_t>(i));
    }
    in_space = false;
    emit(folded->data(), folded->size(), static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1));
    last = cp;
    line_of_last = line;
  }
  return out;
}

}  // namespace treatygraph
