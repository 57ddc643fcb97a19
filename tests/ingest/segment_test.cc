#include <doctest/doctest.h>

#include "ingest/segment.h"

namespace treatygraph {

TEST_CASE("sentences end at full stops, semicolons, ! and ? and paragraph breaks") {
  std::string text = "成员国认为,合作重要。他们说“很好。”\n第二段;第三句!第四句?尾";
  std::vector<Sentence> s = split_sentences(text);
  std::vector<std::string> got;
  for (const Sentence& x : s) got.push_back(text.substr(x.begin, x.end - x.begin));
  std::vector<std::string> want = {"成员国认为,合作重要。", "他们说“很好。”", "第二段;",
                                   "第三句!", "第四句?", "尾"};
  CHECK(got == want);
}

TEST_CASE("empty text has no sentences") { CHECK(split_sentences("").empty()); }

}  // namespace treatygraph
