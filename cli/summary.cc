#include "cli/summary.h"

#include <cstdio>
#include <map>

namespace treatygraph::cli {

void print_summary(const KnowledgeGraph& graph, size_t skipped,
                   const std::vector<const Format*>& formats, const std::string& out_dir) {
  std::map<std::string, size_t> node_types, edge_types;
  for (const Node& n : graph.nodes()) ++node_types[n.type];
  for (const Edge& e : graph.edges()) ++edge_types[e.type];
  std::printf("documents: %zu read, %zu skipped\n", graph.documents().size(), skipped);
  std::printf("nodes: %zu\n", graph.nodes().size());
  for (const auto& [type, count] : node_types) std::printf("  %-14s %zu\n", type.c_str(), count);
  std::printf("edges: %zu\n", graph.edges().size());
  for (const auto& [type, count] : edge_types) std::printf("  %-14s %zu\n", type.c_str(), count);
  for (const Format* f : formats) std::printf("wrote %s in %s/\n", f->files, out_dir.c_str());
}

}  // namespace treatygraph::cli
