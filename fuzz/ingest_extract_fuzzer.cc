// libFuzzer target: any bytes through ingest and every extractor.
//
// Beyond "no crash" (ASan and UBSan run with it), it checks the offset map's
// contract on every mention: the span lies inside the file, and decoding and
// normalising the original bytes gives exactly the text the rule matched.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "treatygraph/document.h"
#include "treatygraph/extract.h"
#include "treatygraph/graph.h"

namespace {

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
    if (m.begin >= m.end || m.end > d.text.size()) std::abort();
    SourceSpan span = d.source_span(m.begin, m.end);
    if (span.byte_begin >= span.byte_end || span.byte_end > d.original.size()) std::abort();
    // Only UTF-8 plain text can be re-decoded byte for byte on its own:
    // other encodings may need the state of the bytes before the span, and
    // HTML spans hold markup and entities the text does not.
    if (d.encoding == "UTF-8" && d.format == "text" &&
        normalize_for_matching(d.original.substr(span.byte_begin, span.byte_end - span.byte_begin)) !=
            d.text.substr(m.begin, m.end - m.begin)) {
      std::abort();
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
