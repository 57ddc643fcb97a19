#include "cli/formats.h"

#include <cstdio>
#include <filesystem>
#include <thread>

#include "treatygraph/export.h"
#include "treatygraph/query.h"

namespace treatygraph::cli {
namespace {

const Format kFormats[] = {
    {"graphml", "graph.graphml",
     [](const KnowledgeGraph& g, const std::string& dir, size_t) {
       return write_graphml(g, dir + "/graph.graphml");
     }},
    // The query index goes with the JSON-LD, stamped with its size and
    // hash and written after it (newer is what `query` trusts at once), so
    // that every command writing a JSON-LD leaves a matching index beside it.
    {"jsonld", "graph.jsonld, graph.tgidx",
     [](const KnowledgeGraph& g, const std::string& dir, size_t threads) {
       return write_jsonld_and_query_index(g, dir, threads);
     }},
    {"gexf", "graph.gexf",
     [](const KnowledgeGraph& g, const std::string& dir, size_t) {
       return write_gexf(g, dir + "/graph.gexf");
     }},
    {"csv", "nodes.csv, edges.csv, kuzu_load.cypher",
     [](const KnowledgeGraph& g, const std::string& dir, size_t) {
       return write_property_graph_csv(g, dir);
     }},
};

}  // namespace

bool parse_format_list(const std::string& list, const char* command,
                       std::vector<const Format*>* out) {
  std::string rest = list + ",";
  for (size_t start = 0, comma; (comma = rest.find(',', start)) != std::string::npos;
       start = comma + 1) {
    std::string name = rest.substr(start, comma - start);
    const Format* format = nullptr;
    for (const Format& f : kFormats) format = name == f.name ? &f : format;
    if (format == nullptr) {
      std::fprintf(stderr, "treatygraph %s: unknown format '%s' (graphml, jsonld, gexf, csv)\n",
                   command, name.c_str());
      return false;
    }
    out->push_back(format);
  }
  return true;
}

std::vector<const Format*> default_formats() { return {&kFormats[0], &kFormats[1]}; }

Status write_formats(const KnowledgeGraph& graph, const std::vector<const Format*>& formats,
                     const std::string& dir, size_t threads) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return Status(StatusCode::kIoError, "cannot create output folder: " + ec.message(), dir);
  // The writers only read the graph, and each writes its own files: run
  // them side by side, and report the first failure in the order asked.
  std::vector<Status> written(formats.size());
  std::vector<std::thread> writers;
  for (size_t i = 0; i < formats.size(); ++i) {
    auto write = [&, i] { written[i] = formats[i]->write(graph, dir, threads); };
    if (threads > 1 && i + 1 < formats.size()) {
      writers.emplace_back(write);
    } else {
      write();
    }
  }
  for (std::thread& t : writers) t.join();
  for (const Status& s : written) {
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

void keep_until_exit(KnowledgeGraph&& graph) {
  static std::vector<KnowledgeGraph*>* kept = new std::vector<KnowledgeGraph*>;
  kept->push_back(new KnowledgeGraph(std::move(graph)));
}

}  // namespace treatygraph::cli
