#include "extract/prefix_trie.h"

#include "extract/text_util.h"

namespace treatygraph {

namespace {
constexpr size_t kFilterBits = 1 << 16;
}  // namespace

PrefixTrie::PrefixTrie() : first_characters_(kFilterBits / 64), values_(1, kNoValue), slots_(64) {}

// The key of the edge from `node` along the character at text[pos]: the node,
// the character's byte count and its bytes, so that a character cut short by
// the end of the text never equals a whole one. *length gets the byte count.
uint64_t PrefixTrie::EdgeKey(uint32_t node, std::string_view text, size_t pos, size_t* length) {
  size_t n = utf8_length(static_cast<unsigned char>(text[pos]));
  if (n > text.size() - pos) n = text.size() - pos;
  uint64_t bytes = 0;
  for (size_t i = 0; i < n; ++i)
    bytes |= uint64_t{static_cast<unsigned char>(text[pos + i])} << (8 * i);
  *length = n;
  // node + 1: no real key is 0, the mark of an empty slot.
  return (uint64_t{node} + 1) << 35 | uint64_t{n} << 32 | bytes;
}

size_t PrefixTrie::FilterBit(uint64_t key) {
  return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> 48) % kFilterBits;
}

size_t PrefixTrie::SlotOf(uint64_t key) const {
  // Fibonacci hashing: the multiply spreads the node and character bits.
  size_t mask = slots_.size() - 1;
  size_t i = static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> 32) & mask;
  while (slots_[i].key != 0 && slots_[i].key != key) i = (i + 1) & mask;
  return i;
}

uint32_t PrefixTrie::Child(uint64_t key) const {
  const Slot& slot = slots_[SlotOf(key)];
  return slot.key == key ? slot.child : 0;  // the root is nobody's child
}

void PrefixTrie::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.size() * 2, Slot{});
  for (const Slot& slot : old) {
    if (slot.key != 0) slots_[SlotOf(slot.key)] = slot;
  }
}

void PrefixTrie::Add(std::string_view key, uint32_t value) {
  uint32_t node = 0;
  size_t pos = 0;
  while (pos < key.size()) {
    size_t length = 0;
    uint64_t edge = EdgeKey(node, key, pos, &length);
    if (node == 0) {
      size_t bit = FilterBit(edge);
      first_characters_[bit / 64] |= uint64_t{1} << (bit % 64);
    }
    size_t i = SlotOf(edge);
    if (slots_[i].key != edge) {
      slots_[i] = Slot{edge, static_cast<uint32_t>(values_.size())};
      values_.push_back(kNoValue);
      // Keep the table at most half full, so that probes stay short.
      if (++edges_ * 2 > slots_.size()) Grow();
      i = SlotOf(edge);
    }
    node = slots_[i].child;
    pos += length;
  }
  values_[node] = value;
}

PrefixTrie::Match PrefixTrie::LongestAt(std::string_view text, size_t pos) const {
  Match longest;
  ForEachKeyAt(text, pos, [&longest](Match m) {
    longest = m;
    return true;
  });
  return longest;
}

}  // namespace treatygraph
