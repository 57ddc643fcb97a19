#include "query/index_encoder.h"

#include <algorithm>
#include <cstring>
#include <deque>
#include <limits>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "base/atomic_file.h"
#include "base/side_by_side.h"
#include "query/content_hash.h"
#include "query/index_format.h"
#include "query/mapped_file.h"
#include "treatygraph/document.h"
#include "treatygraph/export.h"
#include "treatygraph/query.h"

namespace treatygraph {
namespace {

using namespace index_format;

Status broken(const std::string& why) {
  return Status(StatusCode::kInternal, "cannot index the graph: " + why);
}

// Appends the bytes of a trivially copyable value (host order is
// little-endian: index_format.h checks).
template <typename T>
void append(std::string* out, const T& value) {
  out->append(reinterpret_cast<const char*>(&value), sizeof value);
}

class Encoder {
 public:
  explicit Encoder(const KnowledgeGraph& graph)
      : graph_(graph), evidence_set_(1024, EvidenceHash{&evidence_}, EvidenceEqual{&evidence_}) {}

  Result<std::string> Encode(const JsonldStamp& stamp) {
    const auto& nodes = graph_.nodes();
    const auto& edges = graph_.edges();
    for (size_t i = 1; i < nodes.size(); ++i) {
      if (!(nodes[i - 1].id < nodes[i].id)) return broken("nodes are not sorted by id");
    }
    if (std::max(nodes.size(), edges.size()) >= std::numeric_limits<uint32_t>::max()) {
      return broken("more than 2^32 nodes or edges");
    }
    AddTypes();
    AddDocuments();
    Status s = AddNodes();
    if (s.ok()) s = AddEdges();
    if (!s.ok()) return s;
    AddAdjacency();
    return Assemble(stamp);
  }

 private:
  // Equal evidence (every field) is stored once; the set holds pool indices.
  struct EvidenceHash {
    const std::vector<EvidenceEntry>* pool;
    size_t operator()(uint32_t i) const {
      return content_hash64({reinterpret_cast<const char*>(&(*pool)[i]), sizeof(EvidenceEntry)});
    }
  };
  struct EvidenceEqual {
    const std::vector<EvidenceEntry>* pool;
    bool operator()(uint32_t a, uint32_t b) const {
      return std::memcmp(&(*pool)[a], &(*pool)[b], sizeof(EvidenceEntry)) == 0;
    }
  };

  uint32_t Intern(std::string_view s) {
    auto [it, added] = string_index_.emplace(s, static_cast<uint32_t>(string_offsets_.size()));
    if (added) {
      string_offsets_.push_back(string_bytes_.size());
      string_bytes_.append(s);
    }
    return it->second;
  }

  // For strings computed here: the table keeps views, so they must stay put.
  uint32_t InternOwned(std::string s) { return Intern(owned_.emplace_back(std::move(s))); }

  void AddTypes() {
    std::vector<std::string_view> node_types, edge_types;
    for (const Node& n : graph_.nodes()) node_types.push_back(n.type);
    for (const Edge& e : graph_.edges()) edge_types.push_back(e.type);
    for (auto* types : {&node_types, &edge_types}) {
      std::sort(types->begin(), types->end());
      types->erase(std::unique(types->begin(), types->end()), types->end());
    }
    for (std::string_view t : node_types) {
      node_type_index_[t] = static_cast<uint32_t>(node_types_.size());
      node_types_.push_back(Intern(t));
    }
    for (std::string_view t : edge_types) {
      edge_type_index_[t] = static_cast<uint32_t>(edge_types_.size());
      edge_types_.push_back(Intern(t));
    }
  }

  void AddDocuments() {
    for (const DocumentRecord& d : graph_.documents()) {
      DocumentEntry entry{};
      entry.id = Intern(d.id);
      entry.name = Intern(d.name);
      entry.path = Intern(d.path);
      entry.encoding = Intern(d.encoding);
      entry.format = Intern(d.format);
      entry.first_sentence = static_cast<uint32_t>(sentences_.size());
      entry.sentence_count = static_cast<uint32_t>(d.sentences.size());
      entry.bytes = d.bytes;
      for (const std::string& sentence : d.sentences) sentences_.push_back(Intern(sentence));
      documents_.push_back(entry);
    }
  }

  // The pool index of `ev`, adding it unless an equal record is there.
  // `always_add` keeps a node's evidence contiguous even when repeated.
  Result<uint32_t> AddEvidence(const Evidence& ev, bool always_add) {
    if (ev.document >= graph_.documents().size()) return broken("evidence of a missing document");
    EvidenceEntry entry{};
    entry.document = ev.document;
    entry.sentence = ev.sentence;
    entry.line = ev.line;
    entry.surface = Intern(ev.surface);
    entry.rule = Intern(ev.rule);
    entry.byte_begin = ev.span.byte_begin;
    entry.byte_end = ev.span.byte_end;
    entry.codepoint_begin = ev.span.codepoint_begin;
    entry.codepoint_end = ev.span.codepoint_end;
    uint32_t index = static_cast<uint32_t>(evidence_.size());
    evidence_.push_back(entry);
    auto [it, added] = evidence_set_.insert(index);
    if (added || always_add) return index;
    evidence_.pop_back();
    return *it;
  }

  Status AddNodes() {
    for (const Node& n : graph_.nodes()) {
      NodeEntry entry{};
      entry.id = Intern(n.id);
      entry.label = Intern(n.label);
      entry.value = Intern(n.value);
      entry.normalized_label = InternOwned(normalize_for_matching(n.label));
      entry.type = node_type_index_.at(n.type);
      entry.first_alias = static_cast<uint32_t>(aliases_.size());
      entry.alias_count = static_cast<uint32_t>(n.aliases.size());
      for (const std::string& alias : n.aliases) {
        aliases_.push_back(Intern(alias));
        normalized_aliases_.push_back(InternOwned(normalize_for_matching(alias)));
      }
      entry.first_evidence = static_cast<uint32_t>(evidence_.size());
      entry.evidence_count = static_cast<uint32_t>(n.evidence.size());
      for (const Evidence& ev : n.evidence) {
        Result<uint32_t> added = AddEvidence(ev, /*always_add=*/true);
        if (!added.ok()) return added.status();
      }
      entry.degree = n.degree;
      entry.component = n.component;
      entry.documents = n.documents;
      entry.pagerank = n.pagerank;
      nodes_.push_back(entry);
    }
    return Status::Ok();
  }

  Result<uint32_t> NodeIndex(const EntityId& id) const {
    const auto& nodes = graph_.nodes();
    auto it = std::lower_bound(nodes.begin(), nodes.end(), id,
                               [](const Node& n, const EntityId& x) { return n.id < x; });
    if (it == nodes.end() || it->id != id) return broken("an edge to a missing node " + id);
    return static_cast<uint32_t>(it - nodes.begin());
  }

  Status AddEdges() {
    for (const Edge& e : graph_.edges()) {
      Result<uint32_t> from = NodeIndex(e.from), to = NodeIndex(e.to);
      if (!from.ok()) return from.status();
      if (!to.ok()) return to.status();
      EdgeEntry entry{};
      entry.from = from.value();
      entry.to = to.value();
      entry.type = edge_type_index_.at(e.type);
      entry.first_evidence = static_cast<uint32_t>(edge_evidence_.size());
      entry.evidence_count = static_cast<uint32_t>(e.evidence.size());
      entry.documents = e.documents;
      for (const Evidence& ev : e.evidence) {
        Result<uint32_t> index = AddEvidence(ev, /*always_add=*/false);
        if (!index.ok()) return index.status();
        edge_evidence_.push_back(index.value());
      }
      edges_.push_back(entry);
    }
    return Status::Ok();
  }

  // Counting sort by endpoint: each node's list comes out in edge order.
  void AddAdjacency() {
    auto group = [this](uint32_t EdgeEntry::*endpoint, std::vector<uint32_t>* offsets,
                        std::vector<uint32_t>* list) {
      offsets->assign(nodes_.size() + 1, 0);
      for (const EdgeEntry& e : edges_) ++(*offsets)[e.*endpoint + 1];
      for (size_t i = 1; i < offsets->size(); ++i) (*offsets)[i] += (*offsets)[i - 1];
      std::vector<uint32_t> next(offsets->begin(), offsets->end() - 1);
      list->resize(edges_.size());
      for (uint32_t e = 0; e < edges_.size(); ++e) (*list)[next[edges_[e].*endpoint]++] = e;
    };
    group(&EdgeEntry::from, &out_offsets_, &out_edges_);
    group(&EdgeEntry::to, &in_offsets_, &in_edges_);
  }

  // Sections start 8-byte aligned, so a mapped section is aligned too.
  static void AddSection(Section s, std::string_view bytes, size_t count, FileHeader* header,
                         std::string* out) {
    while (out->size() % 8 != 0) out->push_back('\0');
    header->sections[s] = {out->size(), count};
    out->append(bytes);
  }
  template <typename T>
  static void AddSection(Section s, const std::vector<T>& elements, FileHeader* header,
                         std::string* out) {
    static_assert(std::is_trivially_copyable_v<T>);
    AddSection(s, {reinterpret_cast<const char*>(elements.data()), elements.size() * sizeof(T)},
               elements.size(), header, out);
  }

  std::string Assemble(const JsonldStamp& stamp) {
    string_offsets_.push_back(string_bytes_.size());
    FileHeader header{};
    std::memcpy(header.magic, kMagic, sizeof kMagic);
    header.version = kIndexVersion;
    header.section_count = kSectionCount;
    header.jsonld_size = stamp.size;
    header.jsonld_hash = stamp.hash;
    std::string out(sizeof header, '\0');  // the header is filled in last
    // Reserved whole: grown by doubling, the copy would briefly need three
    // times the index's size.
    size_t total = sizeof header + string_bytes_.size() + 8 * (kSectionCount + 2);
    auto add = [&total](const auto& v) { total += v.size() * sizeof(v[0]); };
    add(string_offsets_), add(node_types_), add(edge_types_), add(documents_), add(sentences_);
    add(nodes_), add(aliases_), add(normalized_aliases_), add(edges_), add(edge_evidence_);
    add(evidence_), add(out_offsets_), add(out_edges_), add(in_offsets_), add(in_edges_);
    out.reserve(total);
    AddSection(kStringOffsets, string_offsets_, &header, &out);
    AddSection(kStringBytes, string_bytes_, string_bytes_.size(), &header, &out);
    AddSection(kNodeTypes, node_types_, &header, &out);
    AddSection(kEdgeTypes, edge_types_, &header, &out);
    AddSection(kDocuments, documents_, &header, &out);
    AddSection(kSentences, sentences_, &header, &out);
    AddSection(kNodes, nodes_, &header, &out);
    AddSection(kAliases, aliases_, &header, &out);
    AddSection(kNormalizedAliases, normalized_aliases_, &header, &out);
    AddSection(kEdges, edges_, &header, &out);
    AddSection(kEdgeEvidence, edge_evidence_, &header, &out);
    AddSection(kEvidence, evidence_, &header, &out);
    AddSection(kOutOffsets, out_offsets_, &header, &out);
    AddSection(kOutEdges, out_edges_, &header, &out);
    AddSection(kInOffsets, in_offsets_, &header, &out);
    AddSection(kInEdges, in_edges_, &header, &out);
    while (out.size() % 8 != 0) out.push_back('\0');
    header.file_size = out.size() + sizeof(uint64_t);
    std::memcpy(out.data(), &header, sizeof header);
    append(&out, content_hash64(out));
    return out;
  }

  const KnowledgeGraph& graph_;
  std::unordered_map<std::string_view, uint32_t> string_index_;
  std::deque<std::string> owned_;
  std::vector<uint64_t> string_offsets_;
  std::string string_bytes_;
  std::unordered_map<std::string_view, uint32_t> node_type_index_, edge_type_index_;
  std::vector<uint32_t> node_types_, edge_types_;
  std::vector<DocumentEntry> documents_;
  std::vector<uint32_t> sentences_;
  std::vector<NodeEntry> nodes_;
  std::vector<uint32_t> aliases_, normalized_aliases_;
  std::vector<EdgeEntry> edges_;
  std::vector<uint32_t> edge_evidence_;
  std::vector<EvidenceEntry> evidence_;
  std::unordered_set<uint32_t, EvidenceHash, EvidenceEqual> evidence_set_;
  std::vector<uint32_t> out_offsets_, out_edges_, in_offsets_, in_edges_;
};

}  // namespace

Result<std::string> encode_query_index(const KnowledgeGraph& graph, const JsonldStamp& stamp) {
  return Encoder(graph).Encode(stamp);
}

void restamp_query_index(const JsonldStamp& stamp, std::string* index) {
  FileHeader header;
  std::memcpy(&header, index->data(), sizeof header);
  header.jsonld_size = stamp.size;
  header.jsonld_hash = stamp.hash;
  std::memcpy(index->data(), &header, sizeof header);
  uint64_t checksum = content_hash64(std::string_view(*index).substr(0, index->size() - sizeof(uint64_t)));
  std::memcpy(index->data() + index->size() - sizeof checksum, &checksum, sizeof checksum);
}

namespace {

// Stamps an encoded index with the JSON-LD now in `graph_dir`, then writes it.
Status stamp_and_write(std::string index, const std::string& graph_dir) {
  const std::string jsonld_path = graph_dir + "/graph.jsonld";
  Result<MappedFile> jsonld = MappedFile::Open(jsonld_path, MappedFile::kReadAll);
  if (!jsonld.ok()) return jsonld.status();
  // Hashed as written to disk, so that loading compares like with like.
  restamp_query_index({jsonld.value().size(), content_hash64(jsonld.value().bytes())}, &index);
  AtomicFile out(graph_dir + "/" + kIndexFileName);
  out.Write(index);
  return out.Commit();
}

}  // namespace

Status write_query_index(const KnowledgeGraph& graph, const std::string& graph_dir) {
  Result<std::string> bytes = encode_query_index(graph, JsonldStamp{});
  if (!bytes.ok()) return bytes.status();
  return stamp_and_write(std::move(bytes.value()), graph_dir);
}

Status write_jsonld_and_query_index(const KnowledgeGraph& graph, const std::string& graph_dir,
                                    size_t threads) {
  // The index does not depend on the JSON-LD's bytes, only its stamp does:
  // encode it while the JSON-LD is written, stamp it after.
  std::optional<Result<std::string>> encoded;
  Status written = Status::Ok();
  run_side_by_side(
      threads, [&] { encoded.emplace(encode_query_index(graph, JsonldStamp{})); },
      [&] { written = write_jsonld(graph, graph_dir + "/graph.jsonld"); });
  if (!written.ok()) return written;
  if (!encoded->ok()) return encoded->status();
  return stamp_and_write(std::move(encoded->value()), graph_dir);
}

}  // namespace treatygraph
