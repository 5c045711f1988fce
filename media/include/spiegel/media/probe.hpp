#pragma once
#include "spiegel/media/time.hpp"

#include <optional>
#include <string>
#include <vector>

namespace spiegel::media {

enum class StreamType { Video, Audio, Subtitle, Other };

struct StreamInfo {
  int index = -1; // index in the container
  StreamType type = StreamType::Other;
  std::string codec;     // FFmpeg short name, e.g. "h264", "aac"
  std::string language;  // from metadata, may be empty
  // video
  int width = 0, height = 0; // coded size, before rotation
  double fps = 0.0;          // average frame rate
  bool variableFps = false;  // timestamps are not evenly spaced
  int rotation = 0;          // clockwise degrees to display upright: 0/90/180/270
  bool interlaced = false;
  // audio
  int sampleRate = 0;
  int channels = 0;
  std::string channelLayout;
};

struct MediaInfo {
  std::string path;
  std::string container;     // FFmpeg demuxer name, e.g. "mov,mp4,m4a,3gp,3g2,mj2"
  Micros duration = 0;       // of the timeline (0 = start of the recording)
  Micros startOffset = 0;    // container start time that was removed
  // How much of the timeline is really in the file: == duration for a whole
  // file; less for an incomplete copy (an MP4/MOV with its index at the
  // front whose data was cut off, e.g. an interrupted copy from a share).
  // Picture and sound are both there up to this time.
  Micros playable = 0;
  std::int64_t bitRate = 0;
  std::vector<StreamInfo> streams;

  [[nodiscard]] const StreamInfo *bestVideo() const;
  [[nodiscard]] const StreamInfo *bestAudio() const;
  [[nodiscard]] bool audioOnly() const { return bestVideo() == nullptr && bestAudio() != nullptr; }
  // The file ends before its own duration: playable … duration is missing.
  [[nodiscard]] bool incomplete() const { return playable < duration; }
};

// Opens the file, reads stream info and closes it. Throws MediaError.
//   auto info = spiegel::media::probe("gesprek.mp4");
//   if (info.bestVideo()) show(info.bestVideo()->width);
[[nodiscard]] MediaInfo probe(const std::string &path);

} // namespace spiegel::media
