#pragma once
// Private: one video stream's decoder, optional deinterlacer and conversion
// to Spiegel's YUV 4:2:0 VideoFrame. Used by the Player's video thread and by
// decodeFrameAt. Not thread-safe: one owner thread.
//   VideoDecoder dec(path, *fmt, index, offset);
//   dec.send(pkt); while (auto f = dec.receive()) use(f);
#include "av_ptr.hpp"
#include "spiegel/media/frame.hpp"

#include <memory>
#include <string>

namespace spiegel::media {

class VideoDecoder {
public:
  // Throws MediaError(UnsupportedCodec) when the stream cannot be decoded.
  VideoDecoder(const std::string &path, const AVFormatContext &fmt, int streamIndex, Micros startOffset,
               int threads = 0);

  // Feeds a packet; null starts draining (end of stream). Returns a negative
  // AVERROR only for errors that are not "try again"; damaged packets are
  // skipped (the decoder conceals what it can).
  int send(const AVPacket *pkt);
  // The next finished frame or null when the decoder needs input (or is
  // drained: see drained()).
  [[nodiscard]] std::shared_ptr<VideoFrame> receive();

  // A finished frame before its conversion: a reference to FFmpeg's buffers.
  struct Decoded {
    av::AvFramePtr frame;      // null when there is none
    AVRational timeBase{1, 1}; // of frame->pts: the stream's, or the deinterlacer's output
  };
  // receive() without the conversion, for a caller that looks at the times of
  // many frames and keeps one (decodeFrameAt: copying every 1080p frame of a
  // GOP costs ~1 ms each).
  [[nodiscard]] Decoded receiveDecoded();
  // Its time on Spiegel's timeline (µs, the VideoFrame's pts), and the frame.
  [[nodiscard]] Micros timelinePts(const Decoded &d) const { return toTimeline(d.frame->pts, d.timeBase); }
  [[nodiscard]] std::shared_ptr<VideoFrame> convert(const Decoded &d) { return convert(*d.frame, d.timeBase); }
  [[nodiscard]] bool drained() const { return m_drained; }
  // Forget everything in flight (after a seek): decoder and deinterlacer.
  void flush();
  // Skip decoding of frames nothing refers to (fast exact seek).
  void setSkipNonRef(bool skip);
  [[nodiscard]] int streamIndex() const { return m_index; }
  [[nodiscard]] AVRational timeBase() const { return m_timeBase; }
  // Typical frame spacing in µs, from the stream's frame rate (40 ms when unknown).
  [[nodiscard]] Micros nominalFrameDuration() const { return m_nominalDuration; }

private:
  // `timeBase` is that of `frame`'s pts: the stream's, or the deinterlacer's output.
  [[nodiscard]] std::shared_ptr<VideoFrame> convert(const AVFrame &frame, AVRational timeBase);
  [[nodiscard]] Micros toTimeline(std::int64_t ts, AVRational timeBase) const;
  [[nodiscard]] bool buildDeinterlacer(const AVFrame &frame);
  [[nodiscard]] Decoded receiveFiltered();

  std::string m_path;
  int m_index = -1;
  AVRational m_timeBase{1, 1};
  Micros m_startOffset = 0;
  Micros m_nominalDuration = 40'000;
  int m_rotation = 0;
  bool m_deinterlace = false;
  bool m_drained = false;
  bool m_filterDraining = false;
  std::int64_t m_counter = 0;
  av::CodecPtr m_codec;
  av::GraphPtr m_graph;
  AVFilterContext *m_src = nullptr;  // owned by m_graph
  AVFilterContext *m_sink = nullptr; // owned by m_graph
  int m_graphW = 0, m_graphH = 0, m_graphFmt = -1;
  av::SwsPtr m_sws;
  av::AvFramePtr m_frame = av::makeFrame();
};

} // namespace spiegel::media
