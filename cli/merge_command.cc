// `treatygraph merge`: the reduce step of a sharded build. Adds fragment lines
// (from `extract`, in any order and grouping) to an empty graph, or with
// --base to a graph built earlier, and writes the exports. The result is what
// `build` writes for all the documents at once, byte for byte, because a
// graph does not depend on the order its documents were added in.
#include <algorithm>
#include <cstdio>
#include <set>
#include <thread>

#include "base/ordered_pipeline.h"
#include "cli/commands.h"
#include "cli/formats.h"
#include "cli/inputs.h"
#include "cli/summary.h"
#include "treatygraph/export.h"
#include "treatygraph/shard.h"

namespace treatygraph::cli {
namespace {

struct MergeOptions {
  std::string out_dir;
  std::string base_dir;
  std::vector<const Format*> formats;
  std::vector<std::string> inputs;
  bool strict = false;
  size_t threads = std::max(1u, std::thread::hardware_concurrency());
};

bool parse(const Args& args, MergeOptions* options) {
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--out" && i + 1 < args.size()) {
      options->out_dir = args[++i];
    } else if (a == "--base" && i + 1 < args.size()) {
      options->base_dir = args[++i];
    } else if (a == "--format" && i + 1 < args.size()) {
      if (!parse_format_list(args[++i], "merge", &options->formats)) return false;
    } else if (a == "--strict") {
      options->strict = true;
    } else if (a == "--threads" && i + 1 < args.size()) {
      if (!parse_thread_count(args[++i], "merge", &options->threads)) return false;
    } else if (a == "-" || a.empty() || a[0] != '-') {
      options->inputs.push_back(a);
    } else {
      std::fprintf(stderr, "treatygraph merge: unknown or incomplete option '%s'\n", a.c_str());
      return false;
    }
  }
  if (options->formats.empty()) options->formats = default_formats();
  if (options->out_dir.empty()) {
    std::fprintf(stderr, "treatygraph merge: --out DIR is required\n");
    return false;
  }
  if (options->inputs.empty()) {
    std::fprintf(stderr, "treatygraph merge: no FRAGMENTS given (files, folders or '-')\n");
    return false;
  }
  return true;
}

// Inside folders, names starting with '.' or '_' are the bookkeeping of the
// engines that wrote them (Hadoop's _SUCCESS, .part-00000.crc), not output.
std::vector<std::string> fragment_files(const std::vector<std::string>& inputs, size_t* skipped) {
  std::set<std::string> named(inputs.begin(), inputs.end());
  std::vector<std::string> files;
  for (const std::string& file : expand_inputs(inputs, skipped)) {
    std::string base = file.substr(file.find_last_of('/') + 1);
    bool bookkeeping = !base.empty() && (base[0] == '.' || base[0] == '_');
    if (named.count(file) || !bookkeeping) files.push_back(file);
  }
  return files;
}

class Merger {
 public:
  Merger(KnowledgeGraph* graph, size_t threads) : graph_(graph), threads_(threads) {}

  // Adds every fragment line of one file ('-': stdin); bad lines are warned
  // about and skipped, the rest is added.
  void AddFile(const std::string& file) {
    std::FILE* in = file == "-" ? stdin : std::fopen(file.c_str(), "rb");
    if (in == nullptr) {
      warn("skipped " + file + ": cannot open for reading");
      ++skipped_;
      return;
    }
    std::string name = file == "-" ? "stdin" : file;
    bool read = for_each_line_batch(in, 64 * threads_, [&](std::vector<std::string>&& lines, size_t first) {
      // Parsing runs on worker threads; adding, in line order here.
      run_ordered(lines.size(), threads_, 4 * threads_,
                  [&](size_t i) -> std::optional<Result<FragmentLine>> {
                    if (lines[i].find_first_not_of(" \t") == std::string::npos) return std::nullopt;
                    return parse_fragment_line(std::move(lines[i]), name + ":" + std::to_string(first + i));
                  },
                  [&](size_t, std::optional<Result<FragmentLine>>&& line) {
                    if (line) Add(std::move(*line));
                  });
    });
    if (!read) {
      warn(name + ": read error; the lines before it are merged");
      ++skipped_;
    }
    if (in != stdin) std::fclose(in);
  }

  size_t skipped() const { return skipped_; }

 private:
  void Add(Result<FragmentLine> line) {
    if (!line.ok()) {
      warn("skipped " + line.status().ToString());
      ++skipped_;
      return;
    }
    FragmentLine& l = line.value();
    if (!l.fragment) {
      warn("skipped " + l.skipped_input + " (at extraction: " + l.skipped_reason + ")");
      ++skipped_;
      return;
    }
    std::string name = l.fragment->document.name;
    if (!graph_->AddFragment(std::move(*l.fragment))) {
      warn(name + ": same content as an earlier document; read once");
    }
  }

  KnowledgeGraph* graph_;
  size_t threads_;
  size_t skipped_ = 0;
};

}  // namespace

int run_merge(const Args& args) {
  MergeOptions options;
  if (!parse(args, &options)) return kExitUsage;
  KnowledgeGraph graph;
  if (!options.base_dir.empty()) {
    Result<KnowledgeGraph> base = read_jsonld(options.base_dir + "/graph.jsonld");
    if (!base.ok()) {
      std::fprintf(stderr, "treatygraph merge: --base: %s\n", base.status().ToString().c_str());
      return kExitGraphUnreadable;
    }
    graph = std::move(base.value());
    graph.Reopen();
  }
  size_t unreadable_folders = 0;
  Merger merger(&graph, options.threads);
  for (const std::string& file : fragment_files(options.inputs, &unreadable_folders)) merger.AddFile(file);
  size_t skipped = merger.skipped() + unreadable_folders;
  if (graph.documents().empty()) {
    std::fprintf(stderr, "treatygraph merge: no fragment could be read\n");
    return kExitFailed;
  }
  graph.Finalize(options.threads);
  Status written = write_formats(graph, options.formats, options.out_dir, options.threads);
  if (!written.ok()) {
    std::fprintf(stderr, "treatygraph merge: %s\n", written.ToString().c_str());
    return kExitFailed;
  }
  print_summary(graph, skipped, options.formats, options.out_dir);
  keep_until_exit(std::move(graph));
  if (options.strict && skipped > 0) return kExitFailed;
  return kExitOk;
}

}  // namespace treatygraph::cli
