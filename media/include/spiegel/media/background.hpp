#pragma once
#include "spiegel/media/error.hpp"
#include "spiegel/media/frame.hpp"
#include "spiegel/media/time.hpp"

#include <cstdint>
#include <functional>
#include <memory>
#include <stop_token>
#include <string>
#include <vector>

namespace spiegel::media {

// Content fingerprint of a file: "<size>-<sha256 of first MiB + last MiB>"
// (hex). Stable when a file is renamed or moved. Throws MediaError.
[[nodiscard]] std::string fingerprint(const std::string &path);
// SHA-256 of the whole file, lower-case hex: the proof written down when a
// recording is destroyed. Reads it all (about 1 s per GB). Throws MediaError
// like fingerprint().
[[nodiscard]] std::string fileSha256(const std::string &path);

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

// How the caller steers work that runs on the caller's thread (a task
// runner's worker): `stop` ends it early, `progress` hears how far it is.
// Both are used on the working thread only.
struct WorkControl {
  std::stop_token stop;                // default: never stops
  std::function<void(float)> progress; // 0 … 1, rising; may be empty
};

// Peaks and thumbnails are plain functions that run on the calling thread
// with their own demuxer and a one-thread decoder, so they never touch the
// playback pipeline; whoever wants them in the background (app/'s task
// runner, the bench) gives them a thread. Each keeps its result in the disk
// cache under `cacheDir`, keyed by fingerprint() and its parameters, and
// reads it from there the next time. Stopped work writes no cache. An
// empty `cacheDir` keeps nothing on disk (the user switched the cache off:
// thumbnails and waveforms are pictures and sound of the family).
//   auto peaks = computePeaks("gesprek.mp4", 10'000, cacheDirectory(), {stop});

// The waveform at `bucket` µs per min/max pair. Returns null when stopped.
// Throws MediaError: the code probe() and Player give the same bad file
// (so app/ words it the same way); a read interrupted by the stop is a stop,
// not an error.
[[nodiscard]] std::shared_ptr<const Peaks> computePeaks(const std::string &path, Micros bucket,
                                                        const std::string &cacheDir, const WorkControl &control);

using ThumbnailPtr = std::shared_ptr<const Thumbnail>;

// One thumbnail `width` px wide per `interval`, from the keyframe at or
// before each time. Each is handed to `each` (calling thread, time order) as
// soon as it is made, or all at once from the cache, so a caller can show
// them while the rest are made. Returns them all: those made so far when
// stopped. Throws MediaError as computePeaks().
std::vector<ThumbnailPtr> makeThumbnails(const std::string &path, Micros interval, int width,
                                         const std::string &cacheDir, const WorkControl &control,
                                         const std::function<void(ThumbnailPtr)> &each = {});

// Removes every waveform and thumbnail file under `cacheDir` made from the
// recording with this fingerprint() (its pictures and sound), whatever
// their parameters. Returns how many were removed; a file that cannot be
// removed is left (and not counted). Throws nothing.
int removeCaches(const std::string &cacheDir, const std::string &fingerprint);
// The paths of those files (what removeCaches would remove).
[[nodiscard]] std::vector<std::string> cacheFiles(const std::string &cacheDir, const std::string &fingerprint);

} // namespace spiegel::media
