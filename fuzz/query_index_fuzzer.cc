// libFuzzer target: any bytes as DIR/graph.tgidx for `query`.
//
// IndexView::Open promises that whatever bytes it accepts, every accessor
// reads in bounds without checks of its own. This holds it to that twice:
// Open on an exactly sized heap copy (so ASan sees a read even one byte past
// the end), then, for bytes it accepts, GraphIndex::Load on the same bytes
// written to a scratch folder (the path `query` takes: mmap, validation,
// staleness) and the lookups behind each `query` subcommand (find, show,
// provenance, neighbors, path, timeline) over a few nodes. Beyond "no
// crash", Load must use an index Open accepted, lookups by id must find the
// node they name, and a path must be a walk between its two nodes.
//
// Why the input is resealed: the index ends in a checksum of every byte
// before it, and its header holds the file's size and the stamp (size and
// hash) of the graph.jsonld it belongs to. A mutation breaks all three, so
// nearly every input would stop at "checksum does not match" and the range
// checks behind it would never run. Before Open, the header's file_size is
// set to the input's size, its stamp to the scratch graph.jsonld's, and the
// last 8 bytes to content_hash64 of the rest, as a crafted file would have
// them. What is left to refuse is all a crafted file can get wrong: magic,
// version, section table and every index between sections. Seeds are
// ordinary graph.tgidx files (fuzz/corpus/index/), which resealing leaves
// as they are but for the stamp.
//
// Limit: Load maps the file, and ASan cannot see a read past its end that
// stays within the last page; the heap-copy Open covers validation there.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "query/content_hash.h"
#include "query/index_encoder.h"
#include "query/index_format.h"
#include "query/index_view.h"
#include "treatygraph/export.h"
#include "treatygraph/query.h"

namespace {

using namespace treatygraph;
using namespace treatygraph::index_format;

// Says which contract broke before aborting, so a CI log is enough to read it.
[[noreturn]] void fail(const char* why) {
  std::fprintf(stderr, "contract broken: %s\n", why);
  std::abort();
}

// A folder of this process's own holding a fixed graph.jsonld, which every
// input's index is stamped with, and graph.tgidx, rewritten per input.
struct Scratch {
  std::string dir;
  JsonldStamp stamp;
};

const Scratch& scratch() {
  static const Scratch* s = [] {
    auto* made = new Scratch;
    made->dir = (std::filesystem::temp_directory_path() /
                 ("query_index_fuzzer." + std::to_string(::getpid())))
                    .string();
    std::filesystem::create_directories(made->dir);
    KnowledgeGraph empty;
    empty.Finalize();
    const std::string jsonld = made->dir + "/graph.jsonld";
    if (!write_jsonld(empty, jsonld).ok()) fail("cannot write the scratch graph.jsonld");
    std::ifstream in(jsonld, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    made->stamp = {bytes.size(), content_hash64(bytes)};
    std::atexit([] {
      std::error_code ignored;
      std::filesystem::remove_all(scratch().dir, ignored);
    });
    return made;
  }();
  return *s;
}

// Rewrites what a mutation cannot keep consistent (see the top). Inputs too
// short for a header and a checksum are left alone: Open refuses them.
void reseal(std::vector<char>* bytes, const JsonldStamp& stamp) {
  if (bytes->size() < sizeof(FileHeader) + sizeof(uint64_t)) return;
  FileHeader header;
  std::memcpy(&header, bytes->data(), sizeof header);
  header.file_size = bytes->size();
  header.jsonld_size = stamp.size;
  header.jsonld_hash = stamp.hash;
  std::memcpy(bytes->data(), &header, sizeof header);
  const size_t body = bytes->size() - sizeof(uint64_t);
  uint64_t checksum = content_hash64(std::string_view(bytes->data(), body));
  std::memcpy(bytes->data() + body, &checksum, sizeof checksum);
}

// Reads every byte of a view the index handed out, as printing it would.
void touch(std::string_view s) {
  static volatile unsigned sink;
  unsigned sum = 0;
  for (char c : s) sum += static_cast<unsigned char>(c);
  sink = sink + sum;
}

void touch_node(const GraphIndex& index, size_t i) {
  NodeInfo n = index.node(i);
  for (std::string_view s : {n.id, n.type, n.label, n.value}) touch(s);
  for (std::string_view a : n.aliases) touch(a);
}

void touch_evidence(const GraphIndex& index, const std::vector<Evidence>& evidence) {
  for (const Evidence& ev : evidence) {
    touch(ev.surface);
    touch(ev.rule);
    touch(index.Sentence(ev));
    DocumentInfo d = index.document(ev.document);
    for (std::string_view s : {d.id, d.name, d.path}) touch(s);
  }
}

// `query show` and `query provenance` (of the node, and of each of its edges
// as --rel TYPE --to OTHER would pick them).
void show(const GraphIndex& index, size_t i) {
  touch_node(index, i);
  touch_evidence(index, index.NodeEvidence(i));
  std::optional<size_t> by_id = index.NodeIndex(index.node(i).id);
  if (!by_id || *by_id != i) fail("a node's id does not find the node");
  for (size_t e : index.OutEdges(i)) {
    EdgeInfo edge = index.edge(e);
    if (edge.from != i) fail("an out-edge that does not start at its node");
    touch(edge.type);
    touch_node(index, edge.to);
    touch_evidence(index, index.EdgeEvidence(e, 1));
    touch_evidence(index, index.EdgeEvidence(e));
  }
  for (size_t e : index.InEdges(i)) {
    EdgeInfo edge = index.edge(e);
    if (edge.to != i) fail("an in-edge that does not end at its node");
    touch(edge.type);
    touch_node(index, edge.from);
  }
}

// `query find`, as a user would type the node's names.
void find(const GraphIndex& index, size_t i) {
  NodeInfo n = index.node(i);
  for (std::string_view name : {n.id, n.label, n.value}) {
    for (size_t hit : index.Resolve(name)) touch_node(index, hit);
  }
  for (const GraphIndex::FindHit& hit : index.Find(n.label, "")) touch_node(index, hit.node);
  for (const GraphIndex::FindHit& hit : index.Find(n.label, n.type)) touch_node(index, hit.node);
}

// `query neighbors --depth 2`.
void neighbors(const GraphIndex& index, size_t start) {
  std::set<size_t> seen = {start};
  std::vector<size_t> frontier = {start};
  for (int depth = 1; depth <= 2; ++depth) {
    std::vector<size_t> next;
    for (size_t v : frontier) {
      for (size_t e : index.OutEdges(v)) {
        if (seen.insert(index.edge(e).to).second) next.push_back(index.edge(e).to);
      }
      for (size_t e : index.InEdges(v)) {
        if (seen.insert(index.edge(e).from).second) next.push_back(index.edge(e).from);
      }
    }
    frontier = std::move(next);
  }
  for (size_t v : seen) touch_node(index, v);
}

// `query path`: the edges must walk from `from` to `to` within max_hops.
void path(const GraphIndex& index, size_t from, size_t to, int max_hops) {
  std::vector<size_t> edges = index.ShortestPath(from, to, max_hops);
  if (edges.size() > static_cast<size_t>(max_hops)) fail("a path longer than max_hops");
  size_t at = from;
  for (size_t e : edges) {
    if (e >= index.edge_count()) fail("a path through no edge");
    EdgeInfo edge = index.edge(e);
    if (edge.from != at && edge.to != at) fail("a path that is not a walk");
    at = edge.from == at ? edge.to : edge.from;
    touch(edge.type);
    touch_evidence(index, index.EdgeEvidence(e, 1));
  }
  if (!edges.empty() && at != to) fail("a path that ends elsewhere");
}

// `query timeline [ENTITY]`.
void timeline(const GraphIndex& index, std::optional<size_t> about) {
  for (size_t e : index.Timeline(about)) {
    EdgeInfo edge = index.edge(e);
    touch_node(index, edge.from);
    touch_node(index, edge.to);
    touch_evidence(index, index.EdgeEvidence(e, 1));
  }
}

void run_queries(const GraphIndex& index) {
  timeline(index, std::nullopt);
  index.Find("组织", "");
  const size_t n = index.node_count();
  if (n == 0) return;
  std::set<size_t> sample = {0, n / 2, n - 1};
  for (size_t i : sample) {
    show(index, i);
    find(index, i);
    timeline(index, i);
  }
  neighbors(index, 0);
  path(index, 0, n - 1, 6);
  path(index, n - 1, n / 2, 2);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const Scratch& dir = scratch();
  std::vector<char> bytes(data, data + size);  // exactly sized: ASan sees the end
  reseal(&bytes, dir.stamp);
  Result<IndexView> view = IndexView::Open(std::string_view(bytes.data(), bytes.size()), "fuzz.tgidx");
  if (!view.ok()) {
    if (view.status().code() != StatusCode::kUnreadable) fail("refused, but not as unreadable");
    return 0;
  }
  const size_t nodes = view.value().count(kNodes), edges = view.value().count(kEdges);
  {
    std::ofstream out(dir.dir + "/" + kIndexFileName, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) fail("cannot write the scratch graph.tgidx");
  }
  Result<GraphIndex> index = GraphIndex::Load(dir.dir);
  if (!index.ok() || !index.value().from_index_file()) fail("Load did not use an index Open accepts");
  if (index.value().node_count() != nodes || index.value().edge_count() != edges) {
    fail("Load counts other nodes or edges than Open");
  }
  run_queries(index.value());
  return 0;
}
