#include "ingest/decode.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <memory>

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
  size_t bad = 0;
  for (size_t k = 0; k < n; ++k) {
    uint32_t offset = static_cast<uint32_t>(start + (offsets[k] < 0 ? 0 : offsets[k]));
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

void append_utf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
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
  if (nul == 0 && looks_like_utf8(s)) {
    decode_utf8(s, 0, &out);
    return out;
  }
  std::string detected = detect_with_icu(s);
  bool utf16 = detected == "UTF-16LE" || detected == "UTF-16BE";
  if (nul > 0 && !utf16) {
    return Status(StatusCode::kUnreadable, "not a text document: binary content (NUL bytes)");
  }
  // ICU's detector names GB18030 for GBK and GB2312 as well (a superset), and
  // Big5 for traditional Chinese. Anything else that is not UTF-8 is most
  // likely GB18030 in this genre, which decodes every byte sequence.
  if (detected.empty() || detected == "UTF-8" || detected.rfind("ISO-8859", 0) == 0 ||
      detected.rfind("windows-125", 0) == 0) {
    detected = "GB18030";
  }
  Status st = decode_with_icu(s, 0, detected, &out);
  if (!st.ok()) return st;
  return out;
}

}  // namespace treatygraph
