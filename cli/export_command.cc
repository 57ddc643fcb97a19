// `treatygraph export`: convert a built graph to other formats without
// rebuilding, from the lossless JSON-LD record that `build` wrote.
#include <cstdio>
#include <thread>

#include "cli/commands.h"
#include "cli/formats.h"
#include "treatygraph/export.h"

namespace treatygraph::cli {

int run_export(const Args& args) {
  std::string graph_dir, out_dir;
  std::vector<const Format*> formats;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--graph" && i + 1 < args.size()) {
      graph_dir = args[++i];
    } else if (a == "--out" && i + 1 < args.size()) {
      out_dir = args[++i];
    } else if (a == "--format" && i + 1 < args.size()) {
      if (!parse_format_list(args[++i], "export", &formats)) return kExitUsage;
    } else {
      std::fprintf(stderr, "treatygraph export: unknown or incomplete option '%s'\n", a.c_str());
      return kExitUsage;
    }
  }
  if (graph_dir.empty() || formats.empty()) {
    std::fprintf(stderr, "treatygraph export: --graph DIR and --format LIST are required\n");
    return kExitUsage;
  }
  if (out_dir.empty()) out_dir = graph_dir;
  Result<KnowledgeGraph> graph = read_jsonld(graph_dir + "/graph.jsonld");
  if (!graph.ok()) {
    std::fprintf(stderr, "treatygraph export: %s\n", graph.status().ToString().c_str());
    return kExitGraphUnreadable;
  }
  Status written = write_formats(graph.value(), formats, out_dir, std::thread::hardware_concurrency());
  if (!written.ok()) {
    std::fprintf(stderr, "treatygraph export: %s\n", written.ToString().c_str());
    return kExitFailed;
  }
  for (const Format* f : formats) std::printf("wrote %s in %s/\n", f->files, out_dir.c_str());
  return kExitOk;
}

}  // namespace treatygraph::cli
