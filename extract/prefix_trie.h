// PrefixTrie: which of a set of keys is the longest prefix of a text at a
// given position, in one walk instead of one comparison per key.
//
//   PrefixTrie trie;
//   trie.Add("苏丹", 0);
//   trie.Add("努尔苏丹", 1);
//   PrefixTrie::Match m = trie.LongestAt("努尔苏丹市", 0);  // m.value == 1, m.length == 12
//
// Edges are labelled with whole UTF-8 sequences (one lead byte and its
// continuation bytes), so a walk takes one step per character. For keys that
// are valid UTF-8 this finds exactly the keys a byte comparison would.
// Private to extract/.
#ifndef TREATYGRAPH_EXTRACT_PREFIX_TRIE_H_
#define TREATYGRAPH_EXTRACT_PREFIX_TRIE_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace treatygraph {

class PrefixTrie {
 public:
  static constexpr uint32_t kNoValue = UINT32_MAX;

  struct Match {
    uint32_t value = kNoValue;  // kNoValue: no key starts there
    size_t length = 0;          // bytes of the matched key
  };

  PrefixTrie();

  // Adds `key` (non-empty, valid UTF-8) with `value`; adding a key again
  // replaces its value.
  void Add(std::string_view key, uint32_t value);

  // The longest key that text[pos...] starts with.
  // Thread-safe once the trie is no longer being added to (so is ForEachKeyAt).
  Match LongestAt(std::string_view text, size_t pos) const;

  // Calls visit(match) for every key that text[pos...] starts with, shortest
  // first; stops early when visit returns false.
  template <typename Visit>
  void ForEachKeyAt(std::string_view text, size_t pos, Visit visit) const {
    if (pos >= text.size()) return;
    size_t length = 0;
    uint64_t first = EdgeKey(0, text, pos, &length);
    if (!MayStartKey(first)) return;
    uint32_t node = 0;
    for (size_t at = pos; at < text.size();) {
      node = Child(at == pos ? first : EdgeKey(node, text, at, &length));
      if (node == 0) return;
      at += length;
      if (values_[node] != kNoValue && !visit(Match{values_[node], at - pos})) return;
    }
  }

 private:
  // One edge: the child of `node` along one character, found by hashing.
  struct Slot {
    uint64_t key = 0;  // 0: empty (real keys never are: see EdgeKey)
    uint32_t child = 0;
  };

  static uint64_t EdgeKey(uint32_t node, std::string_view text, size_t pos, size_t* length);
  // Where in first_characters_ the root edge `key` is marked.
  static size_t FilterBit(uint64_t key);
  // False when no key starts with the character of root edge `key`; true
  // otherwise, and sometimes also then (a filter: cheaper than a probe,
  // and most characters of a text start no key).
  bool MayStartKey(uint64_t key) const {
    size_t bit = FilterBit(key);
    return (first_characters_[bit / 64] >> (bit % 64)) & 1;
  }
  size_t SlotOf(uint64_t key) const;
  uint32_t Child(uint64_t key) const;
  void Grow();

  std::vector<uint64_t> first_characters_;  // bit set, see MayStartKey
  std::vector<uint32_t> values_;            // per node; kNoValue when no key ends there
  std::vector<Slot> slots_;                 // open addressing, size a power of two
  size_t edges_ = 0;
};

}  // namespace treatygraph

#endif  // TREATYGRAPH_EXTRACT_PREFIX_TRIE_H_
