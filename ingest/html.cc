// HTML detection and stripping (contract in html.h).
//
// One forward pass. At a '<' the scanner decides what starts there:
//   <!-- ... -->          a comment: dropped;
//   <!...> and <?...>     a doctype, CDATA or processing instruction: dropped;
//   <name ...>, </name>   a tag: dropped; a block element's tag becomes a
//                         paragraph break; <script>, <style>, <title> and a
//                         few others drop everything up to their end tag;
//   anything else         text ('a < b' stays as written).
// At a '&' it decodes a character reference when there is one, else the '&'
// is text.
//
// Why linear time matters: a page of a million stray '<' or '&' must not
// take a million scans to the end. Every scan either ends where the scanner
// resumes (the scanned code points are consumed) or is bounded by a small
// constant (entities, tag names), or fails at most once per document: a
// failed search (an end tag, a comment end, a closing quote that never
// comes) is remembered, since searching again from further on would fail too.
// Where a browser would then swallow the rest of the page, we drop only the
// opening tag: a misdetected or truncated page loses one tag, not its text.
#include "ingest/html.h"

#include <algorithm>
#include <string>
#include <string_view>

namespace treatygraph {
namespace {

constexpr size_t kDetectionSample = 1 << 16;
constexpr size_t kMaxTagName = 32;
constexpr size_t kMaxEntityName = 32;
constexpr char32_t kReplacement = 0xFFFD;

bool is_html_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}
bool is_ascii_alpha(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }
bool is_ascii_alnum(char32_t c) { return is_ascii_alpha(c) || is_ascii_digit(c); }
bool is_tag_name_char(char32_t c) { return is_ascii_alnum(c) || c == '-' || c == ':'; }
char32_t ascii_lower(char32_t c) { return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c; }

template <size_t N>
bool contains(const std::string_view (&set)[N], std::string_view name) {
  return std::find(set, set + N, name) != set + N;
}

// Elements that end a paragraph where they open or close.
bool is_block_element(std::string_view name) {
  static constexpr std::string_view kBlock[] = {
      "address",    "article", "aside",   "blockquote", "body",  "br",       "caption", "center",
      "dd",         "details", "dialog",  "dir",        "div",   "dl",       "dt",      "fieldset",
      "figcaption", "figure",  "footer",  "form",       "frame", "frameset", "h1",      "h2",
      "h3",         "h4",      "h5",      "h6",         "head",  "header",   "hgroup",  "hr",
      "html",       "legend",  "li",      "main",       "menu",  "nav",      "ol",      "option",
      "p",          "pre",     "section", "summary",    "table", "tbody",    "td",      "tfoot",
      "th",         "thead",   "tr",      "ul"};
  return contains(kBlock, name);
}

// Elements whose content is not the document's text: code, styling, the
// page title (usually the headline plus the site's name, which would count
// every mention in the headline twice), navigation menus (lists of country
// and organisation names on every page of a ministry's site), form controls
// and embedded objects.
bool is_dropped_element(std::string_view name) {
  static constexpr std::string_view kDropped[] = {
      "script",   "style",  "title",   "nav",      "textarea", "select", "noscript",
      "template", "iframe", "noembed", "noframes", "xmp",      "svg",    "math"};
  return contains(kDropped, name);
}

// Common inline elements: with the block and dropped ones, what detection
// counts as evidence of HTML.
bool is_inline_element(std::string_view name) {
  static constexpr std::string_view kInline[] = {
      "a",   "abbr",  "b",     "big",  "cite", "code",   "em",   "font",     "i",
      "img", "input", "label", "link", "meta", "small",  "span", "strike",   "strong",
      "sub", "sup",   "tt",    "u",    "wbr",  "button", "col",  "colgroup", "base"};
  return contains(kInline, name);
}

bool is_known_element(std::string_view name) {
  return is_block_element(name) || is_dropped_element(name) || is_inline_element(name);
}

bool starts_with_ci(const char32_t* cps, size_t n, std::string_view prefix) {
  if (n < prefix.size()) return false;
  for (size_t k = 0; k < prefix.size(); ++k) {
    if (ascii_lower(cps[k]) != static_cast<unsigned char>(prefix[k])) return false;
  }
  return true;
}

// The tag name after '<' or '</' at cps[i], lower-cased; empty when what
// follows is not a tag name ending in whitespace, '/' or '>'. *name_end is
// where the name ends.
std::string read_tag_name(const char32_t* cps, size_t n, size_t i, bool* closing,
                          size_t* name_end) {
  size_t k = i + 1;
  *closing = k < n && cps[k] == '/';
  if (*closing) ++k;
  if (k >= n || !is_ascii_alpha(cps[k])) return "";
  std::string name;
  while (k < n && is_tag_name_char(cps[k])) {
    if (name.size() == kMaxTagName) return "";
    name.push_back(static_cast<char>(ascii_lower(cps[k])));
    ++k;
  }
  if (k >= n || !(is_html_space(cps[k]) || cps[k] == '/' || cps[k] == '>')) return "";
  *name_end = k;
  return name;
}

struct NamedReference {
  std::string_view name;
  char32_t cp;
  bool legacy;  // also recognised without the ';' (as browsers do)
};

// The named references Chinese pages actually use, and the Latin-1 ones that
// turn up in names; the full HTML table has over 2,000.
constexpr NamedReference kNamedReferences[] = {
    {"amp", '&', true},        {"lt", '<', true},         {"gt", '>', true},
    {"quot", '"', true},       {"nbsp", 0xA0, true},      {"copy", 0xA9, true},
    {"reg", 0xAE, true},       {"AMP", '&', true},        {"LT", '<', true},
    {"GT", '>', true},         {"QUOT", '"', true},       {"COPY", 0xA9, true},
    {"REG", 0xAE, true},       {"apos", '\'', false},     {"ensp", 0x2002, false},
    {"emsp", 0x2003, false},   {"thinsp", 0x2009, false}, {"zwnj", 0x200C, false},
    {"zwj", 0x200D, false},    {"lrm", 0x200E, false},    {"rlm", 0x200F, false},
    {"shy", 0xAD, false},      {"ndash", 0x2013, false},  {"mdash", 0x2014, false},
    {"lsquo", 0x2018, false},  {"rsquo", 0x2019, false},  {"sbquo", 0x201A, false},
    {"ldquo", 0x201C, false},  {"rdquo", 0x201D, false},  {"bdquo", 0x201E, false},
    {"hellip", 0x2026, false}, {"middot", 0xB7, false},   {"bull", 0x2022, false},
    {"trade", 0x2122, false},  {"deg", 0xB0, false},      {"plusmn", 0xB1, false},
    {"times", 0xD7, false},    {"divide", 0xF7, false},   {"laquo", 0xAB, false},
    {"raquo", 0xBB, false},    {"lsaquo", 0x2039, false}, {"rsaquo", 0x203A, false},
    {"sect", 0xA7, false},     {"para", 0xB6, false},     {"cent", 0xA2, false},
    {"pound", 0xA3, false},    {"yen", 0xA5, false},      {"euro", 0x20AC, false},
    {"iexcl", 0xA1, false},    {"iquest", 0xBF, false},   {"prime", 0x2032, false},
    {"Prime", 0x2033, false},  {"larr", 0x2190, false},   {"rarr", 0x2192, false},
    {"uarr", 0x2191, false},   {"darr", 0x2193, false},   {"le", 0x2264, false},
    {"ge", 0x2265, false},     {"ne", 0x2260, false},     {"minus", 0x2212, false},
    {"frac12", 0xBD, false},   {"frac14", 0xBC, false},   {"frac34", 0xBE, false},
    {"sup1", 0xB9, false},     {"sup2", 0xB2, false},     {"sup3", 0xB3, false},
    {"ordm", 0xBA, false},     {"ordf", 0xAA, false},     {"micro", 0xB5, false},
    {"aacute", 0xE1, false},   {"agrave", 0xE0, false},   {"auml", 0xE4, false},
    {"ccedil", 0xE7, false},   {"eacute", 0xE9, false},   {"egrave", 0xE8, false},
    {"iacute", 0xED, false},   {"ntilde", 0xF1, false},   {"oacute", 0xF3, false},
    {"ouml", 0xF6, false},     {"uacute", 0xFA, false},   {"uuml", 0xFC, false},
    {"szlig", 0xDF, false},    {"Auml", 0xC4, false},     {"Eacute", 0xC9, false},
    {"Ouml", 0xD6, false},     {"Uuml", 0xDC, false},
};

// HTML maps numeric references to the C1 controls as if they were
// windows-1252 (&#150; is an en dash), because that is what pages meant.
constexpr char32_t kWindows1252[32] = {
    0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};

char32_t numeric_reference(uint32_t value) {
  if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return kReplacement;
  if (value >= 0x80 && value <= 0x9F) return kWindows1252[value - 0x80];
  return value;
}

// The character reference at cps[i] == '&': its code point in *cp and the
// index one past it, or 0 when there is none (the '&' is then text).
size_t character_reference(const char32_t* cps, size_t n, size_t i, char32_t* cp) {
  size_t k = i + 1;
  if (k < n && cps[k] == '#') {
    ++k;
    bool hex = k < n && (cps[k] == 'x' || cps[k] == 'X');
    if (hex) ++k;
    size_t digits = k;
    uint32_t value = 0;
    for (; k < n; ++k) {
      char32_t c = ascii_lower(cps[k]);
      uint32_t d;
      if (is_ascii_digit(c)) {
        d = c - '0';
      } else if (hex && c >= 'a' && c <= 'f') {
        d = c - 'a' + 10;
      } else {
        break;
      }
      // Saturate past the Unicode range: a long run of digits is still one
      // (invalid) reference, consumed in one step.
      value = value > 0x10FFFF ? value : value * (hex ? 16 : 10) + d;
    }
    if (k == digits) return 0;
    if (k < n && cps[k] == ';') ++k;
    *cp = numeric_reference(value);
    return k;
  }
  std::string name;
  while (k < n && is_ascii_alnum(cps[k]) && name.size() < kMaxEntityName) {
    name.push_back(static_cast<char>(cps[k]));
    ++k;
  }
  if (name.empty()) return 0;
  bool semicolon = k < n && cps[k] == ';';
  bool name_ends = k >= n || !is_ascii_alnum(cps[k]);
  for (const NamedReference& r : kNamedReferences) {
    if (r.name != name) continue;
    if (semicolon) {
      *cp = r.cp;
      return k + 1;
    }
    if (r.legacy && name_ends) {
      *cp = r.cp;
      return k;
    }
    return 0;
  }
  return 0;
}

class Stripper {
 public:
  Stripper(const char32_t* cps, size_t n, uint32_t base) : cps_(cps), n_(n), base_(base) {}

  Content Run() {
    out_.codepoints.reserve(n_);
    out_.source_begin.reserve(n_);
    out_.source_end.reserve(n_);
    size_t i = 0;
    while (i < n_) {
      char32_t c = cps_[i];
      if (c == '<') {
        size_t next = Markup(i);
        if (next > i) {
          i = next;
          continue;
        }
      } else if (c == '&') {
        char32_t cp;
        size_t next = character_reference(cps_, n_, i, &cp);
        if (next > i) {
          Emit(cp, i, next);
          i = next;
          continue;
        }
      } else if (is_html_space(c)) {
        Emit(Whitespace(i), i, i + 1);
        ++i;
        continue;
      }
      Emit(c, i, i + 1);
      ++i;
    }
    return std::move(out_);
  }

 private:
  void Emit(char32_t cp, size_t begin, size_t end) {
    out_.push(cp, base_ + static_cast<uint32_t>(begin), base_ + static_cast<uint32_t>(end));
  }

  // Source whitespace is a space, except that <pre> keeps its line breaks.
  char32_t Whitespace(size_t i) const {
    if (pre_depth_ == 0) return ' ';
    char32_t c = cps_[i];
    if (c == '\n' || (c == '\r' && (i + 1 == n_ || cps_[i + 1] != '\n'))) {
      return kParagraphSeparator;  // one: a line break, joined inside CJK
    }
    return ' ';
  }

  // The markup at cps_[i] == '<': consumes it and returns the index after
  // it, or returns i when the '<' is text.
  size_t Markup(size_t i) {
    const char32_t* p = cps_ + i;
    size_t left = n_ - i;
    if (starts_with_ci(p, left, "<!--")) {
      size_t end = CommentEnd(i + 2);
      if (end > 0) return end;
      return ToNextGreater(i);
    }
    if (left >= 2 && (p[1] == '!' || p[1] == '?')) return ToNextGreater(i);
    bool closing;
    size_t name_end;
    std::string name = read_tag_name(cps_, n_, i, &closing, &name_end);
    if (name.empty()) return i;
    size_t end = TagEnd(name_end);
    if (end == 0) return i;
    bool self_closing = cps_[end - 2] == '/';
    if (!closing && !self_closing && is_dropped_element(name)) {
      size_t element_end = EndTagEnd(name, end);
      if (element_end > 0) end = element_end;
    }
    if (name == "pre" && !self_closing) {
      if (!closing) {
        ++pre_depth_;
      } else if (pre_depth_ > 0) {
        --pre_depth_;
      }
    }
    if (is_block_element(name)) {
      Emit(kParagraphSeparator, i, end);
      Emit(kParagraphSeparator, i, end);
    }
    return end;
  }

  // The index after the '>' closing a tag whose name ends at `from`, or 0.
  // A quote opens an attribute value only after '=', as in browsers; once a
  // quote is found never to close, quotes are ignored for the rest of the
  // document (that scan reached the end; repeating it would be quadratic).
  size_t TagEnd(size_t from) {
    if (!quotes_unreliable_) {
      char32_t quote = 0, previous = 0;
      for (size_t k = from; k < n_; ++k) {
        char32_t c = cps_[k];
        if (quote != 0) {
          if (c == quote) quote = 0, previous = c;
          continue;
        }
        if (c == '>') return k + 1;
        if ((c == '"' || c == '\'') && previous == '=') {
          quote = c;
        } else if (!is_html_space(c)) {
          previous = c;
        }
      }
      quotes_unreliable_ = true;
    }
    size_t gt = NextGreater(from);
    return gt < n_ ? gt + 1 : 0;
  }

  // The first '>' at or after `from`, or n_. Callers ask with increasing
  // `from`, so the cursor only moves forward: linear over the document.
  size_t NextGreater(size_t from) {
    if (greater_ < from) greater_ = from;
    while (greater_ < n_ && cps_[greater_] != '>') ++greater_;
    return greater_;
  }

  size_t ToNextGreater(size_t i) {
    size_t gt = NextGreater(i);
    return gt < n_ ? gt + 1 : i;
  }

  // The index after the "-->" found from `from`, or 0.
  size_t CommentEnd(size_t from) {
    if (comments_unclosed_) return 0;
    for (size_t k = from; k + 2 < n_; ++k) {
      if (cps_[k] == '-' && cps_[k + 1] == '-' && cps_[k + 2] == '>') return k + 3;
    }
    comments_unclosed_ = true;
    return 0;
  }

  // The index after the end tag </name ...> found from `from`, or 0.
  size_t EndTagEnd(const std::string& name, size_t from) {
    if (contains_name(unclosed_elements_, name)) return 0;
    for (size_t k = from; k + 1 < n_; ++k) {
      if (cps_[k] != '<' || cps_[k + 1] != '/') continue;
      bool closing;
      size_t name_end;
      if (read_tag_name(cps_, n_, k, &closing, &name_end) != name) continue;
      size_t end = TagEnd(name_end);
      if (end > 0) return end;
      break;
    }
    unclosed_elements_.push_back(name);
    return 0;
  }

  static bool contains_name(const std::vector<std::string>& names, const std::string& name) {
    return std::find(names.begin(), names.end(), name) != names.end();
  }

  const char32_t* cps_;
  size_t n_;
  uint32_t base_;
  Content out_;
  int pre_depth_ = 0;
  bool quotes_unreliable_ = false;
  bool comments_unclosed_ = false;
  size_t greater_ = 0;
  std::vector<std::string> unclosed_elements_;  // end tags known to be missing
};

}  // namespace

bool looks_like_html(const char32_t* cps, size_t n) {
  size_t limit = std::min(n, kDetectionSample);
  size_t i = 0;
  // What may come before the root element: a BOM, whitespace, an XML
  // declaration, comments.
  for (;;) {
    while (i < limit && (is_html_space(cps[i]) || cps[i] == 0xFEFF)) ++i;
    bool declaration = starts_with_ci(cps + i, limit - i, "<?xml");
    bool comment = starts_with_ci(cps + i, limit - i, "<!--");
    if (!declaration && !comment) break;
    size_t k = i + 4;
    while (k < limit && cps[k] != '>') ++k;
    if (comment) {
      while (k < limit && !(cps[k] == '>' && cps[k - 1] == '-' && cps[k - 2] == '-')) ++k;
    }
    if (k >= limit) return false;
    i = k + 1;
  }
  auto root_follows = [&](size_t len) {
    return i + len >= limit || is_html_space(cps[i + len]) || cps[i + len] == '>';
  };
  if ((starts_with_ci(cps + i, limit - i, "<!doctype html") && root_follows(14)) ||
      (starts_with_ci(cps + i, limit - i, "<html") && root_follows(5))) {
    return true;
  }
  // Otherwise a fragment: count known tags that close within a short
  // distance. Each scan stops at the next '<', so this is linear. A text
  // that opens with a known tag and has another is a fragment too.
  size_t known = 0, block = 0;
  bool opens_with_tag = false;
  for (size_t j = i; j < limit; ++j) {
    if (cps[j] != '<') continue;
    bool closing;
    size_t name_end;
    std::string name = read_tag_name(cps, limit, j, &closing, &name_end);
    if (name.empty() || !is_known_element(name)) continue;
    size_t k = name_end;
    while (k < limit && k < j + 512 && cps[k] != '>' && cps[k] != '<') ++k;
    if (k >= limit || cps[k] != '>') continue;
    opens_with_tag |= j == i;
    ++known;
    block += is_block_element(name);
    j = k;
  }
  return (known >= 4 && block >= 2 && known * 2000 >= limit - i) || (opens_with_tag && known >= 2);
}

Content strip_html(const char32_t* cps, size_t n, uint32_t base) {
  return Stripper(cps, n, base).Run();
}

}  // namespace treatygraph
