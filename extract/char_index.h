// Where each CJK character occurs in one document's text: built in one pass,
// so that a rule can search only the lines that hold one of the characters
// every match of it contains (its triggers, extract/rule.cc) instead of
// running its automaton over the whole text. Private to extract/.
#ifndef TREATYGRAPH_EXTRACT_CHAR_INDEX_H_
#define TREATYGRAPH_EXTRACT_CHAR_INDEX_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace treatygraph {

class CharIndex {
 public:
  // The characters indexed: U+3000 to U+9FFF (CJK punctuation, kana, CJK
  // ideographs), written in three UTF-8 bytes. The key of one is its code
  // point minus kFirst.
  static constexpr char32_t kFirst = 0x3000;
  static constexpr char32_t kLast = 0x9FFF;

  // The key of the character whose UTF-8 form is `utf8`, or -1 when it is
  // not one character of the indexed range.
  static int KeyOf(std::string_view utf8);

  explicit CharIndex(std::string_view text);

  // The byte offsets where character `key` occurs, in text order, from
  // Begin(key) to End(key). REQUIRES: 0 <= key <= kLast - kFirst.
  const uint32_t* Begin(int key) const { return offsets_.data() + start_[key]; }
  const uint32_t* End(int key) const { return offsets_.data() + start_[key + 1]; }

  // Calls f(offset) for each occurrence of `word` (opening with an indexed
  // character) in `text`, the text this index was built from, in text
  // order: where its first character stands, not a search of the text.
  template <typename F>
  void ForEachOccurrence(std::string_view text, std::string_view word, F f) const {
    int key = KeyOf(word.substr(0, 3));
    if (key < 0) return;
    for (const uint32_t* at = Begin(key); at != End(key); ++at) {
      if (text.compare(*at, word.size(), word) == 0) f(*at);
    }
  }

 private:
  // Counting sort by key: four bytes per indexed character, whatever the
  // text (a linked list by byte offset took four per byte of text).
  std::vector<uint32_t> start_;    // by key: where its offsets begin
  std::vector<uint32_t> offsets_;  // grouped by key, in text order within one
};

}  // namespace treatygraph

#endif  // TREATYGRAPH_EXTRACT_CHAR_INDEX_H_
