// Relation rules: typed edges between the mentions of one document, found
// after overlap resolution. The rules read the mention sequence by position
// rather than matching whole sentences, so they work whatever words stand
// between the ends: a date, then optional 在/于 + place, then a verb phrase
// (举行的, 签署的, 通过的 ...), then the meeting or instrument it describes.
//
// One family of rules per file, all declared in extract/relation_rules.h:
//   relation_setting.cc      HELD_IN, HELD_ON, SIGNED_IN, SIGNED_ON, ADOPTED_ON
//   relation_document.cc     the document's own text and its closing dateline
//   relation_part_of.cc      PART_OF
//   relation_parties.cc      SPONSORED_BY, SIGNED_BY, REPRESENTS
//   relation_citation.cc     RECALLS, NOTES, WELCOMES, RECOGNIZES, ...
//   relation_cooperation.cc  COOPERATES_WITH
// This file holds the shared context and text helpers.
#include <algorithm>
#include <array>
#include <iterator>

#include "extract/extractors_internal.h"
#include "extract/relation_rules.h"
#include "extract/text_util.h"

namespace treatygraph {

RelationContext::RelationContext(const Document& doc, const std::vector<Mention>& mentions,
                                 std::vector<RelationMention>* out)
    : doc_(doc), text_(doc.text), sentences_(doc.sentences), mentions_(mentions), out_(out) {
  // Mentions arrive sorted by (begin, longer first): a mention that ends
  // inside the last kept one is nested in it.
  uint32_t covered_to = 0;
  bool any = false;
  for (size_t i = 0; i < mentions_.size(); ++i) {
    const Mention& m = mentions_[i];
    if (any && m.end <= covered_to) continue;
    top_.push_back(static_cast<int>(i));
    covered_to = std::max(covered_to, m.end);
    any = true;
  }
}

std::string_view RelationContext::slice(uint32_t begin, uint32_t end) const {
  if (end <= begin || begin >= text_.size()) return {};
  return text_.substr(begin, std::min<size_t>(end, text_.size()) - begin);
}

std::string_view RelationContext::between(int first, int second) const {
  return slice(mention(first).end, mention(second).begin);
}

uint32_t RelationContext::sentence_begin(uint32_t pos) const {
  auto after = std::upper_bound(sentences_.begin(), sentences_.end(), pos,
                                [](uint32_t p, const Sentence& s) { return p < s.begin; });
  if (after == sentences_.begin()) return 0;
  return std::prev(after)->begin;
}

std::string RelationContext::entity_of(int i) const {
  const Mention& m = mention(i);
  std::string key;
  switch (m.type) {
    case EntityType::kDate:
    case EntityType::kUNDocument:
      key = m.value;
      break;
    case EntityType::kResolution:
      key = m.value.empty() ? "title:" + m.canonical : m.value;
      break;
    default:
      key = m.canonical.empty() ? m.name : m.canonical;
  }
  return std::string(entity_type_name(m.type)) + '\x1f' + key;
}

void RelationContext::Add(const char* type, int from, int to, uint32_t begin, uint32_t end,
                          const char* rule) {
  if (from == to) return;
  if (!seen_.emplace(type, from, to).second) return;
  if (from >= 0) from_entities_.emplace(type, entity_of(from));
  RelationMention r;
  r.type = type;
  r.from = from;
  r.to = to;
  r.begin = begin;
  r.end = std::max(begin, end);
  r.rule = rule;
  out_->push_back(std::move(r));
}

bool RelationContext::HasFrom(std::string_view type, int from) const {
  return from_entities_.count({std::string(type), entity_of(from)}) > 0;
}

namespace {

// The code point starting at text[i] (0 when i is out of range or not at a
// start byte) and the one ending just before text[i].
char32_t code_point_at(std::string_view text, size_t i) {
  if (i >= text.size()) return 0;
  unsigned char c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) return c;
  if ((c & 0xF0) == 0xE0 && i + 2 < text.size()) {
    return ((c & 0x0F) << 12) | ((text[i + 1] & 0x3F) << 6) | (text[i + 2] & 0x3F);
  }
  return 0xFFFF;  // other lengths never matter here
}

char32_t code_point_before(std::string_view text, size_t i) {
  if (i == 0) return 0;
  size_t j = i - 1;
  while (j > 0 && (static_cast<unsigned char>(text[j]) & 0xC0) == 0x80) --j;
  return code_point_at(text, j);
}

bool is_ideograph(char32_t c) { return c >= 0x4E00 && c <= 0x9FFF; }

// Lines of a wrapped PDF column run to the full width; a heading or a
// signature line is short.
constexpr size_t kWrappedLineBytes = 25 * 3;

}  // namespace

GapShape RelationContext::shape(uint32_t begin, uint32_t end) const {
  std::string_view gap = slice(begin, end);
  GapShape whole = shape_of(gap);
  if (!whole.sentence_break) return whole;
  // Rejoin the pieces around soft wraps and read them again.
  std::string joined;
  size_t from = 0;
  for (size_t nl = gap.find('\n'); nl != std::string_view::npos; nl = gap.find('\n', nl + 1)) {
    size_t at = begin + nl;
    size_t line_start = text_.rfind('\n', at == 0 ? 0 : at - 1);
    line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
    bool soft = is_ideograph(code_point_before(text_, at)) &&
                is_ideograph(code_point_at(text_, at + 1)) && at - line_start >= kWrappedLineBytes;
    if (!soft) continue;
    joined += gap.substr(from, nl - from);
    from = nl + 1;
  }
  if (from == 0) return whole;
  joined += gap.substr(from);
  return shape_of(joined);
}

size_t RelationContext::top_at(uint32_t pos) const {
  auto it = std::lower_bound(top_.begin(), top_.end(), pos,
                             [&](int i, uint32_t p) { return mention(i).begin < p; });
  return static_cast<size_t>(it - top_.begin());
}

bool contains(std::string_view s, std::string_view word) {
  return s.find(word) != std::string_view::npos;
}

bool contains_any(std::string_view s, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) {
    if (contains(s, w)) return true;
  }
  return false;
}

std::string_view trim(std::string_view s) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

std::string_view strip_marks(std::string_view s) {
  static const std::string_view kMarks[] = {"《", "》", "“", "”", "〈", "〉", "\"", "'", "‘", "’"};
  bool changed = true;
  while (changed) {
    changed = false;
    s = trim(s);
    for (std::string_view m : kMarks) {
      if (starts_with(s, m)) s.remove_prefix(m.size()), changed = true;
      if (ends_with(s, m)) s.remove_suffix(m.size()), changed = true;
    }
  }
  return s;
}

GapShape shape_of(std::string_view gap) {
  static const std::string_view kOpen[] = {"“", "《", "(", "〈", "‘", "「", "["};
  static const std::string_view kClose[] = {"”", "》", ")", "〉", "’", "」", "]"};
  static const std::string_view kSentenceEnd[] = {"。", ";", "!", "?", "\n"};
  // The bytes a mark or a comma can start with: at any other byte there is
  // nothing to compare (most bytes of a gap are ideographs).
  static const std::array<bool, 256> kMayStartMark = [] {
    std::array<bool, 256> may{};
    for (std::string_view m : kOpen) may[static_cast<unsigned char>(m[0])] = true;
    for (std::string_view m : kClose) may[static_cast<unsigned char>(m[0])] = true;
    for (std::string_view m : kSentenceEnd) may[static_cast<unsigned char>(m[0])] = true;
    may[','] = may[':'] = true;
    return may;
  }();
  GapShape shape;
  int depth = 0;
  size_t i = 0;
  while (i < gap.size()) {
    if (!kMayStartMark[static_cast<unsigned char>(gap[i])]) {
      ++i;
      continue;
    }
    std::string_view rest = gap.substr(i);
    size_t step = 1;
    bool matched = false;
    for (std::string_view e : kSentenceEnd) {
      if (starts_with(rest, e)) shape.sentence_break = true, step = e.size(), matched = true;
    }
    for (std::string_view o : kOpen) {
      if (!matched && starts_with(rest, o)) ++depth, step = o.size(), matched = true;
    }
    for (std::string_view c : kClose) {
      if (!matched && starts_with(rest, c))
        depth = std::max(0, depth - 1), step = c.size(), matched = true;
    }
    if (!matched && depth == 0 && (rest[0] == ',' || rest[0] == ':')) ++shape.commas;
    i += step;
  }
  shape.open = depth;
  return shape;
}

bool is_coordinator(std::string_view gap) {
  // Footnote markers survive normalisation as digits: 《伊斯兰堡宣言》2和.
  gap = strip_marks(gap);
  // A pointer to where the text is: 《巴库宣言》(见附件一)和《最后文件》.
  if (starts_with(gap, "(见") || starts_with(gap, "(附件")) {
    size_t close = gap.find(')');
    if (close != std::string_view::npos && close <= 20) gap = strip_marks(gap.substr(close + 1));
  }
  while (!gap.empty() && ((gap.front() >= '0' && gap.front() <= '9') || gap.front() == ' ')) {
    gap.remove_prefix(1);
  }
  while (!gap.empty() && ((gap.back() >= '0' && gap.back() <= '9') || gap.back() == ' ')) {
    gap.remove_suffix(1);
  }
  gap = strip_marks(gap);
  // 《宣言》及其附件《行动计划》: an annex is issued with its text.
  return gap.empty() || gap == "、" || gap == "和" || gap == "及" || gap == "以及" || gap == "与" ||
         gap == "同" || gap == "及其附件" || gap == "及其";
}

void extract_relations(const Document& doc, const std::vector<Mention>& mentions,
                       std::vector<RelationMention>* out) {
  RelationContext ctx(doc, mentions, out);
  relate_settings(ctx);
  relate_document_dateline(ctx);
  relate_part_of(ctx);
  relate_parties(ctx);
  relate_citations(ctx);
  relate_cooperation(ctx);
}

}  // namespace treatygraph
