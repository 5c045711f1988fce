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
  // Memory ceiling: about 50 frames of 1080p yuv420p (a 2 s GOP at 25 fps),
  // enough to step back through a whole GOP without decoding again.
  static constexpr std::size_t kMaxBytes = 160u << 20;
  // Count ceiling for small pictures (320×180 would otherwise keep thousands).
  static constexpr std::size_t kMaxFrames = 300;

  struct Entry {
    FramePtr frame;
    std::uint64_t serial = 0; // the run that decoded it last
    bool linked = false;
    bool firstInFile = false; // nothing comes before it
    bool lastInFile = false;  // nothing comes after it
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
  // The run that last decoded the frame at `pts` (nullopt when not held).
  [[nodiscard]] std::optional<std::uint64_t> serialAt(Micros pts) const;
  // The pts of the first frame after `t` (for wake-up timing).
  [[nodiscard]] std::optional<Micros> nextPtsAfter(Micros t) const;
  // Frames of run `serial` later than `t`: how far decoding is ahead.
  [[nodiscard]] int countAhead(std::uint64_t serial, Micros t, int limit) const;
  // Drops frames from the end farther from `keepNear` while over the ceilings.
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
