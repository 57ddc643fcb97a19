// GraphML writer. Keys are declared once, each with its `for` and a standard
// `attr.type`, so Gephi, NetworkX, igraph and Neo4j APOC read every
// attribute with its type. The key with id "labels" holds ":Organization"
// and the like: APOC's import reads node labels only from a key of that id.
#include "base/atomic_file.h"
#include "export/edge_summary.h"
#include "export/text_escape.h"
#include "treatygraph/export.h"

namespace treatygraph {
namespace {

struct Key {
  const char* id;
  const char* domain;  // "node" or "edge"
  const char* name;
  const char* type;
};

constexpr Key kKeys[] = {
    {"labels", "node", "labels", "string"},
    {"label", "node", "label", "string"},
    {"type", "node", "type", "string"},
    {"aliases", "node", "aliases", "string"},
    {"value", "node", "value", "string"},
    {"degree", "node", "degree", "int"},
    {"pagerank", "node", "pagerank", "double"},
    {"component", "node", "component", "int"},
    {"documents", "node", "documents", "int"},
    {"mentions", "node", "mentions", "int"},
    {"e_type", "edge", "type", "string"},
    {"e_label", "edge", "label", "string"},
    {"e_weight", "edge", "weight", "int"},
    {"e_documents", "edge", "documents", "int"},
    {"e_evidence", "edge", "evidence", "string"},
    {"e_document", "edge", "evidence_document", "string"},
};

void data(const char* key, std::string_view value, std::string* out) {
  if (value.empty()) return;
  out->append("      <data key=\"").append(key).append("\">");
  append_xml_escaped(value, out);
  out->append("</data>\n");
}

}  // namespace

Status write_graphml(const KnowledgeGraph& graph, const std::string& path) {
  AtomicFile file(path);
  if (!file.status().ok()) return file.status();
  std::string out;
  out.reserve(1 << 16);
  out.append(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
      "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
  for (const Key& k : kKeys) {
    out.append("  <key id=\"").append(k.id).append("\" for=\"").append(k.domain);
    out.append("\" attr.name=\"").append(k.name).append("\" attr.type=\"").append(k.type);
    out.append("\"/>\n");
  }
  out.append("  <graph id=\"treatygraph\" edgedefault=\"directed\">\n");
  for (const Node& n : graph.nodes()) {
    out.append("    <node id=\"");
    append_xml_escaped(n.id, &out);
    out.append("\">\n");
    data("labels", ":" + n.type, &out);
    data("label", n.label, &out);
    data("type", n.type, &out);
    data("aliases", join_aliases(n.aliases), &out);
    data("value", n.value, &out);
    data("degree", std::to_string(n.degree), &out);
    data("pagerank", format_double(n.pagerank), &out);
    data("component", std::to_string(n.component), &out);
    data("documents", std::to_string(n.documents), &out);
    data("mentions", std::to_string(n.evidence.size()), &out);
    out.append("    </node>\n");
    if (out.size() > (1 << 20)) file.Write(out), out.clear();
  }
  size_t edge_index = 0;
  for (const Edge& e : graph.edges()) {
    out.append("    <edge id=\"e").append(std::to_string(edge_index++)).append("\" source=\"");
    append_xml_escaped(e.from, &out);
    out.append("\" target=\"");
    append_xml_escaped(e.to, &out);
    out.append("\">\n");
    data("e_type", e.type, &out);
    data("e_label", e.type, &out);
    data("e_weight", std::to_string(e.evidence.size()), &out);
    data("e_documents", std::to_string(e.documents), &out);
    EdgeSummary summary = summarize_edge(graph, e);
    data("e_evidence", summary.sentence, &out);
    data("e_document", summary.document, &out);
    out.append("    </edge>\n");
    if (out.size() > (1 << 20)) file.Write(out), out.clear();
  }
  out.append("  </graph>\n</graphml>\n");
  file.Write(out);
  return file.Commit();
}

}  // namespace treatygraph
