// The transcript beside a recording (app/src/common/transcript_file.cpp):
// which file is taken, that a missing one says nothing, and the sentence
// for a malformed one in both languages.
#include <catch2/catch.hpp>

#include "common/transcript_file.hpp"
#include "support/scratch.hpp"

#include <fstream>

using namespace spiegel;

namespace {
struct LanguageScope { // restores the language a test case changed
  app::Lang saved = app::language();
  explicit LanguageScope(app::Lang lang) { app::setLanguage(lang); }
  ~LanguageScope() { app::setLanguage(saved); }
};

void write(const std::filesystem::path &p, const std::string &text) { std::ofstream(p, std::ios::binary) << text; }

std::string cue(const std::string &text) { return "WEBVTT\n\n00:01.000 --> 00:02.000\n" + text + "\n"; }
} // namespace

TEST_CASE("transcript file: the user's language first, then the plain .vtt, then the other language") {
  CHECK(app::transcriptCandidates("/d/gesprek.2024.mp4", app::Lang::Nl) ==
        std::vector<std::string>{"/d/gesprek.2024.nl.vtt", "/d/gesprek.2024.vtt", "/d/gesprek.2024.en.vtt"});
  CHECK(app::transcriptCandidates("/d/a.mov", app::Lang::En) ==
        std::vector<std::string>{"/d/a.en.vtt", "/d/a.vtt", "/d/a.nl.vtt"});

  const LanguageScope en(app::Lang::En);
  const auto dir = test::support::scratchDir("app_models", "transcript_pick");
  const std::string rec = (dir / "demo.mp4").string();
  app::TranscriptFile none = app::loadTranscript(rec);
  CHECK(none.path.empty());
  CHECK(none.transcript.empty());
  CHECK(none.problem.empty()); // no file: nothing to say
  write(dir / "demo.nl.vtt", cue("Nederlands"));
  CHECK(app::loadTranscript(rec).transcript.cues().at(0).text == "Nederlands");
  write(dir / "demo.vtt", cue("zonder taal"));
  CHECK(app::loadTranscript(rec).transcript.cues().at(0).text == "zonder taal");
  write(dir / "demo.en.vtt", cue("English"));
  const app::TranscriptFile mine = app::loadTranscript(rec);
  CHECK(mine.path == (dir / "demo.en.vtt").string());
  CHECK(mine.transcript.cues().at(0).text == "English");
  CHECK(mine.problem.empty());
}

TEST_CASE("transcript file: a malformed file is ignored with a sentence that names its line") {
  const auto dir = test::support::scratchDir("app_models", "transcript_bad");
  const std::string rec = (dir / "gesprek.mp4").string();
  write(dir / "gesprek.vtt", "WEBVTT\n\n00:01.000 --> 00:02,000\nkomma\n");
  {
    const LanguageScope en(app::Lang::En);
    const app::TranscriptFile t = app::loadTranscript(rec);
    CHECK(t.transcript.empty());
    CHECK(t.problem == "The subtitles are not shown: line 3 of gesprek.vtt has no valid times (such as 00:01.000 "
                       "--> 00:04.000).");
  }
  const LanguageScope nl(app::Lang::Nl);
  CHECK(app::loadTranscript(rec).problem == "De ondertitels worden niet getoond: regel 3 van gesprek.vtt heeft geen "
                                            "geldige tijden (zoals 00:01.000 --> 00:04.000).");
  using enum annotate::WebVttProblem;
  for (const auto p : {NotWebVtt, NotUtf8, BadTiming, EndNotAfterStart, MissingTiming, MissingBlankLine}) {
    const std::string s = app::describe(annotate::WebVttFault{p, 7}, "x.vtt");
    CHECK(s.starts_with("De ondertitels worden niet getoond: "));
    CHECK(s.find("x.vtt") != std::string::npos);
    CHECK((p == NotWebVtt || s.find("regel 7") != std::string::npos));
  }
}
