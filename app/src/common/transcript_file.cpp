#include "common/transcript_file.hpp"

#include "common/text_file.hpp"

#include <filesystem>
#include <system_error>

namespace spiegel::app {

std::vector<std::string> transcriptCandidates(const std::string &recording, Lang lang) {
  const std::filesystem::path p(recording);
  const std::string base = (p.parent_path() / p.stem()).string();
  const std::string mine = lang == Lang::Nl ? ".nl" : ".en", other = lang == Lang::Nl ? ".en" : ".nl";
  return {base + mine + ".vtt", base + ".vtt", base + other + ".vtt"};
}

TranscriptFile loadTranscript(const std::string &recording) {
  TranscriptFile out;
  for (const std::string &candidate : transcriptCandidates(recording, language())) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(candidate, ec))
      continue;
    out.path = candidate;
    const std::string name = std::filesystem::path(candidate).filename().string();
    const auto text = readTextFile(candidate);
    if (!text) {
      out.problem = std::string(tr("The subtitles are not shown: ", "De ondertitels worden niet getoond: ")) + name +
                    tr(" cannot be read; check that you may open it.", " kan niet gelezen worden; controleer of je het mag openen.");
      return out;
    }
    annotate::WebVttResult parsed = annotate::parseWebVtt(*text);
    if (parsed.fault)
      out.problem = describe(*parsed.fault, name);
    else
      out.transcript = annotate::Transcript(std::move(parsed.cues));
    return out;
  }
  return out;
}

std::string describe(const annotate::WebVttFault &fault, const std::string &fileName) {
  using enum annotate::WebVttProblem;
  // "line 12 of demo.vtt", the start of most of the sentences below.
  const std::string at = std::string(tr("line ", "regel ")) + std::to_string(fault.line) + tr(" of ", " van ") + fileName;
  std::string why;
  switch (fault.problem) {
  case NotWebVtt:
    why = fileName + tr(" is not a WebVTT file (its first line is not WEBVTT)",
                        " is geen WebVTT-bestand (de eerste regel is niet WEBVTT)");
    break;
  case NotUtf8:
    why = at + tr(" is not UTF-8 text; save the file again as UTF-8", " is geen UTF-8-tekst; sla het bestand opnieuw op als UTF-8");
    break;
  case BadTiming:
    why = at + tr(" has no valid times (such as 00:01.000 --> 00:04.000)",
                  " heeft geen geldige tijden (zoals 00:01.000 --> 00:04.000)");
    break;
  case EndNotAfterStart:
    why = std::string(tr("the cue on ", "het fragment op ")) + at + tr(" ends before it starts", " eindigt voordat het begint");
    break;
  case MissingTiming:
    why = at + tr(" starts a block without times", " begint een blok zonder tijden");
    break;
  case MissingBlankLine:
    why = at + tr(" has \"-->\" without a blank line before it", " bevat \"-->\" zonder een lege regel ervoor");
    break;
  }
  return std::string(tr("The subtitles are not shown: ", "De ondertitels worden niet getoond: ")) + why + ".";
}

} // namespace spiegel::app
