// Property-graph bulk import: nodes.csv and edges.csv in the header format of
// `neo4j-admin database import` (`:ID`, `:LABEL`, `:START_ID`, `:END_ID`,
// `:TYPE`, typed properties such as `degree:int`), and kuzu_load.cypher,
// which creates matching Kuzu tables and copies the same files in (Kuzu maps
// CSV columns by position and skips the header row).
#include <cmath>

#include "base/atomic_file.h"
#include "export/edge_summary.h"
#include "export/text_escape.h"
#include "treatygraph/export.h"

namespace treatygraph {
namespace {

// RFC 4180 quoting. Line breaks become spaces: neo4j-admin rejects them
// unless told --multiline-fields, and no field of ours needs one.
void csv_field(std::string_view value, std::string* out) {
  out->push_back('"');
  for (char c : drop_forbidden_characters(value)) {
    if (c == '"') out->push_back('"');
    out->push_back(c == '\n' || c == '\r' ? ' ' : c);
  }
  out->push_back('"');
}

Status write_nodes(const KnowledgeGraph& graph, const std::string& path) {
  AtomicFile file(path);
  std::string out =
      "id:ID,:LABEL,label,type,aliases,value,degree:int,pagerank:double,component:int,"
      "documents:int,mentions:int\n";
  for (const Node& n : graph.nodes()) {
    csv_field(n.id, &out);
    out.push_back(',');
    csv_field(n.type, &out);
    for (const std::string* s : {&n.label, &n.type}) {
      out.push_back(',');
      csv_field(*s, &out);
    }
    out.push_back(',');
    csv_field(join_aliases(n.aliases), &out);
    out.push_back(',');
    csv_field(n.value, &out);
    out += "," + std::to_string(n.degree) + "," + format_double(n.pagerank) + "," +
           std::to_string(n.component) + "," + std::to_string(n.documents) + "," +
           std::to_string(n.evidence.size()) + "\n";
    if (out.size() > (1 << 20)) file.Write(out), out.clear();
  }
  file.Write(out);
  return file.Commit();
}

Status write_edges(const KnowledgeGraph& graph, const std::string& path) {
  AtomicFile file(path);
  std::string out = ":START_ID,:END_ID,:TYPE,weight:int,documents:int,evidence,evidence_document\n";
  for (const Edge& e : graph.edges()) {
    csv_field(e.from, &out);
    out.push_back(',');
    csv_field(e.to, &out);
    out.push_back(',');
    csv_field(e.type, &out);
    out += "," + std::to_string(e.evidence.size()) + "," + std::to_string(e.documents) + ",";
    EdgeSummary summary = summarize_edge(graph, e);
    csv_field(summary.sentence, &out);
    out.push_back(',');
    csv_field(summary.document, &out);
    out.push_back('\n');
    if (out.size() > (1 << 20)) file.Write(out), out.clear();
  }
  file.Write(out);
  return file.Commit();
}

constexpr char kKuzuScript[] =
    "// Loads nodes.csv and edges.csv into Kuzu. Run from the folder that holds them:\n"
    "//   kuzu DATABASE < kuzu_load.cypher\n"
    "CREATE NODE TABLE Entity(id STRING, labels STRING, label STRING, type STRING, "
    "aliases STRING, value STRING, degree INT64, pagerank DOUBLE, component INT64, "
    "documents INT64, mentions INT64, PRIMARY KEY (id));\n"
    "CREATE REL TABLE Relation(FROM Entity TO Entity, type STRING, weight INT64, "
    "documents INT64, evidence STRING, evidence_document STRING);\n"
    "COPY Entity FROM 'nodes.csv' (HEADER=true);\n"
    "COPY Relation FROM 'edges.csv' (HEADER=true);\n";

}  // namespace

Status write_property_graph_csv(const KnowledgeGraph& graph, const std::string& dir) {
  Status s = write_nodes(graph, dir + "/nodes.csv");
  if (s.ok()) s = write_edges(graph, dir + "/edges.csv");
  if (s.ok()) {
    AtomicFile script(dir + "/kuzu_load.cypher");
    script.Write(kKuzuScript);
    s = script.Commit();
  }
  return s;
}

}  // namespace treatygraph
