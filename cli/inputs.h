// What `build` and `extract` share: finding the input files, reading them,
// and compiling the extractors with the user's gazetteers.
#ifndef TREATYGRAPH_CLI_INPUTS_H_
#define TREATYGRAPH_CLI_INPUTS_H_

#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "treatygraph/document.h"
#include "treatygraph/extract.h"
#include "treatygraph/graph.h"

namespace treatygraph::cli {

// "treatygraph: warning: MESSAGE" on stderr.
void warn(const std::string& message);

// "INPUT: byte N: MESSAGE", how an ingest warning is reported.
std::string describe_ingest_warning(const std::string& input, const IngestWarning& warning);

// Expands folders recursively (without following links to folders, so link
// loops cannot trap the walk), sorted so that runs are reproducible. Files
// are kept as given; '-' stays '-'. Folders that cannot be read completely
// are warned about and counted in *skipped.
std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs, size_t* skipped);

// Parses the value of --threads (1 to 256) into *threads; false, with a
// message naming `command` on stderr, otherwise.
bool parse_thread_count(const std::string& value, const char* command, size_t* threads);

// Ingests a file, or all of stdin for '-'.
Result<Document> read_input(const std::string& input);

// The built-in gazetteer plus the user's files, compiled; nullopt (with a
// message naming `command` on stderr) when a file or rule is bad.
std::optional<Extractors> load_extractors(const std::vector<std::string>& gazetteers,
                                          const char* command);

// The document's fragment: extraction and resolution. A rule that throws
// (a bug, or memory exhausted) costs that document, not the run: the error
// names the input and the reason, and the caller skips it and goes on.
Result<DocumentFragment> extract_fragment(const Extractors& extractors, const Document& doc,
                                          const std::string& input);

// Calls `batch(lines, first_line_number)` with up to `batch_size` lines of
// `in` at a time (newlines removed, 1-based numbering), so that a stream of
// any length is handled in bounded memory. False on a read error.
template <typename Batch>
bool for_each_line_batch(std::FILE* in, size_t batch_size, Batch batch);

// Reads one line into *line without its newline; false at end of input.
bool read_line(std::FILE* in, std::string* line);

template <typename Batch>
bool for_each_line_batch(std::FILE* in, size_t batch_size, Batch batch) {
  std::vector<std::string> lines;
  size_t first = 1;
  std::string line;
  while (read_line(in, &line)) {
    lines.push_back(std::move(line));
    if (lines.size() == batch_size) {
      batch(std::move(lines), first);
      first += batch_size;
      lines.clear();
    }
  }
  if (!lines.empty()) batch(std::move(lines), first);
  return !std::ferror(in);
}

}  // namespace treatygraph::cli

#endif  // TREATYGRAPH_CLI_INPUTS_H_
