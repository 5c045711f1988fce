#include "demo/demo_project.hpp"

#include "common/assets.hpp"
#include "demo/demo_consent.hpp"
#include "demo/demo_recall.hpp"
#include "viewmodels/consent_model.hpp"

#include "spiegel/media/background.hpp"
#include "spiegel/store/codebook_json.hpp"
#include "spiegel/store/project.hpp"
#include "spiegel/store/uuid.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <string_view>
#include <vector>

namespace spiegel::app::demo {
namespace fs = std::filesystem;

using annotate::Micros;
using annotate::Valence;

namespace {

// Lines of the demo script (app/src/demo/demo_script.cpp) the tags point
// at; positions are line / kLines of the duration, so they land near the
// spoken line whatever the exact synthesis timing.
constexpr double kLines = 38.0;
enum Rev { Sanne = 0, Joost = 1 };

struct DemoTag {
  Rev reviewer;
  double line;      // where the tag starts (0-based script line, fractions allowed)
  double spanLines; // 0: a point
  const char *element;
  bool negative;
  const char *indicator; // nullptr: a free tag (key 1–4 without an indicator)
  const char *who;       // participants by letter: H hulpverlener, M moeder, V vader, J jeugdige
  const char *note;
};

// Written for the demo: what a trainee and a trainer might notice.
const DemoTag kTags[] = {
    {Sanne, 1.2, 0, "engagement", false, nullptr, "M", "Moeder doet mee, maar twijfelt (\"denk ik\")."},
    {Sanne, 3.1, 0, "engagement", true, "engagement.minus.indifferent", "J", "Daan houdt het kort."},
    {Joost, 3.2, 0, "bond", true, "bond.minus.withholds_response", "J", "Kort antwoord, kijkt weg."},
    {Sanne, 5.1, 0, "engagement", false, "engagement.plus.raises_problem", "M", ""},
    {Joost, 6.0, 1.0, "system", true, "system.minus.blame", "VJ",
     "Telefoonruzie: vader en Daan wijzen naar elkaar."},
    {Sanne, 6.2, 0, "engagement", false, "engagement.plus.raises_problem", "V", "Vader benoemt de ruzie."},
    {Sanne, 10.1, 0, "engagement", true, "engagement.minus.indifferent", "J", "\"Weet ik niet.\""},
    {Joost, 11.0, 2.0, "bond", false, "bond.plus.feels_understood", "J",
     "Reflectie van de hulpverlener landt: \"Ja. Zoiets.\""},
    {Sanne, 12.1, 0, "bond", false, nullptr, "J", "Daan voelt zich begrepen?"},
    {Sanne, 14.0, 0, "system", true, "system.minus.blame", "VM", "Vader: \"jij controleert het nooit\"."},
    {Joost, 14.1, 2.0, "system", true, "system.minus.blame", "VM",
     "Verwijt over en weer; hier had ik eerder ingegrepen."},
    {Sanne, 15.2, 0, "safety", false, "safety.plus.vulnerable", "M",
     "Moeder laat zien dat ze er alleen voor staat."},
    {Joost, 15.3, 0, "safety", false, "safety.plus.vulnerable", "M", ""},
    {Joost, 16.1, 0, "safety", false, nullptr, "H", "Hulpverlener benoemt het proces: goed moment."},
    {Sanne, 19.1, 2.0, "system", false, "system.plus.validate_each_other", "MV",
     "Ouders erkennen het gedeelde doel."},
    {Joost, 19.2, 0, "system", false, "system.plus.validate_each_other", "MV", ""},
    {Sanne, 22.1, 0, "safety", false, "safety.plus.discloses", "J",
     "Koptelefoon op: Daan vertelt wat hij doet."},
    {Joost, 24.1, 0, "engagement", false, "engagement.plus.raises_problem", "J",
     "Daan brengt zelf iets in: \"het gaat steeds over mij\"."},
    {Sanne, 24.2, 0, "safety", false, nullptr, "J", ""},
    {Sanne, 26.0, 2.0, "system", false, "system.plus.shared_humour", "VJM", "De wasmachinegrap: even lucht."},
    {Joost, 26.1, 0, "system", false, "system.plus.shared_humour", "VJ", ""},
    {Sanne, 31.1, 0, "engagement", false, "engagement.plus.agrees_goals", "M",
     "Moeder wil iets kleins afspreken."},
    {Joost, 32.1, 0, "engagement", false, "engagement.plus.plans_change", "J",
     "Daan komt zelf met het plan."},
    {Joost, 33.0, 2.0, "system", false, "system.plus.compromise", "VM",
     "Compromis: half elf en geen gezeur."},
    {Sanne, 36.1, 0, "engagement", true, "engagement.minus.indifferent", "J", "\"Mag ik nu gaan?\""},
    {Joost, 36.2, 0, "engagement", true, nullptr, "J", "Wil weg, maar deed wel mee."},
};

struct DemoRating {
  Rev reviewer;
  int who; // participant index (1 moeder, 2 vader, 3 jeugdige), or -1 for the family
  const char *element;
  int value;
  const char *rationale;
};

const DemoRating kRatings[] = {
    {Sanne, 1, "engagement", 2, "Brengt problemen in en wil afspraken maken."},
    {Sanne, 2, "engagement", 1, ""},
    // Breaks the rule "only negative indicators → rating below 0" on purpose.
    {Sanne, 3, "engagement", 0, "Hij zat er wel bij."},
    {Sanne, 1, "safety", 2, ""},
    {Sanne, -1, "system", 1, "Eerst verwijten, daarna samen lachen en erkennen."},
    {Joost, 1, "engagement", 2, ""},
    {Joost, 2, "engagement", 1, ""},
    {Joost, 3, "engagement", 1, "Negatief begin, maar komt zelf met het plan."},
    {Joost, 3, "bond", 1, ""},
    {Joost, -1, "system", 1, ""},
};

void removeProjectFiles(const fs::path &path) {
  std::error_code ec;
  for (const char *suffix : {"", "-wal", "-shm", "-journal"})
    fs::remove(path.string() + suffix, ec);
}

} // namespace

std::string createDemoProject(const std::string &dir, const std::string &recordingPath, Micros duration,
                              const std::vector<Micros> &lineStarts) {
  const fs::path path = fs::path(dir) / "demo.spiegel";
  removeProjectFiles(path);
  store::NewProject init;
  init.title = "Demo: gesprek over de telefoon";
  init.codebook = store::loadCodebook(defaultCodebookFile());
  init.actor = "spiegel demo";
  auto p = store::Project::create(path.string(), init);

  store::Recording rec;
  std::error_code ec;
  rec.path = fs::absolute(recordingPath, ec).lexically_normal().string();
  if (fs::is_regular_file(recordingPath, ec))
    rec.fingerprint = media::fingerprint(recordingPath);
  rec.duration = duration;
  rec.title = "demo";
  rec = p.addRecording(rec);

  std::vector<annotate::Uuid> people;
  for (const char *role : {"hulpverlener", "moeder", "vader", "jeugdige"}) {
    annotate::Participant part;
    part.role = role;
    part.kind = std::string(role) == "hulpverlener" ? annotate::ParticipantKind::Professional
                                                    : annotate::ParticipantKind::FamilyMember;
    static constexpr const char *kColours[] = {"#999999", "#e69f00", "#56b4e9", "#009e73"};
    part.colour = kColours[people.size()];
    people.push_back(p.saveParticipant(part).id);
  }
  // Two people of their own, each with a profile UUID nobody else has: a
  // newcomer who types "Sanne" becomes a third reviewer, not this Sanne.
  const auto person = [&](const char *name, annotate::ReviewerRole role, const char *colour) {
    const auto profile = store::newUuid();
    return p.saveReviewer({.id = profile, .name = name, .profile = profile, .role = role, .colour = colour});
  };
  const annotate::Reviewer sanne = person("Sanne", annotate::ReviewerRole::Trainee, "#cc79a7");
  const annotate::Reviewer joost = person("Joost", annotate::ReviewerRole::Trainer, "#0072b2");
  const auto reviewerId = [&](Rev r) { return r == Sanne ? sanne.id : joost.id; };
  const bool onCues = lineStarts.size() >= static_cast<std::size_t>(kLines);
  const auto at = [&](double line) -> Micros {
    if (!onCues)
      return static_cast<Micros>(std::llround(line / kLines * static_cast<double>(duration)));
    // Between the start of this line and the next one (or the end).
    const auto i = static_cast<std::size_t>(line);
    const Micros from = lineStarts[i];
    const Micros to = i + 1 < lineStarts.size() ? lineStarts[i + 1] : duration;
    return std::min<Micros>(
        duration, from + std::llround((line - static_cast<double>(i)) * static_cast<double>(to - from)));
  };

  std::vector<annotate::Annotation> tags;
  for (const auto &t : kTags) {
    annotate::Annotation a;
    a.recording = rec.id;
    a.reviewer = reviewerId(t.reviewer);
    a.start = at(t.line);
    a.end = t.spanLines > 0 ? std::min(duration, at(t.line + t.spanLines)) : a.start;
    a.element = t.element;
    if (t.indicator != nullptr)
      a.indicator = t.indicator;
    a.valence = t.negative ? Valence::Negative : Valence::Positive;
    for (const char *c = t.who; *c != '\0'; ++c)
      a.participants.push_back(people[static_cast<std::size_t>(std::string_view("HMVJ").find(*c))]);
    a.note = t.note;
    tags.push_back(std::move(a));
  }
  p.addAnnotations(std::move(tags));

  for (const auto &r : kRatings) {
    annotate::Rating rating;
    rating.recording = rec.id;
    rating.reviewer = reviewerId(r.reviewer);
    rating.subject =
        r.who < 0 ? std::string(annotate::kFamilySubject) : people[static_cast<std::size_t>(r.who)];
    rating.element = r.element;
    rating.value = r.value;
    rating.rationale = r.rationale;
    p.setRating(rating);
  }
  const auto today = viewmodels::localToday();
  addDemoConsent(p, rec, {people[0], people[1], people[2], people[3]}, today);
  addDemoRecall(p, rec, joost.id, annotate::addDays(today, -14)); // recorded 14 days ago (demo_consent.hpp)
  return path.string();
}

} // namespace spiegel::app::demo
