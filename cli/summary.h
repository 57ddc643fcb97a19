// The summary `build` and `merge` print on stdout once the graph is written.
#ifndef TREATYGRAPH_CLI_SUMMARY_H_
#define TREATYGRAPH_CLI_SUMMARY_H_

#include <string>
#include <vector>

#include "cli/formats.h"
#include "treatygraph/graph.h"

namespace treatygraph::cli {

// Documents read and skipped, nodes and edges by type, and the files written.
void print_summary(const KnowledgeGraph& graph, size_t skipped,
                   const std::vector<const Format*>& formats, const std::string& out_dir);

}  // namespace treatygraph::cli

#endif  // TREATYGRAPH_CLI_SUMMARY_H_
