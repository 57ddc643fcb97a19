// Fragment lines: one document's share of the graph as one line of JSON (the
// layout is in treatygraph/shard.h). Every field a fragment holds is written,
// so that merging lines gives exactly the graph a build would.
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <unordered_set>

#include "shard/json_line.h"
#include "treatygraph/shard.h"

namespace treatygraph {
namespace {

constexpr int kVersion = 1;

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;
using Value = rapidjson::Value;

void str(Writer& w, std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }

void write_evidence(Writer& w, const Evidence& ev) {
  // An array, not an object: evidence is most of a fragment's bytes.
  w.StartArray();
  w.Uint(ev.sentence);
  w.Uint(ev.line);
  w.Uint64(ev.span.byte_begin);
  w.Uint64(ev.span.byte_end);
  w.Uint64(ev.span.codepoint_begin);
  w.Uint64(ev.span.codepoint_end);
  str(w, ev.surface);
  str(w, ev.rule);
  w.EndArray();
}

void write_document(Writer& w, const DocumentRecord& d) {
  w.StartObject();
  str(w, "id"), str(w, d.id);
  str(w, "name"), str(w, d.name);
  str(w, "path"), str(w, d.path);
  str(w, "encoding"), str(w, d.encoding);
  str(w, "format"), str(w, d.format);
  str(w, "bytes"), w.Uint64(d.bytes);
  str(w, "sentences"), w.StartArray();
  for (const std::string& s : d.sentences) str(w, s);
  w.EndArray();
  w.EndObject();
}

// Field access that records the first problem instead of throwing, so a
// malformed line gives one clear message.
class LineReader {
 public:
  explicit LineReader(const std::string& origin) : origin_(origin) {}

  std::string String(const Value& object, const char* key) {
    auto it = object.FindMember(key);
    if (it == object.MemberEnd() || !it->value.IsString()) return Missing(key), std::string();
    return std::string(it->value.GetString(), it->value.GetStringLength());
  }
  uint64_t Uint(const Value& value, const char* what) {
    if (!value.IsUint64()) return Missing(what), 0;
    return value.GetUint64();
  }
  uint64_t UintField(const Value& object, const char* key) {
    auto it = object.FindMember(key);
    if (it == object.MemberEnd()) return Missing(key), 0;
    return Uint(it->value, key);
  }
  const Value& Array(const Value& object, const char* key) {
    static const Value kEmpty(rapidjson::kArrayType);
    auto it = object.FindMember(key);
    if (it == object.MemberEnd() || !it->value.IsArray()) return Missing(key), kEmpty;
    return it->value;
  }
  uint32_t Uint32(const Value& value, const char* what) {
    uint64_t v = Uint(value, what);
    if (v > UINT32_MAX) Missing(what);
    return static_cast<uint32_t>(v);
  }

  Evidence ReadEvidence(const Value& object) {
    Evidence ev;
    auto it = object.FindMember("evidence");
    if (it == object.MemberEnd() || !it->value.IsArray() || it->value.Size() != 8 ||
        !it->value[6].IsString() || !it->value[7].IsString()) {
      Missing("evidence");
      return ev;
    }
    const Value& a = it->value;
    ev.sentence = Uint32(a[0], "evidence sentence");
    ev.line = Uint32(a[1], "evidence line");
    ev.span.byte_begin = Uint(a[2], "evidence byte_begin");
    ev.span.byte_end = Uint(a[3], "evidence byte_end");
    ev.span.codepoint_begin = Uint(a[4], "evidence codepoint_begin");
    ev.span.codepoint_end = Uint(a[5], "evidence codepoint_end");
    ev.surface.assign(a[6].GetString(), a[6].GetStringLength());
    ev.rule.assign(a[7].GetString(), a[7].GetStringLength());
    return ev;
  }

  void Missing(const std::string& what) {
    if (problem_.empty()) problem_ = "missing or malformed field '" + what + "'";
  }
  void Problem(const std::string& what) {
    if (problem_.empty()) problem_ = what;
  }
  bool ok() const { return problem_.empty(); }
  Status Error() const { return Status(StatusCode::kUnreadable, problem_, origin_); }

 private:
  const std::string& origin_;
  std::string problem_;
};

DocumentFragment read_fragment(const Value& json, LineReader& r) {
  DocumentFragment f;
  auto doc = json.FindMember("document");
  if (doc == json.MemberEnd() || !doc->value.IsObject()) {
    r.Missing("document");
    return f;
  }
  DocumentRecord& d = f.document;
  d.id = r.String(doc->value, "id");
  d.name = r.String(doc->value, "name");
  d.path = r.String(doc->value, "path");
  d.encoding = r.String(doc->value, "encoding");
  d.format = r.String(doc->value, "format");
  d.bytes = r.UintField(doc->value, "bytes");
  for (const Value& s : r.Array(doc->value, "sentences").GetArray()) {
    if (!s.IsString()) r.Missing("sentences");
    if (s.IsString()) d.sentences.emplace_back(s.GetString(), s.GetStringLength());
  }
  if (d.id.empty()) r.Problem("a fragment without a document id");
  for (const Value& m : r.Array(json, "mentions").GetArray()) {
    if (!m.IsObject()) {
      r.Missing("mentions");
      break;
    }
    FragmentMention fm;
    fm.id = r.String(m, "id");
    fm.type = r.String(m, "type");
    fm.canonical = r.String(m, "canonical");
    fm.name = r.String(m, "name");
    fm.value = r.String(m, "value");
    fm.evidence = r.ReadEvidence(m);
    f.mentions.push_back(std::move(fm));
  }
  for (const Value& rel : r.Array(json, "relations").GetArray()) {
    if (!rel.IsObject()) {
      r.Missing("relations");
      break;
    }
    FragmentRelation fr;
    fr.from = r.String(rel, "from");
    fr.to = r.String(rel, "to");
    fr.type = r.String(rel, "type");
    fr.evidence = r.ReadEvidence(rel);
    f.relations.push_back(std::move(fr));
  }
  // Evidence points into the document's sentences: check it does, so a
  // damaged line is refused here rather than written as a broken graph.
  // Relations join this document and its own mentions: an id from
  // elsewhere would make an edge to a node no fragment defines.
  auto check = [&](const Evidence& ev) {
    if (ev.sentence >= d.sentences.size()) r.Problem("evidence names a sentence the document does not have");
  };
  std::unordered_set<std::string_view> ids = {d.id};
  for (const FragmentMention& m : f.mentions) {
    check(m.evidence);
    if (m.id.empty() || m.type.empty()) r.Problem("a mention without an id or a type");
    ids.insert(m.id);
  }
  for (const FragmentRelation& rel : f.relations) {
    check(rel.evidence);
    if (rel.type.empty() || rel.from == rel.to) r.Problem("a relation without a type, or from a node to itself");
    if (!ids.count(rel.from) || !ids.count(rel.to)) {
      r.Problem("a relation names an entity that is not among the document's mentions");
    }
  }
  return f;
}

}  // namespace

std::string fragment_to_json_line(const DocumentFragment& fragment) {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.StartObject();
  str(w, "treatygraph"), str(w, "fragment");
  str(w, "version"), w.Int(kVersion);
  str(w, "document"), write_document(w, fragment.document);
  str(w, "mentions"), w.StartArray();
  for (const FragmentMention& m : fragment.mentions) {
    w.StartObject();
    str(w, "id"), str(w, m.id);
    str(w, "type"), str(w, m.type);
    str(w, "canonical"), str(w, m.canonical);
    str(w, "name"), str(w, m.name);
    str(w, "value"), str(w, m.value);
    str(w, "evidence"), write_evidence(w, m.evidence);
    w.EndObject();
  }
  w.EndArray();
  str(w, "relations"), w.StartArray();
  for (const FragmentRelation& r : fragment.relations) {
    w.StartObject();
    str(w, "from"), str(w, r.from);
    str(w, "to"), str(w, r.to);
    str(w, "type"), str(w, r.type);
    str(w, "evidence"), write_evidence(w, r.evidence);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

std::string skipped_to_json_line(const std::string& input, const std::string& reason) {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.StartObject();
  str(w, "treatygraph"), str(w, "skipped");
  str(w, "version"), w.Int(kVersion);
  str(w, "input"), str(w, input);
  str(w, "reason"), str(w, reason);
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

Result<FragmentLine> parse_fragment_line(std::string line, const std::string& origin) {
  rapidjson::Document json;
  if (Status parsed = parse_json_line(&line, origin, &json); !parsed.ok()) return parsed;
  LineReader r(origin);
  if (!json.IsObject()) return Status(StatusCode::kUnreadable, "not a treatygraph fragment line", origin);
  std::string kind = r.String(json, "treatygraph");
  auto version = json.FindMember("version");
  if (!r.ok() || (kind != "fragment" && kind != "skipped")) {
    return Status(StatusCode::kUnreadable, "not a treatygraph fragment line", origin);
  }
  if (version == json.MemberEnd() || !version->value.IsInt() || version->value.GetInt() != kVersion) {
    return Status(StatusCode::kUnreadable,
                  "fragment version is not " + std::to_string(kVersion) +
                      " (written by another treatygraph version: extract again)",
                  origin);
  }
  FragmentLine out;
  if (kind == "skipped") {
    out.skipped_input = r.String(json, "input");
    out.skipped_reason = r.String(json, "reason");
  } else {
    out.fragment = read_fragment(json, r);
  }
  if (!r.ok()) return r.Error();
  return out;
}

}  // namespace treatygraph
