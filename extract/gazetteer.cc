// Gazetteer: closed-class names (countries, cities, standard abbreviations)
// as TSV data. The built-in files under data/gazetteer/ are compiled into the
// binary (see CMakeLists.txt), so the tool runs from any directory.
#include <fstream>
#include <sstream>

#include "treatygraph/document.h"
#include "treatygraph/extract.h"

namespace treatygraph {

// Generated at build time from data/gazetteer/*.tsv.
extern const char kBuiltinGazetteerTsv[];

namespace {

bool parse_type(std::string_view s, EntityType* out) {
  static const EntityType kAll[] = {
      EntityType::kOrganization, EntityType::kCountry,    EntityType::kPlace,
      EntityType::kPerson,       EntityType::kInstrument, EntityType::kResolution,
      EntityType::kUNDocument,   EntityType::kMeeting,    EntityType::kDate};
  for (EntityType t : kAll) {
    if (entity_type_name(t) == s) {
      *out = t;
      return true;
    }
  }
  return false;
}

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return out;
}

}  // namespace

Gazetteer Gazetteer::BuiltIn() {
  Gazetteer g;
  Status s = g.AddTsv(kBuiltinGazetteerTsv, "built-in gazetteer");
  (void)s;  // the built-in data is checked by a test (gazetteer_test)
  return g;
}

Status Gazetteer::AddFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status(StatusCode::kNotFound, "cannot open gazetteer", path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return AddTsv(buffer.str(), path);
}

Status Gazetteer::AddTsv(std::string_view tsv, const std::string& origin) {
  size_t line_no = 0;
  size_t start = 0;
  while (start < tsv.size()) {
    size_t nl = tsv.find('\n', start);
    std::string_view line = tsv.substr(start, nl == std::string_view::npos ? nl : nl - start);
    start = nl == std::string_view::npos ? tsv.size() : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> cells = split_tabs(line);
    Entry entry;
    if (cells.size() < 2 || !parse_type(cells[0], &entry.type)) {
      return Status(StatusCode::kInvalidArgument,
                    "line " + std::to_string(line_no) +
                        ": expected TYPE<tab>CANONICAL[<tab>ALIAS...] with a known TYPE",
                    origin);
    }
    entry.canonical = normalize_for_matching(cells[1]);
    for (size_t i = 2; i < cells.size(); ++i) {
      std::string alias = normalize_for_matching(cells[i]);
      if (!alias.empty()) entry.aliases.push_back(std::move(alias));
    }
    if (entry.canonical.empty()) {
      return Status(StatusCode::kInvalidArgument,
                    "line " + std::to_string(line_no) + ": empty canonical name", origin);
    }
    entries_.push_back(std::move(entry));
  }
  return Status::Ok();
}

}  // namespace treatygraph
