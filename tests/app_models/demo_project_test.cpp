#include "workspace_fixture.hpp"

#include "demo/demo_project.hpp"
#include "viewmodels/ratings_model.hpp"

#include "spiegel/media/background.hpp"
#include "spiegel/store/project.hpp"

#include <set>

using namespace spiegel;
using namespace spiegel::test;

TEST_CASE("demo project: participants, two reviewers, tags of both, ratings with one rule warning") {
  const auto dir = scratch("demo");
  const auto rec = recording(dir, "demo.mp4");
  constexpr annotate::Micros kThreeMinutes = 180 * kSecond;
  const auto path = createDemoProject(dir.string(), rec.string(), kThreeMinutes);
  CHECK(path == (dir / "demo.spiegel").string());

  auto p = store::Project::open(path, {.readOnly = true});
  CHECK(p.integrityOk());
  REQUIRE(p.recordings().size() == 1);
  CHECK(p.recordings()[0].duration == kThreeMinutes);
  CHECK(p.recordings()[0].fingerprint == media::fingerprint(rec.string()));
  std::vector<std::string> roles;
  for (const auto &x : p.participants())
    roles.push_back(x.role);
  CHECK(roles == std::vector<std::string>{"hulpverlener", "moeder", "vader", "jeugdige"});
  CHECK(p.participants()[0].kind == annotate::ParticipantKind::Professional);
  REQUIRE(p.reviewers().size() == 2);
  CHECK(p.reviewers()[0].name == "Sanne");
  CHECK(p.reviewers()[0].role == annotate::ReviewerRole::Trainee);
  CHECK(p.reviewers()[1].name == "Joost");
  CHECK(p.reviewers()[1].role == annotate::ReviewerRole::Trainer);

  const auto tags = p.annotations();
  CHECK(tags.size() >= 20);
  CHECK(tags.size() <= 30);
  std::set<std::string> elements, reviewers;
  int negative = 0, spans = 0, free = 0, withNotes = 0;
  for (const auto &a : tags) {
    elements.insert(a.element);
    reviewers.insert(a.reviewer);
    negative += a.valence == annotate::Valence::Negative;
    spans += !a.isPoint();
    free += !a.indicator.has_value();
    withNotes += !a.note.empty();
    CHECK(a.start >= 0);
    CHECK(a.end <= kThreeMinutes);
    CHECK_FALSE(a.participants.empty());
  }
  CHECK(elements.size() == 4);
  CHECK(reviewers.size() == 2);
  CHECK(negative >= 5);
  CHECK(spans >= 3);
  CHECK(free >= 3);
  CHECK(withNotes >= 15);
  CHECK(tags.back().start > 150 * kSecond); // spread over the whole conversation
  CHECK(tags.front().start < 10 * kSecond);
  CHECK(p.ratings().size() >= 6);

  // Opened as Sanne — her own profile, as on her laptop — the ratings grid
  // shows the deliberate rule warning. Each demo reviewer has a profile of
  // their own: typing "Sanne" would make someone else.
  Identity demoSanne;
  for (const auto &r : p.reviewers()) {
    CHECK_FALSE(r.profile.empty());
    if (r.name == "Sanne")
      demoSanne = {r.name, r.role, r.profile};
  }
  REQUIRE_FALSE(demoSanne.id.empty());
  {
    auto typed = Workspace::openProject(path, Identity{"Sanne", annotate::ReviewerRole::Trainee, "someone-else"});
    REQUIRE(typed);
    CHECK_FALSE((*typed.value)->currentReviewerId().has_value());
  }
  auto opened = Workspace::openProject(path, demoSanne);
  REQUIRE(opened);
  auto &ws = **opened.value;
  CHECK_FALSE(ws.recordingMissing());
  RatingsModel model;
  model.refresh(ws);
  REQUIRE(model.allWarnings().size() == 1);
  const auto young = ws.participants()[3].id;
  REQUIRE(model.cell(young, "engagement") != nullptr);
  CHECK(model.cell(young, "engagement")->warnings.size() == 1);
  CHECK(model.cell(young, "engagement")->value == 0);
  REQUIRE_FALSE(model.spreads().empty());

  // Made again: replaced, not refused.
  CHECK(createDemoProject(dir.string(), rec.string(), kThreeMinutes) == path);
}

TEST_CASE("demo project: tags land on the spoken lines when the cue starts are given") {
  const auto dir = scratch("demo_cues");
  const auto rec = recording(dir, "demo.mp4");
  constexpr annotate::Micros kDuration = 200 * kSecond;
  // 38 script lines, 5 s apart, starting at 4 s.
  std::vector<annotate::Micros> starts;
  for (int i = 0; i < 38; ++i)
    starts.push_back(4 * kSecond + i * 5 * kSecond);
  const auto path = createDemoProject(dir.string(), rec.string(), kDuration, starts);
  const auto tags = store::Project::open(path, {.readOnly = true}).annotations();
  REQUIRE_FALSE(tags.empty());
  // The first tag is 0.2 into line 1 ("Ja hoor … Denk ik."), the last 0.2 into line 36.
  CHECK(tags.front().start == starts[1] + kSecond);
  CHECK(tags.front().note.find("denk ik") != std::string::npos);
  CHECK(tags.back().start >= starts[36]);
  CHECK(tags.back().start < starts[37]);
  // A span of two lines ends where line 13 starts (the Joost tag from line 11).
  bool found = false;
  for (const auto &a : tags)
    if (a.start == starts[11] && a.end == starts[13])
      found = true;
  CHECK(found);
}
