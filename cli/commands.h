// The CLI's commands and exit codes. main() dispatches from kCommands; each
// handler parses its own arguments and returns an exit code from ExitCode.
#ifndef TREATYGRAPH_CLI_COMMANDS_H_
#define TREATYGRAPH_CLI_COMMANDS_H_

#include <string>
#include <vector>

namespace treatygraph::cli {

// Exit codes, the one table of them (README mirrors it).
enum ExitCode {
  kExitOk = 0,        // a graph was written / the question was answered
  kExitFailed = 1,    // nothing could be built, or output could not be written
  kExitUsage = 2,     // the command line is wrong
  kExitGraphUnreadable = 3,  // query/export: the built graph is missing or corrupt
};

using Args = std::vector<std::string>;

struct Command {
  const char* name;
  const char* usage;
  const char* summary;
  int (*handler)(const Args& args);
};

int run_build(const Args& args);
int run_export(const Args& args);
int run_extract(const Args& args);
int run_merge(const Args& args);
int run_query(const Args& args);

}  // namespace treatygraph::cli

#endif  // TREATYGRAPH_CLI_COMMANDS_H_
