// Retention from consented purposes (annotate/retention.hpp): working
// material at most the organisation's months, teaching at most 5 years,
// research by its protocol, nothing consented nothing suggested.
#include "spiegel/annotate/retention.hpp"

#include <catch2/catch.hpp>

using namespace spiegel::annotate;

namespace {

CivilDate day(const char *text) { return *parseCivilDate(text); }

struct Adults {
  std::vector<Participant> people;
  std::vector<Consent> consents;
  Adults() {
    for (const char *id : {"mum", "worker"}) {
      Participant p;
      p.id = id;
      p.role = id == std::string("mum") ? "moeder" : "hulpverlener";
      p.kind = id == std::string("mum") ? ParticipantKind::FamilyMember : ParticipantKind::Professional;
      people.push_back(p);
    }
  }
  void give(Purpose purpose, const char *who = nullptr) {
    for (const auto &p : people) {
      if (who != nullptr && p.id != who)
        continue;
      Consent c;
      c.id = "c" + std::to_string(consents.size());
      c.recording = "rec";
      c.person = c.party = p.id;
      c.purpose = purpose;
      c.givenOn = "2026-03-10";
      consents.push_back(c);
    }
  }
  RetentionAdvice advise(int months = 12) const {
    ConsentFacts f{.people = people, .consents = consents, .recording = "rec", .recordedOn = day("2026-03-10")};
    return adviseRetention(f, day("2026-03-10"), {.workingMonths = months});
  }
};

} // namespace

TEST_CASE("retention: nothing consented suggests no day") {
  Adults a;
  const auto advice = a.advise();
  CHECK_FALSE(advice.latest);
  CHECK_FALSE(advice.research);
}

TEST_CASE("retention: supervision is kept at most the organisation's months") {
  Adults a;
  a.give(Purpose::Supervision);
  CHECK(a.advise().latest == day("2027-03-10"));
  CHECK(a.advise(6).latest == day("2026-09-10"));
  CHECK(a.advise().longest == Purpose::Supervision);
}

TEST_CASE("retention: teaching allows 5 years, and wins over supervision") {
  Adults a;
  a.give(Purpose::Supervision);
  a.give(Purpose::Teaching);
  const auto advice = a.advise();
  CHECK(advice.latest == day("2031-03-10"));
  CHECK(advice.longest == Purpose::Teaching);
}

TEST_CASE("retention: a purpose only one person consented to does not count") {
  Adults a;
  a.give(Purpose::Supervision);
  a.give(Purpose::Teaching, "worker");
  CHECK(a.advise().latest == day("2027-03-10"));
}

TEST_CASE("retention: research goes by its protocol") {
  Adults a;
  a.give(Purpose::Research);
  const auto advice = a.advise();
  CHECK_FALSE(advice.latest);
  CHECK(advice.research);
}
