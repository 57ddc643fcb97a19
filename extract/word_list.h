// WordList: a fixed list of words, and which of them is written at a position
// of a text. The rules keep their word lists as data (tables of what ends a
// name, what stops one); asking the list at every character of a document
// with a loop of comparisons is what made them slow.
//
//   const char* const kConjunctions[] = {"以及", "和", "及", "与", "、", "或"};
//   static const WordList conjunctions(kConjunctions);
//   const char* c = conjunctions.FirstAt(text, pos);  // "和", or nullptr
//
// FirstAt answers exactly what the loop `for (w : words) if (text at pos
// starts with w) return w;` does: the first word IN LIST ORDER written at pos
// (not necessarily the longest). Private to extract/.
#ifndef TREATYGRAPH_EXTRACT_WORD_LIST_H_
#define TREATYGRAPH_EXTRACT_WORD_LIST_H_

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "extract/prefix_trie.h"

namespace treatygraph {

class WordList {
 public:
  // REQUIRES: the words are non-empty and valid UTF-8.
  template <size_t N>
  explicit WordList(const char* const (&words)[N])
      : WordList(std::vector<std::string>(words, words + N)) {}
  explicit WordList(std::vector<std::string> words) : words_(std::move(words)) {
    // Added last to first, so that of two equal words the first listed stays.
    for (size_t i = words_.size(); i-- > 0;) trie_.Add(words_[i], static_cast<uint32_t>(i));
  }

  // The first listed word that text[pos...] starts with; nullptr if none
  // (also when pos is at or past the end).
  const char* FirstAt(std::string_view text, size_t pos) const {
    uint32_t first = PrefixTrie::kNoValue;
    trie_.ForEachKeyAt(text, pos, [&first](PrefixTrie::Match m) {
      if (m.value < first) first = m.value;
      return true;
    });
    return first == PrefixTrie::kNoValue ? nullptr : words_[first].c_str();
  }

 private:
  std::vector<std::string> words_;
  PrefixTrie trie_;
};

// A set of words, and whether one of them ends right before a position of a
// text: what a loop of ends_with(text.substr(0, pos), w) over the words finds,
// as one hash lookup per word length instead of one comparison per word.
//
//   const std::string_view kVerbs[] = {"加入", "批准", "签署"};
//   WordEndSet verbs(kVerbs);
//   verbs.AnyEndsAt("已批准", 9);  // true
class WordEndSet {
 public:
  // The union of one or more lists. REQUIRES: the words outlive the set.
  template <size_t... N>
  explicit WordEndSet(const std::string_view (&... lists)[N]) {
    (Add(lists), ...);
  }

  // REQUIRES: pos <= text.size().
  bool AnyEndsAt(std::string_view text, size_t pos) const {
    for (const auto& [length, words] : by_length_) {
      if (length <= pos && words.count(text.substr(pos - length, length)) > 0) return true;
    }
    return false;
  }

 private:
  template <size_t N>
  void Add(const std::string_view (&words)[N]) {
    for (std::string_view w : words) by_length_[w.size()].insert(w);
  }

  std::map<size_t, std::unordered_set<std::string_view>> by_length_;
};

}  // namespace treatygraph

#endif  // TREATYGRAPH_EXTRACT_WORD_LIST_H_
