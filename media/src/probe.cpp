#include "spiegel/media/probe.hpp"
#include "input_file.hpp"
#include "stream_facts.hpp"

extern "C" {
#include <libavutil/channel_layout.h>
#include <libavutil/display.h>
}

#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

namespace spiegel::media {
namespace {

// Packets looked at to judge whether the frame rate varies: about two
// seconds of video, cheap next to find_stream_info.
constexpr int kVfrPackets = 60;
// Spacing between timestamps that differs from the typical spacing by more
// than this fraction counts as variable: phones vary by 10 % and more.
constexpr double kVfrTolerance = 0.05;
// …and by more than this many ticks of the stream time base, so rounding to
// a coarse time base (Matroska's 1 ms: 16/17 ms at 60 fps) is not variable.
constexpr double kVfrTickSlack = 1.5;
// Rates in fps; r_frame_rate and avg_frame_rate further apart than this
// fraction mean the timestamps are not evenly spaced.
constexpr double kRateTolerance = 0.02;

double rate(AVRational r) {
  return r.num > 0 && r.den > 0 ? av_q2d(r) : 0.0;
}

// Reads the first video packets and tests whether their presentation times
// are evenly spaced. Rewinds afterwards is not needed: probe closes the file.
std::map<int, bool> unevenSpacing(AVFormatContext &fmt) {
  std::map<int, std::vector<std::int64_t>> pts;
  auto pkt = av::makePacket();
  for (int n = 0; n < kVfrPackets * 4; ++n) {
    if (av_read_frame(&fmt, pkt.get()) < 0)
      break;
    const AVStream *st = fmt.streams[pkt->stream_index];
    if (st->codecpar->codec_type == AVMEDIA_TYPE_VIDEO && pkt->pts != av::kNoPts)
      pts[pkt->stream_index].push_back(pkt->pts);
    av_packet_unref(pkt.get());
    bool enough = !pts.empty();
    for (const auto &[i, v] : pts)
      enough = enough && v.size() >= static_cast<std::size_t>(kVfrPackets);
    if (enough)
      break;
  }
  std::map<int, bool> out;
  for (auto &[index, v] : pts) {
    std::sort(v.begin(), v.end());
    std::vector<std::int64_t> d;
    for (std::size_t i = 1; i < v.size(); ++i)
      if (v[i] > v[i - 1])
        d.push_back(v[i] - v[i - 1]);
    if (d.size() < 3)
      continue;
    auto sorted = d;
    std::nth_element(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(sorted.size() / 2),
                     sorted.end());
    const double median = static_cast<double>(sorted[sorted.size() / 2]);
    const double tolerance = std::max(kVfrTolerance * median, kVfrTickSlack);
    const auto uneven = std::count_if(d.begin(), d.end(), [&](std::int64_t x) {
      return std::abs(static_cast<double>(x) - median) > tolerance;
    });
    out[index] = uneven > 0;
  }
  return out;
}

std::string layoutName(const AVChannelLayout &layout) {
  char buf[128] = {};
  if (av_channel_layout_describe(&layout, buf, sizeof buf) < 0)
    return {};
  return buf;
}

StreamInfo describeStream(const AVStream &st) {
  StreamInfo s;
  s.index = st.index;
  const AVCodecParameters &par = *st.codecpar;
  s.codec = avcodec_get_name(par.codec_id);
  if (const AVDictionaryEntry *lang = av_dict_get(st.metadata, "language", nullptr, 0))
    s.language = lang->value;
  switch (par.codec_type) {
  case AVMEDIA_TYPE_VIDEO:
    s.type = StreamType::Video;
    s.width = par.width;
    s.height = par.height;
    s.fps = rate(st.avg_frame_rate) > 0 ? rate(st.avg_frame_rate) : rate(st.r_frame_rate);
    s.rotation = rotationOf(st);
    s.interlaced = interlacedOf(st);
    {
      const double r = rate(st.r_frame_rate), a = rate(st.avg_frame_rate);
      s.variableFps = r > 0 && a > 0 && std::abs(r - a) > kRateTolerance * r;
    }
    break;
  case AVMEDIA_TYPE_AUDIO:
    s.type = StreamType::Audio;
    s.sampleRate = par.sample_rate;
    s.channels = par.ch_layout.nb_channels;
    s.channelLayout = layoutName(par.ch_layout);
    break;
  case AVMEDIA_TYPE_SUBTITLE:
    s.type = StreamType::Subtitle;
    break;
  default:
    s.type = StreamType::Other;
    break;
  }
  return s;
}

} // namespace

int rotationOf(const AVStream &stream) {
  const auto *matrix = reinterpret_cast<const std::int32_t *>(
      av_stream_get_side_data(&stream, AV_PKT_DATA_DISPLAYMATRIX, nullptr));
  if (matrix == nullptr)
    return 0;
  const double ccw = av_display_rotation_get(matrix); // counter-clockwise degrees
  if (std::isnan(ccw))
    return 0;
  long cw = std::lround(-ccw / 90.0) * 90;
  cw %= 360;
  if (cw < 0)
    cw += 360;
  return static_cast<int>(cw);
}

bool interlacedOf(const AVStream &stream) {
  const auto fo = stream.codecpar->field_order;
  return fo != AV_FIELD_UNKNOWN && fo != AV_FIELD_PROGRESSIVE;
}

MediaInfo probe(const std::string &path) {
  auto fmt = openInput(path);
  return describeInput(*fmt, path);
}

MediaInfo describeInput(AVFormatContext &fmt, const std::string &path) {
  MediaInfo info;
  info.path = path;
  info.container = fmt.iformat->name;
  info.startOffset = startOffsetOf(fmt);
  info.duration = fmt.duration == av::kNoPts ? 0 : std::max<std::int64_t>(0, fmt.duration);
  info.playable = playableEnd(fmt, info.duration, info.startOffset);
  info.bitRate = fmt.bit_rate;
  for (unsigned i = 0; i < fmt.nb_streams; ++i) {
    const AVStream &st = *fmt.streams[i];
    if ((st.disposition & AV_DISPOSITION_ATTACHED_PIC) != 0)
      continue; // cover art in an audio file is not a video stream
    info.streams.push_back(describeStream(st));
  }
  for (const auto &[index, uneven] : unevenSpacing(fmt))
    for (auto &s : info.streams)
      if (s.index == index)
        s.variableFps = s.variableFps || uneven;
  return info;
}

} // namespace spiegel::media
