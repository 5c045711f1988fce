#pragma once
// Internal to the benchmark: the Player scenarios, split over two files.
#include "bench/scenarios.hpp"
#include "spiegel/media/player.hpp"

#include <cstdint>

namespace spiegel::app::bench {

[[nodiscard]] std::unique_ptr<media::Player> openPlayer(const std::string &path);
// The frame number in the picture on screen, -1 when none.
[[nodiscard]] std::int64_t shownFrame(media::Player &p);

[[nodiscard]] Result openFirstFrame(const Config &c);
[[nodiscard]] Result exactSeek(const Config &c, media::Player &p);
[[nodiscard]] Result keyframeSeek(const Config &c, media::Player &p);
[[nodiscard]] Result stepForward(const Config &c, media::Player &p);
[[nodiscard]] Result stepBackward(const Config &c, media::Player &p);
// scenarios_steps.cpp: steps at key-repeat pace.
[[nodiscard]] Result stepForwardKeyRepeat(const Config &c, media::Player &p);
[[nodiscard]] Result stepBackIntoUncachedGop(const Config &c, media::Player &p);
// Fills two results: playback while thumbnails build, and memory.
void playbackWithThumbnails(const Config &c, media::Player &p, std::vector<Result> &out);
[[nodiscard]] Result cpuWhilePaused(const Config &c, media::Player &p);

} // namespace spiegel::app::bench
