#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <unordered_map>

#include "base/utf8.h"
#include "ingest/folding.h"

namespace treatygraph {
namespace {

// Ranges sent through ICU's Traditional-Simplified transliterator.
struct Range {
  char32_t first, last;
};
constexpr Range kHanRanges[] = {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}};

// Characters that are standard in simplified text too, which ICU's
// character-level mapping would still rewrite: 俱乐部 is not 具乐部, 显著 is
// not 显着. Kept as written.
constexpr char32_t kAlsoSimplified[] = {0x4FF1 /*俱*/, 0x8457 /*著*/, 0x4E7E /*乾*/,
                                        0x77AD /*瞭*/, 0x85C9 /*藉*/};

bool is_dropped(char32_t cp) {
  switch (cp) {
    case 0x00B9: case 0x00B2: case 0x00B3:  // footnote markers ¹ ² ³
    case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:  // zero-width
    case 0x00AD:  // soft hyphen
    case 0xFFFE: case 0xFFFF:
      return true;
    default:
      break;
  }
  if (cp >= 0x2070 && cp <= 0x2079) return true;  // superscript digits
  if (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') return true;  // controls
  if (cp >= 0x7F && cp < 0xA0) return true;
  return false;
}

// Our own folds, applied after NFKC and traditional->simplified.
char32_t own_fold(char32_t cp) {
  switch (cp) {
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212: case 0xFE58: case 0xFE63:
      return '-';
    default:
      return cp;
  }
}

// One transliterator call over every Han character, each on its own line so
// that no phrase rule spans two of them: ~28k characters in one pass.
std::unordered_map<char32_t, char32_t> build_simplified(icu::Transliterator* t2s) {
  std::unordered_map<char32_t, char32_t> out;
  if (t2s == nullptr) return out;
  icu::UnicodeString all;
  std::vector<char32_t> order;
  for (const Range& r : kHanRanges) {
    for (char32_t cp = r.first; cp <= r.last; ++cp) {
      all.append(static_cast<UChar32>(cp)).append(static_cast<UChar>('\n'));
      order.push_back(cp);
    }
  }
  t2s->transliterate(all);
  size_t k = 0;
  int32_t line_start = 0;
  for (int32_t i = 0; i < all.length() && k < order.size(); ++i) {
    if (all.charAt(i) != '\n') continue;
    icu::UnicodeString piece(all, line_start, i - line_start);
    // Keep only one-to-one mappings; the rest stay as written.
    if (piece.countChar32() == 1) {
      char32_t to = piece.char32At(0);
      bool keep = std::find(std::begin(kAlsoSimplified), std::end(kAlsoSimplified), order[k]) !=
                  std::end(kAlsoSimplified);
      if (to != order[k] && !keep) out.emplace(order[k], to);
    }
    ++k;
    line_start = i + 1;
  }
  return out;
}

}  // namespace

bool compute_bmp_folds(std::vector<std::pair<char32_t, std::string>>* folds, std::string* error) {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(err);
  if (U_FAILURE(err)) {
    *error = std::string("ICU has no NFKC data: ") + u_errorName(err);
    return false;
  }
  std::unique_ptr<icu::Transliterator> t2s(
      icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, err));
  if (U_FAILURE(err) || t2s == nullptr) {
    *error = std::string("ICU has no Traditional-Simplified transliterator: ") + u_errorName(err);
    return false;
  }
  std::unordered_map<char32_t, char32_t> simplified = build_simplified(t2s.get());
  folds->clear();
  for (char32_t cp = 0; cp < 0x10000; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    std::string utf8;
    if (!is_dropped(cp)) {
      icu::UnicodeString in(static_cast<UChar32>(cp));
      icu::UnicodeString nf = in;
      if (!nfkc->isInert(cp)) {
        UErrorCode e = U_ZERO_ERROR;
        nf = nfkc->normalize(in, e);
        if (U_FAILURE(e)) nf = in;
      }
      for (int32_t i = 0; i < nf.length(); i = nf.moveIndex32(i, 1)) {
        char32_t c = nf.char32At(i);
        auto it = simplified.find(c);
        append_utf8(own_fold(it == simplified.end() ? c : it->second), &utf8);
      }
    }
    std::string itself;
    append_utf8(cp, &itself);
    if (utf8 != itself) folds->emplace_back(cp, std::move(utf8));
  }
  return true;
}

}  // namespace treatygraph
