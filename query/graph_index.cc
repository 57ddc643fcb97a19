// GraphIndex: loading (index file or JSON-LD), record accessors, and name
// lookups. Path search and timelines are in graph_search.cc.
#include <algorithm>

#include "query/content_hash.h"
#include "query/graph_index_impl.h"
#include "query/index_encoder.h"
#include "treatygraph/document.h"
#include "treatygraph/export.h"

namespace treatygraph {

using namespace index_format;

void GraphIndex::Impl::FindEdgeTypes() {
  dated_type.assign(view.count(kEdgeTypes), false);
  for (uint32_t t = 0; t < view.count(kEdgeTypes); ++t) {
    std::string_view name = view.string(view.u32(kEdgeTypes, t));
    if (name == "MENTIONS") mentions_type = t;
    dated_type[t] = name == "HELD_ON" || name == "SIGNED_ON" || name == "ADOPTED_ON";
  }
}

GraphIndex::GraphIndex() : impl_(std::make_unique<Impl>()) {}

GraphIndex::GraphIndex(const KnowledgeGraph& graph) : GraphIndex() {
  Result<std::string> encoded = encode_query_index(graph, JsonldStamp{});
  if (!encoded.ok()) return;
  impl_->encoded = std::move(encoded.value());
  Result<IndexView> view = IndexView::Open(impl_->encoded, "(in memory)");
  if (!view.ok()) return;
  impl_->view = view.value();
  impl_->FindEdgeTypes();
}

GraphIndex::GraphIndex(GraphIndex&&) noexcept = default;
GraphIndex& GraphIndex::operator=(GraphIndex&&) noexcept = default;
GraphIndex::~GraphIndex() = default;

namespace {

// Why an intact index does not describe this graph.jsonld; empty if it does.
// The index stamps only the JSON-LD's size and hash (times would make it
// differ from build to build), so the times come from the filesystem. An
// index written after the JSON-LD, of the size it stamps, is the one
// `build` wrote: used without reading the JSON-LD. Strictly after, since
// a JSON-LD rewritten within the same clock tick has the index's time.
// Otherwise (the JSON-LD rewritten or touched since, or a copied folder
// whose times came out in another order) the content decides, at the cost
// of one hash of the JSON-LD.
std::string stale_reason(const FileHeader& header, const MappedFile& index,
                         const MappedFile& jsonld) {
  if (header.jsonld_size == jsonld.size() &&
      (index.mtime_ns() > jsonld.mtime_ns() ||
       header.jsonld_hash == content_hash64(jsonld.bytes()))) {
    return "";
  }
  return "the query index is stale: graph.jsonld changed since it was written";
}

}  // namespace

Result<GraphIndex> GraphIndex::Load(const std::string& graph_dir) {
  const std::string jsonld_path = graph_dir + "/graph.jsonld";
  const std::string index_path = graph_dir + "/" + kIndexFileName;
  std::string problem;
  Result<MappedFile> index_file = MappedFile::Open(index_path, MappedFile::kReadAll);
  if (index_file.ok()) {
    Result<MappedFile> jsonld = MappedFile::Open(jsonld_path, MappedFile::kOnDemand);
    if (!jsonld.ok()) return jsonld.status();
    Result<IndexView> view = IndexView::Open(index_file.value().bytes(), index_path);
    problem = view.ok() ? stale_reason(view.value().header(), index_file.value(), jsonld.value())
                        : view.status().message();
    if (problem.empty()) {
      GraphIndex index;
      index.impl_->file.emplace(std::move(index_file.value()));
      index.impl_->view = view.value();  // the bytes stay where they are mapped
      index.impl_->FindEdgeTypes();
      return index;
    }
  } else if (index_file.status().code() != StatusCode::kNotFound) {
    problem = index_file.status().message();
  }
  Result<KnowledgeGraph> graph = read_jsonld(jsonld_path);
  if (!graph.ok()) return graph.status();
  GraphIndex index(graph.value());
  if (!problem.empty()) index.impl_->index_problem = index_path + ": " + problem;
  return index;
}

bool GraphIndex::from_index_file() const { return impl_->file.has_value(); }
const std::string& GraphIndex::index_problem() const { return impl_->index_problem; }
size_t GraphIndex::node_count() const { return impl_->node_count(); }
size_t GraphIndex::edge_count() const { return impl_->edge_count(); }

NodeInfo GraphIndex::node(size_t i) const {
  const IndexView& v = impl_->view;
  NodeEntry n = impl_->node(i);
  NodeInfo info;
  info.id = v.string(n.id);
  info.type = v.string(v.u32(kNodeTypes, n.type));
  info.label = v.string(n.label);
  info.value = v.string(n.value);
  for (uint32_t k = 0; k < n.alias_count; ++k) {
    info.aliases.push_back(v.string(v.u32(kAliases, n.first_alias + k)));
  }
  info.degree = n.degree;
  info.component = n.component;
  info.documents = n.documents;
  info.pagerank = n.pagerank;
  info.mentions = n.evidence_count;
  return info;
}

EdgeInfo GraphIndex::edge(size_t e) const {
  EdgeEntry entry = impl_->edge(e);
  const IndexView& v = impl_->view;
  return {entry.from, entry.to, v.string(v.u32(kEdgeTypes, entry.type)), entry.evidence_count,
          entry.documents};
}

DocumentInfo GraphIndex::document(uint32_t d) const {
  const IndexView& v = impl_->view;
  if (d >= v.count(kDocuments)) return {};
  DocumentEntry entry = v.at<DocumentEntry>(kDocuments, d);
  return {v.string(entry.id), v.string(entry.name), v.string(entry.path)};
}

namespace {

Evidence decode_evidence(const IndexView& v, uint32_t pool_index) {
  EvidenceEntry entry = v.at<EvidenceEntry>(kEvidence, pool_index);
  Evidence ev;
  ev.document = entry.document;
  ev.sentence = entry.sentence;
  ev.line = entry.line;
  ev.span = {entry.byte_begin, entry.byte_end, entry.codepoint_begin, entry.codepoint_end};
  ev.surface = v.string(entry.surface);
  ev.rule = v.string(entry.rule);
  return ev;
}

}  // namespace

std::vector<Evidence> GraphIndex::NodeEvidence(size_t node) const {
  NodeEntry n = impl_->node(node);
  std::vector<Evidence> out;
  out.reserve(n.evidence_count);
  for (uint32_t k = 0; k < n.evidence_count; ++k) {
    out.push_back(decode_evidence(impl_->view, n.first_evidence + k));
  }
  return out;
}

std::vector<Evidence> GraphIndex::EdgeEvidence(size_t edge, size_t limit) const {
  const IndexView& v = impl_->view;
  EdgeEntry e = impl_->edge(edge);
  std::vector<Evidence> out;
  for (uint32_t k = 0; k < e.evidence_count && out.size() < limit; ++k) {
    out.push_back(decode_evidence(v, v.u32(kEdgeEvidence, e.first_evidence + k)));
  }
  return out;
}

std::string_view GraphIndex::Sentence(const Evidence& ev) const {
  const IndexView& v = impl_->view;
  if (ev.document >= v.count(kDocuments)) return {};
  DocumentEntry d = v.at<DocumentEntry>(kDocuments, ev.document);
  if (ev.sentence >= d.sentence_count) return {};
  return v.string(v.u32(kSentences, d.first_sentence + ev.sentence));
}

std::vector<size_t> GraphIndex::OutEdges(size_t node) const {
  auto [first, last] = impl_->adjacency(kOutOffsets, node);
  std::vector<size_t> out;
  for (uint32_t k = first; k < last; ++k) out.push_back(impl_->view.u32(kOutEdges, k));
  return out;
}

std::vector<size_t> GraphIndex::InEdges(size_t node) const {
  auto [first, last] = impl_->adjacency(kInOffsets, node);
  std::vector<size_t> in;
  for (uint32_t k = first; k < last; ++k) in.push_back(impl_->view.u32(kInEdges, k));
  return in;
}

std::optional<size_t> GraphIndex::NodeIndex(std::string_view id) const {
  // Node ids are sorted and unique (IndexView::Open checks).
  size_t low = 0, high = impl_->node_count();
  while (low < high) {
    size_t middle = low + (high - low) / 2;
    std::string_view candidate = impl_->view.string(impl_->node(middle).id);
    if (candidate == id) return middle;
    if (candidate < id) low = middle + 1; else high = middle;
  }
  return std::nullopt;
}

namespace {

// The normalised names of a node: its label first, then its aliases.
bool has_normalized_name(const IndexView& v, const NodeEntry& n, std::string_view norm) {
  if (v.string(n.normalized_label) == norm) return true;
  for (uint32_t k = 0; k < n.alias_count; ++k) {
    if (v.string(v.u32(kNormalizedAliases, n.first_alias + k)) == norm) return true;
  }
  return false;
}

bool contains_normalized_name(const IndexView& v, const NodeEntry& n, std::string_view norm) {
  if (v.string(n.normalized_label).find(norm) != std::string_view::npos) return true;
  for (uint32_t k = 0; k < n.alias_count; ++k) {
    std::string_view alias = v.string(v.u32(kNormalizedAliases, n.first_alias + k));
    if (alias.find(norm) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace

std::vector<size_t> GraphIndex::Resolve(std::string_view entity) const {
  if (std::optional<size_t> id = NodeIndex(entity)) return {*id};
  const IndexView& v = impl_->view;
  std::vector<size_t> out;
  for (size_t i = 0; i < impl_->node_count(); ++i) {
    std::string_view value = v.string(impl_->node(i).value);
    if (!value.empty() && value == entity) out.push_back(i);
  }
  if (!out.empty()) return out;
  std::string norm = normalize_for_matching(entity);
  if (norm.empty()) return out;
  for (size_t i = 0; i < impl_->node_count(); ++i) {
    if (has_normalized_name(v, impl_->node(i), norm)) out.push_back(i);
  }
  return out;
}

std::vector<GraphIndex::FindHit> GraphIndex::Find(std::string_view text,
                                                  std::string_view type) const {
  const IndexView& v = impl_->view;
  std::vector<FindHit> hits;
  std::string norm = normalize_for_matching(text);
  if (norm.empty()) return hits;
  std::optional<uint32_t> wanted_type;
  if (!type.empty()) {
    for (uint32_t t = 0; t < v.count(kNodeTypes); ++t) {
      if (v.string(v.u32(kNodeTypes, t)) == type) wanted_type = t;
    }
    if (!wanted_type) return hits;
  }
  // The sort keys are gathered first: a common word hits a third of a large
  // graph, and reading records inside the comparator doubles the time.
  struct Keyed {
    FindHit hit;
    uint32_t degree;
    std::string_view id;
  };
  std::vector<Keyed> keyed;
  for (size_t i = 0; i < impl_->node_count(); ++i) {
    NodeEntry n = impl_->node(i);
    if (wanted_type && n.type != *wanted_type) continue;
    if (!contains_normalized_name(v, n, norm)) continue;
    int rank = v.string(n.normalized_label) == norm ? 0 : has_normalized_name(v, n, norm) ? 1 : 2;
    keyed.push_back({{i, rank}, n.degree, v.string(n.id)});
  }
  std::sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
    if (a.hit.rank != b.hit.rank) return a.hit.rank < b.hit.rank;
    if (a.degree != b.degree) return a.degree > b.degree;
    return a.id < b.id;
  });
  hits.reserve(keyed.size());
  for (const Keyed& k : keyed) hits.push_back(k.hit);
  return hits;
}

}  // namespace treatygraph
