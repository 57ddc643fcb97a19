// KnowledgeGraph: entity resolution and evidence bookkeeping.
//
// Resolution is by key: every mention resolves to (type, key), where the key
// is the UN symbol for resolutions and documents, the ISO value for dates, and
// the canonical name otherwise (a gazetteer's canonical form, a declared
// abbreviation's expansion, or the normalised name as written). The node id
// is a hash of (type, key), so it never depends on input order.
//
// Labels are chosen only in Finalize(), from everything seen: the longest
// canonical form (ties: the smallest in byte order), so the label too is
// independent of input order.
#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "base/hash.h"
#include "base/side_by_side.h"
#include "graph/metrics.h"
#include "treatygraph/graph.h"

namespace treatygraph {

EntityId make_entity_id(std::string_view type, std::string_view key) {
  static const std::map<std::string_view, std::string_view> kPrefix = {
      {"Organization", "org"}, {"Country", "country"}, {"Place", "place"},
      {"Person", "person"}, {"Instrument", "instrument"}, {"Resolution", "resolution"},
      {"UNDocument", "undoc"}, {"Meeting", "meeting"}, {"Date", "date"},
      {"Document", "doc"}};
  auto it = kPrefix.find(type);
  std::string prefix = it == kPrefix.end() ? std::string("entity") : std::string(it->second);
  std::string material = std::string(type) + '\x1f' + std::string(key);
  return prefix + "-" + hex64(stable_hash64(material));
}

namespace {

// How many distinct documents a node or edge has evidence from. Evidence
// arrives in document order (each fragment gets a new, larger index, and a
// reopened graph's evidence is sorted by document), so counting changes of
// document is enough.
struct DocumentCount {
  uint32_t count = 0;
  uint32_t last = UINT32_MAX;
  void Add(uint32_t document) {
    if (document != last) ++count, last = document;
  }
};

struct NodeBuild {
  std::string type;
  std::set<std::string> canonicals;
  std::set<std::string> names;
  std::string value;
  std::vector<Evidence> evidence;
  DocumentCount documents;
};

struct EdgeBuild {
  std::vector<Evidence> evidence;
  DocumentCount documents;
};

using EdgeKey = std::tuple<EntityId, EntityId, std::string>;  // (from, to, type)

struct EdgeKeyHash {
  size_t operator()(const EdgeKey& k) const {
    std::hash<std::string> h;
    size_t seed = h(std::get<0>(k));
    seed = seed * 1000003u ^ h(std::get<1>(k));
    return seed * 1000003u ^ h(std::get<2>(k));
  }
};

size_t codepoint_count(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// The fullest form: most code points, then smallest bytes.
bool fuller(const std::string& a, const std::string& b) {
  size_t na = codepoint_count(a), nb = codepoint_count(b);
  if (na != nb) return na > nb;
  return a < b;
}

// One order for the evidence of nodes and edges, so that a MENTIONS edge
// lists its evidence in the order its entity does (the JSON-LD refers from
// one to the other, and a graph read back must equal the one written).
// Evidence equal in all these is equal in all it shows.
bool evidence_order(const Evidence& a, const Evidence& b) {
  return std::tie(a.document, a.span.byte_begin, a.span.byte_end, a.rule) <
         std::tie(b.document, b.span.byte_begin, b.span.byte_end, b.rule);
}

std::string resolution_key(const Mention& m) {
  switch (m.type) {
    case EntityType::kDate:
    case EntityType::kUNDocument:
      return m.value;
    case EntityType::kResolution:
      return m.value.empty() ? "title:" + m.canonical : m.value;
    default:
      return m.canonical.empty() ? m.name : m.canonical;
  }
}

}  // namespace

struct KnowledgeGraph::Impl {
  std::vector<DocumentRecord> documents;
  std::unordered_map<EntityId, uint32_t> document_index;  // id -> index in documents
  std::unordered_map<EntityId, NodeBuild> nodes;
  std::unordered_map<EdgeKey, EdgeBuild, EdgeKeyHash> edges;
  std::vector<Node> final_nodes;
  std::vector<Edge> final_edges;

  void AddEdge(const EntityId& from, const EntityId& to, const std::string& type,
               Evidence evidence) {
    EdgeBuild& e = edges[{from, to, type}];
    e.documents.Add(evidence.document);
    e.evidence.push_back(std::move(evidence));
  }

  // Keeps the sentences some evidence quotes and empties the rest, so that
  // a graph holds what its JSON-LD holds: built, merged or read back, the
  // same graph is the same in memory and in every file derived from it.
  void KeepQuotedSentences() {
    std::vector<std::vector<bool>> quoted(documents.size());
    auto mark = [&](const std::vector<Evidence>& evidence) {
      for (const Evidence& ev : evidence) {
        std::vector<bool>& q = quoted[ev.document];
        if (ev.sentence >= q.size()) q.resize(ev.sentence + 1);
        q[ev.sentence] = true;
      }
    };
    for (const Node& n : final_nodes) mark(n.evidence);
    for (const Edge& e : final_edges) mark(e.evidence);
    for (size_t d = 0; d < documents.size(); ++d) {
      std::vector<std::string>& sentences = documents[d].sentences;
      sentences.resize(std::min(sentences.size(), quoted[d].size()));
      for (size_t k = 0; k < sentences.size(); ++k) {
        if (!quoted[d][k]) std::string().swap(sentences[k]);
      }
    }
  }
};

KnowledgeGraph::KnowledgeGraph() : impl_(std::make_unique<Impl>()) {}
KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph::~KnowledgeGraph() = default;

DocumentFragment make_fragment(const Document& doc, const Extraction& extraction) {
  DocumentFragment fragment;
  DocumentRecord& record = fragment.document;
  record.id = doc.id;
  record.name = doc.name;
  record.path = doc.path;
  record.encoding = doc.encoding;
  record.format = doc.format;
  record.bytes = doc.original.size();
  record.sentences.reserve(doc.sentences.size());
  for (uint32_t i = 0; i < doc.sentences.size(); ++i) {
    record.sentences.push_back(doc.quote_sentence(i));
  }
  auto evidence_of = [&](uint32_t begin, uint32_t end, const std::string& rule) {
    Evidence ev;
    ev.sentence = doc.sentence_of(begin);
    ev.line = doc.line_of(begin);
    ev.span = doc.source_span(begin, end);
    ev.surface = doc.surface(begin, end);
    ev.rule = rule;
    return ev;
  };
  fragment.mentions.reserve(extraction.mentions.size());
  for (const Mention& m : extraction.mentions) {
    FragmentMention fm;
    fm.type = std::string(entity_type_name(m.type));
    fm.id = make_entity_id(fm.type, resolution_key(m));
    fm.canonical = m.canonical.empty() ? m.name : m.canonical;
    fm.name = m.name;
    fm.value = m.value;
    fm.evidence = evidence_of(m.begin, m.end, m.rule);
    fragment.mentions.push_back(std::move(fm));
  }
  for (const RelationMention& r : extraction.relations) {
    FragmentRelation fr;
    fr.from = r.from == RelationMention::kDocument ? doc.id : fragment.mentions[r.from].id;
    fr.to = r.to == RelationMention::kDocument ? doc.id : fragment.mentions[r.to].id;
    if (fr.from == fr.to) continue;
    fr.type = r.type;
    fr.evidence = evidence_of(r.begin, r.end, r.rule);
    fragment.relations.push_back(std::move(fr));
  }
  return fragment;
}

bool KnowledgeGraph::AddDocument(const Document& doc, const Extraction& extraction) {
  return AddFragment(make_fragment(doc, extraction));
}

bool KnowledgeGraph::AddFragment(DocumentFragment fragment) {
  Impl& g = *impl_;
  DocumentRecord& record = fragment.document;
  uint32_t doc_index = static_cast<uint32_t>(g.documents.size());
  auto [known, added] = g.document_index.emplace(record.id, doc_index);
  if (!added) {
    DocumentRecord& earlier = g.documents[known->second];
    if (std::tie(record.path, record.name) < std::tie(earlier.path, earlier.name)) {
      earlier.path = std::move(record.path);
      earlier.name = std::move(record.name);
    }
    return false;
  }
  const EntityId doc_id = record.id;
  g.documents.push_back(std::move(record));
  for (FragmentMention& m : fragment.mentions) {
    NodeBuild& node = g.nodes[m.id];
    node.type = std::move(m.type);
    node.canonicals.insert(std::move(m.canonical));
    node.names.insert(std::move(m.name));
    if (!m.value.empty() && (node.value.empty() || m.value < node.value)) node.value = m.value;
    m.evidence.document = doc_index;
    node.documents.Add(doc_index);
    node.evidence.push_back(m.evidence);
    g.AddEdge(doc_id, m.id, "MENTIONS", std::move(m.evidence));
  }
  for (FragmentRelation& r : fragment.relations) {
    r.evidence.document = doc_index;
    g.AddEdge(r.from, r.to, r.type, std::move(r.evidence));
  }
  return true;
}

void KnowledgeGraph::Reopen() {
  Impl& g = *impl_;
  // A label is the fullest canonical form seen, so the old label stands for
  // all old canonical forms; every other old name survives as an alias.
  for (Node& n : g.final_nodes) {
    if (n.type == "Document") continue;
    NodeBuild& b = g.nodes[n.id];
    b.type = n.type;
    b.value = n.value;
    b.canonicals.insert(n.label);
    b.names.insert(n.aliases.begin(), n.aliases.end());
    for (const Evidence& ev : n.evidence) b.documents.Add(ev.document);
    b.evidence = std::move(n.evidence);
  }
  for (Edge& e : g.final_edges) {
    EdgeBuild& b = g.edges[{e.from, e.to, e.type}];
    for (const Evidence& ev : e.evidence) b.documents.Add(ev.document);
    b.evidence = std::move(e.evidence);
  }
  g.final_nodes.clear();
  g.final_edges.clear();
}

void KnowledgeGraph::Finalize(size_t threads) {
  Impl& g = *impl_;
  g.final_nodes.clear();
  g.final_edges.clear();
  // Documents in id order, evidence renumbered to match.
  std::vector<uint32_t> order(g.documents.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&g](uint32_t a, uint32_t b) { return g.documents[a].id < g.documents[b].id; });
  std::vector<uint32_t> new_index(order.size());
  std::vector<DocumentRecord> sorted_documents;
  for (uint32_t i = 0; i < order.size(); ++i) {
    new_index[order[i]] = i;
    sorted_documents.push_back(std::move(g.documents[order[i]]));
  }
  g.documents = std::move(sorted_documents);
  for (uint32_t i = 0; i < g.documents.size(); ++i) g.document_index[g.documents[i].id] = i;
  auto renumber = [&new_index](std::vector<Evidence>& evidence) {
    for (Evidence& ev : evidence) ev.document = new_index[ev.document];
    std::stable_sort(evidence.begin(), evidence.end(), evidence_order);
  };
  // Nodes and edges are finished independently of each other.
  run_side_by_side(
      threads,
      [&] {
        for (const DocumentRecord& d : g.documents) {
          Node n;
          n.id = d.id;
          n.type = "Document";
          n.label = d.name;
          n.documents = 1;
          g.final_nodes.push_back(std::move(n));
        }
        for (auto& [id, b] : g.nodes) {
          Node n;
          n.id = id;
          n.type = b.type;
          n.value = b.value;
          n.label = *std::min_element(b.canonicals.begin(), b.canonicals.end(), fuller);
          if (n.type == "Date") n.label = b.value;
          std::set<std::string> aliases = b.names;
          aliases.insert(b.canonicals.begin(), b.canonicals.end());
          aliases.erase(n.label);
          aliases.erase("");
          n.aliases.assign(aliases.begin(), aliases.end());
          n.evidence = std::move(b.evidence);
          renumber(n.evidence);
          n.documents = b.documents.count;
          g.final_nodes.push_back(std::move(n));
        }
        g.nodes.clear();
        std::sort(g.final_nodes.begin(), g.final_nodes.end(),
                  [](const Node& a, const Node& b) { return a.id < b.id; });
      },
      [&] {
        // Edges in (from, to, type) order: sort references to the built
        // edges, cheaper to swap than whole edges, then move each into place.
        std::vector<std::pair<const EdgeKey, EdgeBuild>*> built;
        built.reserve(g.edges.size());
        for (auto& entry : g.edges) built.push_back(&entry);
        std::sort(built.begin(), built.end(),
                  [](const auto* a, const auto* b) { return a->first < b->first; });
        g.final_edges.reserve(built.size());
        for (auto* entry : built) {
          Edge e;
          e.from = std::get<0>(entry->first);
          e.to = std::get<1>(entry->first);
          e.type = std::get<2>(entry->first);
          e.evidence = std::move(entry->second.evidence);
          renumber(e.evidence);
          e.documents = entry->second.documents.count;
          g.final_edges.push_back(std::move(e));
        }
        g.edges.clear();
      });
  g.KeepQuotedSentences();
  compute_metrics(&g.final_nodes, g.final_edges, threads);
}

KnowledgeGraph KnowledgeGraph::FromParts(std::vector<DocumentRecord> documents,
                                         std::vector<Node> nodes, std::vector<Edge> edges) {
  KnowledgeGraph g;
  for (uint32_t i = 0; i < documents.size(); ++i) g.impl_->document_index[documents[i].id] = i;
  g.impl_->documents = std::move(documents);
  g.impl_->final_nodes = std::move(nodes);
  g.impl_->final_edges = std::move(edges);
  return g;
}

const std::vector<Node>& KnowledgeGraph::nodes() const { return impl_->final_nodes; }
const std::vector<Edge>& KnowledgeGraph::edges() const { return impl_->final_edges; }
const std::vector<DocumentRecord>& KnowledgeGraph::documents() const { return impl_->documents; }

}  // namespace treatygraph
