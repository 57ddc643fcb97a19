// The export formats, in one table so that help text, parsing and writing
// cannot drift apart. Shared by `build` and `export`.
#ifndef TREATYGRAPH_CLI_FORMATS_H_
#define TREATYGRAPH_CLI_FORMATS_H_

#include <string>
#include <vector>

#include "treatygraph/graph.h"
#include "treatygraph/status.h"

namespace treatygraph::cli {

struct Format {
  const char* name;
  const char* files;  // what it writes into the output folder
  // `threads`: how many threads the writer may use (the JSON-LD writer
  // encodes its index beside it when given two).
  Status (*write)(const KnowledgeGraph& graph, const std::string& dir, size_t threads);
};

// "graphml,jsonld" -> formats; false (with a message on stderr) on an
// unknown name.
bool parse_format_list(const std::string& list, const char* command,
                       std::vector<const Format*>* out);

// graphml and jsonld: what `build` writes when not told otherwise.
std::vector<const Format*> default_formats();

// Creates `dir` and writes each format into it, on up to one thread per
// format when `threads` > 1; the first failure (in `formats` order) is
// returned, and every format that could be written is.
Status write_formats(const KnowledgeGraph& graph, const std::vector<const Format*>& formats,
                     const std::string& dir, size_t threads);

// The process ends once the command returns: leave the finished graph to
// the operating system instead of freeing its millions of small allocations
// one by one (3% of a build). It stays reachable, so leak checkers are quiet.
void keep_until_exit(KnowledgeGraph&& graph);


}  // namespace treatygraph::cli

#endif  // TREATYGRAPH_CLI_FORMATS_H_
