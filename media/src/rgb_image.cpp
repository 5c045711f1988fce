// toRgb and writePng.
#include "av_ptr.hpp"
#include "spiegel/media/error.hpp"
#include "spiegel/media/frame.hpp"
#include "whole_file.hpp"

extern "C" {
#include <libavutil/opt.h>
}

namespace spiegel::media {
namespace {

// zlib level 1 instead of the encoder's default (6): on a noisy 1080p camera
// frame 85 ms instead of 210 ms, and with the "up" filter (each row minus
// the one above) the file is even smaller than level 6 without a filter
// (2.19 MB against 2.27 MB). Higher levels buy a few per cent at 2-6x the
// time; PNG is lossless, so the picture is the same either way.
constexpr int kPngCompressionLevel = 1;
constexpr const char *kPngPrediction = "up";

// Turns a packed RGB24 picture clockwise by `rotation` degrees.
std::vector<std::uint8_t> rotate(const std::vector<std::uint8_t> &src, int w, int h, int rotation) {
  std::vector<std::uint8_t> dst(src.size());
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      int dx = x, dy = y, dw = w;
      switch (rotation) {
      case 90:
        dx = h - 1 - y;
        dy = x;
        dw = h;
        break;
      case 180:
        dx = w - 1 - x;
        dy = h - 1 - y;
        break;
      case 270:
        dx = y;
        dy = w - 1 - x;
        dw = h;
        break;
      default:
        break;
      }
      const auto s =
          (static_cast<std::size_t>(y) * static_cast<std::size_t>(w) + static_cast<std::size_t>(x)) * 3;
      const auto d =
          (static_cast<std::size_t>(dy) * static_cast<std::size_t>(dw) + static_cast<std::size_t>(dx)) * 3;
      dst[d] = src[s];
      dst[d + 1] = src[s + 1];
      dst[d + 2] = src[s + 2];
    }
  return dst;
}

} // namespace

RgbImage toRgb(const VideoFrame &frame, int maxWidth) {
  RgbImage out;
  out.pts = frame.pts;
  if (frame.width <= 0 || frame.height <= 0)
    return out;
  const bool sideways = frame.rotation == 90 || frame.rotation == 270;
  const int displayW = sideways ? frame.height : frame.width;
  double scale = 1.0;
  if (maxWidth > 0 && displayW > maxWidth)
    scale = static_cast<double>(maxWidth) / displayW;
  const int w = std::max(1, static_cast<int>(frame.width * scale + 0.5));
  const int h = std::max(1, static_cast<int>(frame.height * scale + 0.5));
  av::SwsPtr sws(sws_getContext(frame.width, frame.height, AV_PIX_FMT_YUV420P, w, h, AV_PIX_FMT_RGB24,
                                SWS_BICUBIC | SWS_ACCURATE_RND | SWS_FULL_CHR_H_INT, nullptr, nullptr,
                                nullptr));
  if (!sws)
    throw MediaError(ErrorCode::Internal, "", "cannot create the colour converter");
  const int *coeffs = sws_getCoefficients(frame.bt709 ? SWS_CS_ITU709 : SWS_CS_ITU601);
  const int *dstCoeffs = sws_getCoefficients(SWS_CS_DEFAULT);
  // brightness 0, contrast and saturation 1.0 in 16.16 fixed point
  sws_setColorspaceDetails(sws.get(), coeffs, frame.fullRange ? 1 : 0, dstCoeffs, 1, 0, 1 << 16, 1 << 16);
  std::vector<std::uint8_t> rgb(static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 3);
  const std::uint8_t *src[4] = {frame.y.data(), frame.u.data(), frame.v.data(), nullptr};
  const int srcStride[4] = {frame.strideY, frame.strideUV, frame.strideUV, 0};
  std::uint8_t *dst[4] = {rgb.data(), nullptr, nullptr, nullptr};
  const int dstStride[4] = {w * 3, 0, 0, 0};
  sws_scale(sws.get(), src, srcStride, 0, frame.height, dst, dstStride);
  if (frame.rotation == 0) {
    out.width = w;
    out.height = h;
    out.rgb = std::move(rgb);
  } else {
    out.width = sideways ? h : w;
    out.height = sideways ? w : h;
    out.rgb = rotate(rgb, w, h, frame.rotation);
  }
  return out;
}

void writePng(const RgbImage &image, const std::string &path) {
  if (image.width <= 0 || image.height <= 0 ||
      image.rgb.size() < static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height) * 3)
    throw MediaError(ErrorCode::EncodeFailed, path, "empty image");
  const AVCodec *codec = avcodec_find_encoder(AV_CODEC_ID_PNG);
  if (codec == nullptr)
    throw MediaError(ErrorCode::EncodeFailed, path, "FFmpeg has no PNG encoder");
  av::CodecPtr enc(avcodec_alloc_context3(codec));
  if (!enc)
    throw MediaError(ErrorCode::EncodeFailed, path, "out of memory");
  enc->width = image.width;
  enc->height = image.height;
  enc->pix_fmt = AV_PIX_FMT_RGB24;
  enc->time_base = AVRational{1, 25};
  enc->compression_level = kPngCompressionLevel;
  int rc = av_opt_set(enc->priv_data, "pred", kPngPrediction, 0);
  if (rc >= 0)
    rc = avcodec_open2(enc.get(), codec, nullptr);
  if (rc < 0)
    throw MediaError(ErrorCode::EncodeFailed, path, av::errorText(rc));
  auto frame = av::makeFrame();
  frame->width = image.width;
  frame->height = image.height;
  frame->format = AV_PIX_FMT_RGB24;
  frame->pts = 0;
  // The encoder only reads the picture; FFmpeg's API is not const-correct.
  frame->data[0] = const_cast<std::uint8_t *>(image.rgb.data());
  frame->linesize[0] = image.width * 3;
  auto pkt = av::makePacket();
  rc = avcodec_send_frame(enc.get(), frame.get());
  if (rc >= 0)
    rc = avcodec_send_frame(enc.get(), nullptr);
  if (rc >= 0)
    rc = avcodec_receive_packet(enc.get(), pkt.get());
  frame->data[0] = nullptr;
  if (rc < 0)
    throw MediaError(ErrorCode::EncodeFailed, path, av::errorText(rc));
  switch (writeWholeFile(path, {{pkt->data, static_cast<std::size_t>(pkt->size)}})) {
  case WriteResult::Ok: return;
  case WriteResult::CannotCreate: throw MediaError(ErrorCode::EncodeFailed, path, "cannot create the file");
  case WriteResult::CannotWrite: throw MediaError(ErrorCode::EncodeFailed, path, "cannot write the file");
  }
}

} // namespace spiegel::media
