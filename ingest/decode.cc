#include "ingest/decode.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <utility>

namespace treatygraph {
namespace {

constexpr char32_t kReplacement = 0xFFFD;
// Past this many, undecodable bytes are counted in one summary warning.
constexpr size_t kMaxDetailedWarnings = 8;

void warn_undecodable(Decoded* out, uint64_t offset, size_t* count) {
  if (++*count <= kMaxDetailedWarnings) {
    out->warnings.push_back({offset, "undecodable " + out->encoding + " bytes replaced by U+FFFD"});
  }
}

void finish_warnings(Decoded* out, size_t count) {
  if (count > kMaxDetailedWarnings) {
    out->warnings.push_back(
        {0, std::to_string(count) + " undecodable sequences in all were replaced by U+FFFD"});
  }
}

// Length of the valid UTF-8 sequence at s[i], or 0 if it is invalid
// (overlong forms, surrogates, code points past U+10FFFF, truncation).
size_t utf8_sequence_length(std::string_view s, size_t i, char32_t* cp) {
  unsigned char c = s[i];
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  size_t len;
  char32_t min;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2, min = 0x80, *cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3, min = 0x800, *cp = c & 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4, min = 0x10000, *cp = c & 0x07;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  for (size_t k = 1; k < len; ++k) {
    unsigned char cc = s[i + k];
    if ((cc & 0xC0) != 0x80) return 0;
    *cp = (*cp << 6) | (cc & 0x3F);
  }
  if (*cp < min || *cp > 0x10FFFF || (*cp >= 0xD800 && *cp <= 0xDFFF)) return 0;
  return len;
}

// Whether the bytes are UTF-8, perhaps with a few corrupt sequences.
bool looks_like_utf8(std::string_view s) {
  size_t invalid = 0, multibyte = 0, i = 0;
  while (i < s.size()) {
    char32_t cp;
    size_t n = utf8_sequence_length(s, i, &cp);
    if (n == 0) {
      ++invalid;
      ++i;
    } else {
      multibyte += n > 1;
      i += n;
    }
  }
  // A legacy-encoded Chinese file has invalid sequences nearly everywhere; a
  // UTF-8 file with a few corrupt bytes is still UTF-8.
  return invalid == 0 || invalid * 4 < multibyte;
}

void decode_utf8(std::string_view s, size_t start, Decoded* out) {
  out->encoding = "UTF-8";
  // At most one code point per byte: reserving that copies nothing later,
  // and the pages of capacity never written do not count against memory.
  out->codepoints.reserve(s.size() - start);
  out->source_byte.reserve(s.size() - start + 1);
  size_t bad = 0;
  size_t i = start;
  while (i < s.size()) {
    char32_t cp;
    size_t n = utf8_sequence_length(s, i, &cp);
    out->source_byte.push_back(static_cast<uint32_t>(i));
    if (n == 0) {
      warn_undecodable(out, i, &bad);
      out->codepoints.push_back(kReplacement);
      ++i;
    } else {
      out->codepoints.push_back(cp);
      i += n;
    }
  }
  out->source_byte.push_back(static_cast<uint32_t>(s.size()));
  finish_warnings(out, bad);
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

// Decodes with an ICU converter, keeping ICU's per-unit source offsets.
Status decode_with_icu(std::string_view s, size_t start, const std::string& encoding,
                       Decoded* out) {
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open(encoding.c_str(), &err));
  if (U_FAILURE(err)) {
    return Status(StatusCode::kUnreadable, "no converter for encoding " + encoding);
  }
  out->encoding = encoding;
  // Substitute U+FFFD for illegal sequences rather than stopping.
  ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_SUBSTITUTE, nullptr, nullptr, nullptr, &err);
  std::vector<UChar> units(s.size() - start + 16);
  std::vector<int32_t> offsets(units.size());
  const char* src = s.data() + start;
  UChar* target = units.data();
  err = U_ZERO_ERROR;
  ucnv_toUnicode(conv.get(), &target, units.data() + units.size(), &src, s.data() + s.size(),
                 offsets.data(), true, &err);
  if (U_FAILURE(err)) {
    return Status(StatusCode::kUnreadable, std::string("decoding failed: ") + u_errorName(err));
  }
  size_t n = target - units.data();
  out->codepoints.reserve(n);
  out->source_byte.reserve(n + 1);
  size_t bad = 0;
  uint32_t offset = static_cast<uint32_t>(start);
  for (size_t k = 0; k < n; ++k) {
    // ICU gives -1 for a unit it made up rather than read; it then belongs
    // where the previous one came from, which keeps offsets non-decreasing.
    if (offsets[k] >= 0) offset = static_cast<uint32_t>(start + offsets[k]);
    char32_t cp = units[k];
    if (U16_IS_LEAD(cp) && k + 1 < n && U16_IS_TRAIL(units[k + 1])) {
      cp = U16_GET_SUPPLEMENTARY(cp, units[k + 1]);
      ++k;
    } else if (U16_IS_SURROGATE(cp)) {
      cp = kReplacement;
    }
    if (cp == kReplacement) warn_undecodable(out, offset, &bad);
    out->codepoints.push_back(cp);
    out->source_byte.push_back(offset);
  }
  out->source_byte.push_back(static_cast<uint32_t>(s.size()));
  finish_warnings(out, bad);
  return Status::Ok();
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// Binary formats commonly found in document folders, by magic number.
const char* binary_format(std::string_view s) {
  if (starts_with(s, "\x89PNG")) return "a PNG image";
  if (starts_with(s, "\xFF\xD8\xFF")) return "a JPEG image";
  if (starts_with(s, "GIF8")) return "a GIF image";
  if (starts_with(s, "PK\x03\x04")) return "a zip archive (or Office file)";
  if (starts_with(s, "%PDF")) return "a PDF file (extract its text first)";
  if (starts_with(s, "\x1F\x8B")) return "a gzip file";
  if (starts_with(s, "\x7F" "ELF")) return "an executable";
  return nullptr;
}

// Text in any 8-bit encoding has no NUL bytes; UTF-16 has many.
size_t count_nul(std::string_view s) {
  size_t n = 0;
  for (char c : s.substr(0, 1 << 16)) n += c == '\0';
  return n;
}

// Whether a UTF-16 code unit is likely in a text of this genre: ASCII and
// Latin letters, Greek and Cyrillic, general and CJK punctuation,
// ideographs, full-width forms, and the whitespace controls.
bool plausible_utf16_unit(uint16_t u) {
  return u == '\t' || u == '\n' || u == '\r' || (u >= 0x20 && u <= 0x7E) ||
         (u >= 0xA0 && u <= 0x24F) || (u >= 0x370 && u <= 0x4FF) ||
         (u >= 0x2010 && u <= 0x206F) || (u >= 0x2460 && u <= 0x24FF) ||
         (u >= 0x3000 && u <= 0x303F) || (u >= 0x3200 && u <= 0x32FF) ||
         (u >= 0x3400 && u <= 0x4DBF) || (u >= 0x4E00 && u <= 0x9FFF) ||
         (u >= 0xFF00 && u <= 0xFFEF);
}

// Percentage of the sample's code units that are plausible when it is read
// as UTF-16 in the given byte order.
size_t plausible_utf16_percent(std::string_view s, bool little_endian) {
  std::string_view sample = s.substr(0, 1 << 16);
  size_t units = sample.size() / 2;
  if (units == 0) return 0;
  size_t plausible = 0;
  for (size_t k = 0; k < units; ++k) {
    unsigned char a = sample[2 * k], b = sample[2 * k + 1];
    plausible +=
        plausible_utf16_unit(static_cast<uint16_t>(little_endian ? a | b << 8 : a << 8 | b));
  }
  return plausible * 100 / units;
}

// UTF-16 without a BOM, told by its code units. ICU's detector only trusts
// it when it is mostly ASCII (NUL bytes), and Chinese-only UTF-16 has no NUL
// byte at all. Read in the right byte order, nearly every unit of Chinese
// text is plausible; a byte-oriented encoding read as UTF-16 is far from it
// (GB2312's bytes are both >= 0xA1, which puts the units past the
// ideographs), and so is binary data. Returns the encoding, or nullptr.
const char* detect_utf16_without_bom(std::string_view s) {
  if (s.size() < 4) return nullptr;
  size_t le = plausible_utf16_percent(s, true), be = plausible_utf16_percent(s, false);
  if (le >= 95 && le > be) return "UTF-16LE";
  if (be >= 95 && be > le) return "UTF-16BE";
  return nullptr;
}

// The encoding a page declares in its first bytes (`<meta charset="big5">`,
// `content="text/html; charset=gb2312"`), mapped to the converter we use;
// empty if none or not one of ours. Only consulted for bytes that are not
// UTF-8: a page that decodes as UTF-8 is UTF-8, whatever it claims (saved
// pages often keep a stale declaration).
std::string declared_charset(std::string_view s) {
  std::string head(s.substr(0, 2048));
  for (char& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  size_t at = head.find("charset");
  if (at == std::string::npos || head.find("<meta") == std::string::npos) return "";
  size_t k = at + 7;
  while (k < head.size() && std::string_view(" =\"'").find(head[k]) != std::string_view::npos) {
    ++k;
  }
  size_t end = k;
  while (end < head.size() && (std::isalnum(static_cast<unsigned char>(head[end])) ||
                               head[end] == '-' || head[end] == '_')) {
    ++end;
  }
  std::string name = head.substr(k, end - k);
  if (name == "gb2312" || name == "gbk" || name == "gb18030" || name == "x-gbk" ||
      name == "cp936" || name == "euc-cn") {
    return "GB18030";
  }
  if (name == "big5" || name == "big5-hkscs" || name == "x-x-big5" || name == "cp950") {
    return "Big5";
  }
  return "";
}

// Whether decoded content is too full of U+FFFD and control characters to
// be text: what binary data without a known magic number looks like once a
// legacy decoder (GB18030 decodes nearly any byte sequence) is done with it.
bool looks_binary(const Decoded& d) {
  size_t bad = 0;
  for (char32_t cp : d.codepoints) {
    bool control = cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r' && cp != '\f';
    bad += cp == kReplacement || control;
  }
  return bad * 20 > d.codepoints.size();
}

std::string detect_with_icu(std::string_view s) {
  UErrorCode err = U_ZERO_ERROR;
  UCharsetDetector* det = ucsdet_open(&err);
  if (U_FAILURE(err)) return "";
  std::string_view sample = s.substr(0, 1 << 16);
  ucsdet_setText(det, sample.data(), static_cast<int32_t>(sample.size()), &err);
  const UCharsetMatch* match = ucsdet_detect(det, &err);
  std::string name;
  if (U_SUCCESS(err) && match != nullptr) {
    const char* n = ucsdet_getName(match, &err);
    if (U_SUCCESS(err) && n != nullptr) name = n;
  }
  ucsdet_close(det);
  return name;
}

}  // namespace

std::vector<char32_t> utf8_codepoints(std::string_view utf8) {
  std::vector<char32_t> out;
  out.reserve(utf8.size());
  for (size_t i = 0; i < utf8.size();) {
    char32_t cp;
    size_t n = utf8_sequence_length(utf8, i, &cp);
    out.push_back(n == 0 ? kReplacement : cp);
    i += n == 0 ? 1 : n;
  }
  return out;
}

Result<Decoded> decode_bytes(std::string_view s) {
  Decoded out;
  if (s.size() >= UINT32_MAX) {
    return Status(StatusCode::kUnreadable, "file larger than 4 GiB is not supported");
  }
  if (starts_with(s, "\xEF\xBB\xBF")) {
    decode_utf8(s, 3, &out);
    return out;
  }
  // UTF-32 first: its little-endian BOM starts like UTF-16's.
  for (auto [bom, encoding] : {std::pair{std::string_view("\xFF\xFE\0\0", 4), "UTF-32LE"},
                               std::pair{std::string_view("\0\0\xFE\xFF", 4), "UTF-32BE"}}) {
    if (!starts_with(s, bom)) continue;
    Status st = decode_with_icu(s, 4, encoding, &out);
    if (!st.ok()) return st;
    return out;
  }
  if (starts_with(s, "\xFF\xFE")) {
    Status st = decode_with_icu(s, 2, "UTF-16LE", &out);
    if (!st.ok()) return st;
    return out;
  }
  if (starts_with(s, "\xFE\xFF")) {
    Status st = decode_with_icu(s, 2, "UTF-16BE", &out);
    if (!st.ok()) return st;
    return out;
  }
  if (const char* what = binary_format(s)) {
    return Status(StatusCode::kUnreadable, std::string("not a text document: ") + what);
  }
  size_t nul = count_nul(s);
  bool utf8 = looks_like_utf8(s);
  if (nul == 0 && utf8) {
    decode_utf8(s, 0, &out);
    return out;
  }
  if (const char* utf16 = detect_utf16_without_bom(s)) {
    Status st = decode_with_icu(s, 0, utf16, &out);
    if (!st.ok()) return st;
    return out;
  }
  // A stray NUL or two in a UTF-8 text (a bad copy, a careless tool) does
  // not make it binary: binary content has NULs and invalid sequences all
  // over. The normaliser drops the NULs like any other control character.
  if (utf8 && nul * 100 < std::min<size_t>(s.size(), 1 << 16)) {
    decode_utf8(s, 0, &out);
    out.warnings.insert(out.warnings.begin(),
                        {s.find('\0'), "NUL bytes in UTF-8 text ignored (the first is here)"});
    return out;
  }
  // ICU's detector is weak on short texts: a line of GB18030 comes out as
  // IBM420, KOI8-R or UTF-16BE. Only its UTF-16 verdict is taken, and only
  // when the code units agree (random bytes have NULs too); Big5 is kept;
  // anything else is GB18030 in this genre (which covers GBK and GB2312).
  std::string declared = nul == 0 ? declared_charset(s) : "";
  std::string detected = declared.empty() ? detect_with_icu(s) : declared;
  bool utf16 = (detected == "UTF-16LE" || detected == "UTF-16BE") &&
               plausible_utf16_percent(s, detected == "UTF-16LE") >= 80;
  if (nul > 0 && !utf16) {
    return Status(StatusCode::kUnreadable, "not a text document: binary content (NUL bytes)");
  }
  if (!utf16 && detected != "Big5") detected = "GB18030";
  Status st = decode_with_icu(s, 0, detected, &out);
  if (!st.ok()) return st;
  if (looks_binary(out)) {
    return Status(StatusCode::kUnreadable,
                  "not a text document: binary content (undecodable as " + detected + ")");
  }
  return out;
}

}  // namespace treatygraph
