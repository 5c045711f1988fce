#include <catch2/catch.hpp>

#include "spiegel/store/uuid.hpp"

#include <regex>
#include <set>
#include <thread>
#include <vector>

TEST_CASE("newUuid: version 4, canonical form, no repeats across threads", "[uuid]") {
  const std::regex v4("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
  std::vector<std::vector<std::string>> made(4);
  std::vector<std::thread> threads;
  for (auto &out : made)
    threads.emplace_back([&out] {
      for (int i = 0; i < 5000; ++i)
        out.push_back(spiegel::store::newUuid());
    });
  for (auto &t : threads)
    t.join();
  std::set<std::string> all;
  for (const auto &out : made)
    for (const auto &id : out) {
      REQUIRE(std::regex_match(id, v4));
      all.insert(id);
    }
  CHECK(all.size() == 20'000);
}
