// Times each extractor, and the relation rules, over a folder of documents,
// to show where extraction spends its time.
//   build/bench/extractor_bench FOLDER
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>

#include "extract/extractors_internal.h"
#include "treatygraph/document.h"

int main(int argc, char** argv) {
  using namespace treatygraph;
  using Clock = std::chrono::steady_clock;
  if (argc != 2) {
    std::fprintf(stderr, "usage: extractor_bench FOLDER\n");
    return 2;
  }
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
    Result<std::unique_ptr<Extractor>> extractor = entry.make(gazetteer);
    if (!extractor.ok()) return 1;
    std::vector<Mention> found;
    auto start = Clock::now();
    for (const Document& d : docs) extractor.value()->Extract(d, &found);
    double s = std::chrono::duration<double>(Clock::now() - start).count();
    total += s;
    std::printf("%-14s %8.3f s %8.1f MB/s %9zu mentions\n", entry.name, s, bytes / 1e6 / s,
                found.size());
  }
  Result<Extractors> all = Extractors::Create(gazetteer);
  if (!all.ok()) return 1;
  auto start = Clock::now();
  size_t relations = 0;
  for (const Document& d : docs) relations += all.value().Run(d).relations.size();
  double pipeline = std::chrono::duration<double>(Clock::now() - start).count();
  std::printf("%-14s %8.3f s (all extractors + overlaps + relations: %.1f MB/s, %zu relations)\n",
              "pipeline", pipeline, bytes / 1e6 / pipeline, relations);
  std::printf("%-14s %8.3f s (sum of the extractors alone)\n", "extractors", total);
  return 0;
}
