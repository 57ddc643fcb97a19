// Helpers for table-driven extractor tests: run the whole pipeline on a
// snippet and list what one type produced.
#ifndef TREATYGRAPH_TESTS_EXTRACT_TEST_UTIL_H_
#define TREATYGRAPH_TESTS_EXTRACT_TEST_UTIL_H_

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "treatygraph/document.h"
#include "treatygraph/extract.h"

namespace treatygraph::testing {

inline const Extractors& shared_extractors() {
  static const Extractors* extractors =
      new Extractors(std::move(Extractors::Create(Gazetteer::BuiltIn()).value()));
  return *extractors;
}

// "value" of each mention of `type` found in `text` (or its name when
// `field` is "name"), in text order.
inline std::vector<std::string> found(const std::string& text, EntityType type,
                                      const std::string& field = "value") {
  Document doc = ingest_bytes("t.txt", "", text).value();
  std::vector<std::string> out;
  for (const Mention& m : shared_extractors().Run(doc).mentions) {
    if (m.type != type) continue;
    out.push_back(field == "name" ? m.name : field == "canonical" ? m.canonical : m.value);
  }
  return out;
}

}  // namespace treatygraph::testing

// Lets doctest print the lists compared above.
namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
  static String convert(const std::vector<std::string>& v) {
    std::string s = "{";
    for (const std::string& x : v) s += (s.size() > 1 ? ", \"" : "\"") + x + "\"";
    return String((s + "}").c_str());
  }
};
}  // namespace doctest

#endif  // TREATYGRAPH_TESTS_EXTRACT_TEST_UTIL_H_
