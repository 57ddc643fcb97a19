#include "query/content_hash.h"

#include <cstring>

namespace treatygraph {
namespace {

constexpr uint64_t kMultiplier = 0x9e3779b97f4a7c15ULL;  // 2^64 / golden ratio, odd
constexpr uint64_t kMix = 0xff51afd7ed558ccdULL;

uint64_t rotate_left(uint64_t x, int bits) { return (x << bits) | (x >> (64 - bits)); }

uint64_t load64(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}

// Spreads every input bit over the whole word.
uint64_t finalize(uint64_t h) {
  h ^= h >> 33;
  h *= kMix;
  h ^= h >> 33;
  return h;
}

}  // namespace

uint64_t content_hash64(std::string_view bytes) {
  // Four independent lanes, so the multiplies of one 32-byte block overlap
  // in the pipeline instead of waiting on each other.
  uint64_t lane[4] = {1, 2, 3, 4};
  const char* p = bytes.data();
  size_t n = bytes.size();
  for (; n >= 32; p += 32, n -= 32) {
    for (int i = 0; i < 4; ++i) lane[i] = rotate_left(lane[i] ^ load64(p + 8 * i), 29) * kMultiplier;
  }
  uint64_t h = bytes.size();
  for (uint64_t l : lane) h = rotate_left(h ^ finalize(l), 31) * kMultiplier;
  for (; n >= 8; p += 8, n -= 8) h = rotate_left(h ^ load64(p), 29) * kMultiplier;
  for (; n > 0; ++p, --n) h = rotate_left(h ^ static_cast<unsigned char>(*p), 13) * kMultiplier;
  return finalize(h);
}

}  // namespace treatygraph
