// treatygraph: builds a knowledge graph from Chinese diplomatic documents.
#include <cstdio>
#include <cstring>

#include "cli/commands.h"
#include "treatygraph/version.h"

namespace treatygraph::cli {
namespace {

const Command kCommands[] = {
    {"build", "build [--out DIR] [--format LIST] [--gazetteer FILE] [--strict] [--threads N]\n      [--stats] INPUT...",
     "extract entities and relations from INPUT files or folders ('-' = stdin) and write\n"
     "      the graph into DIR (default 'out') in each format of LIST (default graphml,jsonld;\n"
     "      also gexf, csv for neo4j-admin import and Kuzu)",
     run_build},
    {"extract", "extract [--out FILE] [--gazetteer FILE] [--threads N] [--strict] [INPUT...]",
     "the map step of a sharded build: one JSON line per document (a fragment) on stdout\n"
     "      or in FILE; with no INPUT or '-', documents come on stdin, one JSON object per line:\n"
     "      {\"name\": ..., \"text\": ...} or {\"name\": ..., \"base64\": ...}",
     run_extract},
    {"merge", "merge --out DIR [--base GRAPH_DIR] [--format LIST] [--strict] [--threads N]\n"
     "      FRAGMENTS...",
     "the reduce step: merge fragment files or folders (any order, any grouping) into the\n"
     "      graph build would write for the same documents; --base adds them to a built graph",
     run_merge},
    {"export", "export --graph DIR --format LIST [--out DIR]",
     "convert the graph that build wrote into DIR to other formats, without rebuilding",
     run_export},
    {"query", "query --graph DIR COMMAND ARGS... [--json]",
     "answer provenance questions from a built graph (treatygraph query --help)", run_query},
};

void print_help(std::FILE* to) {
  std::fprintf(to, "treatygraph %s: knowledge graphs from Chinese diplomatic documents\n\n",
               kVersion);
  std::fprintf(to, "usage:\n");
  for (const Command& c : kCommands) std::fprintf(to, "  treatygraph %s\n      %s\n", c.usage, c.summary);
  std::fprintf(to,
               "  treatygraph --help | --version\n\n"
               "exit codes: 0 done (warnings go to stderr), 1 nothing could be built or written,\n"
               "            2 usage error\n");
}

}  // namespace
}  // namespace treatygraph::cli

int main(int argc, char** argv) {
  using namespace treatygraph::cli;
  if (argc < 2) {
    print_help(stderr);
    return kExitUsage;
  }
  std::string first = argv[1];
  if (first == "--help" || first == "-h" || first == "help") {
    print_help(stdout);
    return kExitOk;
  }
  if (first == "--version") {
    std::printf("treatygraph %s\n", treatygraph::kVersion);
    return kExitOk;
  }
  for (const Command& c : kCommands) {
    if (first == c.name) return c.handler(Args(argv + 2, argv + argc));
  }
  std::fprintf(stderr, "treatygraph: unknown command '%s' (see treatygraph --help)\n", argv[1]);
  return kExitUsage;
}
