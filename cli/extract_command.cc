// `treatygraph extract`: the map step of a sharded build. Reads documents and
// writes one fragment line per document (treatygraph/shard.h), in input
// order, so that `merge` can build the graph from any number of such outputs.
//
// With no INPUT, or '-', documents come on stdin as JSON lines, the record
// format of Hadoop Streaming and Spark's RDD.pipe; other INPUTs are files or
// folders, as for `build`.
#include <algorithm>
#include <cstdio>
#include <optional>
#include <thread>

#include "base/atomic_file.h"
#include "base/ordered_pipeline.h"
#include "cli/commands.h"
#include "cli/inputs.h"
#include "treatygraph/graph.h"
#include "treatygraph/shard.h"

namespace treatygraph::cli {
namespace {

struct ExtractOptions {
  std::string out_file;  // empty: stdout
  std::vector<std::string> gazetteers;
  std::vector<std::string> inputs;
  bool strict = false;
  size_t threads = std::max(1u, std::thread::hardware_concurrency());
};

bool parse(const Args& args, ExtractOptions* options) {
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--out" && i + 1 < args.size()) {
      options->out_file = args[++i];
    } else if (a == "--gazetteer" && i + 1 < args.size()) {
      options->gazetteers.push_back(args[++i]);
    } else if (a == "--strict") {
      options->strict = true;
    } else if (a == "--threads" && i + 1 < args.size()) {
      if (!parse_thread_count(args[++i], "extract", &options->threads)) return false;
    } else if (a == "-" || a.empty() || a[0] != '-') {
      options->inputs.push_back(a);
    } else {
      std::fprintf(stderr, "treatygraph extract: unknown or incomplete option '%s'\n", a.c_str());
      return false;
    }
  }
  if (options->inputs.empty()) options->inputs.push_back("-");
  return true;
}

// Fragment lines go to stdout, or to a file that appears only when complete.
class LineSink {
 public:
  explicit LineSink(const std::string& path) {
    if (!path.empty()) file_.emplace(path);
  }
  Status status() const { return file_ ? file_->status() : Status::Ok(); }
  void Write(const std::string& line) {
    if (file_) {
      file_->Write(line);
      file_->Write("\n");
    } else {
      std::fwrite(line.data(), 1, line.size(), stdout);
      std::fputc('\n', stdout);
    }
  }
  Status Finish() {
    if (file_) return file_->Commit();
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
      return Status(StatusCode::kIoError, "cannot write fragments to stdout", "stdout");
    }
    return Status::Ok();
  }

 private:
  std::optional<AtomicFile> file_;
};

// One input's result: its line, and what to tell the user about it.
struct Extracted {
  std::string line;
  std::vector<std::string> warnings;
  bool skipped = false;
};

Extracted extract_document(const Extractors& extractors, Result<Document> doc,
                           const std::string& input) {
  Extracted out;
  if (!doc.ok()) {
    out.skipped = true;
    out.warnings.push_back("skipped " + doc.status().ToString());
    out.line = skipped_to_json_line(input, doc.status().ToString());
    return out;
  }
  for (const IngestWarning& w : doc.value().warnings) {
    out.warnings.push_back(describe_ingest_warning(input, w));
  }
  Result<DocumentFragment> fragment = extract_fragment(extractors, doc.value(), input);
  if (!fragment.ok()) {
    out.skipped = true;
    out.warnings.push_back("skipped " + fragment.status().ToString());
    out.line = skipped_to_json_line(input, fragment.status().ToString());
    return out;
  }
  out.line = fragment_to_json_line(fragment.value());
  return out;
}

class FragmentWriter {
 public:
  FragmentWriter(const Extractors& extractors, const ExtractOptions& options, LineSink* sink)
      : extractors_(extractors), options_(options), sink_(sink) {}

  void Files(const std::vector<std::string>& files) {
    run_ordered(files.size(), options_.threads, 4 * options_.threads,
                [&](size_t i) { return extract_document(extractors_, read_input(files[i]), files[i]); },
                [&](size_t, Extracted&& e) { Emit(e); });
  }

  // Documents as JSON lines on stdin, a batch at a time so that memory is
  // bounded whatever the length of the stream.
  bool StdinLines() {
    return for_each_line_batch(stdin, 64 * options_.threads, [&](std::vector<std::string>&& lines, size_t first) {
      run_ordered(lines.size(), options_.threads, 4 * options_.threads,
                  [&](size_t i) { return FromLine(std::move(lines[i]), first + i); },
                  [&](size_t, Extracted&& e) { Emit(e); });
    });
  }

  size_t documents() const { return documents_; }
  size_t skipped() const { return skipped_; }

 private:
  Extracted FromLine(std::string line, size_t number) {
    std::string origin = "stdin:" + std::to_string(number);
    if (line.find_first_not_of(" \t") == std::string::npos) return Extracted{};  // blank: nothing
    Result<InputDocument> input = parse_input_line(std::move(line), origin);
    if (!input.ok()) return extract_document(extractors_, input.status(), origin);
    InputDocument& d = input.value();
    std::string name = d.name;
    return extract_document(extractors_, ingest_bytes(d.name, d.path, std::move(d.bytes)), name);
  }

  void Emit(const Extracted& e) {
    for (const std::string& w : e.warnings) warn(w);
    if (e.line.empty()) return;
    sink_->Write(e.line);
    ++(e.skipped ? skipped_ : documents_);
  }

  const Extractors& extractors_;
  const ExtractOptions& options_;
  LineSink* sink_;
  size_t documents_ = 0, skipped_ = 0;
};

}  // namespace

int run_extract(const Args& args) {
  ExtractOptions options;
  if (!parse(args, &options)) return kExitUsage;
  std::optional<Extractors> extractors = load_extractors(options.gazetteers, "extract");
  if (!extractors) return kExitUsage;
  LineSink sink(options.out_file);
  if (!sink.status().ok()) {
    std::fprintf(stderr, "treatygraph extract: %s\n", sink.status().ToString().c_str());
    return kExitFailed;
  }
  size_t unreadable_folders = 0;
  std::vector<std::string> inputs = expand_inputs(options.inputs, &unreadable_folders);
  FragmentWriter extraction(*extractors, options, &sink);
  // Files in runs between the '-' entries, so output keeps the input order.
  std::vector<std::string> files;
  for (const std::string& input : inputs) {
    if (input != "-") {
      files.push_back(input);
      continue;
    }
    extraction.Files(files);
    files.clear();
    if (!extraction.StdinLines()) warn("stdin: read error; the fragments so far are written");
  }
  extraction.Files(files);
  Status finished = sink.Finish();
  if (!finished.ok()) {
    std::fprintf(stderr, "treatygraph extract: %s\n", finished.ToString().c_str());
    return kExitFailed;
  }
  size_t skipped = extraction.skipped() + unreadable_folders;
  std::fprintf(stderr, "treatygraph extract: %zu documents, %zu skipped\n", extraction.documents(),
               skipped);
  if (options.strict && skipped > 0) return kExitFailed;
  return kExitOk;
}

}  // namespace treatygraph::cli
