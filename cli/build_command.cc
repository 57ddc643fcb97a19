// `treatygraph build`: read inputs, extract, link, write the exports, and
// print a summary. Unreadable inputs are skipped with a warning; the rest is
// built.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <optional>
#include <thread>
#include <map>

#include "base/ordered_pipeline.h"
#include "cli/commands.h"
#include "cli/formats.h"
#include "cli/inputs.h"
#include "cli/summary.h"
#include "treatygraph/document.h"
#include "treatygraph/export.h"
#include "treatygraph/extract.h"
#include "treatygraph/graph.h"

namespace treatygraph::cli {
namespace {

struct BuildOptions {
  std::string out_dir = "out";
  std::vector<const Format*> formats;
  std::vector<std::string> gazetteers;
  std::vector<std::string> inputs;
  bool strict = false;
  bool stats = false;  // print the time spent in each stage on stderr
  size_t threads = std::max(1u, std::thread::hardware_concurrency());
};

// Wall-clock seconds per pipeline stage, for --stats and the benchmarks.
class StageClock {
 public:
  using Clock = std::chrono::steady_clock;
  void Start() { start_ = Clock::now(); }
  void Stop(const std::string& stage) {
    seconds_[stage] += std::chrono::duration<double>(Clock::now() - start_).count();
  }
  void Add(const std::string& stage, double seconds) { seconds_[stage] += seconds; }
  // Stages run on worker threads add up their threads' time.
  void Print() const {
    for (const auto& [stage, s] : seconds_) std::fprintf(stderr, "stats: %-10s %8.3f s\n", stage.c_str(), s);
  }

 private:
  Clock::time_point start_;
  std::map<std::string, double> seconds_;
};

bool parse(const Args& args, BuildOptions* options) {
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--out" && i + 1 < args.size()) {
      options->out_dir = args[++i];
    } else if (a == "--gazetteer" && i + 1 < args.size()) {
      options->gazetteers.push_back(args[++i]);
    } else if (a.rfind("--out=", 0) == 0) {
      options->out_dir = a.substr(6);
    } else if (a == "--format" && i + 1 < args.size()) {
      if (!parse_format_list(args[++i], "build", &options->formats)) return false;
    } else if (a == "--strict") {
      options->strict = true;
    } else if (a == "--threads" && i + 1 < args.size()) {
      if (!parse_thread_count(args[++i], "build", &options->threads)) return false;
    } else if (a == "--stats") {
      options->stats = true;
    } else if (a == "-" || a.empty() || a[0] != '-') {
      options->inputs.push_back(a);
    } else {
      std::fprintf(stderr, "treatygraph build: unknown or incomplete option '%s'\n", a.c_str());
      return false;
    }
  }
  if (options->formats.empty()) options->formats = default_formats();
  if (options->inputs.empty()) {
    std::fprintf(stderr, "treatygraph build: no INPUT given (files, folders or '-')\n");
    return false;
  }
  return true;
}

}  // namespace

int run_build(const Args& args) {
  BuildOptions options;
  if (!parse(args, &options)) return kExitUsage;
  std::optional<Extractors> extractors = load_extractors(options.gazetteers, "build");
  if (!extractors) return kExitUsage;
  size_t skipped = 0;
  KnowledgeGraph graph;
  StageClock clock;
  // Documents are independent until they meet in the graph: read, extract
  // and resolve them to fragments on worker threads, add them to the graph
  // here, in input order, so the output is the same whatever the thread count.
  struct Extracted {
    Result<Document> doc;
    DocumentFragment fragment;
    double ingest_seconds = 0, extract_seconds = 0;
  };
  std::vector<std::string> inputs = expand_inputs(options.inputs, &skipped);
  const Extractors& extractor = *extractors;
  auto produce = [&](size_t i) {
    auto t0 = StageClock::Clock::now();
    Extracted e{read_input(inputs[i]), {}};
    auto t1 = StageClock::Clock::now();
    if (e.doc.ok()) {
      Result<DocumentFragment> fragment = extract_fragment(extractor, e.doc.value(), inputs[i]);
      if (fragment.ok()) {
        e.fragment = std::move(fragment.value());
      } else {
        e.doc = fragment.status();
      }
    }
    e.ingest_seconds = std::chrono::duration<double>(t1 - t0).count();
    e.extract_seconds = std::chrono::duration<double>(StageClock::Clock::now() - t1).count();
    return e;
  };
  auto consume = [&](size_t i, Extracted&& e) {
    clock.Add("1-ingest", e.ingest_seconds);
    clock.Add("2-extract", e.extract_seconds);
    if (!e.doc.ok()) {
      warn("skipped " + e.doc.status().ToString());
      ++skipped;
      return;
    }
    for (const IngestWarning& w : e.doc.value().warnings) {
      warn(describe_ingest_warning(inputs[i], w));
    }
    clock.Start();
    bool added = graph.AddFragment(std::move(e.fragment));
    clock.Stop("3-link");
    if (!added) warn(inputs[i] + ": same content as an earlier input; read once");
  };
  run_ordered(inputs.size(), options.threads, 4 * options.threads, produce, consume);
  if (graph.documents().empty()) {
    std::fprintf(stderr, "treatygraph build: no document could be read\n");
    return kExitFailed;
  }
  clock.Start();
  graph.Finalize(options.threads);
  clock.Stop("4-finalize");
  clock.Start();
  Status written = write_formats(graph, options.formats, options.out_dir, options.threads);
  clock.Stop("5-write");
  if (options.stats) clock.Print();
  if (!written.ok()) {
    std::fprintf(stderr, "treatygraph build: %s\n", written.ToString().c_str());
    return kExitFailed;
  }
  print_summary(graph, skipped, options.formats, options.out_dir);
  keep_until_exit(std::move(graph));
  if (options.strict && skipped > 0) return kExitFailed;
  return kExitOk;
}

}  // namespace treatygraph::cli
