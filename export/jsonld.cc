// JSON-LD 1.1 writer.
//
// One document with an inline @context (a remote context fails offline) and
// a flat @graph: one object per node, carrying its relations as properties
// (so plain RDF consumers see direct triples), and one rdf:Statement per edge
// carrying that edge's evidence (so provenance survives conversion to RDF).
// Standard vocabularies where they fit (schema.org types and names, PROV-O
// for derivation, xsd dates); everything else under the tg: namespace.
// Every key is a compact IRI, so a safe-mode processor drops nothing.
#include <rapidjson/writer.h>
#include <rapidjson/stringbuffer.h>

#include <algorithm>
#include <map>
#include <set>

#include "base/atomic_file.h"
#include "base/hash.h"
#include "export/text_escape.h"
#include "treatygraph/export.h"

namespace treatygraph {
namespace {

constexpr char kBase[] = "https://treatygraph.org/id/";

// Streams rapidjson output into an AtomicFile in large blocks.
class FileStream {
 public:
  using Ch = char;
  explicit FileStream(AtomicFile* file) : file_(file) { buffer_.reserve(1 << 20); }
  void Put(char c) {
    buffer_.push_back(c);
    if (buffer_.size() >= (1 << 20)) Flush();
  }
  void Flush() {
    file_->Write(buffer_);
    buffer_.clear();
  }

 private:
  AtomicFile* file_;
  std::string buffer_;
};

// Compact: a pretty-printed graph is a third larger and nobody reads it raw
// (`jq .` does that better).
using Writer = rapidjson::Writer<FileStream>;

void str(Writer& w, std::string_view s) {
  // Most strings hold nothing XML 1.0 forbids: write them without a copy.
  bool clean = true;
  for (unsigned char c : s) clean = clean && (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') && c != 0xEF;
  if (clean) {
    w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
    return;
  }
  std::string cleaned = drop_forbidden_characters(s);
  w.String(cleaned.data(), static_cast<rapidjson::SizeType>(cleaned.size()));
}

const char* schema_type(const std::string& type) {
  if (type == "Organization") return "schema:Organization";
  if (type == "Country") return "schema:Country";
  if (type == "Place") return "schema:Place";
  if (type == "Person") return "schema:Person";
  if (type == "Instrument" || type == "Resolution") return "schema:Legislation";
  if (type == "UNDocument" || type == "Document") return "schema:CreativeWork";
  if (type == "Meeting") return "schema:Event";
  if (type == "Date") return "tg:Date";
  return "tg:Entity";
}

bool is_un_symbol(const Node& n) {
  return (n.type == "Resolution" || n.type == "UNDocument") && !n.value.empty();
}

// The IRI of a node: undocs.org for UN symbols, the project base otherwise.
std::string node_iri(const Node& n) {
  if (is_un_symbol(n)) return "https://undocs.org/" + n.value;
  return kBase + n.id;
}

std::string sentence_iri(const std::string& doc_iri, uint32_t index) {
  return doc_iri + "#s" + std::to_string(index);
}

// The blank-node id of a node's k-th mention: MENTIONS statements refer to
// their evidence by it instead of repeating it.
std::string mention_id(const Node& n, size_t k) { return "_:" + n.id + "-m" + std::to_string(k); }

void write_evidence(Writer& w, const KnowledgeGraph& graph, const std::vector<std::string>& doc_iri,
                    const Evidence& ev, const std::string& blank_id = "") {
  const DocumentRecord& doc = graph.documents()[ev.document];
  w.StartObject();
  if (!blank_id.empty()) str(w, "@id"), str(w, blank_id);
  str(w, "@type"), str(w, "tg:Evidence");
  str(w, "tg:document"), w.StartObject(), str(w, "@id"), str(w, doc_iri[ev.document]), w.EndObject();
  str(w, "tg:documentName"), str(w, doc.name);
  str(w, "tg:byteStart"), w.Uint64(ev.span.byte_begin);
  str(w, "tg:byteEnd"), w.Uint64(ev.span.byte_end);
  str(w, "tg:codepointStart"), w.Uint64(ev.span.codepoint_begin);
  str(w, "tg:codepointEnd"), w.Uint64(ev.span.codepoint_end);
  str(w, "tg:line"), w.Uint(ev.line);
  str(w, "tg:sentenceIndex"), w.Uint(ev.sentence);
  // Sentences are nodes of their own, written once on their document.
  str(w, "tg:sentence"), w.StartObject(), str(w, "@id"),
      str(w, sentence_iri(doc_iri[ev.document], ev.sentence)), w.EndObject();
  (void)doc;
  str(w, "tg:surface"), str(w, ev.surface);
  str(w, "tg:rule"), str(w, ev.rule);
  w.EndObject();
}

void write_context(Writer& w) {
  str(w, "@context");
  w.StartObject();
  str(w, "@version"), w.Double(1.1);
  str(w, "schema"), str(w, "https://schema.org/");
  str(w, "prov"), str(w, "http://www.w3.org/ns/prov#");
  str(w, "rdf"), str(w, "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
  str(w, "xsd"), str(w, "http://www.w3.org/2001/XMLSchema#");
  str(w, "tg"), str(w, "https://treatygraph.org/ns#");
  w.EndObject();
}

void write_value(Writer& w, const Node& n) {
  str(w, n.type == "Resolution" || n.type == "UNDocument" ? "schema:legislationIdentifier"
                                                          : "tg:value");
  if (n.type == "Date" && (n.value.size() == 10 || n.value.size() == 7)) {
    w.StartObject();
    str(w, "@value"), str(w, n.value);
    str(w, "@type"), str(w, n.value.size() == 10 ? "xsd:date" : "xsd:gYearMonth");
    w.EndObject();
  } else {
    str(w, n.value);
  }
}

}  // namespace

Status write_jsonld(const KnowledgeGraph& graph, const std::string& path) {
  AtomicFile file(path);
  if (!file.status().ok()) return file.status();
  FileStream stream(&file);
  Writer w(stream);
  const auto& nodes = graph.nodes();
  const auto& edges = graph.edges();
  std::vector<std::string> doc_iri;
  std::map<std::string_view, size_t> doc_index;
  for (const DocumentRecord& d : graph.documents()) {
    doc_index.emplace(d.id, doc_iri.size());
    doc_iri.push_back(kBase + d.id);
  }
  std::vector<std::set<uint32_t>> quoted_sentences(graph.documents().size());
  for (const Node& n : nodes) {
    for (const Evidence& ev : n.evidence) quoted_sentences[ev.document].insert(ev.sentence);
  }
  for (const Edge& e : edges) {
    for (const Evidence& ev : e.evidence) quoted_sentences[ev.document].insert(ev.sentence);
  }
  // REQUIRES: a node with this id exists (every edge end does).
  auto node_of = [&nodes](const EntityId& id) -> const Node& {
    return *std::lower_bound(nodes.begin(), nodes.end(), id,
                             [](const Node& n, const EntityId& x) { return n.id < x; });
  };
  auto iri_of = [&node_of](const EntityId& id) { return node_iri(node_of(id)); };

  w.StartObject();
  write_context(w);
  str(w, "@graph");
  w.StartArray();
  size_t e = 0;  // edges are sorted by source id, like the nodes
  for (const Node& n : nodes) {
    w.StartObject();
    str(w, "@id"), str(w, node_iri(n));
    str(w, "@type"), str(w, schema_type(n.type));
    str(w, "tg:id"), str(w, n.id);
    str(w, "tg:entityType"), str(w, n.type);
    str(w, "schema:name"), str(w, n.label);
    if (!n.aliases.empty()) {
      str(w, "schema:alternateName");
      w.StartArray();
      for (const std::string& a : n.aliases) str(w, a);
      w.EndArray();
    }
    if (!n.value.empty()) write_value(w, n);
    str(w, "tg:degree"), w.Uint(n.degree);
    str(w, "tg:pagerank"), w.Double(n.pagerank);
    str(w, "tg:component"), w.Uint(n.component);
    str(w, "tg:documentCount"), w.Uint(n.documents);
    if (n.type == "Document") {
      auto found = doc_index.find(n.id);
      if (found != doc_index.end()) {
        const DocumentRecord* d = &graph.documents()[found->second];
        str(w, "tg:path"), str(w, d->path);
        str(w, "tg:encoding"), str(w, d->encoding);
        str(w, "tg:format"), str(w, d->format);
        str(w, "tg:bytes"), w.Uint64(d->bytes);
        // The sentences some evidence quotes, each once.
        const std::set<uint32_t>& quoted = quoted_sentences[found->second];
        if (!quoted.empty()) {
          str(w, "tg:hasSentence");
          w.StartArray();
          for (uint32_t k : quoted) {
            w.StartObject();
            str(w, "@id"), str(w, sentence_iri(doc_iri[found->second], k));
            str(w, "@type"), str(w, "tg:Sentence");
            str(w, "tg:index"), w.Uint(k);
            str(w, "tg:text"), str(w, k < d->sentences.size() ? d->sentences[k] : "");
            w.EndObject();
          }
          w.EndArray();
        }
      }
    }
    if (!n.evidence.empty()) {
      str(w, "tg:mention");
      w.StartArray();
      for (size_t k = 0; k < n.evidence.size(); ++k) {
        write_evidence(w, graph, doc_iri, n.evidence[k], mention_id(n, k));
      }
      w.EndArray();
    }
    // Direct triples, one property per relation type.
    while (e < edges.size() && edges[e].from < n.id) ++e;
    std::map<std::string, std::vector<std::string>> targets;  // property -> IRIs
    for (; e < edges.size() && edges[e].from == n.id; ++e) {
      std::string prop = edges[e].type == "MENTIONS" ? "schema:mentions" : "tg:" + edges[e].type;
      targets[prop].push_back(iri_of(edges[e].to));
    }
    for (const auto& [prop, iris] : targets) {
      str(w, prop);
      w.StartArray();
      for (const std::string& iri : iris) {
        w.StartObject(), str(w, "@id"), str(w, iri), w.EndObject();
      }
      w.EndArray();
    }
    w.EndObject();
  }
  // One statement per edge, with its evidence.
  for (const Edge& edge : edges) {
    w.StartObject();
    std::string key = edge.from + '\x1f' + edge.type + '\x1f' + edge.to;
    str(w, "@id"), str(w, std::string(kBase) + "edge-" + hex64(stable_hash64(key)));
    str(w, "@type"), str(w, "rdf:Statement");
    str(w, "rdf:subject"), w.StartObject(), str(w, "@id"), str(w, iri_of(edge.from)), w.EndObject();
    str(w, "rdf:predicate"), w.StartObject(), str(w, "@id"),
        str(w, edge.type == "MENTIONS" ? "https://schema.org/mentions"
                                       : "https://treatygraph.org/ns#" + edge.type),
        w.EndObject();
    str(w, "rdf:object"), w.StartObject(), str(w, "@id"), str(w, iri_of(edge.to)), w.EndObject();
    str(w, "tg:relationType"), str(w, edge.type);
    str(w, "tg:weight"), w.Uint64(edge.evidence.size());
    str(w, "tg:documentCount"), w.Uint(edge.documents);
    str(w, "prov:wasDerivedFrom");
    w.StartArray();
    if (edge.type == "MENTIONS") {
      // A mention's evidence is already on the entity (tg:mention): refer to
      // the entries of this document rather than repeat them.
      const Node& target = node_of(edge.to);
      const uint32_t doc = edge.evidence.empty() ? 0 : edge.evidence.front().document;
      for (size_t k = 0; k < target.evidence.size(); ++k) {
        if (target.evidence[k].document != doc) continue;
        w.StartObject(), str(w, "@id"), str(w, mention_id(target, k)), w.EndObject();
      }
    } else {
      for (const Evidence& ev : edge.evidence) write_evidence(w, graph, doc_iri, ev);
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  stream.Put('\n');
  stream.Flush();
  return file.Commit();
}

}  // namespace treatygraph
