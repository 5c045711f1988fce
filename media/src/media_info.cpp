#include "spiegel/media/probe.hpp"

namespace spiegel::media {

const StreamInfo *MediaInfo::bestVideo() const {
  for (const auto &s : streams)
    if (s.type == StreamType::Video)
      return &s;
  return nullptr;
}

const StreamInfo *MediaInfo::bestAudio() const {
  for (const auto &s : streams)
    if (s.type == StreamType::Audio)
      return &s;
  return nullptr;
}

} // namespace spiegel::media
