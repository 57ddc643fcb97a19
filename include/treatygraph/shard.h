// Sharded building: `treatygraph extract` turns documents into fragments, one
// line of JSON each, and `treatygraph merge` adds any number of fragment
// lines, in any order and grouping, to a graph. The merged graph is the one
// `build` makes of the same documents, byte for byte, so extraction can run
// as the map step of Hadoop Streaming or Spark (`RDD.pipe`).
//
//   std::string line = fragment_to_json_line(make_fragment(doc, found));
//   Result<FragmentLine> back = parse_fragment_line(line, "part-00000:17");
//   if (back.ok() && back.value().fragment) graph.AddFragment(*back.value().fragment);
//
// Line format (one JSON object, no newline inside):
//   {"treatygraph":"fragment","version":1,
//    "document":{"id","name","path","encoding","format","bytes","sentences":[…]},
//    "mentions":[{"id","type","canonical","name","value","evidence":EV}…],
//    "relations":[{"from","to","type","evidence":EV}…]}
//   EV = [sentence, line, byte_begin, byte_end, codepoint_begin, codepoint_end,
//         surface, rule]
// or, for an input that could not be read,
//   {"treatygraph":"skipped","version":1,"input":NAME,"reason":TEXT}
#ifndef TREATYGRAPH_SHARD_H_
#define TREATYGRAPH_SHARD_H_

#include <optional>
#include <string>
#include <string_view>

#include "treatygraph/graph.h"
#include "treatygraph/status.h"

namespace treatygraph {

// The fragment line of one document, without the final newline.
std::string fragment_to_json_line(const DocumentFragment& fragment);

// The line recording an input that extract skipped, and why.
std::string skipped_to_json_line(const std::string& input, const std::string& reason);

// One parsed line: a fragment, or the record of a skipped input.
struct FragmentLine {
  std::optional<DocumentFragment> fragment;
  std::string skipped_input;  // set when the line records a skipped input
  std::string skipped_reason;
};

// Parses a line that fragment_to_json_line or skipped_to_json_line wrote.
// `origin` ("file:line") names it in errors, which also give the byte offset
// of a syntax error.
Result<FragmentLine> parse_fragment_line(std::string line, const std::string& origin);

// A document given to `extract` on stdin: one JSON object per line,
//   {"name": NAME, "text": UTF8}  or  {"name": NAME, "base64": BYTES}
// with an optional "path" (default: none, as for stdin). When only "path"
// is given, the name is its last component.
struct InputDocument {
  std::string name;
  std::string path;
  std::string bytes;
};
Result<InputDocument> parse_input_line(std::string line, const std::string& origin);

// Standard base64 (RFC 4648, '=' padding, no line breaks); nullopt if `text`
// is not.
std::optional<std::string> decode_base64(std::string_view text);

}  // namespace treatygraph

#endif  // TREATYGRAPH_SHARD_H_
