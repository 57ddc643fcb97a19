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

void json_string(JsonWriter& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

class QueryRunner {
 public:
  QueryRunner(const GraphIndex& index, const QueryArgs& args)
      : index_(index), args_(args), width_(terminal_width()) {}

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
        NodeInfo n = index_.node(i);
        std::fprintf(stderr, "  %s  %s  %s\n", std::string(n.id).c_str(),
                     std::string(n.type).c_str(), std::string(n.label).c_str());
      }
    }
    return false;
  }

  std::string Sentence(const Evidence& ev) const { return std::string(index_.Sentence(ev)); }
  std::string DocumentName(const Evidence& ev) const {
    return std::string(index_.document(ev.document).name);
  }

  void WriteEvidenceJson(JsonWriter& w, const Evidence& ev) const {
    w.StartObject();
    w.Key("document"), json_string(w, index_.document(ev.document).name);
    w.Key("path"), json_string(w, index_.document(ev.document).path);
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
      std::string where = DocumentName(ev) + ":" + std::to_string(ev.line) + " [" +
                          std::to_string(ev.span.byte_begin) + "," +
                          std::to_string(ev.span.byte_end) + ")";
      std::printf("%s  %s\n    %s\n", where.c_str(), ev.surface.c_str(),
                  fit(Sentence(ev), width_ - 4).c_str());
    }
  }

  void WriteNodeJson(JsonWriter& w, size_t i) const {
    NodeInfo n = index_.node(i);
    w.StartObject();
    w.Key("id"), json_string(w, n.id);
    w.Key("type"), json_string(w, n.type);
    w.Key("label"), json_string(w, n.label);
    w.Key("aliases"), w.StartArray();
    for (std::string_view a : n.aliases) json_string(w, a);
    w.EndArray();
    w.Key("value"), json_string(w, n.value);
    w.Key("degree"), w.Uint(n.degree);
    w.Key("documents"), w.Uint(n.documents);
    w.Key("mentions"), w.Uint64(n.mentions);
    w.EndObject();
  }

  std::string NodeLine(size_t i) const {
    NodeInfo n = index_.node(i);
    std::string line = std::string(n.type) + "  " + std::string(n.label);
    if (!n.value.empty() && n.value != n.label) line += "  [" + std::string(n.value) + "]";
    return line + "  (" + std::string(n.id) + ")";
  }

  // Every edge of a built graph has evidence; an empty one if not.
  Evidence FirstEvidence(size_t edge) const {
    std::vector<Evidence> first = index_.EdgeEvidence(edge, 1);
    return first.empty() ? Evidence{} : first[0];
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
                                std::to_string(index_.node(h.node).degree), width_).c_str());
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
    for (size_t e : index_.OutEdges(i)) groups["out " + std::string(index_.edge(e).type)].push_back(e);
    for (size_t e : index_.InEdges(i)) groups["in " + std::string(index_.edge(e).type)].push_back(e);
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
          EdgeInfo edge = index_.edge(e);
          NodeInfo other = index_.node(out ? edge.to : edge.from);
          w.StartObject();
          w.Key("direction"), json_string(w, out ? "out" : "in");
          w.Key("type"), json_string(w, edge.type);
          w.Key("other"), json_string(w, other.id);
          w.Key("other_label"), json_string(w, other.label);
          w.Key("evidence"), w.Uint64(edge.evidence);
          w.EndObject();
        }
      }
      w.EndArray();
      w.EndObject();
      return Emit(buffer);
    }
    NodeInfo n = index_.node(i);
    std::printf("%s\n", NodeLine(i).c_str());
    if (!n.aliases.empty()) {
      std::string joined;
      for (std::string_view a : n.aliases) joined += (joined.empty() ? "" : ", ") + std::string(a);
      std::printf("  aliases: %s\n", fit(joined, width_ - 11).c_str());
    }
    std::printf("  degree %u, pagerank %.6g, %u documents, %zu mentions\n", n.degree, n.pagerank,
                n.documents, n.mentions);
    for (const auto& [key, list] : groups) {
      std::printf("  %s (%zu)\n", key.c_str(), list.size());
      for (size_t e : list) {
        bool out = key[0] == 'o';
        EdgeInfo edge = index_.edge(e);
        std::printf("    %s  x%zu\n", fit(NodeLine(out ? edge.to : edge.from), width_ - 12).c_str(),
                    edge.evidence);
      }
    }
    return kExitOk;
  }

  int Provenance() {
    size_t i;
    if (args_.positional.size() != 1) return Usage("provenance takes one ENTITY");
    if (!ResolveOne(args_.positional[0], &i)) return kExitFailed;
    std::vector<Evidence> evidence;
    if (args_.rel.empty() && args_.to.empty()) {
      evidence = index_.NodeEvidence(i);
    } else {
      size_t j;
      if (args_.rel.empty() || args_.to.empty()) return Usage("--rel and --to go together");
      if (!ResolveOne(args_.to, &j)) return kExitFailed;
      std::optional<size_t> edge;
      for (size_t e : index_.OutEdges(i)) {
        if (index_.edge(e).type == args_.rel && index_.edge(e).to == j) edge = e;
      }
      if (!edge) {
        std::fprintf(stderr, "treatygraph query: no %s edge from %s to %s\n", args_.rel.c_str(),
                     std::string(index_.node(i).label).c_str(),
                     std::string(index_.node(j).label).c_str());
        return kExitFailed;
      }
      evidence = index_.EdgeEvidence(*edge);
    }
    if (args_.json) {
      rapidjson::StringBuffer buffer;
      JsonWriter w(buffer);
      w.StartArray();
      for (const Evidence& ev : evidence) WriteEvidenceJson(w, ev);
      w.EndArray();
      Emit(buffer);
    } else {
      PrintEvidence(evidence);
    }
    return evidence.empty() ? kExitFailed : kExitOk;
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
        auto visit = [&](const EdgeInfo& edge, size_t other) {
          if (!args_.rel.empty() && edge.type != args_.rel) return;
          if (seen.insert(other).second) {
            next.push_back(other);
            found.emplace_back(other, depth);
          }
        };
        for (size_t e : index_.OutEdges(v)) visit(index_.edge(e), index_.edge(e).to);
        for (size_t e : index_.InEdges(v)) visit(index_.edge(e), index_.edge(e).from);
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
      EdgeInfo edge = index_.edge(e);
      NodeInfo from = index_.node(edge.from), to = index_.node(edge.to);
      Evidence ev = FirstEvidence(e);
      if (args_.json) {
        w.StartObject();
        w.Key("from"), json_string(w, from.id);
        w.Key("type"), json_string(w, edge.type);
        w.Key("to"), json_string(w, to.id);
        w.Key("evidence");
        WriteEvidenceJson(w, ev);
        w.EndObject();
      } else {
        std::printf("%s -[%s]-> %s\n    %s:%u  %s\n", std::string(from.label).c_str(),
                    std::string(edge.type).c_str(), std::string(to.label).c_str(),
                    DocumentName(ev).c_str(), ev.line,
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
      EdgeInfo edge = index_.edge(e);
      NodeInfo subject = index_.node(edge.from), date = index_.node(edge.to);
      Evidence ev = FirstEvidence(e);
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
        std::printf("%-23s %-10s %s\n    %s:%u  %s\n", std::string(date.value).c_str(),
                    std::string(edge.type).c_str(), std::string(subject.label).c_str(),
                    DocumentName(ev).c_str(), ev.line,
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
  if (!index.value().index_problem().empty()) {
    std::fprintf(stderr, "treatygraph query: note: %s; reading graph.jsonld instead\n",
                 index.value().index_problem().c_str());
  }
  return QueryRunner(index.value(), q).Run();
}

}  // namespace treatygraph::cli
