// Reads back the JSON-LD that write_jsonld wrote: the lossless record of a
// graph, from which `query` and `export` work without rebuilding.
//
// The reader knows our layout (compact tg:/schema:/rdf: keys, one object per
// node, one rdf:Statement per edge); it is not a general JSON-LD processor.
// Anything else (truncated, empty, another program's JSON) is rejected with
// a message naming the file and, for syntax errors, the byte offset.
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>
#include <memory>
#include <type_traits>
#include <unordered_map>

#include "treatygraph/export.h"

namespace treatygraph {
namespace {

using Value = rapidjson::Value;

class Reader {
 public:
  explicit Reader(std::string path) : path_(std::move(path)) {}

  Result<KnowledgeGraph> Read(std::string bytes) {
    rapidjson::Document json;
    // In situ: strings point into `bytes`, no copies of the large sentences.
    // Numbers are kept as their text and converted here (Uint, Double):
    // RapidJSON 1.1's own conversion runs into undefined behaviour on
    // numbers with absurd exponents (found by the graph_loader fuzzer).
    json.ParseInsitu<rapidjson::kParseNumbersAsStringsFlag>(bytes.data());
    if (json.HasParseError()) {
      return Status(StatusCode::kUnreadable,
                    std::string("not valid JSON: ") + rapidjson::GetParseError_En(json.GetParseError()),
                    path_, json.GetErrorOffset());
    }
    if (!json.IsObject() || !json.HasMember("@graph") || !json["@graph"].IsArray() ||
        !json.HasMember("@context")) {
      return Fail("not a treatygraph JSON-LD file (no @context and @graph)");
    }
    const Value& items = json["@graph"];
    // Pass 1: documents, and every node's IRI, so evidence and edges resolve.
    for (const Value& item : items.GetArray()) {
      if (!item.IsObject()) return Fail("an @graph item is not an object");
      if (item.HasMember("rdf:subject")) continue;
      std::string id = String(item, "tg:id"), iri = String(item, "@id");
      if (id.empty() || iri.empty()) return Fail("a node without tg:id or @id");
      iri_to_id_[iri] = id;
      if (String(item, "tg:entityType") == "Document") {
        DocumentRecord d;
        d.id = id;
        d.name = String(item, "schema:name");
        d.path = String(item, "tg:path");
        d.encoding = String(item, "tg:encoding");
        d.format = String(item, "tg:format");
        d.bytes = Uint(item, "tg:bytes");
        auto quoted = item.FindMember("tg:hasSentence");
        if (quoted != item.MemberEnd() && quoted->value.IsArray()) {
          for (const Value& sentence : quoted->value.GetArray()) {
            if (!sentence.IsObject()) return Fail("a sentence is not an object");
            uint64_t k = Uint(sentence, "tg:index");
            if (k > (1u << 30)) return Fail("a sentence index out of range");
            if (k >= d.sentences.size()) d.sentences.resize(k + 1);
            d.sentences[k] = String(sentence, "tg:text");
          }
        }
        documents_.push_back(std::move(d));
      }
    }
    std::sort(documents_.begin(), documents_.end(),
              [](const DocumentRecord& a, const DocumentRecord& b) { return a.id < b.id; });
    for (uint32_t i = 0; i < documents_.size(); ++i) doc_index_[documents_[i].id] = i;
    // Pass 2: nodes and edges with their evidence.
    std::vector<Node> nodes;
    std::vector<Edge> edges;
    for (const Value& item : items.GetArray()) {
      if (item.HasMember("rdf:subject")) {
        Edge e;
        if (!Ref(item, "rdf:subject", &e.from) || !Ref(item, "rdf:object", &e.to)) {
          return Fail("a statement whose subject or object is not a node of the graph");
        }
        e.type = String(item, "tg:relationType");
        e.documents = static_cast<uint32_t>(Uint(item, "tg:documentCount"));
        // MENTIONS statements refer to the entity's mentions by blank-node
        // id; their evidence is filled in from the entity below.
        if (e.type != "MENTIONS" && !ReadEvidence(item, "prov:wasDerivedFrom", &e.evidence)) {
          return Fail(error_);
        }
        edges.push_back(std::move(e));
        continue;
      }
      Node n;
      n.id = String(item, "tg:id");
      n.type = String(item, "tg:entityType");
      n.label = String(item, "schema:name");
      if (item.HasMember("schema:alternateName") && item["schema:alternateName"].IsArray()) {
        for (const Value& a : item["schema:alternateName"].GetArray()) {
          if (a.IsString()) n.aliases.emplace_back(a.GetString(), a.GetStringLength());
        }
      }
      for (const char* key : {"tg:value", "schema:legislationIdentifier"}) {
        if (!item.HasMember(key)) continue;
        const Value& v = item[key];
        n.value = v.IsObject() ? String(v, "@value") : v.IsString() ? v.GetString() : "";
      }
      n.degree = static_cast<uint32_t>(Uint(item, "tg:degree"));
      n.pagerank = Double(item, "tg:pagerank");
      n.component = static_cast<uint32_t>(Uint(item, "tg:component"));
      n.documents = static_cast<uint32_t>(Uint(item, "tg:documentCount"));
      if (!ReadEvidence(item, "tg:mention", &n.evidence)) return Fail(error_);
      nodes.push_back(std::move(n));
    }
    std::sort(nodes.begin(), nodes.end(), [](const Node& a, const Node& b) { return a.id < b.id; });
    // A document's MENTIONS edge carries that entity's mentions in it.
    for (Edge& e : edges) {
      if (e.type != "MENTIONS") continue;
      auto target = std::lower_bound(nodes.begin(), nodes.end(), e.to,
                                     [](const Node& n, const EntityId& x) { return n.id < x; });
      auto doc = doc_index_.find(e.from);
      if (target == nodes.end() || target->id != e.to || doc == doc_index_.end()) {
        return Fail("a MENTIONS statement that does not lead from a document to an entity");
      }
      for (const Evidence& ev : target->evidence) {
        if (ev.document == doc->second) e.evidence.push_back(ev);
      }
    }
    std::sort(edges.begin(), edges.end(), [](const Edge& a, const Edge& b) {
      return std::tie(a.from, a.to, a.type) < std::tie(b.from, b.to, b.type);
    });
    return KnowledgeGraph::FromParts(std::move(documents_), std::move(nodes), std::move(edges));
  }

 private:
  Status Fail(const std::string& why) const {
    return Status(StatusCode::kUnreadable, "not a treatygraph graph: " + why, path_);
  }

  static std::string String(const Value& obj, const char* key) {
    auto it = obj.FindMember(key);
    if (it == obj.MemberEnd() || !it->value.IsString()) return "";
    return std::string(it->value.GetString(), it->value.GetStringLength());
  }

  // The number written under `key` (numbers are read as their text); 0
  // when it is none: for an unsigned one a sign, a fraction or an
  // exponent; for either, out of range or not a number at all. from_chars
  // rounds correctly, as RapidJSON's full-precision parse did, so a graph
  // read back holds the same values.
  template <typename Number>
  static Number Read(const Value& obj, const char* key) {
    auto it = obj.FindMember(key);
    if (it == obj.MemberEnd() || !it->value.IsString()) return 0;
    const char* begin = it->value.GetString();
    const char* end = begin + it->value.GetStringLength();
    Number value = 0;
    auto [stop, error] = std::from_chars(begin, end, value);
    if (error != std::errc() || stop != end) return 0;
    if constexpr (std::is_floating_point_v<Number>) {
      if (!std::isfinite(value)) return 0;
    }
    return value;
  }
  static uint64_t Uint(const Value& obj, const char* key) { return Read<uint64_t>(obj, key); }
  static double Double(const Value& obj, const char* key) { return Read<double>(obj, key); }

  // {"@id": IRI} of a node -> its id.
  bool Ref(const Value& obj, const char* key, EntityId* out) const {
    auto it = obj.FindMember(key);
    if (it == obj.MemberEnd() || !it->value.IsObject()) return false;
    auto found = iri_to_id_.find(String(it->value, "@id"));
    if (found == iri_to_id_.end()) return false;
    *out = found->second;
    return true;
  }

  bool ReadEvidence(const Value& obj, const char* key, std::vector<Evidence>* out) {
    auto it = obj.FindMember(key);
    if (it == obj.MemberEnd()) return true;
    if (!it->value.IsArray()) return error_ = std::string(key) + " is not an array", false;
    for (const Value& v : it->value.GetArray()) {
      if (!v.IsObject()) return error_ = "evidence is not an object", false;
      EntityId doc_id;
      if (!Ref(v, "tg:document", &doc_id) || !doc_index_.count(doc_id)) {
        return error_ = "evidence names no document of the graph", false;
      }
      Evidence ev;
      ev.document = doc_index_.at(doc_id);
      ev.span.byte_begin = Uint(v, "tg:byteStart");
      ev.span.byte_end = Uint(v, "tg:byteEnd");
      ev.span.codepoint_begin = Uint(v, "tg:codepointStart");
      ev.span.codepoint_end = Uint(v, "tg:codepointEnd");
      ev.line = static_cast<uint32_t>(Uint(v, "tg:line"));
      ev.sentence = static_cast<uint32_t>(Uint(v, "tg:sentenceIndex"));
      ev.surface = String(v, "tg:surface");
      ev.rule = String(v, "tg:rule");
      if (ev.sentence >= documents_[ev.document].sentences.size()) {
        return error_ = "evidence quotes a sentence its document does not hold", false;
      }
      out->push_back(std::move(ev));
    }
    return true;
  }

  std::string path_;
  std::string error_;
  std::unordered_map<std::string, EntityId> iri_to_id_;
  std::unordered_map<std::string, uint32_t> doc_index_;
  std::vector<DocumentRecord> documents_;
};

}  // namespace

Result<KnowledgeGraph> read_jsonld(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return Status(StatusCode::kNotFound, "cannot open the graph", path);
  std::string bytes;
  char buffer[1 << 16];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) bytes.append(buffer, n);
  bool failed = std::ferror(f) != 0;
  std::fclose(f);
  if (failed) return Status(StatusCode::kUnreadable, "read error", path);
  return parse_jsonld(std::move(bytes), path);
}

Result<KnowledgeGraph> parse_jsonld(std::string bytes, const std::string& origin) {
  if (bytes.empty()) return Status(StatusCode::kUnreadable, "the graph file is empty", origin);
  return Reader(origin).Read(std::move(bytes));
}

}  // namespace treatygraph
