#include <catch2/catch.hpp>

#include "spiegel/media/probe.hpp"

using namespace spiegel::media;

TEST_CASE("MediaInfo picks the first video and audio stream", "[probe]") {
  MediaInfo info;
  info.streams.push_back({.index = 0, .type = StreamType::Audio});
  CHECK(info.audioOnly());
  info.streams.push_back({.index = 1, .type = StreamType::Video});
  REQUIRE(info.bestVideo() != nullptr);
  CHECK(info.bestVideo()->index == 1);
  CHECK_FALSE(info.audioOnly());
}
