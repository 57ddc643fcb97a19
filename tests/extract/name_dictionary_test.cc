// The lookups that replaced loops of comparisons (extract/prefix_trie.h,
// extract/word_list.h) must answer exactly what those loops did.
#include <doctest/doctest.h>

#include "extract/extractors_internal.h"
#include "extract/text_util.h"
#include "extract/word_list.h"

namespace treatygraph {

const char* const kWords[] = {"基金会", "基金", "会", "组织", "基金", "a", "ab"};
const std::string_view kEndings[] = {"签署", "署", "关于"};
const char* const kTexts[] = {
    "",         "基金会",   "基金组织会",   "ab基金", "上海合作组织基金会议",
    "签署关于", "\xe5\x9f", "a\xe5\x9f\xba"};

std::string first_listed_naive(std::string_view text, size_t pos) {
  for (const char* w : kWords) {
    if (starts_with(text, pos, w)) return w;
  }
  return "(none)";
}

TEST_CASE("WordList finds the first listed word at every byte, as a loop would") {
  WordList words(kWords);
  for (std::string_view text : kTexts) {
    for (size_t pos = 0; pos <= text.size() + 1; ++pos) {
      CAPTURE(text);
      CAPTURE(pos);
      const char* first = words.FirstAt(text, pos);
      CHECK(std::string(first != nullptr ? first : "(none)") == first_listed_naive(text, pos));
    }
  }
}

TEST_CASE("WordEndSet finds a word ending at every byte, as a loop would") {
  WordEndSet endings(kEndings);
  for (std::string_view text : kTexts) {
    for (size_t pos = 0; pos <= text.size(); ++pos) {
      bool naive = false;
      for (std::string_view w : kEndings) naive = naive || ends_with(text.substr(0, pos), w);
      CAPTURE(text);
      CAPTURE(pos);
      CHECK(endings.AnyEndsAt(text, pos) == naive);
    }
  }
}

TEST_CASE("PrefixTrie finds the longest key; a key added again takes the new value") {
  PrefixTrie trie;
  trie.Add("苏丹", 0);
  trie.Add("努尔苏丹", 1);
  trie.Add("苏丹", 2);
  PrefixTrie::Match m = trie.LongestAt("努尔苏丹市", 0);
  CHECK(m.value == 1);
  CHECK(m.length == 12);
  CHECK(trie.LongestAt("努尔苏丹市", 6).value == 2);
  CHECK(trie.LongestAt("努尔苏", 0).value == PrefixTrie::kNoValue);
  CHECK(trie.LongestAt("努尔苏\xe4\xb8", 0).value == PrefixTrie::kNoValue);  // cut short
}

TEST_CASE("NameDictionary: leftmost-longest across types, blocking phrases hide names") {
  NameDictionary names(Gazetteer::BuiltIn());
  struct Case {
    const char* text;
    std::vector<std::string> found;  // "Type:text"
  };
  const Case kCases[] = {
      {"努尔苏丹", {"Place:努尔苏丹"}},
      {"发展中国家和中国", {"Country:中国"}},
      {"白俄罗斯与俄罗斯", {"Country:白俄罗斯", "Country:俄罗斯"}},
      {"", {}},
  };
  for (const Case& c : kCases) {
    std::string_view text = c.text;
    std::vector<std::string> found;
    for (const NameHit& hit : names.Find(text)) {
      found.push_back(std::string(entity_type_name(hit.type)) + ":" +
                      std::string(text.substr(hit.begin, hit.end - hit.begin)));
    }
    CAPTURE(c.text);
    CHECK(found == c.found);
  }
}

}  // namespace treatygraph
