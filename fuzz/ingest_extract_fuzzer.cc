// libFuzzer target: any bytes through ingest and every extractor.
//
// Beyond "no crash" (ASan and UBSan run with it), it checks the offset map's
// contract on every mention: the span lies inside the file, and decoding and
// normalising the original bytes gives the text the rule matched. Exactly,
// but for line breaks: whether a break is a wrap (joined) or a paragraph
// break (kept) depends on the layout of the whole document, which the span
// alone does not show, so spaces and line breaks are left out of the
// comparison (a symbol broken over two lines, A/75/⏎458, is one mention).
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "treatygraph/document.h"
#include "treatygraph/extract.h"
#include "treatygraph/graph.h"

namespace {

// Says which contract a mention broke before aborting, so a crash found in CI
// can be read from its log alone.
[[noreturn]] void fail(const treatygraph::Mention& m, const char* why) {
  std::fprintf(stderr, "contract broken: %s: %s mention [%zu, %zu) by rule %s\n", why,
               std::string(treatygraph::entity_type_name(m.type)).c_str(), size_t{m.begin}, size_t{m.end},
               m.rule.c_str());
  std::abort();
}

std::string without_breaks(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c != ' ' && c != '\n') out.push_back(c);
  }
  return out;
}

const treatygraph::Extractors& extractors() {
  static const treatygraph::Extractors* e = [] {
    auto made = treatygraph::Extractors::Create(treatygraph::Gazetteer::BuiltIn());
    if (!made.ok()) std::abort();
    return new treatygraph::Extractors(std::move(made.value()));
  }();
  return *e;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace treatygraph;
  Result<Document> doc = ingest_bytes("fuzz.txt", "", std::string(reinterpret_cast<const char*>(data), size));
  if (!doc.ok()) return 0;
  const Document& d = doc.value();
  Extraction found = extractors().Run(d);
  for (const Mention& m : found.mentions) {
    if (m.begin >= m.end || m.end > d.text.size()) fail(m, "span outside the text");
    SourceSpan span = d.source_span(m.begin, m.end);
    if (span.byte_begin >= span.byte_end || span.byte_end > d.original.size()) fail(m, "source span outside the file");
    // Only UTF-8 plain text can be re-decoded byte for byte on its own:
    // other encodings may need the state of the bytes before the span, and
    // HTML spans hold markup and entities the text does not.
    if (d.encoding != "UTF-8" || d.format != "text") continue;
    std::string source = d.original.substr(span.byte_begin, span.byte_end - span.byte_begin);
    std::string matched = d.text.substr(m.begin, m.end - m.begin);
    std::string renormalised = normalize_for_matching(source);
    if (without_breaks(renormalised) != without_breaks(matched)) {
      std::fprintf(stderr, "matched      \"%s\"\nrenormalised \"%s\"\nsource bytes [%zu, %zu)\n", matched.c_str(),
                   renormalised.c_str(), span.byte_begin, span.byte_end);
      fail(m, "the source bytes do not normalise to the matched text");
    }
  }
  for (const RelationMention& r : found.relations) {
    int n = static_cast<int>(found.mentions.size());
    if (r.from >= n || r.to >= n || r.from < RelationMention::kDocument) std::abort();
  }
  KnowledgeGraph graph;
  graph.AddDocument(d, found);
  graph.Finalize();
  return 0;
}
