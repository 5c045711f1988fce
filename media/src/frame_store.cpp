#include "frame_store.hpp"

#include <algorithm>
#include <iterator>

namespace spiegel::media {
namespace {
std::size_t bytesOf(const VideoFrame &f) {
  return f.y.size() + f.u.size() + f.v.size() + sizeof(VideoFrame);
}
} // namespace

void FrameStore::insert(const FramePtr &frame, std::uint64_t serial, std::optional<Micros> afterPts,
                        bool firstInFile) {
  std::lock_guard lock(m_mutex);
  auto it = m_frames.lower_bound(frame->pts);
  bool linked = false;
  if (afterPts && *afterPts < frame->pts && it != m_frames.begin())
    linked = std::prev(it)->first == *afterPts;
  if (it != m_frames.end() && it->first == frame->pts) {
    // Same picture again: keep what earlier runs learnt about it.
    Entry &e = it->second;
    m_bytes -= bytesOf(*e.frame);
    e.frame = frame;
    e.serial = serial;
    e.linked = e.linked || linked;
    e.firstInFile = e.firstInFile || firstInFile;
    m_bytes += bytesOf(*frame);
    return;
  }
  // A new entry between two others breaks the adjacency of the later one.
  if (it != m_frames.end())
    it->second.linked = false;
  m_frames.emplace_hint(it, frame->pts, Entry{frame, serial, linked, firstInFile, false});
  m_bytes += bytesOf(*frame);
}

void FrameStore::markLast(Micros pts) {
  std::lock_guard lock(m_mutex);
  auto it = m_frames.find(pts);
  if (it != m_frames.end())
    it->second.lastInFile = true;
}

FrameStore::Lookup FrameStore::frameAt(Micros t) const {
  std::lock_guard lock(m_mutex);
  auto it = m_frames.upper_bound(t);
  if (it == m_frames.begin()) {
    // Before every frame we hold: only the file's first frame is an answer.
    if (it != m_frames.end() && it->second.firstInFile)
      return {it->second.frame, true, it->second.serial};
    return {};
  }
  const auto next = it;
  const Entry &e = std::prev(it)->second;
  const bool exact = e.frame->pts == t || e.lastInFile || (next != m_frames.end() && next->second.linked);
  return {e.frame, exact, e.serial};
}

FramePtr FrameStore::nextOf(Micros pts) const {
  std::lock_guard lock(m_mutex);
  auto it = m_frames.upper_bound(pts);
  if (it == m_frames.end() || !it->second.linked || it == m_frames.begin() || std::prev(it)->first != pts)
    return nullptr;
  return it->second.frame;
}

FramePtr FrameStore::previousOf(Micros pts) const {
  std::lock_guard lock(m_mutex);
  auto it = m_frames.find(pts);
  if (it == m_frames.end() || !it->second.linked || it == m_frames.begin())
    return nullptr;
  return std::prev(it)->second.frame;
}

bool FrameStore::isLast(Micros pts) const {
  std::lock_guard lock(m_mutex);
  auto it = m_frames.find(pts);
  return it != m_frames.end() && it->second.lastInFile;
}

bool FrameStore::isFirst(Micros pts) const {
  std::lock_guard lock(m_mutex);
  auto it = m_frames.find(pts);
  return it != m_frames.end() && it->second.firstInFile;
}

std::optional<std::uint64_t> FrameStore::serialAt(Micros pts) const {
  std::lock_guard lock(m_mutex);
  auto it = m_frames.find(pts);
  if (it == m_frames.end())
    return std::nullopt;
  return it->second.serial;
}

FrameStore::Chain FrameStore::chainBehind(Micros pts, int limit) const {
  std::lock_guard lock(m_mutex);
  Chain c;
  auto it = m_frames.find(pts);
  if (it == m_frames.end())
    return c;
  c.held = true;
  while (c.behind < limit && it->second.linked && it != m_frames.begin()) {
    --it;
    ++c.behind;
  }
  c.first = it->first;
  c.fileStart = it->second.firstInFile;
  return c;
}

int FrameStore::chainAhead(Micros pts, int limit) const {
  std::lock_guard lock(m_mutex);
  auto it = m_frames.find(pts);
  if (it == m_frames.end())
    return 0;
  int n = 0;
  for (++it; n < limit && it != m_frames.end() && it->second.linked; ++it)
    ++n;
  return n;
}

std::size_t FrameStore::capacityFor(const VideoFrame &frame) {
  return std::min(kMaxFrames, kMaxBytes / std::max<std::size_t>(1, bytesOf(frame)));
}

std::optional<Micros> FrameStore::nextPtsAfter(Micros t) const {
  std::lock_guard lock(m_mutex);
  auto it = m_frames.upper_bound(t);
  if (it == m_frames.end())
    return std::nullopt;
  return it->first;
}

int FrameStore::countAhead(std::uint64_t serial, Micros t, int limit) const {
  std::lock_guard lock(m_mutex);
  int n = 0;
  for (auto it = m_frames.upper_bound(t); it != m_frames.end() && n < limit; ++it)
    if (it->second.serial == serial)
      ++n;
  return n;
}

void FrameStore::eraseFront() {
  auto it = m_frames.begin();
  m_bytes -= bytesOf(*it->second.frame);
  it = m_frames.erase(it);
  if (it != m_frames.end())
    it->second.linked = false; // its predecessor is gone
}

void FrameStore::eraseBack() {
  auto it = std::prev(m_frames.end());
  m_bytes -= bytesOf(*it->second.frame);
  m_frames.erase(it);
}

void FrameStore::trim(Micros keepNear) {
  std::lock_guard lock(m_mutex);
  while (m_frames.size() > 1 && (m_bytes > kMaxBytes || m_frames.size() > kMaxFrames)) {
    const Micros front = m_frames.begin()->first;
    const Micros back = std::prev(m_frames.end())->first;
    const auto ahead = static_cast<std::size_t>(std::distance(m_frames.upper_bound(keepNear), m_frames.end()));
    if (ahead > kKeepAhead)
      eraseBack();
    else if (keepNear - front >= back - keepNear)
      eraseFront();
    else
      eraseBack();
  }
}

void FrameStore::clear() {
  std::lock_guard lock(m_mutex);
  m_frames.clear();
  m_bytes = 0;
}

std::size_t FrameStore::size() const {
  std::lock_guard lock(m_mutex);
  return m_frames.size();
}

} // namespace spiegel::media
