// JSON-LD 1.1 writer.
//
// One document with an inline @context (a remote context fails offline) and
// a flat @graph: one object per node, carrying its relations as properties
// (so plain RDF consumers see direct triples), and one rdf:Statement per edge
// carrying that edge's evidence (so provenance survives conversion to RDF).
// Standard vocabularies where they fit (schema.org types and names, PROV-O
// for derivation, xsd dates); everything else under the tg: namespace.
// Every key is a compact IRI, so a safe-mode processor drops nothing.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <set>
#include <unordered_map>

#include "base/atomic_file.h"
#include "base/hash.h"
#include "export/text_escape.h"
#include "treatygraph/export.h"

namespace treatygraph {
namespace {

constexpr char kBase[] = "https://treatygraph.org/id/";

// Compact: a pretty-printed graph is a third larger and nobody reads it raw
// (`jq .` does that better). Into RapidJSON's own StringBuffer, whose writer
// reserves room once per value instead of checking it per character.
// (Not RAPIDJSON_SSE2: its parser then reads aligned 16-byte blocks past the
// end of a buffer, which AddressSanitizer rightly reports, and the writer
// was no faster with it.)
using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

// Hands the buffered output to the file in large blocks, between top-level
// objects, so memory stays bounded however large the graph.
void flush_if_full(rapidjson::StringBuffer& buffer, AtomicFile& file, bool force = false) {
  if (!force && buffer.GetSize() < (size_t{1} << 20)) return;
  file.Write(std::string_view(buffer.GetString(), buffer.GetSize()));
  buffer.Clear();
}

void key(Writer& w, std::string_view k) { w.Key(k.data(), static_cast<rapidjson::SizeType>(k.size())); }

// True when `s` may hold a character XML 1.0 forbids (a C0 control, or the
// EF lead byte of U+FFFE/U+FFFF). Branch-free, so it runs in vector
// registers: almost every string is clean and is written without a copy.
bool may_hold_forbidden(std::string_view s) {
  unsigned suspicious = 0;
  for (unsigned char c : s) suspicious |= static_cast<unsigned>(c < 0x20) | static_cast<unsigned>(c == 0xEF);
  return suspicious != 0;
}

void str(Writer& w, std::string_view s) {
  if (may_hold_forbidden(s)) {
    std::string cleaned = drop_forbidden_characters(s);
    if (cleaned.size() != s.size()) {
      w.String(cleaned.data(), static_cast<rapidjson::SizeType>(cleaned.size()));
      return;
    }
  }
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

void id_object(Writer& w, std::string_view iri) {
  w.StartObject(), key(w, "@id"), str(w, iri), w.EndObject();
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

// Reusable text for the IRIs and blank-node ids built per mention and edge,
// so that writing allocates nothing per piece of evidence.
struct Scratch {
  std::string a, b;
};

// The IRI of a document's k-th sentence.
const std::string& sentence_iri(const std::string& doc_iri, uint32_t index, std::string* out) {
  out->assign(doc_iri).append("#s").append(std::to_string(index));
  return *out;
}

// The blank-node id of a node's k-th mention: MENTIONS statements refer to
// their evidence by it instead of repeating it.
const std::string& mention_id(const Node& n, size_t k, std::string* out) {
  out->assign("_:").append(n.id).append("-m").append(std::to_string(k));
  return *out;
}

void write_evidence(Writer& w, const KnowledgeGraph& graph, const std::vector<std::string>& doc_iri,
                    const Evidence& ev, const std::string* blank_id, Scratch* scratch) {
  const DocumentRecord& doc = graph.documents()[ev.document];
  w.StartObject();
  if (blank_id != nullptr) key(w, "@id"), str(w, *blank_id);
  key(w, "@type"), str(w, "tg:Evidence");
  key(w, "tg:document"), id_object(w, doc_iri[ev.document]);
  key(w, "tg:documentName"), str(w, doc.name);
  key(w, "tg:byteStart"), w.Uint64(ev.span.byte_begin);
  key(w, "tg:byteEnd"), w.Uint64(ev.span.byte_end);
  key(w, "tg:codepointStart"), w.Uint64(ev.span.codepoint_begin);
  key(w, "tg:codepointEnd"), w.Uint64(ev.span.codepoint_end);
  key(w, "tg:line"), w.Uint(ev.line);
  key(w, "tg:sentenceIndex"), w.Uint(ev.sentence);
  // Sentences are nodes of their own, written once on their document.
  key(w, "tg:sentence"), id_object(w, sentence_iri(doc_iri[ev.document], ev.sentence, &scratch->b));
  key(w, "tg:surface"), str(w, ev.surface);
  key(w, "tg:rule"), str(w, ev.rule);
  w.EndObject();
}

void write_context(Writer& w) {
  key(w, "@context");
  w.StartObject();
  key(w, "@version"), w.Double(1.1);
  key(w, "schema"), str(w, "https://schema.org/");
  key(w, "prov"), str(w, "http://www.w3.org/ns/prov#");
  key(w, "rdf"), str(w, "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
  key(w, "xsd"), str(w, "http://www.w3.org/2001/XMLSchema#");
  key(w, "tg"), str(w, "https://treatygraph.org/ns#");
  w.EndObject();
}

void write_value(Writer& w, const Node& n) {
  key(w, n.type == "Resolution" || n.type == "UNDocument" ? "schema:legislationIdentifier"
                                                          : "tg:value");
  if (n.type == "Date" && (n.value.size() == 10 || n.value.size() == 7)) {
    w.StartObject();
    key(w, "@value"), str(w, n.value);
    key(w, "@type"), str(w, n.value.size() == 10 ? "xsd:date" : "xsd:gYearMonth");
    w.EndObject();
  } else {
    str(w, n.value);
  }
}

// The property a relation type is written as on its source node.
void relation_property(const std::string& type, std::string* out) {
  if (type == "MENTIONS") {
    out->assign("schema:mentions");
  } else {
    out->assign("tg:").append(type);
  }
}

void write_document_fields(Writer& w, const DocumentRecord& d, const std::string& doc_iri,
                           const std::set<uint32_t>& quoted, Scratch* scratch) {
  key(w, "tg:path"), str(w, d.path);
  key(w, "tg:encoding"), str(w, d.encoding);
  key(w, "tg:format"), str(w, d.format);
  key(w, "tg:bytes"), w.Uint64(d.bytes);
  if (quoted.empty()) return;
  // The sentences some evidence quotes, each once.
  key(w, "tg:hasSentence");
  w.StartArray();
  for (uint32_t k : quoted) {
    w.StartObject();
    key(w, "@id"), str(w, sentence_iri(doc_iri, k, &scratch->b));
    key(w, "@type"), str(w, "tg:Sentence");
    key(w, "tg:index"), w.Uint(k);
    key(w, "tg:text"), str(w, k < d.sentences.size() ? d.sentences[k] : "");
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace

Status write_jsonld(const KnowledgeGraph& graph, const std::string& path) {
  AtomicFile file(path);
  if (!file.status().ok()) return file.status();
  rapidjson::StringBuffer buffer(nullptr, (size_t{1} << 20) + (size_t{1} << 16));
  Writer w(buffer);
  const auto& nodes = graph.nodes();
  const auto& edges = graph.edges();
  std::vector<std::string> doc_iri;
  std::unordered_map<std::string_view, size_t> doc_index;
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
  // Every node's IRI, once, and the node of each id (every edge end is one).
  std::vector<std::string> iri(nodes.size());
  std::unordered_map<std::string_view, uint32_t> node_index;
  node_index.reserve(nodes.size());
  for (size_t i = 0; i < nodes.size(); ++i) {
    iri[i] = node_iri(nodes[i]);
    node_index.emplace(nodes[i].id, static_cast<uint32_t>(i));
  }
  Scratch scratch;

  w.StartObject();
  write_context(w);
  key(w, "@graph");
  w.StartArray();
  size_t e = 0;  // edges are sorted by source id, like the nodes
  std::vector<const Edge*> outgoing;
  for (const Node& n : nodes) {
    flush_if_full(buffer, file);
    w.StartObject();
    key(w, "@id"), str(w, iri[&n - nodes.data()]);
    key(w, "@type"), str(w, schema_type(n.type));
    key(w, "tg:id"), str(w, n.id);
    key(w, "tg:entityType"), str(w, n.type);
    key(w, "schema:name"), str(w, n.label);
    if (!n.aliases.empty()) {
      key(w, "schema:alternateName");
      w.StartArray();
      for (const std::string& a : n.aliases) str(w, a);
      w.EndArray();
    }
    if (!n.value.empty()) write_value(w, n);
    key(w, "tg:degree"), w.Uint(n.degree);
    key(w, "tg:pagerank"), w.Double(n.pagerank);
    key(w, "tg:component"), w.Uint(n.component);
    key(w, "tg:documentCount"), w.Uint(n.documents);
    if (n.type == "Document") {
      auto found = doc_index.find(n.id);
      if (found != doc_index.end()) {
        write_document_fields(w, graph.documents()[found->second], doc_iri[found->second],
                              quoted_sentences[found->second], &scratch);
      }
    }
    if (!n.evidence.empty()) {
      key(w, "tg:mention");
      w.StartArray();
      for (size_t k = 0; k < n.evidence.size(); ++k) {
        write_evidence(w, graph, doc_iri, n.evidence[k], &mention_id(n, k, &scratch.a), &scratch);
      }
      w.EndArray();
    }
    // Direct triples, one property per relation type: properties in name
    // order (schema:mentions sorts before tg:), targets in edge order.
    while (e < edges.size() && edges[e].from < n.id) ++e;
    outgoing.clear();
    for (; e < edges.size() && edges[e].from == n.id; ++e) outgoing.push_back(&edges[e]);
    std::stable_sort(outgoing.begin(), outgoing.end(), [](const Edge* a, const Edge* b) {
      bool a_mentions = a->type == "MENTIONS", b_mentions = b->type == "MENTIONS";
      if (a_mentions != b_mentions) return a_mentions;
      return a->type < b->type;
    });
    for (size_t i = 0; i < outgoing.size(); ++i) {
      if (i == 0 || outgoing[i]->type != outgoing[i - 1]->type) {
        if (i > 0) w.EndArray();
        relation_property(outgoing[i]->type, &scratch.a);
        key(w, scratch.a);
        w.StartArray();
      }
      id_object(w, iri[node_index.at(outgoing[i]->to)]);
    }
    if (!outgoing.empty()) w.EndArray();
    w.EndObject();
  }
  // One statement per edge, with its evidence.
  for (const Edge& edge : edges) {
    flush_if_full(buffer, file);
    const uint32_t from = node_index.at(edge.from), to = node_index.at(edge.to);
    w.StartObject();
    scratch.a.assign(edge.from).append(1, '\x1f').append(edge.type).append(1, '\x1f').append(edge.to);
    scratch.b.assign(kBase).append("edge-").append(hex64(stable_hash64(scratch.a)));
    key(w, "@id"), str(w, scratch.b);
    key(w, "@type"), str(w, "rdf:Statement");
    key(w, "rdf:subject"), id_object(w, iri[from]);
    if (edge.type == "MENTIONS") {
      scratch.a.assign("https://schema.org/mentions");
    } else {
      scratch.a.assign("https://treatygraph.org/ns#").append(edge.type);
    }
    key(w, "rdf:predicate"), id_object(w, scratch.a);
    key(w, "rdf:object"), id_object(w, iri[to]);
    key(w, "tg:relationType"), str(w, edge.type);
    key(w, "tg:weight"), w.Uint64(edge.evidence.size());
    key(w, "tg:documentCount"), w.Uint(edge.documents);
    key(w, "prov:wasDerivedFrom");
    w.StartArray();
    if (edge.type == "MENTIONS") {
      // A mention's evidence is already on the entity (tg:mention): refer to
      // the entries of this document rather than repeat them. The entity's
      // evidence is in document order, so they are one run.
      const std::vector<Evidence>& mentions = nodes[to].evidence;
      const uint32_t doc = edge.evidence.empty() ? 0 : edge.evidence.front().document;
      auto first = std::lower_bound(mentions.begin(), mentions.end(), doc,
                                    [](const Evidence& ev, uint32_t d) { return ev.document < d; });
      for (auto it = first; it != mentions.end() && it->document == doc; ++it) {
        id_object(w, mention_id(nodes[to], static_cast<size_t>(it - mentions.begin()), &scratch.a));
      }
    } else {
      for (const Evidence& ev : edge.evidence) write_evidence(w, graph, doc_iri, ev, nullptr, &scratch);
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  buffer.Put('\n');
  flush_if_full(buffer, file, /*force=*/true);
  return file.Commit();
}

}  // namespace treatygraph
