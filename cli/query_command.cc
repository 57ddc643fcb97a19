// `treatygraph query`: provenance questions answered from a built graph.
// Each subcommand resolves its ENTITY arguments, asks the GraphIndex, and
// prints either a table sized to the terminal or one JSON document.
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>

#include "cli/commands.h"
#include "treatygraph/query.h"

namespace treatygraph::cli {
namespace {

constexpr char kQueryUsage[] =
    "usage: treatygraph query --graph DIR COMMAND ARGS... [--json]\n"
    "commands:\n"
    "  find TEXT [--type TYPE]              nodes whose name or alias contains TEXT\n"
    "  show ENTITY                          the node card: attributes and edges by type\n"
    "  provenance ENTITY                    every mention: document, line, bytes, sentence\n"
    "  provenance ENTITY --rel TYPE --to ENTITY   the evidence of one edge\n"
    "  neighbors ENTITY [--rel TYPE] [--depth N]\n"
    "  path ENTITY ENTITY [--max-hops N]    the shortest connection, one sentence per hop\n"
    "  timeline [ENTITY]                    dated meetings, signings and adoptions in order\n"
    "ENTITY: a node id, a UN symbol (A/RES/73/334), or a name or alias in either script.\n"
    "exit codes: 0 answered, 1 nothing found or ambiguous name, 2 usage, 3 graph unreadable\n";

struct QueryArgs {
  std::string graph_dir, command, type, rel, to;
  std::vector<std::string> positional;
  int depth = 1, max_hops = 6;
  bool json = false;
};

using JsonWriter = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

int terminal_width() {
  if (const char* c = std::getenv("COLUMNS")) {
    int w = std::atoi(c);
    if (w > 20) return w;
  }
  struct winsize ws;
  if (::isatty(STDOUT_FILENO) && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 20) {
    return ws.ws_col;
  }
  return 120;
}

// Display width: CJK and full-width characters take two columns.
size_t display_width(const std::string& s) {
  size_t w = 0;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = s[i];
    size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    w += len >= 3 ? 2 : 1;
    i += len;
  }
  return w;
}

// Cuts `s` to `width` columns at a character boundary, marking the cut.
std::string fit(const std::string& s, size_t width) {
  if (display_width(s) <= width) return s;
  std::string out;
  size_t w = 0;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = s[i];
    size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    size_t cw = len >= 3 ? 2 : 1;
    if (w + cw + 1 > width) break;
    out.append(s, i, len);
    w += cw;
    i += len;
  }
  return out + "…";
}

void json_string(JsonWriter& w, const std::string& s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

class QueryRunner {
 public:
  QueryRunner(const GraphIndex& index, const QueryArgs& args)
      : index_(index), args_(args), nodes_(index.graph().nodes()), edges_(index.graph().edges()),
        docs_(index.graph().documents()), width_(terminal_width()) {}

  int Run() {
    const std::string& c = args_.command;
    if (c == "find") return Find();
    if (c == "show") return Show();
    if (c == "provenance") return Provenance();
    if (c == "neighbors") return Neighbors();
    if (c == "path") return Path();
    if (c == "timeline") return Timeline();
    std::fprintf(stderr, "treatygraph query: unknown command '%s'\n%s", c.c_str(), kQueryUsage);
    return kExitUsage;
  }

 private:
  // Resolves one ENTITY argument; prints candidates when ambiguous.
  bool ResolveOne(const std::string& entity, size_t* out) {
    std::vector<size_t> found = index_.Resolve(entity);
    if (found.size() == 1) {
      *out = found[0];
      return true;
    }
    if (found.empty()) {
      std::fprintf(stderr, "treatygraph query: no entity named '%s' (try: query find)\n",
                   entity.c_str());
    } else {
      std::fprintf(stderr, "treatygraph query: '%s' is ambiguous; candidates:\n", entity.c_str());
      for (size_t i : found) {
        std::fprintf(stderr, "  %s  %s  %s\n", nodes_[i].id.c_str(), nodes_[i].type.c_str(),
                     nodes_[i].label.c_str());
      }
    }
    return false;
  }

  std::string Sentence(const Evidence& ev) const {
    const DocumentRecord& d = docs_[ev.document];
    return ev.sentence < d.sentences.size() ? d.sentences[ev.sentence] : "";
  }

  void WriteEvidenceJson(JsonWriter& w, const Evidence& ev) const {
    w.StartObject();
    w.Key("document"), json_string(w, docs_[ev.document].name);
    w.Key("path"), json_string(w, docs_[ev.document].path);
    w.Key("line"), w.Uint(ev.line);
    w.Key("start"), w.Uint64(ev.span.byte_begin);
    w.Key("end"), w.Uint64(ev.span.byte_end);
    w.Key("codepoint_start"), w.Uint64(ev.span.codepoint_begin);
    w.Key("codepoint_end"), w.Uint64(ev.span.codepoint_end);
    w.Key("surface"), json_string(w, ev.surface);
    w.Key("sentence"), json_string(w, Sentence(ev));
    w.Key("rule"), json_string(w, ev.rule);
    w.EndObject();
  }

  void PrintEvidence(const std::vector<Evidence>& evidence) const {
    for (const Evidence& ev : evidence) {
      std::string where = docs_[ev.document].name + ":" + std::to_string(ev.line) + " [" +
                          std::to_string(ev.span.byte_begin) + "," +
                          std::to_string(ev.span.byte_end) + ")";
      std::printf("%s  %s\n    %s\n", where.c_str(), ev.surface.c_str(),
                  fit(Sentence(ev), width_ - 4).c_str());
    }
  }

  void WriteNodeJson(JsonWriter& w, size_t i) const {
    const Node& n = nodes_[i];
    w.StartObject();
    w.Key("id"), json_string(w, n.id);
    w.Key("type"), json_string(w, n.type);
    w.Key("label"), json_string(w, n.label);
    w.Key("aliases"), w.StartArray();
    for (const std::string& a : n.aliases) json_string(w, a);
    w.EndArray();
    w.Key("value"), json_string(w, n.value);
    w.Key("degree"), w.Uint(n.degree);
    w.Key("documents"), w.Uint(n.documents);
    w.Key("mentions"), w.Uint64(n.evidence.size());
    w.EndObject();
  }

  std::string NodeLine(size_t i) const {
    const Node& n = nodes_[i];
    std::string line = n.type + "  " + n.label;
    if (!n.value.empty() && n.value != n.label) line += "  [" + n.value + "]";
    return line + "  (" + n.id + ")";
  }

  int Emit(const rapidjson::StringBuffer& buffer) const {
    std::printf("%s\n", buffer.GetString());
    return kExitOk;
  }

  int Find() {
    if (args_.positional.size() != 1) return Usage("find takes one TEXT");
    std::vector<GraphIndex::FindHit> hits = index_.Find(args_.positional[0], args_.type);
    if (args_.json) {
      rapidjson::StringBuffer buffer;
      JsonWriter w(buffer);
      w.StartArray();
      for (const auto& h : hits) WriteNodeJson(w, h.node);
      w.EndArray();
      Emit(buffer);
    } else {
      for (const auto& h : hits) {
        std::printf("%s\n", fit(NodeLine(h.node) + "  degree " +
                                std::to_string(nodes_[h.node].degree), width_).c_str());
      }
    }
    return hits.empty() ? kExitFailed : kExitOk;
  }

  int Show() {
    size_t i;
    if (args_.positional.size() != 1) return Usage("show takes one ENTITY");
    if (!ResolveOne(args_.positional[0], &i)) return kExitFailed;
    // Edge counts grouped by (direction, type).
    std::map<std::string, std::vector<size_t>> groups;
    for (size_t e : index_.OutEdges(i)) groups["out " + edges_[e].type].push_back(e);
    for (size_t e : index_.InEdges(i)) groups["in " + edges_[e].type].push_back(e);
    if (args_.json) {
      rapidjson::StringBuffer buffer;
      JsonWriter w(buffer);
      w.StartObject();
      w.Key("node");
      WriteNodeJson(w, i);
      w.Key("edges"), w.StartArray();
      for (const auto& [key, list] : groups) {
        for (size_t e : list) {
          bool out = key[0] == 'o';
          size_t other = index_.NodeIndex(out ? edges_[e].to : edges_[e].from);
          w.StartObject();
          w.Key("direction"), json_string(w, out ? "out" : "in");
          w.Key("type"), json_string(w, edges_[e].type);
          w.Key("other"), json_string(w, nodes_[other].id);
          w.Key("other_label"), json_string(w, nodes_[other].label);
          w.Key("evidence"), w.Uint64(edges_[e].evidence.size());
          w.EndObject();
        }
      }
      w.EndArray();
      w.EndObject();
      return Emit(buffer);
    }
    const Node& n = nodes_[i];
    std::printf("%s\n", NodeLine(i).c_str());
    if (!n.aliases.empty()) {
      std::string joined;
      for (const std::string& a : n.aliases) joined += (joined.empty() ? "" : ", ") + a;
      std::printf("  aliases: %s\n", fit(joined, width_ - 11).c_str());
    }
    std::printf("  degree %u, pagerank %.6g, %u documents, %zu mentions\n", n.degree, n.pagerank,
                n.documents, n.evidence.size());
    for (const auto& [key, list] : groups) {
      std::printf("  %s (%zu)\n", key.c_str(), list.size());
      for (size_t e : list) {
        bool out = key[0] == 'o';
        size_t other = index_.NodeIndex(out ? edges_[e].to : edges_[e].from);
        std::printf("    %s  x%zu\n", fit(NodeLine(other), width_ - 12).c_str(),
                    edges_[e].evidence.size());
      }
    }
    return kExitOk;
  }

  int Provenance() {
    size_t i;
    if (args_.positional.size() != 1) return Usage("provenance takes one ENTITY");
    if (!ResolveOne(args_.positional[0], &i)) return kExitFailed;
    const std::vector<Evidence>* evidence = &nodes_[i].evidence;
    if (!args_.rel.empty() || !args_.to.empty()) {
      size_t j;
      if (args_.rel.empty() || args_.to.empty()) return Usage("--rel and --to go together");
      if (!ResolveOne(args_.to, &j)) return kExitFailed;
      evidence = nullptr;
      for (size_t e : index_.OutEdges(i)) {
        if (edges_[e].type == args_.rel && edges_[e].to == nodes_[j].id) evidence = &edges_[e].evidence;
      }
      if (evidence == nullptr) {
        std::fprintf(stderr, "treatygraph query: no %s edge from %s to %s\n", args_.rel.c_str(),
                     nodes_[i].label.c_str(), nodes_[j].label.c_str());
        return kExitFailed;
      }
    }
    if (args_.json) {
      rapidjson::StringBuffer buffer;
      JsonWriter w(buffer);
      w.StartArray();
      for (const Evidence& ev : *evidence) WriteEvidenceJson(w, ev);
      w.EndArray();
      Emit(buffer);
    } else {
      PrintEvidence(*evidence);
    }
    return evidence->empty() ? kExitFailed : kExitOk;
  }

  int Neighbors() {
    size_t i;
    if (args_.positional.size() != 1) return Usage("neighbors takes one ENTITY");
    if (!ResolveOne(args_.positional[0], &i)) return kExitFailed;
    // Breadth-first up to --depth, following edges of --rel (any type when empty).
    std::vector<std::pair<size_t, int>> found;  // node, depth
    std::set<size_t> seen = {i};
    std::vector<size_t> frontier = {i};
    for (int depth = 1; depth <= args_.depth && !frontier.empty(); ++depth) {
      std::vector<size_t> next;
      for (size_t v : frontier) {
        auto visit = [&](size_t e, const EntityId& other_id) {
          if (!args_.rel.empty() && edges_[e].type != args_.rel) return;
          size_t other = index_.NodeIndex(other_id);
          if (seen.insert(other).second) {
            next.push_back(other);
            found.emplace_back(other, depth);
          }
        };
        for (size_t e : index_.OutEdges(v)) visit(e, edges_[e].to);
        for (size_t e : index_.InEdges(v)) visit(e, edges_[e].from);
      }
      frontier = std::move(next);
    }
    if (args_.json) {
      rapidjson::StringBuffer buffer;
      JsonWriter w(buffer);
      w.StartArray();
      for (const auto& [n, d] : found) {
        w.StartObject();
        w.Key("depth"), w.Int(d);
        w.Key("node");
        WriteNodeJson(w, n);
        w.EndObject();
      }
      w.EndArray();
      Emit(buffer);
    } else {
      for (const auto& [n, d] : found) std::printf("%d  %s\n", d, fit(NodeLine(n), width_ - 3).c_str());
    }
    return found.empty() ? kExitFailed : kExitOk;
  }

  int Path() {
    size_t a, b;
    if (args_.positional.size() != 2) return Usage("path takes two ENTITY arguments");
    if (!ResolveOne(args_.positional[0], &a) || !ResolveOne(args_.positional[1], &b)) {
      return kExitFailed;
    }
    std::vector<size_t> path = index_.ShortestPath(a, b, args_.max_hops);
    if (path.empty()) {
      std::fprintf(stderr, "treatygraph query: no path within %d hops\n", args_.max_hops);
      return kExitFailed;
    }
    rapidjson::StringBuffer buffer;
    JsonWriter w(buffer);
    if (args_.json) w.StartArray();
    for (size_t e : path) {
      const Edge& edge = edges_[e];
      const Evidence& ev = edge.evidence.front();
      if (args_.json) {
        w.StartObject();
        w.Key("from"), json_string(w, edge.from);
        w.Key("type"), json_string(w, edge.type);
        w.Key("to"), json_string(w, edge.to);
        w.Key("evidence");
        WriteEvidenceJson(w, ev);
        w.EndObject();
      } else {
        std::printf("%s -[%s]-> %s\n    %s:%u  %s\n",
                    nodes_[index_.NodeIndex(edge.from)].label.c_str(), edge.type.c_str(),
                    nodes_[index_.NodeIndex(edge.to)].label.c_str(),
                    docs_[ev.document].name.c_str(), ev.line,
                    fit(Sentence(ev), width_ - 30).c_str());
      }
    }
    if (args_.json) {
      w.EndArray();
      Emit(buffer);
    }
    return kExitOk;
  }

  int Timeline() {
    std::optional<size_t> about;
    if (args_.positional.size() > 1) return Usage("timeline takes at most one ENTITY");
    if (args_.positional.size() == 1) {
      size_t i;
      if (!ResolveOne(args_.positional[0], &i)) return kExitFailed;
      about = i;
    }
    std::vector<size_t> events = index_.Timeline(about);
    rapidjson::StringBuffer buffer;
    JsonWriter w(buffer);
    if (args_.json) w.StartArray();
    for (size_t e : events) {
      const Edge& edge = edges_[e];
      const Node& subject = nodes_[index_.NodeIndex(edge.from)];
      const Node& date = nodes_[index_.NodeIndex(edge.to)];
      const Evidence& ev = edge.evidence.front();
      if (args_.json) {
        w.StartObject();
        w.Key("date"), json_string(w, date.value);
        w.Key("event"), json_string(w, edge.type);
        w.Key("subject"), json_string(w, subject.id);
        w.Key("label"), json_string(w, subject.label);
        w.Key("evidence");
        WriteEvidenceJson(w, ev);
        w.EndObject();
      } else {
        std::printf("%-23s %-10s %s\n    %s:%u  %s\n", date.value.c_str(), edge.type.c_str(),
                    subject.label.c_str(), docs_[ev.document].name.c_str(), ev.line,
                    fit(Sentence(ev), width_ - 30).c_str());
      }
    }
    if (args_.json) {
      w.EndArray();
      Emit(buffer);
    }
    return events.empty() ? kExitFailed : kExitOk;
  }

  int Usage(const char* why) const {
    std::fprintf(stderr, "treatygraph query: %s\n%s", why, kQueryUsage);
    return kExitUsage;
  }

  const GraphIndex& index_;
  const QueryArgs& args_;
  const std::vector<Node>& nodes_;
  const std::vector<Edge>& edges_;
  const std::vector<DocumentRecord>& docs_;
  size_t width_;
};

bool parse(const Args& args, QueryArgs* q) {
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    bool has_value = i + 1 < args.size();
    if (a == "--graph" && has_value) {
      q->graph_dir = args[++i];
    } else if (a == "--json") {
      q->json = true;
    } else if (a == "--type" && has_value) {
      q->type = args[++i];
    } else if (a == "--rel" && has_value) {
      q->rel = args[++i];
    } else if (a == "--to" && has_value) {
      q->to = args[++i];
    } else if ((a == "--depth" || a == "--max-hops") && has_value) {
      int v = std::atoi(args[++i].c_str());
      if (v < 1) return false;
      (a == "--depth" ? q->depth : q->max_hops) = v;
    } else if (a.size() > 1 && a[0] == '-' && a[1] == '-') {
      return false;
    } else if (q->command.empty()) {
      q->command = a;
    } else {
      q->positional.push_back(a);
    }
  }
  return !q->graph_dir.empty() && !q->command.empty();
}

}  // namespace

int run_query(const Args& args) {
  if (!args.empty() && (args[0] == "--help" || args[0] == "-h")) {
    std::printf("%s", kQueryUsage);
    return kExitOk;
  }
  QueryArgs q;
  if (!parse(args, &q)) {
    std::fprintf(stderr, "%s", kQueryUsage);
    return kExitUsage;
  }
  Result<GraphIndex> index = GraphIndex::Load(q.graph_dir);
  if (!index.ok()) {
    std::fprintf(stderr, "treatygraph query: %s\n", index.status().ToString().c_str());
    return kExitGraphUnreadable;
  }
  return QueryRunner(index.value(), q).Run();
}

}  // namespace treatygraph::cli
