#pragma once
// The WebVTT transcript that sits beside a recording (same base name:
// NAME.nl.vtt or NAME.en.vtt in the user's language first, then NAME.vtt,
// then the other language), read once when the recording opens.
//   const TranscriptFile t = loadTranscript("/data/gesprek.mp4");
//   if (!t.problem.empty()) notify(t.problem);
// A missing file is no problem: nothing to show and nothing to say.
#include "common/i18n.hpp"
#include "spiegel/annotate/transcript.hpp"

#include <string>
#include <vector>

namespace spiegel::app {

struct TranscriptFile {
  std::string path;              // the file that was read; empty when none lies beside the recording
  annotate::Transcript transcript; // empty when there is no file, or it was refused
  std::string problem;           // why the file was refused, one sentence in the current language; else empty
};

// The files looked for, in order.
[[nodiscard]] std::vector<std::string> transcriptCandidates(const std::string &recording, Lang lang);
[[nodiscard]] TranscriptFile loadTranscript(const std::string &recording);
// "The subtitles are not shown: line 12 of demo.vtt has no valid times (…)."
[[nodiscard]] std::string describe(const annotate::WebVttFault &fault, const std::string &fileName);

} // namespace spiegel::app
