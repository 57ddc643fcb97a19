// libFuzzer target: any bytes as a built graph for `query`. The loader must
// reject what it cannot read with a Status, never crash; what it accepts
// must index and answer a lookup.
#include <cstdint>
#include <string>

#include "treatygraph/export.h"
#include "treatygraph/query.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace treatygraph;
  Result<KnowledgeGraph> graph =
      parse_jsonld(std::string(reinterpret_cast<const char*>(data), size), "fuzz.jsonld");
  if (!graph.ok()) return 0;
  GraphIndex index(std::move(graph.value()));
  index.Resolve("A/RES/73/334");
  index.Find("组织", "");
  index.Timeline(std::nullopt);
  return 0;
}
