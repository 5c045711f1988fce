#pragma once
// Private: packets from the demux thread to one decode thread. Each carries
// the run (seek) that produced it; a null packet marks the end of the file.
// Thread safety: guarded by m_mutex; one producer, one consumer.
#include "av_ptr.hpp"
#include "spiegel/media/player.hpp"

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <stop_token>

namespace spiegel::media {

// One seek as the pipeline serves it. Immutable once made by the demuxer.
struct Run {
  std::uint64_t serial = 0;  // increases with every seek the demuxer serves
  std::uint64_t request = 0; // the Player::seek request it serves
  Micros target = 0;         // timeline µs
  SeekMode mode = SeekMode::Exact;
  bool skipNonRef = false; // fast exact seek: skip unreferenced frames before the target
  bool atStart = false;    // the demuxer went to the very start of the file
  bool gateKeyframes = false; // the demuxer may have landed anywhere: see KeyframeGate
  Micros backoff = 0;      // how far before the target the demuxer seeked
  int audioStream = -1;    // container index of the audio to decode
};
using RunPtr = std::shared_ptr<const Run>;

struct QueuedPacket {
  av::PacketPtr packet; // null: end of file for this run
  RunPtr run;
};

class PacketQueue {
public:
  // Called after every pop (outside the lock): the demuxer waits on it.
  explicit PacketQueue(std::function<void()> onPop) : m_onPop(std::move(onPop)) {}

  void push(QueuedPacket item) {
    {
      std::lock_guard lock(m_mutex);
      m_bytes += item.packet ? static_cast<std::size_t>(item.packet->size) : 0;
      m_items.push_back(std::move(item));
    }
    m_cv.notify_all();
  }
  // Blocks until a packet arrives or stop is requested (then nullopt).
  [[nodiscard]] std::optional<QueuedPacket> pop(std::stop_token stop) {
    std::optional<QueuedPacket> out;
    {
      std::unique_lock lock(m_mutex);
      if (!m_cv.wait(lock, stop, [&] { return !m_items.empty(); }))
        return std::nullopt;
      out = std::move(m_items.front());
      m_items.pop_front();
      m_bytes -= out->packet ? static_cast<std::size_t>(out->packet->size) : 0;
    }
    m_onPop();
    return out;
  }
  void clear() {
    {
      std::lock_guard lock(m_mutex);
      m_items.clear();
      m_bytes = 0;
    }
    m_onPop();
  }
  [[nodiscard]] std::size_t count() const {
    std::lock_guard lock(m_mutex);
    return m_items.size();
  }
  [[nodiscard]] std::size_t bytes() const {
    std::lock_guard lock(m_mutex);
    return m_bytes;
  }

private:
  std::function<void()> m_onPop; // immutable after construction
  mutable std::mutex m_mutex;
  std::condition_variable_any m_cv;
  std::deque<QueuedPacket> m_items; // guarded by m_mutex
  std::size_t m_bytes = 0;          // guarded by m_mutex
};

} // namespace spiegel::media
