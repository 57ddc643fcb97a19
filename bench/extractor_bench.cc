// Times each extractor, and the relation rules, over a folder of documents,
// to show where extraction spends its time.
//   build/bench/extractor_bench FOLDER [EXTRACTOR]
// With EXTRACTOR (a registry name: organization, meeting..., or "pipeline"),
// times that one alone: what to run under `perf record`.
// Times are CPU seconds of this (single-threaded) process, not wall time: on
// a shared machine the other processes' load would otherwise swamp them.
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <map>
#include <string>

#include "extract/extractors_internal.h"
#include "treatygraph/document.h"

int main(int argc, char** argv) {
  using namespace treatygraph;
  auto cpu_seconds = [] { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; };
  if (argc != 2 && argc != 3) {
    std::fprintf(stderr, "usage: extractor_bench FOLDER [EXTRACTOR]\n");
    return 2;
  }
  const std::string only = argc == 3 ? argv[2] : "";
  std::vector<Document> docs;
  uint64_t bytes = 0;
  for (const auto& entry : std::filesystem::directory_iterator(argv[1])) {
    Result<Document> d = ingest_file(entry.path().string());
    if (!d.ok()) continue;
    bytes += d.value().original.size();
    docs.push_back(std::move(d.value()));
  }
  Gazetteer gazetteer = Gazetteer::BuiltIn();
  double total = 0;
  std::printf("%zu documents, %.1f MB\n", docs.size(), bytes / 1e6);
  for (const ExtractorEntry& entry : extractor_registry()) {
    if (!only.empty() && only != entry.name) continue;
    Result<std::unique_ptr<Extractor>> extractor = entry.make(gazetteer);
    if (!extractor.ok()) return 1;
    std::vector<Mention> found;
    double start = cpu_seconds();
    for (const Document& d : docs) extractor.value()->Extract(d, &found);
    double s = cpu_seconds() - start;
    total += s;
    std::printf("%-14s %8.3f s %8.1f MB/s %9zu mentions\n", entry.name, s, bytes / 1e6 / s,
                found.size());
  }
  if (!only.empty() && only != "pipeline") return 0;
  Result<Extractors> all = Extractors::Create(gazetteer);
  if (!all.ok()) return 1;
  double start = cpu_seconds();
  size_t relations = 0;
  for (const Document& d : docs) relations += all.value().Run(d).relations.size();
  double pipeline = cpu_seconds() - start;
  std::printf("%-14s %8.3f s (all extractors + overlaps + relations: %.1f MB/s, %zu relations)\n",
              "pipeline", pipeline, bytes / 1e6 / pipeline, relations);
  std::printf("%-14s %8.3f s (sum of the extractors alone)\n", "extractors", total);
  return 0;
}
