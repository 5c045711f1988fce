#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <random>

#include "spiegel/annotate/tag_index.hpp"
#include "test_codebook.hpp"

using namespace spiegel::annotate;
using namespace spiegel::annotate::test;

namespace {

bool touches(const Annotation &x, Micros a, Micros b) {
  if (b <= a)
    return false;
  return x.start == x.end ? (x.start >= a && x.start < b) : (x.start < b && x.end > a);
}

std::vector<std::string> ids(const std::vector<const Annotation *> &v) {
  std::vector<std::string> out;
  for (const Annotation *x : v)
    out.push_back(x->id);
  return out;
}

// Brute force over a map of live tags, ordered by (start, id) like the index.
std::vector<std::string> bruteForce(const std::map<std::string, Annotation> &live, Micros a, Micros b) {
  std::vector<const Annotation *> hits;
  for (const auto &[id, x] : live)
    if (touches(x, a, b))
      hits.push_back(&x);
  std::sort(hits.begin(), hits.end(), [](const Annotation *x, const Annotation *y) {
    return x->start != y->start ? x->start < y->start : x->id < y->id;
  });
  return ids(hits);
}

Annotation randomTag(std::mt19937 &rng, const std::string &id) {
  std::uniform_int_distribution<Micros> start(0, 3600 * kSecond);
  std::uniform_int_distribution<int> kind(0, 9);
  const Micros s = start(rng);
  const int k = kind(rng);
  // 30 % points, 60 % short spans, 10 % long spans (up to 40 minutes).
  const Micros len = k < 3   ? 0
                     : k < 9 ? std::uniform_int_distribution<Micros>(1, 20 * kSecond)(rng)
                             : std::uniform_int_distribution<Micros>(1, 40 * kMinute)(rng);
  return tag(id, s, s + len, "engagement");
}

} // namespace

TEST_CASE("TagIndex finds points, spans and long spans in a window", "[index]") {
  TagIndex index({tag("long", 0, 3600 * kSecond, "system"), tag("p1", 10 * kSecond, 10 * kSecond, "bond"),
                  tag("s1", 5 * kSecond, 12 * kSecond, "safety"),
                  tag("s2", 20 * kSecond, 30 * kSecond, "bond"),
                  tag("gone", 11 * kSecond, 11 * kSecond, "bond")});
  index.remove("gone");
  CHECK(index.size() == 4);
  CHECK(ids(index.overlapping(9 * kSecond, 11 * kSecond)) == std::vector<std::string>{"long", "s1", "p1"});
  CHECK(ids(index.overlapping(12 * kSecond, 20 * kSecond)) ==
        std::vector<std::string>{"long"}); // s1 ends at 12, s2 starts at 20
  CHECK(ids(index.at(10 * kSecond)) == std::vector<std::string>{"long", "s1", "p1"});
  CHECK(index.overlapping(5, 5).empty());
  CHECK(index.lowerBound(6 * kSecond) == 2);
}

TEST_CASE("TagIndex drops tombstones and keeps one value per id", "[index]") {
  Annotation dead = tag("d", 1, 2, "bond");
  dead.deleted = true;
  Annotation first = tag("x", 5, 6, "bond");
  Annotation second = tag("x", 7, 8, "bond");
  TagIndex index({dead, first, second});
  REQUIRE(index.size() == 1);
  CHECK(index.find("x")->start == 7);
  CHECK(index.find("d") == nullptr);
  index.upsert(tag("x", 1, 9, "bond"));
  CHECK(index.size() == 1);
  CHECK(index.find("x")->start == 1);
  Annotation gone = tag("x", 1, 9, "bond");
  gone.deleted = true;
  index.upsert(gone);
  CHECK(index.empty());
  CHECK_FALSE(index.remove("x"));
}

TEST_CASE("TagIndex agrees with brute force on random edits and windows", "[index]") {
  std::mt19937 rng(20240611);
  std::map<std::string, Annotation> live;
  TagIndex index;
  std::uniform_int_distribution<int> op(0, 9);
  std::uniform_int_distribution<Micros> when(-10 * kMinute, 70 * kMinute);
  std::uniform_int_distribution<Micros> width(0, 5 * kMinute);
  int next = 0;
  for (int step = 0; step < 3000; ++step) {
    const int o = op(rng);
    if (o < 5 || live.empty()) { // insert
      const std::string id = "t" + std::to_string(next++);
      Annotation a = randomTag(rng, id);
      live[id] = a;
      index.upsert(a);
    } else {
      auto it = live.begin();
      std::advance(it, std::uniform_int_distribution<std::size_t>(0, live.size() - 1)(rng));
      if (o < 8) { // move / resize
        Annotation a = randomTag(rng, it->first);
        it->second = a;
        index.upsert(a);
        const Annotation *moved = index.find(a.id);
        REQUIRE(moved != nullptr);
        CHECK(moved->start == a.start);
        CHECK(moved->end == a.end);
      } else { // delete
        Annotation a = it->second;
        a.deleted = true;
        index.upsert(a);
        live.erase(it);
      }
    }
    REQUIRE(index.size() == live.size());
    if (step % 10 == 0) {
      // An edit moves the tag in place (rotating the items in between): the
      // order stays (start, id).
      const auto all = index.all();
      REQUIRE(std::is_sorted(all.begin(), all.end(), [](const Annotation &x, const Annotation &y) {
        return x.start != y.start ? x.start < y.start : x.id < y.id;
      }));
      const Micros a = when(rng);
      const Micros b = a + width(rng);
      REQUIRE(ids(index.overlapping(a, b)) == bruteForce(live, a, b));
    }
  }
  // The order of all() is (start, id).
  const auto all = index.all();
  CHECK(std::is_sorted(all.begin(), all.end(), [](const Annotation &x, const Annotation &y) {
    return x.start != y.start ? x.start < y.start : x.id < y.id;
  }));
  // A bulk-built index answers the same.
  std::vector<Annotation> values;
  for (const auto &[id, a] : live)
    values.push_back(a);
  std::shuffle(values.begin(), values.end(), rng);
  const TagIndex bulk(values);
  for (int q = 0; q < 200; ++q) {
    const Micros a = when(rng);
    const Micros b = a + width(rng);
    REQUIRE(ids(bulk.overlapping(a, b)) == bruteForce(live, a, b));
  }
}

TEST_CASE("TagIndex window query can apply a filter", "[index]") {
  const Codebook cb = miniCodebook();
  TagIndex index(
      {tag("a", 0, 10, "bond"), tag("b", 2, 3, "safety", Valence::Negative), tag("c", 4, 4, "bond")});
  TagFilter f;
  f.elements = {"bond"};
  CHECK(ids(index.overlapping(0, 100, f, cb)) == std::vector<std::string>{"a", "c"});
}
