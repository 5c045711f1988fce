// The contract of Project::mergeAll, run on every backend: several members'
// packages in one transaction, one report per package and their sum, all
// of them or none.
#include "backends.hpp"

#include <algorithm>

using namespace spiegel;
using namespace spiegel::test;
using store::ErrorCode;

namespace {
// A member's own project of the same recording: their reviewer profile and
// `count` tags one second apart from `from` seconds on.
template <class B> store::Project member(const std::string &key, const std::string &name, int count, double from) {
  auto p = projectOn<B>(key);
  const auto me = p.saveReviewer({.name = name, .profile = "profile-" + name});
  for (int i = 0; i < count; ++i) {
    auto a = tagAt(p, from + i);
    a.reviewer = me.id;
    p.addAnnotation(a);
  }
  return p;
}

int auditCount(const store::Project &p, const std::string &action) {
  const auto log = p.audit();
  return static_cast<int>(std::count_if(log.begin(), log.end(), [&](const auto &e) { return e.action == action; }));
}
} // namespace

CONTRACT_TEST("mergeAll: one report per package, their total, one audit entry each, idempotent", "[merge][all]") {
  auto group = projectOn<TestType>("all-group");
  const auto sanne = member<TestType>("all-sanne", "Sanne", 3, 10).exportPackage();
  const auto bram = member<TestType>("all-bram", "Bram", 2, 30).exportPackage();
  const std::vector<store::IncomingPackage> both{{sanne, "sanne.spiegel"}, {bram, "bram.spiegel"}};

  const auto r = group.mergeAll(both);
  REQUIRE(r.files.size() == 2);
  CHECK(r.files[0].added == 4); // her reviewer row and three tags; the recording is the group's
  CHECK(r.files[1].added == 3);
  CHECK(r.total.added == 7);
  CHECK(r.total.updated == 0);
  CHECK(group.annotationCount() == 5);
  CHECK(group.reviewers().size() == 2);
  CHECK(group.recordings().size() == 1); // matched by fingerprint
  CHECK(auditCount(group, "merge") == 2);

  const auto again = group.mergeAll(both);
  CHECK_FALSE(again.total.changedAnything());
  CHECK(again.total.conflicts.empty());
  CHECK(again.files[0].unchanged + again.files[1].unchanged == again.total.unchanged);
  CHECK(group.annotationCount() == 5);
}

CONTRACT_TEST("mergeAll: a later package meets what an earlier one brought", "[merge][all]") {
  auto group = projectOn<TestType>("all-order-group");
  auto sanne = member<TestType>("all-order-sanne", "Sanne", 2, 10);
  const auto before = sanne.exportPackage();
  editNote(sanne, sanne.annotations().front().id, "later");
  const auto after = sanne.exportPackage();
  const std::vector<store::IncomingPackage> twice{{before, "old.json"}, {after, "new.json"}};
  const auto r = group.mergeAll(twice);
  CHECK(r.files[0].added == 3);
  CHECK(r.files[1].added == 0);
  CHECK(r.files[1].updated == 1);
  CHECK(group.annotation(sanne.annotations().front().id)->note == "later");
}

CONTRACT_TEST("mergeAll: one refused package and nothing is merged", "[merge][all][errors]") {
  auto group = projectOn<TestType>("all-bad-group");
  const auto sanne = member<TestType>("all-bad-sanne", "Sanne", 3, 10).exportPackage();
  auto bram = member<TestType>("all-bad-bram", "Bram", 2, 30).exportPackage();
  bram.annotations.back().value.element = "nope";
  const auto before = snapshot(group);
  const std::vector<store::IncomingPackage> both{{sanne, "sanne.spiegel"}, {bram, "bram.spiegel"}};
  try {
    (void)group.mergeAll(both);
    FAIL("a package with an unknown element was merged");
  } catch (const store::StoreError &e) {
    CHECK(e.code() == ErrorCode::BadValue);
    CHECK(e.file() == "bram.spiegel");
    CHECK(e.field() == "annotations[1].element");
  }
  CHECK(snapshot(group) == before);
  CHECK(group.mergeAll({}).files.empty()); // nothing to merge writes nothing, not even an audit entry
  CHECK(snapshot(group) == before);
}
