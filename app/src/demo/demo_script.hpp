#pragma once
// The demo recording's conversation: who says what, with which voice, and
// where each line lands on the timeline.
#include "spiegel/media/time.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace spiegel::app::demo {

// One of the four people in the demo conversation (role labels, no names:
// Spiegel never needs a participant's name).
struct Speaker {
  std::string_view role;  // "Hulpverlener", "Moeder", "Vader", "Jeugdige"
  std::string_view voice; // espeak-ng voice + variant
  int pitch;              // espeak-ng -p (0–99)
  int speed;              // espeak-ng -s (words per minute)
};

struct Line {
  int speaker = 0;   // index into speakers()
  std::string text;
};

// A line placed on the timeline, after synthesis.
struct Cue {
  int speaker = 0;
  std::string text;
  Micros start = 0, end = 0;
};

[[nodiscard]] const std::vector<Speaker> &speakers();
// The Dutch conversation (written for Spiegel), in order.
[[nodiscard]] std::vector<Line> script();

// The WebVTT transcript of the cues, with <v Role> speaker tags.
[[nodiscard]] std::string toWebVtt(const std::vector<Cue> &cues);

} // namespace spiegel::app::demo
