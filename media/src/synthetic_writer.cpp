// writeSynthetic: encodes a synthetic recording with libavcodec/libavformat.
// One thread (the caller's); nothing here is shared.
#include "av_ptr.hpp"
#include "spiegel/media/error.hpp"
#include "spiegel/media/generator.hpp"
#include "synthetic_picture.hpp"

extern "C" {
#include <libavutil/display.h>
#include <libavutil/opt.h>
}

#include <algorithm>
#include <cmath>
#include <numbers>

namespace spiegel::media {
namespace {

using namespace av;

// Variable frame rate: timestamps in 1/kVfrTicks of a nominal frame, each
// frame moved by up to ±kVfrJitter ticks (a phone's frame pacing).
constexpr int kVfrTicks = 100;
constexpr int kVfrJitter = 35;
// Tone level: loud enough to see in a waveform, far from clipping.
constexpr double kToneLevel = 0.5;
// Audio frame size for encoders that take any size (PCM).
constexpr int kPcmFrameSize = 1024;

struct Plan {
  const char *videoEncoder = nullptr; // null = audio-only container
  const char *audioEncoder = nullptr;
};

std::string extensionOf(const std::string &path) {
  const auto dot = path.rfind('.');
  std::string ext = dot == std::string::npos ? "" : path.substr(dot + 1);
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

Plan planFor(const std::string &path) {
  const std::string ext = extensionOf(path);
  if (ext == "mp4" || ext == "mov" || ext == "mkv" || ext == "ts" || ext == "m2ts" || ext == "mts")
    return {"libx264", "aac"};
  if (ext == "avi")
    return {"libx264", "libmp3lame"};
  if (ext == "webm")
    return {"libvpx-vp9", "libvorbis"};
  if (ext == "m4a")
    return {nullptr, "aac"};
  if (ext == "mp3")
    return {nullptr, "libmp3lame"};
  if (ext == "wav")
    return {nullptr, "pcm_s16le"};
  if (ext == "ogg")
    return {nullptr, "libvorbis"};
  if (ext == "flac")
    return {nullptr, "flac"};
  throw MediaError(ErrorCode::EncodeFailed, path, "writeSynthetic: unsupported extension '." + ext + "'");
}

// Deterministic jitter for frame i (a hash, so runs are reproducible).
int jitterFor(std::int64_t i) {
  auto h = static_cast<std::uint64_t>(i) * 0x9E3779B97F4A7C15ULL;
  h ^= h >> 29;
  return static_cast<int>(h % (2 * kVfrJitter + 1)) - kVfrJitter;
}

class Writer {
public:
  explicit Writer(const SyntheticSpec &spec) : m_spec(spec), m_plan(planFor(spec.path)), m_painter(spec) {}

  void run() {
    openOutput();
    if (m_plan.videoEncoder != nullptr && m_spec.video)
      addVideo();
    if (m_spec.audio || m_plan.videoEncoder == nullptr)
      addAudio();
    if (m_video == nullptr && m_audio == nullptr)
      fail("neither video nor audio requested", 0);
    if ((m_out->oformat->flags & AVFMT_NOFILE) == 0)
      check(avio_open(&m_out->pb, m_spec.path.c_str(), AVIO_FLAG_WRITE), "cannot create the file");
    check(avformat_write_header(m_out.get(), nullptr), "cannot write the header");
    m_pkt.reset(av_packet_alloc());
    const std::int64_t frames = frameCount();
    const std::int64_t samples = av_rescale(m_spec.duration, m_spec.sampleRate, kMicrosPerSecond);
    std::int64_t vi = 0;
    while ((m_video != nullptr && vi < frames) || (m_audio != nullptr && m_samplesDone < samples)) {
      const bool videoLeft = m_video != nullptr && vi < frames;
      const bool audioLeft = m_audio != nullptr && m_samplesDone < samples;
      const Micros vt = videoLeft ? frameTimeMicros(vi) : INT64_MAX;
      const Micros at = audioLeft ? av_rescale(m_samplesDone, kMicrosPerSecond, m_spec.sampleRate) : INT64_MAX;
      if (vt <= at)
        encodeVideoFrame(vi++);
      else
        encodeAudioFrame(samples);
    }
    if (m_video != nullptr)
      send(m_video.get(), m_videoStream, nullptr);
    if (m_audio != nullptr)
      send(m_audio.get(), m_audioStream, nullptr);
    check(av_write_trailer(m_out.get()), "cannot finish the file");
  }

private:
  [[noreturn]] void fail(const std::string &what, int err) {
    throw MediaError(ErrorCode::EncodeFailed, m_spec.path,
                     "writeSynthetic: " + what + (err < 0 ? ": " + errorText(err) : std::string()));
  }
  int check(int ret, const char *what) {
    if (ret < 0)
      fail(what, ret);
    return ret;
  }

  [[nodiscard]] std::int64_t frameCount() const {
    return std::max<std::int64_t>(1, av_rescale(m_spec.duration, m_spec.fpsNum, kMicrosPerSecond * m_spec.fpsDen));
  }
  // Presentation time of frame i in the video encoder's time base.
  [[nodiscard]] std::int64_t framePts(std::int64_t i) const {
    if (!m_spec.variableFps)
      return i;
    return i * kVfrTicks + (i == 0 ? 0 : jitterFor(i));
  }
  [[nodiscard]] Micros frameTimeMicros(std::int64_t i) const {
    return av_rescale_q(framePts(i), m_video->time_base, AVRational{1, static_cast<int>(kMicrosPerSecond)});
  }

  void openOutput() {
    AVFormatContext *oc = nullptr;
    check(avformat_alloc_output_context2(&oc, nullptr, nullptr, m_spec.path.c_str()), "no muxer for this name");
    m_out.reset(oc);
  }

  AVStream *newStream(AVCodecContext *ctx) {
    AVStream *st = avformat_new_stream(m_out.get(), nullptr);
    if (st == nullptr)
      fail("cannot add a stream", 0);
    check(avcodec_parameters_from_context(st->codecpar, ctx), "cannot copy codec parameters");
    st->time_base = ctx->time_base;
    return st;
  }

  void addVideo();
  AVDictionary *videoEncoderOptions(AVCodecContext *c);
  void addAudio();
  void encodeVideoFrame(std::int64_t i);
  void encodeAudioFrame(std::int64_t totalSamples);
  void fillAudio(AVFrame *f, int n);

  // Sends a frame (null = drain) and writes every packet that comes out.
  void send(AVCodecContext *ctx, AVStream *st, AVFrame *frame) {
    check(avcodec_send_frame(ctx, frame), "the encoder refused a frame");
    while (true) {
      const int ret = avcodec_receive_packet(ctx, m_pkt.get());
      if (ret == errorAgain() || ret == errorEof())
        return;
      check(ret, "the encoder failed");
      av_packet_rescale_ts(m_pkt.get(), ctx->time_base, st->time_base);
      const std::int64_t shift = av_rescale_q(m_spec.startOffset, AVRational{1, static_cast<int>(kMicrosPerSecond)}, st->time_base);
      if (m_pkt->pts != AV_NOPTS_VALUE)
        m_pkt->pts += shift;
      if (m_pkt->dts != AV_NOPTS_VALUE)
        m_pkt->dts += shift;
      m_pkt->stream_index = st->index;
      check(av_interleaved_write_frame(m_out.get(), m_pkt.get()), "cannot write a packet");
    }
  }

  const SyntheticSpec &m_spec;
  Plan m_plan;
  PicturePainter m_painter;
  OutputPtr m_out;
  CodecPtr m_video, m_audio;
  AVStream *m_videoStream = nullptr, *m_audioStream = nullptr; // owned by m_out
  AvFramePtr m_videoFrame, m_audioFrame;
  PacketPtr m_pkt;
  std::int64_t m_samplesDone = 0;
  double m_phase = 0.0; // tone phase, radians
};

// Rate control and speed settings of the video encoder (the caller frees).
AVDictionary *Writer::videoEncoderOptions(AVCodecContext *c) {
  AVDictionary *opts = nullptr;
  if (std::string(m_plan.videoEncoder) == "libx264") {
    av_dict_set(&opts, "preset", m_spec.preset.c_str(), 0);
    av_dict_set(&opts, "x264-params", "scenecut=0", 0);
    if (m_spec.videoBitRate > 0)
      c->bit_rate = m_spec.videoBitRate;
    else
      av_dict_set_int(&opts, "crf", m_spec.crf, 0);
  } else { // VP9: realtime settings keep generation quick
    av_dict_set(&opts, "deadline", "realtime", 0);
    av_dict_set(&opts, "cpu-used", "8", 0);
    av_dict_set(&opts, "row-mt", "1", 0);
    if (m_spec.videoBitRate > 0) {
      c->bit_rate = m_spec.videoBitRate;
    } else {
      c->bit_rate = 0;
      av_dict_set_int(&opts, "crf", 32, 0);
    }
  }
  return opts;
}

void Writer::addVideo() {
  const AVCodec *codec = avcodec_find_encoder_by_name(m_plan.videoEncoder);
  if (codec == nullptr)
    fail(std::string("no encoder ") + m_plan.videoEncoder, 0);
  m_video.reset(avcodec_alloc_context3(codec));
  AVCodecContext *c = m_video.get();
  c->width = m_spec.width;
  c->height = m_spec.height;
  c->pix_fmt = AV_PIX_FMT_YUV420P;
  c->framerate = AVRational{m_spec.fpsNum, m_spec.fpsDen};
  c->time_base = m_spec.variableFps ? AVRational{m_spec.fpsDen, m_spec.fpsNum * kVfrTicks}
                                    : AVRational{m_spec.fpsDen, m_spec.fpsNum};
  c->gop_size = std::max(1, static_cast<int>(std::lround(m_spec.gopSeconds * m_spec.fpsNum / m_spec.fpsDen)));
  c->keyint_min = c->gop_size; // together with scenecut=0: keyframes exactly every GOP
  c->max_b_frames = m_spec.bFrames;
  c->color_range = AVCOL_RANGE_MPEG;
  if (m_spec.height >= 720) {
    c->colorspace = AVCOL_SPC_BT709;
    c->color_primaries = AVCOL_PRI_BT709;
    c->color_trc = AVCOL_TRC_BT709;
  }
  if (m_spec.interlaced) {
    c->flags |= AV_CODEC_FLAG_INTERLACED_DCT | AV_CODEC_FLAG_INTERLACED_ME;
    c->field_order = AV_FIELD_TT;
  }
  if ((m_out->oformat->flags & AVFMT_GLOBALHEADER) != 0)
    c->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
  AVDictionary *opts = videoEncoderOptions(c);
  const int ret = avcodec_open2(c, codec, &opts);
  av_dict_free(&opts);
  check(ret, "cannot open the video encoder");
  m_videoStream = newStream(c);
  m_videoStream->avg_frame_rate = c->framerate;
  if (m_spec.rotation % 360 != 0) {
    auto *matrix = reinterpret_cast<std::int32_t *>(
        av_stream_new_side_data(m_videoStream, AV_PKT_DATA_DISPLAYMATRIX, sizeof(std::int32_t) * 9));
    if (matrix == nullptr)
      fail("cannot add the display matrix", 0);
    // Ours is the clockwise turn that displays the picture upright. Checked
    // against ffmpeg's autorotate: av_display_rotation_set(m, 90) is the
    // matrix of a phone held upright (ffprobe: "rotation of -90.00 degrees"),
    // which the CLI turns clockwise. Reading back: clockwise = -get(m).
    av_display_rotation_set(matrix, static_cast<double>(m_spec.rotation));
  }
  m_videoFrame.reset(av_frame_alloc());
  m_videoFrame->format = c->pix_fmt;
  m_videoFrame->width = c->width;
  m_videoFrame->height = c->height;
  check(av_frame_get_buffer(m_videoFrame.get(), 0), "cannot allocate a picture");
}

void Writer::encodeVideoFrame(std::int64_t i) {
  AVFrame *f = m_videoFrame.get();
  check(av_frame_make_writable(f), "cannot reuse the picture");
  m_painter.paint({f->data[0], f->data[1], f->data[2], f->linesize[0], f->linesize[1]}, i, frameTimeMicros(i));
  f->pts = framePts(i);
  if (m_spec.interlaced) {
    f->interlaced_frame = 1;
    f->top_field_first = 1;
  }
  send(m_video.get(), m_videoStream, f);
}

void Writer::addAudio() {
  const AVCodec *codec = avcodec_find_encoder_by_name(m_plan.audioEncoder);
  if (codec == nullptr)
    fail(std::string("no encoder ") + m_plan.audioEncoder, 0);
  m_audio.reset(avcodec_alloc_context3(codec));
  AVCodecContext *c = m_audio.get();
  c->sample_rate = m_spec.sampleRate;
  av_channel_layout_default(&c->ch_layout, m_spec.channels);
  c->time_base = AVRational{1, m_spec.sampleRate};
  c->sample_fmt = AV_SAMPLE_FMT_NONE;
  for (AVSampleFormat want : {AV_SAMPLE_FMT_FLTP, AV_SAMPLE_FMT_FLT, AV_SAMPLE_FMT_S16P, AV_SAMPLE_FMT_S16,
                              AV_SAMPLE_FMT_S32P, AV_SAMPLE_FMT_S32})
    for (const AVSampleFormat *f = codec->sample_fmts; f != nullptr && *f != AV_SAMPLE_FMT_NONE; ++f)
      if (*f == want && c->sample_fmt == AV_SAMPLE_FMT_NONE)
        c->sample_fmt = want;
  if (c->sample_fmt == AV_SAMPLE_FMT_NONE)
    fail("no usable sample format", 0);
  if (std::string(m_plan.audioEncoder) != "flac" && std::string(m_plan.audioEncoder).rfind("pcm", 0) != 0)
    c->bit_rate = 128'000;
  if ((m_out->oformat->flags & AVFMT_GLOBALHEADER) != 0)
    c->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
  AVDictionary *opts = nullptr;
  if (std::string(m_plan.audioEncoder) == "aac")
    av_dict_set(&opts, "aac_coder", "fast", 0); // 2× quicker than "twoloop"; tones and speech do not need more
  const int ret = avcodec_open2(c, codec, &opts);
  av_dict_free(&opts);
  check(ret, "cannot open the audio encoder");
  m_audioStream = newStream(c);
  m_audioFrame.reset(av_frame_alloc());
  m_audioFrame->format = c->sample_fmt;
  m_audioFrame->sample_rate = c->sample_rate;
  check(av_channel_layout_copy(&m_audioFrame->ch_layout, &c->ch_layout), "cannot set the channel layout");
  m_audioFrame->nb_samples = c->frame_size > 0 ? c->frame_size : kPcmFrameSize;
  check(av_frame_get_buffer(m_audioFrame.get(), 0), "cannot allocate audio");
}

// Fills n samples of every channel from spec.pcm or the per-second tone.
void Writer::fillAudio(AVFrame *f, int n) {
  const int ch = f->ch_layout.nb_channels;
  const auto fmt = static_cast<AVSampleFormat>(f->format);
  const bool planar = av_sample_fmt_is_planar(fmt) != 0;
  for (int s = 0; s < n; ++s) {
    const std::int64_t at = m_samplesDone + s;
    double v = 0.0;
    if (!m_spec.pcm.empty()) {
      v = at < static_cast<std::int64_t>(m_spec.pcm.size()) ? m_spec.pcm[static_cast<std::size_t>(at)] : 0.0f;
    } else {
      const double freq = toneFrequency(at / m_spec.sampleRate);
      v = kToneLevel * std::sin(m_phase);
      m_phase = std::fmod(m_phase + 2.0 * std::numbers::pi * freq / m_spec.sampleRate, 2.0 * std::numbers::pi);
    }
    v = std::clamp(v, -1.0, 1.0);
    for (int c = 0; c < ch; ++c) {
      const auto plane = static_cast<std::size_t>(planar ? c : 0);
      const auto idx = static_cast<std::size_t>(planar ? s : s * ch + c);
      switch (fmt) {
      case AV_SAMPLE_FMT_FLTP:
      case AV_SAMPLE_FMT_FLT:
        reinterpret_cast<float *>(f->data[plane])[idx] = static_cast<float>(v);
        break;
      case AV_SAMPLE_FMT_S16P:
      case AV_SAMPLE_FMT_S16:
        reinterpret_cast<std::int16_t *>(f->data[plane])[idx] = static_cast<std::int16_t>(std::lround(v * 32767.0));
        break;
      default:
        reinterpret_cast<std::int32_t *>(f->data[plane])[idx] =
            static_cast<std::int32_t>(std::llround(v * 2147483647.0));
        break;
      }
    }
  }
}

void Writer::encodeAudioFrame(std::int64_t totalSamples) {
  AVFrame *f = m_audioFrame.get();
  check(av_frame_make_writable(f), "cannot reuse the audio frame");
  const int full = m_audio->frame_size > 0 ? m_audio->frame_size : kPcmFrameSize;
  const auto left = totalSamples - m_samplesDone;
  // Only the last frame may be short (encoders with a fixed frame size
  // accept a short final frame).
  f->nb_samples = static_cast<int>(std::min<std::int64_t>(full, left));
  fillAudio(f, f->nb_samples);
  f->pts = m_samplesDone;
  m_samplesDone += f->nb_samples;
  send(m_audio.get(), m_audioStream, f);
}

} // namespace

double toneFrequency(std::int64_t second) { return 300.0 + 50.0 * static_cast<double>(second % 16); }

void writeSynthetic(const SyntheticSpec &spec) {
  if (spec.width < 64 || spec.height < 16 || spec.width % 2 != 0 || spec.height % 2 != 0)
    throw MediaError(ErrorCode::EncodeFailed, spec.path, "writeSynthetic: size must be even and at least 64x16");
  if (spec.fpsNum <= 0 || spec.fpsDen <= 0 || spec.duration <= 0 || spec.sampleRate <= 0 || spec.channels <= 0)
    throw MediaError(ErrorCode::EncodeFailed, spec.path, "writeSynthetic: duration, rate and channels must be positive");
  Writer(spec).run();
}

} // namespace spiegel::media
