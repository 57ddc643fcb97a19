// libFuzzer target: any bytes as the input of `merge` and `extract` on stdin.
// A fragment line or a document line is parsed or refused with a Status,
// never a crash; a fragment that parses must merge into a graph that
// finalises, and must write back to a line that parses to the same line.
#include <cstdint>
#include <string>

#include "treatygraph/shard.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace treatygraph;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  parse_input_line(bytes, "fuzz:1");
  decode_base64(bytes);
  Result<FragmentLine> line = parse_fragment_line(bytes, "fuzz:1");
  if (!line.ok() || !line.value().fragment) return 0;
  std::string written = fragment_to_json_line(*line.value().fragment);
  Result<FragmentLine> again = parse_fragment_line(written, "fuzz:2");
  if (!again.ok() || fragment_to_json_line(*again.value().fragment) != written) __builtin_trap();
  KnowledgeGraph graph;
  graph.AddFragment(std::move(*line.value().fragment));
  graph.Finalize();
  return 0;
}
