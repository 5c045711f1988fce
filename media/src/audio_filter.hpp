#pragma once
// Private: decoded audio → interleaved float stereo at the device rate, with
// tempo change (libavfilter atempo keeps the pitch). One owner thread.
//   AudioFilter f(48000, 1.5);
//   f.push(frame);  while (f.pull(chunk, start)) ring.push(chunk, start);
#include "av_ptr.hpp"
#include "spiegel/media/time.hpp"

#include <vector>

namespace spiegel::media {

class AudioFilter {
public:
  static constexpr int kChannels = 2; // the device is always opened stereo

  AudioFilter(int outRate, double speed) : m_outRate(outRate), m_speed(speed) {}
  // Feeds one decoded frame whose pts is already timeline µs; null flushes
  // the tail at end of file. Returns false when the graph cannot be built.
  bool push(AVFrame *frame);
  // Appends the next block of output samples to `out` (cleared first) and
  // gives the timeline time of its first sample. False when nothing is ready.
  bool pull(std::vector<float> &out, Micros &start);
  // Forget buffered audio (seek) and use this speed from now on.
  void reset(double speed);
  [[nodiscard]] double speed() const { return m_speed; }

private:
  bool build(const AVFrame &frame);

  int m_outRate;
  double m_speed;
  av::GraphPtr m_graph;
  AVFilterContext *m_src = nullptr;  // owned by m_graph
  AVFilterContext *m_sink = nullptr; // owned by m_graph
  int m_inRate = 0, m_inFormat = -1, m_inChannels = 0;
  Micros m_base = av::kNoPts;    // timeline µs of the first input sample since reset
  std::int64_t m_outSamples = 0; // output samples since reset
  av::AvFramePtr m_out = av::makeFrame();
};

} // namespace spiegel::media
