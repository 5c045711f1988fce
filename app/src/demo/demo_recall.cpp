#include "demo/demo_recall.hpp"

#include "spiegel/annotate/recall.hpp"

#include <algorithm>
#include <string_view>
#include <vector>

namespace spiegel::app::demo {
namespace {

using annotate::PausedBy;

// A moment to make from the demo tag whose note starts with `note` (the
// notes are the demo's own, demo_project.cpp), with the lead prepared for it.
struct DemoMoment {
  std::string_view note;
  const char *prompt;
};

// A pause: on the moment with index `moment` (-1: between moments, at
// `offset` after the previous moment), by whom, what was asked and said.
struct DemoPause {
  int moment;
  PausedBy by;
  annotate::Micros offset; // after the moment's pause point
  const char *prompt, *answer, *forLater;
};

// Written for the demo: what a trainee might say when she watches herself
// back with her supervisor. No family member is named.
const DemoMoment kHeldMoments[] = {
    {"Telefoonruzie", "Wat ging er op dat moment in je om?"},
    {"\"Weet ik niet.\"", "Wat wilde je dat de jongere op dat moment wist?"},
    {"Moeder laat zien", "Wat zag je bij moeder gebeuren?"},
};

const DemoPause kHeldPauses[] = {
    {0, PausedBy::Auto, 0, "Wat ging er op dat moment in je om?",
     "Ik voelde de spanning oplopen en wilde het gesprek redden. Ik dacht: als ik nu niets zeg, loopt het uit de "
     "hand, maar ik wist niet wie ik als eerste moest aanspreken.",
     "Misschien eerst het proces benoemen in plaats van de inhoud."},
    {1, PausedBy::Auto, 0, "Wat wilde je dat de jongere op dat moment wist?",
     "Dat hij niet op het matje werd geroepen. Ik las zijn korte antwoord als desinteresse, terwijl hij misschien "
     "gewoon niet wist wat hij moest zeggen.",
     ""},
    {-1, PausedBy::Recaller, 9'000'000, "",
     "Hier zie ik dat ik vooral naar vader kijk; moeder valt een hele tijd buiten het gesprek.", ""},
    {2, PausedBy::Inquirer, 1'500'000, "Wat zag je bij moeder gebeuren?",
     "Ze werd stil en keek naar beneden. Ik besloot haar gevoel te benoemen, en dat voelde spannend: het kon ook "
     "te dichtbij komen. Eén zin was genoeg.",
     "Twee ideeën om in de volgende supervisie op terug te komen: tempo en oogcontact."},
};

const DemoMoment kPreparedMoments[] = {
    {"Daan komt zelf", "Wat zien jullie gebeuren, zonder het te duiden?"},
    {"Compromis", "Wat deed de hulpverlener vlak voor dit moment?"},
};

const annotate::Annotation *tagWithNote(const std::vector<annotate::Annotation> &tags, std::string_view note) {
  const auto it = std::find_if(tags.begin(), tags.end(),
                               [&](const annotate::Annotation &a) { return a.note.starts_with(note); });
  return it == tags.end() ? nullptr : &*it;
}

std::vector<annotate::RecallMoment> addMoments(store::Project &p, const annotate::Uuid &session,
                                               const std::vector<annotate::Annotation> &tags,
                                               std::span<const DemoMoment> wanted) {
  std::vector<annotate::RecallMoment> out;
  for (const auto &w : wanted) {
    const auto *tag = tagWithNote(tags, w.note);
    if (tag == nullptr)
      continue; // the demo's tags changed: fewer moments, never a wrong one
    annotate::RecallMoment m;
    m.session = session;
    m.rank = static_cast<double>(out.size() + 1);
    m.kind = tag->isPoint() || tag->end - tag->start > annotate::kMicroMomentMax ? annotate::MomentKind::Tag
                                                                                : annotate::MomentKind::Micro;
    m.tag = tag->id;
    m.start = tag->start;
    m.end = tag->end;
    m.prompt = w.prompt;
    out.push_back(p.saveRecallMoment(m));
  }
  return out;
}

} // namespace

void addDemoRecall(store::Project &p, const store::Recording &rec, const annotate::Uuid &inquirer,
                   annotate::CivilDate recordedOn) {
  const auto tags = p.annotations();

  annotate::RecallSession held;
  held.recording = rec.id;
  held.title = "Terugkijken: de telefoonruzie";
  held.purpose = annotate::Purpose::Supervision;
  held.createdBy = inquirer;
  held.heldOn = annotate::formatCivilDate(annotate::addDays(recordedOn, 1));
  held.minutes = 45;
  held.lessons = "Bij verwijten over en weer eerst benoemen wat er gebeurt (\"ik zie dat jullie allebei boos "
                 "worden\"), en pas daarna op de inhoud ingaan. Een kort antwoord van de jongere niet meteen als "
                 "desinteresse lezen.";
  held.technical = "Ik heb geoefend met het benoemen van het proces en met een reflectie die bij de jongere "
                   "aankwam. Bij oplopende spanning wil ik eerder en rustiger ingrijpen.";
  held.normative = "Ik wil elk gezinslid een even veilige plek geven. Ik merkte dat ik vader meer ruimte gaf dan "
                   "moeder; dat past niet bij meervoudig alliëren.";
  held.personal = "Spanning tussen ouders maakt mij gehaast. In de supervisie wil ik verder kijken naar hoe ik "
                  "dan rustig blijf en mijn eigen tempo houd.";
  held = p.saveRecallSession(held);
  const auto moments = addMoments(p, held.id, tags, kHeldMoments);
  annotate::Micros last = 0;
  for (const auto &dp : kHeldPauses) {
    annotate::RecallPause pause;
    pause.session = held.id;
    if (dp.moment >= 0) {
      if (static_cast<std::size_t>(dp.moment) >= moments.size())
        continue;
      const auto &m = moments[static_cast<std::size_t>(dp.moment)];
      pause.moment = m.id;
      last = m.end;
    }
    pause.at = std::min(last + dp.offset, rec.duration);
    pause.by = dp.by;
    pause.prompt = dp.prompt;
    pause.answer = dp.answer;
    pause.forLater = dp.forLater;
    p.saveRecallPause(pause);
  }

  annotate::RecallSession prepared;
  prepared.recording = rec.id;
  prepared.title = "Intervisie: samen een plan maken";
  prepared.purpose = annotate::Purpose::Intervision;
  prepared.createdBy = inquirer;
  prepared = p.saveRecallSession(prepared);
  (void)addMoments(p, prepared.id, tags, kPreparedMoments);
}

} // namespace spiegel::app::demo
