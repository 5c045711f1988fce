// makeThumbnails(): one small picture per interval from keyframes only, with
// its own demuxer and a one-thread decoder, on the caller's thread.
#include "background_av.hpp"
#include "exact_seek.hpp"
#include "input_file.hpp"
#include "job_cache.hpp"
#include "spiegel/media/background.hpp"
#include "spiegel/media/error.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

namespace spiegel::media {
namespace {

constexpr std::uint32_t kThumbsMagic = 0x53485453; // "STHS"
// Packets read after a seek before giving up on finding a decodable
// keyframe: a 2 s GOP of 60 fps video with audio is ~240 packets; this is
// generous for long GOPs yet bounds the work on a damaged file.
constexpr int kMaxPacketsPerThumb = 2000;

// Turns a packed RGB picture clockwise by 90, 180 or 270 degrees.
RgbImage rotateRgb(const RgbImage &src, int clockwise) {
  if (clockwise == 0)
    return src;
  RgbImage dst;
  dst.pts = src.pts;
  const bool swap = clockwise == 90 || clockwise == 270;
  dst.width = swap ? src.height : src.width;
  dst.height = swap ? src.width : src.height;
  dst.rgb.resize(src.rgb.size());
  for (int y = 0; y < src.height; ++y)
    for (int x = 0; x < src.width; ++x) {
      int dx = x, dy = y;
      if (clockwise == 90) {
        dx = src.height - 1 - y;
        dy = x;
      } else if (clockwise == 180) {
        dx = src.width - 1 - x;
        dy = src.height - 1 - y;
      } else {
        dx = y;
        dy = src.width - 1 - x;
      }
      const auto s = static_cast<std::size_t>((y * src.width + x) * 3);
      const auto d = static_cast<std::size_t>((dy * dst.width + dx) * 3);
      std::copy_n(&src.rgb[s], 3, &dst.rgb[d]);
    }
  return dst;
}

std::vector<std::uint8_t> serialize(const std::vector<ThumbnailPtr> &thumbs) {
  cache::Writer w;
  w.put(static_cast<std::uint64_t>(thumbs.size()));
  for (const auto &t : thumbs) {
    w.put(static_cast<std::int64_t>(t->at));
    w.put(static_cast<std::int64_t>(t->image.pts));
    w.put(static_cast<std::int32_t>(t->image.width));
    w.put(static_cast<std::int32_t>(t->image.height));
    w.putBytes(t->image.rgb.data(), t->image.rgb.size());
  }
  return std::move(w.bytes);
}

std::optional<std::vector<ThumbnailPtr>> deserialize(const std::vector<std::uint8_t> &bytes) {
  cache::Reader r(bytes);
  std::uint64_t n = 0;
  if (!r.get(n) || n > bytes.size())
    return std::nullopt;
  std::vector<ThumbnailPtr> out;
  for (std::uint64_t i = 0; i < n; ++i) {
    auto t = std::make_shared<Thumbnail>();
    std::int64_t at = 0, pts = 0;
    std::int32_t w = 0, h = 0;
    if (!r.get(at) || !r.get(pts) || !r.get(w) || !r.get(h) || w <= 0 || h <= 0 || w > 8192 || h > 8192)
      return std::nullopt;
    t->at = at;
    t->image.pts = pts;
    t->image.width = w;
    t->image.height = h;
    t->image.rgb.resize(static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 3);
    if (!r.getBytes(t->image.rgb.data(), t->image.rgb.size()))
      return std::nullopt;
    out.push_back(std::move(t));
  }
  if (!r.atEnd())
    return std::nullopt;
  return out;
}

// Makes the thumbnails of one file. Calling thread only.
class ThumbnailMaker {
public:
  ThumbnailMaker(const std::string &path, Micros interval, int width, const WorkControl &control,
                 const std::function<void(ThumbnailPtr)> &each)
      : m_path(path), m_interval(interval), m_width(width), m_control(control), m_each(each) {}
  void build(bg::DecoderInput &in, std::vector<ThumbnailPtr> &all);

private:
  enum class Got { Picture, SameKeyframe, Nothing };
  [[nodiscard]] bool stopping() const { return m_control.stop.stop_requested(); }
  [[nodiscard]] Got decodeKeyframeAt(bg::DecoderInput &in, Micros target, std::int64_t lastKeyPts, AVFrame *out,
                                     std::int64_t &keyPts);
  [[nodiscard]] RgbImage toThumb(const bg::DecoderInput &in, const AVFrame *f);

  const std::string &m_path;
  Micros m_interval;
  int m_width;
  const WorkControl &m_control;
  const std::function<void(ThumbnailPtr)> &m_each;
  av::SwsPtr m_sws;
};

} // namespace

std::vector<ThumbnailPtr> makeThumbnails(const std::string &path, Micros interval, int width,
                                         const std::string &cacheDir, const WorkControl &control,
                                         const std::function<void(ThumbnailPtr)> &each) {
  std::vector<ThumbnailPtr> all;
  try {
    if (interval <= 0 || width < 8)
      throw MediaError(ErrorCode::Internal, path, "thumbnails: interval must be positive and width at least 8");
    checkReadableFile(path); // before fingerprint(): the same code as probe() for a bad path
    const std::string file = cacheDir + "/thumbs-" + fingerprint(path) + "-" + std::to_string(interval) + "-" +
                             std::to_string(width) + ".bin";
    if (auto bytes = cacheDir.empty() ? std::nullopt : cache::readFile(file, kThumbsMagic))
      if (auto cached = deserialize(*bytes)) {
        if (each)
          for (const auto &t : *cached)
            each(t);
        bg::report(control, 1.0f);
        return std::move(*cached);
      }
    auto in = bg::openDecoderInput(path, AVMEDIA_TYPE_VIDEO, control.stop);
    ThumbnailMaker(path, interval, width, control, each).build(in, all);
    if (!control.stop.stop_requested()) {
      if (!cacheDir.empty())
        (void)cache::writeFile(file, kThumbsMagic, serialize(all)); // a failed cache write only costs time
      bg::report(control, 1.0f);
    }
  } catch (const MediaError &) {
    if (!control.stop.stop_requested()) // an interrupted open is a stop, not a failure
      throw;
  }
  return all;
}

void ThumbnailMaker::build(bg::DecoderInput &in, std::vector<ThumbnailPtr> &all) {
  AVCodecContext *dec = in.dec.get();
  // Keyframes only, and the cheapest decode of them: no deblocking (the
  // picture is shrunk to a few per cent of its pixels anyway).
  dec->skip_frame = AVDISCARD_NONKEY;
  dec->skip_loop_filter = AVDISCARD_ALL;
  dec->flags2 |= AV_CODEC_FLAG2_FAST;
  // Up to the end of what is in the file: an incomplete copy gets no
  // pictures for its missing stretch (a seek there would bring the last
  // keyframe there is, or the first).
  const Micros duration = std::max<Micros>(std::min(in.duration, in.playable), 1);
  const auto count = (duration + m_interval - 1) / m_interval;
  av::AvFramePtr frame(av_frame_alloc());
  std::int64_t lastKeyPts = AV_NOPTS_VALUE;
  for (std::int64_t k = 0; k < count && !stopping(); ++k) {
    const Micros at = k * m_interval;
    std::int64_t keyPts = AV_NOPTS_VALUE;
    const Got got = decodeKeyframeAt(in, at, all.empty() ? AV_NOPTS_VALUE : lastKeyPts, frame.get(), keyPts);
    if (got == Got::Nothing) {
      if (stopping())
        return;
      continue; // nothing decodable here (damaged stretch): leave a gap
    }
    auto t = std::make_shared<Thumbnail>();
    t->at = at;
    if (got == Got::SameKeyframe) {
      t->image = all.back()->image; // intervals shorter than the GOP share a keyframe
    } else {
      t->image = toThumb(in, frame.get());
      lastKeyPts = keyPts;
      av_frame_unref(frame.get());
    }
    all.push_back(t);
    if (m_each)
      m_each(std::move(t));
    bg::report(m_control, std::min(0.99f, static_cast<float>(k + 1) / static_cast<float>(count)));
  }
}

// Seeks to the keyframe at or before `target` and decodes just that one,
// unless it is the keyframe (packet pts) `lastKeyPts` decoded last time.
// Before the first keyframe, the first one. Keyframes without a timestamp
// (MPEG-PS gives none to some) are passed over: their time is unknown.
ThumbnailMaker::Got ThumbnailMaker::decodeKeyframeAt(bg::DecoderInput &in, Micros target, std::int64_t lastKeyPts,
                                                     AVFrame *out, std::int64_t &keyPts) {
  AVFormatContext *fmt = in.fmt.get();
  AVCodecContext *dec = in.dec.get();
  const std::int64_t limit = av_rescale_q(target + in.startTime, AVRational{1, AV_TIME_BASE}, in.stream->time_base);
  // Formats that seek by time without an index (MPEG-TS/PS) land near the
  // time, not on a keyframe: read on to the last keyframe at or before it.
  const bool scan = !seeksLandOnKeyframes(*fmt);
  av::PacketPtr before(av_packet_alloc()), after(av_packet_alloc()), pkt(av_packet_alloc());
  // Reads on to the next keyframe with a time: into `before` while at or
  // before the target and `fillBefore` (only the first unless scanning),
  // else into `after`.
  const auto readKeys = [&](bool fillBefore) {
    for (int n = 0; n < kMaxPacketsPerThumb && !stopping(); ++n) {
      if (av_read_frame(fmt, pkt.get()) < 0)
        return;
      const bool key = pkt->stream_index == in.stream->index && (pkt->flags & AV_PKT_FLAG_KEY) != 0 &&
                       pkt->pts != AV_NOPTS_VALUE;
      if (key && fillBefore && pkt->pts <= limit) {
        av_packet_unref(before.get());
        av_packet_move_ref(before.get(), pkt.get());
        if (!scan)
          return;
      } else if (key) {
        av_packet_move_ref(after.get(), pkt.get());
        return;
      }
      av_packet_unref(pkt.get());
    }
  };
  // One packet in, then drain: the decoder hands out the picture at once
  // instead of waiting for reordering. A packet an edit list hides decodes
  // to nothing.
  const auto decodeOne = [&](AVPacket *candidate) -> std::optional<Got> {
    keyPts = candidate->pts;
    if (keyPts == lastKeyPts)
      return Got::SameKeyframe;
    avcodec_flush_buffers(dec);
    const bool sent = avcodec_send_packet(dec, candidate) >= 0;
    (void)avcodec_send_packet(dec, nullptr);
    const bool got = sent && avcodec_receive_frame(dec, out) >= 0;
    avcodec_flush_buffers(dec);
    if (!got)
      return std::nullopt;
    out->pts = keyPts;
    return Got::Picture;
  };
  Micros back = 0;
  while (!stopping()) {
    const Micros seekTo = std::max<Micros>(0, target - back);
    (void)seekToKeyframeBefore(*fmt, seekTo, in.startTime);
    av_packet_unref(before.get());
    av_packet_unref(after.get());
    readKeys(true);
    if (before->size == 0 && seekTo > 0) {
      back = back == 0 ? kFirstBackoff : back * 2; // landed after the keyframe before the target
      continue;
    }
    if (before->size != 0)
      if (auto got = decodeOne(before.get()))
        return *got;
    if (after->size == 0)
      readKeys(false); // the keyframe before did not decode: the next one
    if (after->size != 0)
      if (auto got = decodeOne(after.get()))
        return *got;
    return Got::Nothing;
  }
  return Got::Nothing;
}

RgbImage ThumbnailMaker::toThumb(const bg::DecoderInput &in, const AVFrame *f) {
  const bool swap = in.rotation == 90 || in.rotation == 270;
  double sar = 1.0;
  if (f->sample_aspect_ratio.num > 0 && f->sample_aspect_ratio.den > 0)
    sar = av_q2d(f->sample_aspect_ratio);
  const double shownW = swap ? f->height : f->width * sar;
  const double shownH = swap ? f->width * sar : f->height;
  const int outW = m_width;
  const int outH = std::max(1, static_cast<int>(std::lround(outW * shownH / shownW)));
  const int codedW = swap ? outH : outW, codedH = swap ? outW : outH;
  m_sws.reset(sws_getCachedContext(m_sws.release(), f->width, f->height, static_cast<AVPixelFormat>(f->format), codedW,
                                   codedH, AV_PIX_FMT_RGB24, SWS_FAST_BILINEAR, nullptr, nullptr, nullptr));
  if (!m_sws)
    throw MediaError(ErrorCode::Internal, m_path, "thumbnails: cannot set up scaling");
  RgbImage img;
  img.width = codedW;
  img.height = codedH;
  img.pts = f->pts == AV_NOPTS_VALUE ? 0 : bg::toTimeline(in, f->pts);
  img.rgb.resize(static_cast<std::size_t>(codedW) * static_cast<std::size_t>(codedH) * 3);
  std::uint8_t *dst[4] = {img.rgb.data(), nullptr, nullptr, nullptr};
  int dstStride[4] = {codedW * 3, 0, 0, 0};
  sws_scale(m_sws.get(), f->data, f->linesize, 0, f->height, dst, dstStride);
  return rotateRgb(img, in.rotation);
}

} // namespace spiegel::media
