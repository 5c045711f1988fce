// The reflection record (issue #14 §3): what buildReflectionRecord reads
// from a project, and that the HTML page and the PDF say it without naming
// the family.
#include "workspace_fixture.hpp"

#include "common/assets.hpp"
#include "common/html_text.hpp"
#include "common/reflection_record.hpp"

#include "spiegel/store/codebook_json.hpp"

#include <algorithm>

using namespace spiegel;
using namespace spiegel::test;

namespace {

// Aliases a user might type; none may reach the record.
constexpr const char *kAliases[] = {"Ingrid", "Daantje", "Noor"};

struct Fixture {
  fs::path dir, recordingFile;
  std::string path;
  annotate::Uuid rec, early, later, open;
  std::vector<annotate::Uuid> tags;
};

annotate::RecallSession session(const annotate::Uuid &rec, const annotate::Uuid &by, std::string title,
                                std::string heldOn, int minutes) {
  annotate::RecallSession s;
  s.recording = rec;
  s.createdBy = by;
  s.title = std::move(title);
  s.heldOn = std::move(heldOn);
  s.minutes = minutes;
  return s;
}

// A project on the tiny 4-second recording: a mother, two young people and
// a professional (all with aliases), Joost's two tags, and three sessions
// stored out of day order: "Later" (held 2026-03-10, 30 min), "Early"
// (held 2026-03-03, 45 min, two moments ranked against their time, three
// pauses) and "Open" (prepared, not held).
Fixture makeProject(const std::string &name) {
  Fixture f;
  f.dir = scratch(name);
  f.recordingFile = recording(f.dir);
  f.path = (f.dir / "record.spiegel").string();
  store::NewProject init;
  init.title = "Record test";
  init.codebook = store::loadCodebook(defaultCodebookFile());
  init.actor = "test";
  auto p = store::Project::create(f.path, init);
  store::Recording r;
  r.path = f.recordingFile.string();
  r.duration = 4 * kSecond;
  r.title = "opname";
  r.recordedOn = "2026-03-02";
  f.rec = p.addRecording(r).id;
  const std::pair<const char *, const char *> people[] = {
      {"moeder", kAliases[0]}, {"jeugdige", kAliases[1]}, {"jeugdige", kAliases[2]}, {"hulpverlener", "Sanne"}};
  for (const auto &[role, alias] : people) {
    annotate::Participant part;
    part.role = role;
    part.alias = alias;
    part.colour = "#999999";
    p.saveParticipant(part);
  }
  const auto joost = p.saveReviewer({.id = "profile-joost", .name = "Joost", .profile = "profile-joost",
                                     .role = annotate::ReviewerRole::Trainer, .colour = "#0072b2"});
  std::vector<annotate::Annotation> tags(2);
  tags[0].start = tags[0].end = 1 * kSecond;
  tags[0].element = "engagement";
  tags[1].start = 2 * kSecond;
  tags[1].end = 3 * kSecond;
  tags[1].element = "safety";
  for (auto &t : tags) {
    t.recording = f.rec;
    t.reviewer = joost.id;
    t.note = std::string("Note about ") + kAliases[1]; // tag notes are not part of the record
  }
  for (const auto &t : p.addAnnotations(tags))
    f.tags.push_back(t.id);

  f.later = p.saveRecallSession(session(f.rec, joost.id, "Later", "2026-03-10", 30)).id;
  auto early = session(f.rec, joost.id, "Early", "2026-03-03", 45);
  early.lessons = "Eerst het proces benoemen.";
  early.technical = "Techniek";
  early.normative = "Normen";
  early.personal = "Persoonlijk";
  f.early = p.saveRecallSession(early).id;
  f.open = p.saveRecallSession(session(f.rec, joost.id, "Open", "", 0)).id;

  // The span is played first (rank 1), the point second (rank 2).
  std::vector<annotate::RecallMoment> moments(2);
  moments[0].tag = f.tags[0];
  moments[0].start = moments[0].end = 1 * kSecond;
  moments[0].rank = 2;
  moments[0].prompt = "What did you want them to know?";
  moments[1].tag = f.tags[1];
  moments[1].kind = annotate::MomentKind::Micro;
  moments[1].start = 2 * kSecond;
  moments[1].end = 3 * kSecond;
  moments[1].rank = 1;
  std::vector<annotate::Uuid> ids;
  for (auto &m : moments) {
    m.session = f.early;
    ids.push_back(p.saveRecallMoment(m).id);
  }
  const auto pause = [&](const annotate::Uuid &moment, annotate::Micros at, annotate::PausedBy by,
                         std::string answer) {
    annotate::RecallPause x;
    x.session = f.early;
    x.moment = moment;
    x.at = at;
    x.by = by;
    x.prompt = "What went on in you?";
    x.answer = std::move(answer);
    p.saveRecallPause(x);
  };
  pause(ids[1], 3 * kSecond, annotate::PausedBy::Auto, "I felt the tension rise.");
  pause(ids[0], 1 * kSecond, annotate::PausedBy::Inquirer, "");
  pause("", 3'500'000, annotate::PausedBy::Recaller, "Between the moments.");
  return f;
}

bool contains(const std::string &text, const std::string &part) { return text.find(part) != std::string::npos; }

// The /Count of the PDF's page tree (Cairo writes one, uncompressed).
int pageCount(const std::string &pdf) {
  const auto at = pdf.find("/Count ");
  return at == std::string::npos ? -1 : std::stoi(pdf.substr(at + 7));
}

} // namespace

TEST_CASE("reflection record: a series in day order, hours of the held sessions, days since the recording") {
  const auto f = makeProject("record_series");
  const auto p = store::Project::open(f.path, {.readOnly = true});
  const auto built = buildReflectionRecord(p, std::nullopt, "2026-03-12");
  REQUIRE(built.problem == RecordProblem::None);
  const auto &r = built.record;
  CHECK(r.series());
  CHECK(r.writtenOn == "2026-03-12");
  REQUIRE(r.sessions.size() == 3);
  CHECK(r.sessions[0].title == "Early");
  CHECK(r.sessions[1].title == "Later");
  CHECK(r.sessions[2].title == "Open"); // not held yet: last
  CHECK(r.totalMinutes == 75);
  CHECK(r.held == 2);
  CHECK(r.sessions[0].delayDays == 1);
  CHECK(r.sessions[1].delayDays == 8);
  CHECK_FALSE(r.sessions[2].delayDays.has_value());
  CHECK(r.sessions[0].recordedOn == "2026-03-02");
  CHECK(r.sessions[0].inquirer == "Joost");
  CHECK(r.sessions[0].recordingState == RecordingState::Available);

  // Moments in playing order (rank), each with its own pauses; the pause
  // between moments kept apart.
  const auto &early = r.sessions[0];
  REQUIRE(early.moments.size() == 2);
  CHECK(early.moments[0].number == 1);
  CHECK(early.moments[0].start == 2 * kSecond);
  CHECK(early.moments[0].kind == annotate::MomentKind::Micro);
  CHECK(early.moments[0].time == "00:02.000 \xE2\x80\x93 00:03.000");
  CHECK(early.moments[0].element == "Safety");
  CHECK(early.moments[1].time == "00:01.000");
  CHECK(early.moments[1].prompt == "What did you want them to know?");
  REQUIRE(early.moments[0].pauses.size() == 1);
  CHECK(early.moments[0].pauses[0].answer == "I felt the tension rise.");
  CHECK(early.moments[0].pauses[0].by == annotate::PausedBy::Auto);
  REQUIRE(early.moments[1].pauses.size() == 1);
  CHECK(early.moments[1].pauses[0].by == annotate::PausedBy::Inquirer);
  REQUIRE(early.loosePauses.size() == 1);
  CHECK(early.loosePauses[0].time == "00:03.500");

  // Participants by role only, each role once with its count.
  CHECK(early.participants == std::vector<std::string>{"mother", "2 \xC3\x97 young person", "professional"});
}

TEST_CASE("reflection record: no alias of anyone in the recording reaches the page, in either language") {
  const auto f = makeProject("record_roles");
  const auto p = store::Project::open(f.path, {.readOnly = true});
  for (const auto lang : {Lang::En, Lang::Nl}) {
    setLanguage(lang);
    const auto built = buildReflectionRecord(p, std::nullopt, "2026-03-12");
    REQUIRE(built.problem == RecordProblem::None);
    const auto html = htmlRecord(built.record, makeStills(built.record));
    for (const char *alias : kAliases) {
      INFO(alias);
      CHECK_FALSE(contains(html, alias));
    }
    CHECK_FALSE(contains(html, "Sanne")); // the professional in the recording is a role too
    if (lang == Lang::Nl) {
      CHECK(contains(html, "<html lang=\"nl\">"));
      CHECK(contains(html, "moeder, 2 \xC3\x97 jeugdige, hulpverlener"));
      CHECK(contains(html, "75 minuten (1,25 uur)"));
      CHECK(contains(html, "Technisch-instrumenteel"));
      CHECK(contains(html, "nog niet gehouden"));
    } else {
      CHECK(contains(html, "mother, 2 \xC3\x97 young person, professional"));
      CHECK(contains(html, "75 minutes (1.25 hours)"));
      CHECK(contains(html, "Technical-instrumental"));
      CHECK(contains(html, "I felt the tension rise."));
    }
  }
  setLanguage(Lang::En);
}

TEST_CASE("reflection record: one session, an unknown one, none at all") {
  const auto f = makeProject("record_one");
  const auto p = store::Project::open(f.path, {.readOnly = true});
  const auto one = buildReflectionRecord(p, f.later, "2026-03-12");
  REQUIRE(one.problem == RecordProblem::None);
  CHECK_FALSE(one.record.series());
  REQUIRE(one.record.sessions.size() == 1);
  CHECK(one.record.sessions[0].id == f.later);
  CHECK(one.record.totalMinutes == 30);
  CHECK(contains(htmlRecord(one.record, {}), "No moments were chosen."));

  const auto unknown = buildReflectionRecord(p, std::string("no-such-session"), "2026-03-12");
  CHECK(unknown.problem == RecordProblem::UnknownSession);
  CHECK(unknown.record.sessions.empty());

  const auto dir = scratch("record_none");
  store::NewProject init;
  init.title = "Empty";
  init.codebook = store::loadCodebook(defaultCodebookFile());
  init.actor = "test";
  const auto empty = store::Project::create((dir / "empty.spiegel").string(), init);
  CHECK(buildReflectionRecord(empty, std::nullopt, "2026-03-12").problem == RecordProblem::NoSessions);
}

TEST_CASE("reflection record: a recording that is not where it was gives moments without stills, said once") {
  const auto f = makeProject("record_missing");
  {
    const auto p = store::Project::open(f.path, {.readOnly = true});
    const auto built = buildReflectionRecord(p, f.early, "2026-03-12");
    const auto stills = makeStills(built.record);
    CHECK(stills.byMoment.size() == 2); // both moments lie inside the 4 s
    CHECK(stills.problems.empty());
    for (const auto &[id, still] : stills.byMoment) {
      CHECK(still.image.width <= 320);
      REQUIRE(still.jpeg.size() > 2);
      CHECK(static_cast<unsigned char>(still.jpeg[0]) == 0xFF); // JPEG's start-of-image marker
      CHECK(static_cast<unsigned char>(still.jpeg[1]) == 0xD8);
    }
    const auto html = htmlRecord(built.record, stills);
    CHECK(contains(html, "<img src=\"data:image/jpeg;base64,/9j/"));
    CHECK_FALSE(contains(html, "without stills"));
  }
  fs::remove(f.recordingFile);
  const auto p = store::Project::open(f.path, {.readOnly = true});
  const auto built = buildReflectionRecord(p, f.early, "2026-03-12");
  REQUIRE(built.record.sessions.size() == 1);
  CHECK(built.record.sessions[0].recordingState == RecordingState::Missing);
  CHECK(built.record.sessions[0].recordingPath.empty());
  const auto stills = makeStills(built.record);
  CHECK(stills.byMoment.empty());
  const auto html = htmlRecord(built.record, stills);
  CHECK(contains(html, "The recording was not found where it was, so the moments are shown without stills."));
  CHECK_FALSE(contains(html, "<img"));
  CHECK(contains(html, "Moment 2")); // the moments are there all the same
}

TEST_CASE("reflection record: every piece of user text is escaped in the HTML page") {
  ReflectionRecord r;
  r.writtenOn = "2026-03-12";
  RecordSession s;
  s.id = "s1";
  s.title = "<script>alert(1)</script> & \"co\"";
  s.heldOn = "2026-03-03";
  s.minutes = 60;
  s.lessons = "a < b > c";
  s.participants = {"oma & opa"};
  RecordMoment m;
  m.id = "m1";
  m.number = 1;
  m.time = "00:01.000";
  m.prompt = "<i>prompt</i>";
  m.pauses.push_back({.by = annotate::PausedBy::Recaller, .at = 0, .time = "00:01.000", .prompt = "",
                      .answer = "</dd><b>answer</b>", .forLater = "", .spoken = true});
  s.moments.push_back(m);
  r.sessions.push_back(s);
  r.totalMinutes = 60;
  r.held = 1;
  const auto html = htmlRecord(r, {});
  CHECK_FALSE(contains(html, "<script>"));
  CHECK_FALSE(contains(html, "<i>prompt"));
  CHECK_FALSE(contains(html, "<b>answer"));
  CHECK(contains(html, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;co&quot;"));
  CHECK(contains(html, "a &lt; b &gt; c"));
  CHECK(contains(html, "oma &amp; opa"));
  CHECK(contains(html, "&lt;/dd&gt;&lt;b&gt;answer&lt;/b&gt;"));
  CHECK(contains(html, "kept with the project, not in this record")); // a spoken answer is not in the page
  CHECK(contains(html, "60 minutes (1 hour)"));

  CHECK(htmlEscape("\"<&>\"") == "&quot;&lt;&amp;&gt;&quot;");
  CHECK(htmlEscape("één") == "één"); // UTF-8 passes through
  CHECK(base64("") == "");
  CHECK(base64("f") == "Zg==");
  CHECK(base64("fo") == "Zm8=");
  CHECK(base64("foo") == "Zm9v");
  CHECK(base64("foobar") == "Zm9vYmFy");
  CHECK(base64("\xFF\xFE") == "//4=");
}

TEST_CASE("reflection record: the PDF is an A4 document with the stills, longer records on more pages") {
  const auto f = makeProject("record_pdf");
  const auto p = store::Project::open(f.path, {.readOnly = true});
  auto built = buildReflectionRecord(p, std::nullopt, "2026-03-12");
  REQUIRE(built.problem == RecordProblem::None);
  const auto stills = makeStills(built.record);
  const auto pdf = pdfRecord(built.record, stills);
  REQUIRE(pdf.size() > 1000);
  CHECK(pdf.starts_with("%PDF-"));
  CHECK(contains(pdf.substr(pdf.size() - 32), "%%EOF"));
  CHECK(contains(pdf, "/MediaBox [ 0 0 595.27"));
  CHECK(contains(pdf, "841.8"));
  CHECK(contains(pdf, "/DCTDecode")); // the stills as JPEG
  CHECK(pageCount(pdf) >= 3);         // each session of the series on a page of its own

  // Thirty moments with long answers run over many pages and still make
  // one well-formed document; each session is then alone.
  auto &s = built.record.sessions[0];
  for (int i = 0; i < 30; ++i) {
    RecordMoment m = s.moments[0];
    m.id = "extra-" + std::to_string(i);
    m.number = 3 + i;
    m.pauses[0].answer = std::string(600, 'x') + " Een één ideeën";
    s.moments.push_back(m);
  }
  const auto longer = pdfRecord(built.record, stills);
  CHECK(longer.starts_with("%PDF-"));
  CHECK(pageCount(longer) > 5);
}
