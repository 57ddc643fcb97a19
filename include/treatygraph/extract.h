// Extraction: typed entity mentions and relation mentions of one document.
//
// Each entity type has its own extractor (extract/<type>.cc) behind the
// Extractor interface, listed in one registry. Every rule has a name that
// travels with each mention it makes, so a wrong node can be traced back.
//
//   Extractors extractors = Extractors::Create(Gazetteer::BuiltIn());
//   if (!extractors.ok()) fail(extractors.status());
//   Extraction found = extractors.Run(document);
#ifndef TREATYGRAPH_EXTRACT_H_
#define TREATYGRAPH_EXTRACT_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "treatygraph/document.h"
#include "treatygraph/status.h"

namespace treatygraph {

enum class EntityType {
  kOrganization,
  kCountry,
  kPlace,
  kPerson,
  kInstrument,
  kResolution,
  kUNDocument,
  kMeeting,
  kDate,
};
constexpr int kEntityTypeCount = 9;

// "Organization", "Country", ... as written in every export.
std::string_view entity_type_name(EntityType type);

// One occurrence of an entity in a document's normalised text.
struct Mention {
  EntityType type = EntityType::kOrganization;
  uint32_t begin = 0;  // [begin, end) into Document::text
  uint32_t end = 0;
  std::string name;   // the name as written, normalised (simplified, NFKC)
  std::string canonical;  // resolved name: a gazetteer's canonical form or a
                          // declared abbreviation's expansion; else == name
  std::string value;  // ISO date, UN symbol, instrument kind; may be empty
  std::string rule;   // the rule that found it
};

// A typed relation between two mentions (indices into Extraction::mentions),
// or from the document itself (kDocument).
struct RelationMention {
  static constexpr int kDocument = -1;
  std::string type;  // "HELD_IN", "RECALLS", ...
  int from = kDocument;
  int to = kDocument;
  uint32_t begin = 0;  // evidence span in Document::text
  uint32_t end = 0;
  std::string rule;
};

struct Extraction {
  std::vector<Mention> mentions;  // sorted by (begin, end, type)
  std::vector<RelationMention> relations;
};

// Closed-class names: countries with their official names, cities, standard
// abbreviations. Built-in data files are compiled into the binary; users add
// and override entries with a TSV file (see README: --gazetteer).
class Gazetteer {
 public:
  struct Entry {
    EntityType type;
    std::string canonical;  // normalised
    std::vector<std::string> aliases;  // normalised
  };

  static Gazetteer BuiltIn();
  // Adds the entries of a TSV file: TYPE <tab> CANONICAL [<tab> ALIAS]...
  // Lines starting with '#' are comments. Errors name the file and line.
  Status AddFile(const std::string& path);
  Status AddTsv(std::string_view tsv, const std::string& origin);

  const std::vector<Entry>& entries() const { return entries_; }

 private:
  std::vector<Entry> entries_;
};

// One extractor: finds the mentions of one entity type.
class Extractor {
 public:
  virtual ~Extractor() = default;
  virtual std::string_view name() const = 0;
  // Appends what it finds in doc.text to *out.
  virtual void Extract(const Document& doc, std::vector<Mention>* out) const = 0;
};

// All extractors and relation rules, compiled and checked once.
class Extractors {
 public:
  // Compiles every rule; fails with the name of the first rule that does not.
  static Result<Extractors> Create(const Gazetteer& gazetteer);

  Extractors(Extractors&&) noexcept;
  Extractors& operator=(Extractors&&) noexcept;
  ~Extractors();

  // Thread-safe: may be called from several threads at once.
  Extraction Run(const Document& doc) const;

 private:
  struct Impl;
  explicit Extractors(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace treatygraph

#endif  // TREATYGRAPH_EXTRACT_H_
