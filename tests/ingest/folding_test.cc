#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "ingest/folding.h"

namespace treatygraph {

TEST_CASE("the folding table compiled in is the one ICU computes now, entry for entry") {
  std::vector<std::pair<char32_t, std::string>> computed;
  std::string error;
  REQUIRE_MESSAGE(compute_bmp_folds(&computed, &error), error);
  REQUIRE(kBmpFoldCount == computed.size());
  for (size_t i = 0; i < computed.size(); ++i) {
    CAPTURE(static_cast<unsigned>(computed[i].first));
    CHECK(kBmpFolds[i].cp == computed[i].first);
    CHECK(std::string(kBmpFolds[i].utf8) == computed[i].second);
  }
}

TEST_CASE("the folding table holds script, width and dropped characters") {
  auto fold_of = [](char32_t cp) -> const char* {
    for (size_t i = 0; i < kBmpFoldCount; ++i) {
      if (kBmpFolds[i].cp == cp) return kBmpFolds[i].utf8;
    }
    return nullptr;  // folds to itself
  };
  CHECK(std::string(fold_of(0x7E54)) == "织");  // 織
  CHECK(std::string(fold_of(0xFF12)) == "2");   // full-width digit
  CHECK(std::string(fold_of(0x200B)) == "");    // zero-width space dropped
  CHECK(std::string(fold_of(0x2014)) == "-");   // em dash
  CHECK(fold_of(0x7EC7) == nullptr);            // 织 is itself
  CHECK(fold_of(0x4FF1) == nullptr);            // 俱 stays: it is simplified too
}

}  // namespace treatygraph
