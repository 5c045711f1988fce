#pragma once
// The demo project that goes with `spiegel demo`'s recording, so a newcomer
// opens a project with tags, ratings and a rule warning to look at.
//   auto path = createDemoProject(out, out + "/demo.mp4", info.duration);
#include "spiegel/annotate/types.hpp"

#include <string>
#include <vector>

namespace spiegel::app::demo {

// Writes dir/demo.spiegel (replacing an earlier one): participants
// hulpverlener, moeder, vader, jeugdige; reviewers "Sanne" (trainee) and
// "Joost" (trainer); consent records (demo_consent.hpp); 26 tags placed on the demo conversation's lines: at
// `lineStarts` (the start of every script line, from the demo's cues) when
// all lines are given, else spread proportionally over `duration`;
// ratings by both, one of which breaks a rule (Sanne rates the jeugdige's engagement 0 after tagging only
// negative engagement moments); a held and a prepared recall session (demo_recall.hpp). The recording's
// fingerprint is taken when the file exists. Returns the project path. Throws store::StoreError / media::MediaError.
std::string createDemoProject(const std::string &dir, const std::string &recordingPath,
                              annotate::Micros duration,
                              const std::vector<annotate::Micros> &lineStarts = {});

} // namespace spiegel::app::demo
