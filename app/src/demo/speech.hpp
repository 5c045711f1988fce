#pragma once
// Speech for the demo recording: espeak-ng renders each line to a WAV file,
// which is read back, resampled to 48 kHz and placed on a timeline.
#include "demo/demo_script.hpp"

#include <optional>
#include <string>
#include <vector>

namespace spiegel::app::demo {

inline constexpr int kSampleRate = 48000;

// The full path of `name` on $PATH, if it is there and executable.
[[nodiscard]] std::optional<std::string> findProgram(const std::string &name);

// Speaks each line with its speaker's voice (two espeak-ng processes at a
// time) and returns mono 48 kHz samples per line. Uses a private temporary
// folder that it removes. Throws std::runtime_error (technical detail) when
// espeak-ng fails.
[[nodiscard]] std::vector<std::vector<float>> synthesize(const std::string &espeak, const std::vector<Line> &lines);

struct Timeline {
  std::vector<Cue> cues;
  std::vector<float> pcm; // mono, kSampleRate, the whole recording incl. room tone
  Micros duration = 0;
};

// Places the clips in order with natural pauses. With `limit` the recording
// lasts exactly `limit` and only the lines that fit are kept; without it the
// pauses are stretched so the recording lasts at least `target`.
[[nodiscard]] Timeline arrange(const std::vector<Line> &lines, const std::vector<std::vector<float>> &clips,
                               Micros target, std::optional<Micros> limit);

} // namespace spiegel::app::demo
