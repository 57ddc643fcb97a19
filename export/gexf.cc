// GEXF 1.3 writer for Gephi desktop: typed attribute declarations, and the
// viz module so the graph opens ready to lay out (colour by entity type, size
// by degree).
#include <cmath>

#include "base/atomic_file.h"
#include "export/edge_summary.h"
#include "export/text_escape.h"
#include "treatygraph/export.h"

namespace treatygraph {
namespace {

struct Rgb {
  const char* type;
  int r, g, b;
};

// One colour per type, distinguishable in print and for common colour
// blindness (a qualitative palette); unknown types are grey.
constexpr Rgb kColours[] = {
    {"Document", 120, 120, 120},  {"Organization", 31, 119, 180}, {"Country", 214, 39, 40},
    {"Place", 44, 160, 44},       {"Person", 148, 103, 189},      {"Instrument", 255, 127, 14},
    {"Resolution", 140, 86, 75},  {"UNDocument", 227, 119, 194},  {"Meeting", 23, 190, 207},
    {"Date", 188, 189, 34},
};

Rgb colour_of(const std::string& type) {
  for (const Rgb& c : kColours) {
    if (type == c.type) return c;
  }
  return {"", 160, 160, 160};
}

void attr(std::string* out, const char* name, std::string_view value) {
  out->append(" ").append(name).append("=\"");
  append_xml_escaped(value, out);
  out->append("\"");
}

void attvalue(std::string* out, int id, std::string_view value) {
  if (value.empty()) return;
  out->append("          <attvalue for=\"").append(std::to_string(id)).append("\" value=\"");
  append_xml_escaped(value, out);
  out->append("\"/>\n");
}

}  // namespace

Status write_gexf(const KnowledgeGraph& graph, const std::string& path) {
  AtomicFile file(path);
  if (!file.status().ok()) return file.status();
  std::string out;
  out.append(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\"\n"
      "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "    xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" "
      "version=\"1.3\">\n"
      "  <meta>\n    <creator>treatygraph</creator>\n"
      "    <description>Knowledge graph of Chinese diplomatic documents</description>\n"
      "  </meta>\n"
      "  <graph mode=\"static\" defaultedgetype=\"directed\">\n"
      "    <attributes class=\"node\">\n"
      "      <attribute id=\"0\" title=\"type\" type=\"string\"/>\n"
      "      <attribute id=\"1\" title=\"aliases\" type=\"string\"/>\n"
      "      <attribute id=\"2\" title=\"value\" type=\"string\"/>\n"
      "      <attribute id=\"3\" title=\"degree\" type=\"integer\"/>\n"
      "      <attribute id=\"4\" title=\"pagerank\" type=\"double\"/>\n"
      "      <attribute id=\"5\" title=\"component\" type=\"integer\"/>\n"
      "      <attribute id=\"6\" title=\"documents\" type=\"integer\"/>\n"
      "      <attribute id=\"7\" title=\"mentions\" type=\"integer\"/>\n"
      "    </attributes>\n"
      "    <attributes class=\"edge\">\n"
      "      <attribute id=\"0\" title=\"type\" type=\"string\"/>\n"
      "      <attribute id=\"1\" title=\"documents\" type=\"integer\"/>\n"
      "      <attribute id=\"2\" title=\"evidence\" type=\"string\"/>\n"
      "      <attribute id=\"3\" title=\"evidence_document\" type=\"string\"/>\n"
      "    </attributes>\n"
      "    <nodes>\n");
  for (const Node& n : graph.nodes()) {
    out.append("      <node");
    attr(&out, "id", n.id);
    attr(&out, "label", n.label);
    out.append(">\n        <attvalues>\n");
    attvalue(&out, 0, n.type);
    attvalue(&out, 1, join_aliases(n.aliases));
    attvalue(&out, 2, n.value);
    attvalue(&out, 3, std::to_string(n.degree));
    attvalue(&out, 4, format_double(n.pagerank));
    attvalue(&out, 5, std::to_string(n.component));
    attvalue(&out, 6, std::to_string(n.documents));
    attvalue(&out, 7, std::to_string(n.evidence.size()));
    out.append("        </attvalues>\n");
    Rgb c = colour_of(n.type);
    out.append("        <viz:color r=\"" + std::to_string(c.r) + "\" g=\"" + std::to_string(c.g) +
               "\" b=\"" + std::to_string(c.b) + "\"/>\n");
    // Area grows with degree, so the radius grows with its square root.
    out.append("        <viz:size value=\"" + format_double(4.0 + 3.0 * std::sqrt(n.degree)) +
               "\"/>\n");
    out.append("      </node>\n");
    if (out.size() > (1 << 20)) file.Write(out), out.clear();
  }
  out.append("    </nodes>\n    <edges>\n");
  size_t index = 0;
  for (const Edge& e : graph.edges()) {
    out.append("      <edge");
    attr(&out, "id", std::to_string(index++));
    attr(&out, "source", e.from);
    attr(&out, "target", e.to);
    attr(&out, "label", e.type);
    attr(&out, "weight", std::to_string(e.evidence.size()));
    out.append(">\n        <attvalues>\n");
    attvalue(&out, 0, e.type);
    attvalue(&out, 1, std::to_string(e.documents));
    EdgeSummary summary = summarize_edge(graph, e);
    attvalue(&out, 2, summary.sentence);
    attvalue(&out, 3, summary.document);
    out.append("        </attvalues>\n      </edge>\n");
    if (out.size() > (1 << 20)) file.Write(out), out.clear();
  }
  out.append("    </edges>\n  </graph>\n</gexf>\n");
  file.Write(out);
  return file.Commit();
}

}  // namespace treatygraph
