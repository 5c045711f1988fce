#include "workspace/uuid.hpp"

#include <cstdint>
#include <random>

namespace spiegel::app::workspace {

std::string newUuid() {
  // Seeded once from the OS; 122 random bits make collisions across laptops
  // negligible, which merging by UUID relies on.
  static std::mt19937_64 gen{[] {
    std::random_device rd;
    return (static_cast<std::uint64_t>(rd()) << 32) ^ rd();
  }()};
  std::uint64_t hi = gen(), lo = gen();
  hi = (hi & ~std::uint64_t{0xF000}) | 0x4000;                          // version 4
  lo = (lo & ~(std::uint64_t{0xC} << 60)) | (std::uint64_t{0x8} << 60); // variant 10xx
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(36);
  const auto put = [&](std::uint64_t v, int from, int to) {
    for (int i = from; i >= to; --i)
      out.push_back(kHex[(v >> (4 * i)) & 0xF]);
  };
  put(hi, 15, 8);
  out.push_back('-');
  put(hi, 7, 4);
  out.push_back('-');
  put(hi, 3, 0);
  out.push_back('-');
  put(lo, 15, 12);
  out.push_back('-');
  put(lo, 11, 0);
  return out;
}

} // namespace spiegel::app::workspace
