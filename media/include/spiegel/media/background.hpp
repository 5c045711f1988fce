#pragma once
#include "spiegel/media/error.hpp"
#include "spiegel/media/frame.hpp"
#include "spiegel/media/time.hpp"

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace spiegel::media {

// Content fingerprint of a file: "<size>-<sha256 of first MiB + last MiB>"
// (hex). Stable when a file is renamed or moved. Throws MediaError.
[[nodiscard]] std::string fingerprint(const std::string &path);

// The user's cache directory for Spiegel ($XDG_CACHE_HOME/spiegel or
// ~/.cache/spiegel), created on demand.
[[nodiscard]] std::string cacheDirectory();

// Waveform: min/max per bucket of the (mono-mixed) audio.
struct Peaks {
  Micros bucket = 0;                 // time per bucket
  std::vector<float> min, max;       // -1 … 1
  [[nodiscard]] bool empty() const { return min.empty(); }
};

// One small picture per interval, taken from the keyframe at or before.
struct Thumbnail {
  Micros at = 0;       // requested time
  RgbImage image;      // pts = the keyframe's time
};

// A background job with its own demuxer and decoder: never touches the
// playback pipeline. Progress and results are read from any thread; the job
// runs on its own std::jthread and stops when destroyed or cancelled.
//   PeaksJob job("gesprek.mp4");   // starts at once, uses the disk cache
//   if (job.done()) draw(job.result());
class PeaksJob {
public:
  explicit PeaksJob(std::string path, Micros bucket = 10'000, std::string cacheDir = cacheDirectory());
  ~PeaksJob();
  [[nodiscard]] bool done() const;
  [[nodiscard]] float progress() const; // 0 … 1
  [[nodiscard]] std::string error() const; // empty unless it failed
  // Why it failed (set with error()): the same code probe() and Player give
  // the same bad file, so app/ can word it the same way.
  [[nodiscard]] std::optional<ErrorCode> errorCode() const;
  [[nodiscard]] std::shared_ptr<const Peaks> result() const; // null until done
  void cancel();

private:
  struct Impl;
  std::unique_ptr<Impl> m;
};

class ThumbnailJob {
public:
  ThumbnailJob(std::string path, Micros interval, int width = 160,
               std::string cacheDir = cacheDirectory());
  ~ThumbnailJob();
  [[nodiscard]] bool done() const;
  [[nodiscard]] float progress() const;
  [[nodiscard]] std::string error() const;
  [[nodiscard]] std::optional<ErrorCode> errorCode() const; // as PeaksJob::errorCode()
  // Thumbnails finished so far, in time order (grows while running).
  [[nodiscard]] std::vector<std::shared_ptr<const Thumbnail>> ready() const;
  void cancel();

private:
  struct Impl;
  std::unique_ptr<Impl> m;
};

} // namespace spiegel::media
