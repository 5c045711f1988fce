#include "spiegel/store/uuid.hpp"

#include <cstdint>
#include <random>

namespace spiegel::store {

annotate::Uuid newUuid() {
  // One generator per thread, seeded from the OS; a v4 UUID needs 122
  // random bits, not cryptographic strength.
  thread_local std::mt19937_64 gen = [] {
    std::random_device rd;
    std::seed_seq seq{rd(), rd(), rd(), rd(), rd(), rd(), rd(), rd()};
    return std::mt19937_64(seq);
  }();
  const std::uint64_t hi = (gen() & 0xffffffffffff0fffULL) | 0x0000000000004000ULL;
  const std::uint64_t lo = (gen() & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(36);
  for (int i = 0; i < 32; ++i) {
    if (i == 8 || i == 12 || i == 16 || i == 20)
      out += '-';
    const std::uint64_t word = i < 16 ? hi : lo;
    const int shift = 60 - 4 * (i % 16);
    out += kHex[(word >> shift) & 0xf];
  }
  return out;
}

} // namespace spiegel::store
