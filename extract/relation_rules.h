// The relation rule families (extract/relation_*.cc) and what they share:
// one document's mentions seen as a flat sequence, the keys the graph will
// resolve them to, and helpers for reading the text between two mentions.
// Private to extract/; the entry point is extract_relations() in
// extract/relations.cc.
#ifndef TREATYGRAPH_EXTRACT_RELATION_RULES_H_
#define TREATYGRAPH_EXTRACT_RELATION_RULES_H_

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "extract/text_util.h"
#include "treatygraph/document.h"
#include "treatygraph/extract.h"

namespace treatygraph {

// What stands between two mentions, read for clause structure. A sentence
// end (。 ; ! ? or a paragraph break) always separates; a comma or colon
// does only outside quotation marks, title marks and brackets, so
// 题为“加强……联系,实现……目标”的 stays one clause.
struct GapShape {
  bool sentence_break = false;
  int commas = 0;  // , and : outside quotes and brackets
  int open = 0;    // quotes or brackets opened and not closed in the gap
};
// One document under relation extraction. Collects relations once per
// (type, from, to) mention pair; the graph merges pairs of one entity.
class RelationContext {
 public:
  // REQUIRES: `mentions` sorted by position (as Extractors::Run leaves them);
  // doc, mentions and out outlive the context.
  RelationContext(const Document& doc, const std::vector<Mention>& mentions,
                  std::vector<RelationMention>* out);

  std::string_view text() const { return text_; }
  const std::vector<Mention>& mentions() const { return mentions_; }
  const Mention& mention(int i) const { return mentions_[static_cast<size_t>(i)]; }

  // Index into top() of the first top-level mention beginning at or after
  // `pos` (top().size() when none does).
  size_t top_at(uint32_t pos) const;

  // Mentions not nested inside a longer one, in text order: the sequence
  // the positional rules walk. (An organisation inside a meeting's name or a
  // place inside 杜尚别进程 is part of that name, not a token of the clause.)
  const std::vector<int>& top() const { return top_; }

  // text[begin, end), empty when end <= begin.
  std::string_view slice(uint32_t begin, uint32_t end) const;
  // Text between two top-level neighbours (empty when they touch or overlap).
  std::string_view between(int first, int second) const;

  // Where the sentence holding text[pos] begins (Document::sentences; a
  // sentence never spans a line break). A binary search: O(log sentences).
  uint32_t sentence_begin(uint32_t pos) const;

  // How far back from text[pos] a rule looking for what a clause refers to
  // (该会议……) may go: to the sentence's start, at most 600 bytes, so that a
  // document of one endless sentence stays linear.
  uint32_t reach_back(uint32_t pos) const {
    return std::max(sentence_begin(pos), pos > 600 ? pos - 600 : 0u);
  }

  // Whether the original file breaks its line between text[pos - 1] and
  // text[pos], where the normalised view joined the two lines (a title and
  // its subtitle read like one wrapped line). REQUIRES: 0 < pos < text().size().
  bool original_break_before(uint32_t pos) const { return doc_.line_of(pos - 1) != doc_.line_of(pos); }

  // The layout the normalised view folds (the spaces between a signature
  // block's columns): the decoded original of a plain-text document, empty
  // for a web page, and where text[pos] came from in it.
  // REQUIRES: pos < text().size().
  std::string_view layout() const { return doc_.format == "html" ? std::string_view() : doc_.decoded; }
  size_t layout_at(uint32_t pos) const {
    return doc_.decoded_byte[doc_.text_codepoint_begin[doc_.text_codepoint_index(pos)]];
  }

  // shape_of(text[begin, end)), except that a line break the ingest kept
  // inside a wrapped sentence (a long line ending mid-word in CJK text,
  // as PDF extractions leave them) does not end the clause.
  GapShape shape(uint32_t begin, uint32_t end) const;

  // The entity a mention resolves to in the graph: type plus key (UN
  // symbol, ISO date, or canonical name), so two mentions compare equal
  // exactly when they become one node.
  std::string entity_of(int i) const;

  // Records a relation once per (type, from, to). [begin, end) is the
  // evidence; the graph quotes the sentence holding `begin`.
  void Add(const char* type, int from, int to, uint32_t begin, uint32_t end, const char* rule);

  // The relations recorded so far, in the order added.
  const std::vector<RelationMention>& relations() const { return *out_; }

  // True when a relation of `type` already leaves the entity of mention `from`.
  bool HasFrom(std::string_view type, int from) const;

 private:
  const Document& doc_;
  std::string_view text_;
  const std::vector<Sentence>& sentences_;
  const std::vector<Mention>& mentions_;
  std::vector<int> top_;
  std::vector<RelationMention>* out_;
  std::set<std::tuple<std::string, int, int>> seen_;
  std::set<std::pair<std::string, std::string>> from_entities_;  // (type, entity)
};

// Small text helpers on normalised UTF-8.
bool contains(std::string_view s, std::string_view word);
bool contains_any(std::string_view s, std::initializer_list<std::string_view> words);
// `s` without leading and trailing ASCII whitespace.
std::string_view trim(std::string_view s);
// `s` without leading and trailing whitespace, quotation and title marks:
// what is left between 《A》 and 《B》 once the names' own marks are gone.
std::string_view strip_marks(std::string_view s);

GapShape shape_of(std::string_view gap);

// True when the gap joins two items of one list: 、 和 及 以及 与 or nothing
// (footnote digits and spaces around them are ignored).
bool is_coordinator(std::string_view gap);

// The rule families, each in its own file.
// Dates and places of meetings, instruments and resolutions
// (HELD_IN, HELD_ON, SIGNED_IN, SIGNED_ON, ADOPTED_ON): relation_setting.cc.
void relate_settings(RelationContext& ctx);
// The document's own instrument or resolution and its closing dateline
// (SIGNED_ON, SIGNED_IN, ADOPTED_ON): relation_document.cc.
void relate_document_dateline(RelationContext& ctx);
// Organs and their parents (PART_OF): relation_part_of.cc.
void relate_part_of(RelationContext& ctx);
// Sponsors, signatories and whom people represent (SPONSORED_BY,
// SIGNED_BY, REPRESENTS): relation_parties.cc.
void relate_parties(RelationContext& ctx);
// What a resolution's paragraphs do with earlier texts (RECALLS, NOTES,
// WELCOMES, RECOGNIZES, REAFFIRMS, DECIDES, REQUESTS): relation_citation.cc.
void relate_citations(RelationContext& ctx);
// Organisations working together (COOPERATES_WITH): relation_cooperation.cc.
void relate_cooperation(RelationContext& ctx);

}  // namespace treatygraph

#endif  // TREATYGRAPH_EXTRACT_RELATION_RULES_H_
