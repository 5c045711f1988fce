#pragma once
// Private: every decoded picture the Player still holds, ordered by time.
// It is at once the frame queue (frames ahead of the clock), the decoded-GOP
// cache for stepping back (frames behind it) and the answer to "which frame
// is on screen at time T".
//
// A picture is a fact about the file, whichever seek produced it, so frames
// from earlier runs stay valid. What a run adds is knowledge of adjacency:
// `linked` means "the entry just before me in this map is the frame that
// comes just before me in the file" (nothing was skipped in between). Thread
// safety: all members are guarded by the internal mutex; any thread may call.
#include "spiegel/media/frame.hpp"

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>

namespace spiegel::media {

class FrameStore {
public:
  // Memory ceiling: about 80 frames of 1080p yuv420p (3.1 MB each), so a
  // whole 2 s GOP at 30 fps (60 frames) decoded in the background fits
  // behind the playhead together with the frames kept after it. The
  // playback benchmark's RSS ceiling (600 MB) leaves room for it.
  static constexpr std::size_t kMaxBytes = 256u << 20;
  // Count ceiling for small pictures (320×180 would otherwise keep thousands).
  static constexpr std::size_t kMaxFrames = 300;
  // When over a ceiling, at most this many frames after the playhead are
  // kept (the rest of the budget holds frames before it, for stepping
  // back); below it the end farther from the playhead goes. Must be more
  // than the Player decodes ahead (kPausedAhead), or trimming would throw
  // away what the decoder has just made and it would decode forever. At
  // 1080p (about 82 frames under the ceiling) that leaves 62 behind: a
  // whole 2 s GOP at 30 fps.
  static constexpr std::size_t kKeepAhead = 20;

  struct Entry {
    FramePtr frame;
    std::uint64_t serial = 0; // the run that decoded it last
    bool linked = false;
    bool firstInFile = false; // nothing comes before it
    bool lastInFile = false;  // nothing comes after it
  };
  // The run of adjacent frames that ends at one frame, walking back.
  struct Chain {
    bool held = false;      // the frame asked about is in the store
    int behind = 0;         // adjacent frames before it (at most the limit asked)
    Micros first = 0;       // pts of the earliest frame reached
    bool fileStart = false; // the earliest frame reached is the file's first
  };
  struct Lookup {
    FramePtr frame;
    bool exact = false; // certainly the frame on screen at the time asked
    std::uint64_t serial = 0;
  };

  // Adds a frame decoded by run `serial`. `afterPts` is the pts of the frame
  // this run emitted just before (nullopt when it is the run's first frame or
  // frames may have been skipped before it).
  void insert(const FramePtr &frame, std::uint64_t serial, std::optional<Micros> afterPts, bool firstInFile);
  void markLast(Micros pts);
  // The frame on screen at `t`: the last frame with pts <= t. `exact` is true
  // only when the store knows no other frame lies between it and `t`.
  [[nodiscard]] Lookup frameAt(Micros t) const;
  // Frames adjacent to the one at `pts`, when known to be adjacent.
  [[nodiscard]] FramePtr nextOf(Micros pts) const;
  [[nodiscard]] FramePtr previousOf(Micros pts) const;
  [[nodiscard]] bool isLast(Micros pts) const;
  [[nodiscard]] bool isFirst(Micros pts) const;
  // The run that last decoded the frame at `pts` (nullopt when not held).
  [[nodiscard]] std::optional<std::uint64_t> serialAt(Micros pts) const;
  // Walks back from the frame at `pts` while each frame is known to follow
  // the one before it, at most `limit` frames: how far stepping back can go
  // without decoding.
  [[nodiscard]] Chain chainBehind(Micros pts, int limit) const;
  // Frames after the one at `pts`, each known to follow the one before, at
  // most `limit`: how far stepping forward can go without decoding.
  [[nodiscard]] int chainAhead(Micros pts, int limit) const;
  // How many frames of this picture size fit under the ceilings.
  [[nodiscard]] static std::size_t capacityFor(const VideoFrame &frame);
  // The pts of the first frame after `t` (for wake-up timing).
  [[nodiscard]] std::optional<Micros> nextPtsAfter(Micros t) const;
  // Frames of run `serial` later than `t`: how far decoding is ahead.
  [[nodiscard]] int countAhead(std::uint64_t serial, Micros t, int limit) const;
  // While over the ceilings: drops the last frame when more than kKeepAhead
  // frames lie after `keepNear`, otherwise the frame at the end farther from it.
  void trim(Micros keepNear);
  void clear();
  [[nodiscard]] std::size_t size() const;

private:
  void eraseFront();
  void eraseBack();

  mutable std::mutex m_mutex;
  std::map<Micros, Entry> m_frames; // guarded by m_mutex
  std::size_t m_bytes = 0;          // guarded by m_mutex
};

} // namespace spiegel::media
