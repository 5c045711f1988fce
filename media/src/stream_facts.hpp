#pragma once
// Private: facts about one stream that probe() and the Player both need.
#include "av_ptr.hpp"

namespace spiegel::media {

// Clockwise degrees (0/90/180/270) to turn the picture upright, from the
// stream's display matrix.
[[nodiscard]] int rotationOf(const AVStream &stream);
// Interlaced according to the container/decoder field order.
[[nodiscard]] bool interlacedOf(const AVStream &stream);

} // namespace spiegel::media

#include "spiegel/media/probe.hpp"

namespace spiegel::media {
// MediaInfo of an opened container. Reads the first packets (to judge
// variable frame rate): seek before decoding afterwards.
[[nodiscard]] MediaInfo describeInput(AVFormatContext &fmt, const std::string &path);
// The end of what is really in the file (MediaInfo::playable): `duration`
// for a whole file or when it cannot be known (playable.cpp). MP4/MOV:
// from the index, which lists every sample with its byte position, read at
// open (other demuxers index only what they have read); Matroska/WebM: from
// the timestamps at the file's tail, read by a second demuxer (`fmt` is not
// moved).
[[nodiscard]] bool indexListsEverySample(const AVFormatContext &fmt);
[[nodiscard]] Micros playableEnd(const AVFormatContext &fmt, Micros duration, Micros startOffset);
} // namespace spiegel::media
