// Stable 64-bit content hashing for ids. Not cryptographic: ids only need to
// be the same in every run and on every machine, and rarely collide.
#ifndef TREATYGRAPH_BASE_HASH_H_
#define TREATYGRAPH_BASE_HASH_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace treatygraph {

// FNV-1a, 64 bits; fixed by its published constants, so ids never drift.
inline uint64_t stable_hash64(std::string_view bytes, uint64_t seed = 0xcbf29ce484222325ULL) {
  uint64_t h = seed;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

// 16 lowercase hex digits.
std::string hex64(uint64_t value);

}  // namespace treatygraph

#endif  // TREATYGRAPH_BASE_HASH_H_
