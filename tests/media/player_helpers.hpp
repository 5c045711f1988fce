#pragma once
// Helpers shared by the tests that drive a Player.
#include "spiegel/media/generator.hpp"
#include "spiegel/media/player.hpp"

namespace spiegel::test {

// A Player that plays into the null sink: the clock runs as with a device.
inline media::PlayerOptions nullSink() {
  media::PlayerOptions o;
  o.audioSink = media::makeNullAudioSink();
  return o;
}

// The frame number drawn in the picture now on screen: -1 with no picture,
// -2 when the picture carries no readable code.
inline std::int64_t shownCode(media::Player &p) {
  auto f = p.currentFrame();
  return f ? media::readFrameCode(*f).value_or(-2) : -1;
}

} // namespace spiegel::test
