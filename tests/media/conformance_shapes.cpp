#include "conformance_shapes.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <numbers>
#include <sstream>

namespace spiegel::test::conformance {
namespace {

namespace fs = std::filesystem;

// x264 at near-lossless quality keeps the barcode readable after a second
// generation; every shape from the CLI re-encodes the source once.
#define X264 "-c:v libx264 -preset ultrafast -crf 14 -g 50 -bf 2 "
#define INTERLACED "-flags +ildct+ilme -x264opts tff=1 "

void vfrPhone(media::SyntheticSpec &s) {
  s.variableFps = true;
  s.rotation = 90;
  s.fpsNum = 30;
}
void audio(media::SyntheticSpec &s) { s.video = false; }

const std::vector<Shape> kShapes = {
    // Progressive H.264 + AAC in MP4, as most phones and cameras write it.
    {"h264_mp4", ".mp4", "-c copy {out}"},
    {"h264_mkv", ".mkv", "-c copy {out}"},
    // A phone: variable frame rate, 30 fps nominal, held upright (90°).
    {"phone_vfr_rot90_mp4", ".mp4", "", vfrPhone, false, false, 90},
    // An MP4 cut by stream copy at 1.3 s: an edit list hides the packets
    // from the keyframe at 0 s to 1.3 s.
    {"h264_editlist_mp4", ".mp4", "-ss 1.3 -i {src} -map 0 -c copy {out}"},
    // Interlaced H.264 (x264 codes interlaced as MBAFF), top field first.
    {"h264_mbaff_mp4", ".mp4", X264 INTERLACED "-c:a aac {out}"},
    // AVCHD-like camcorder file: interlaced H.264 + AC-3 in MPEG-TS, its
    // clock an hour from zero.
    {"avchd_offset_mts", ".mts", X264 INTERLACED "-c:a ac3 -output_ts_offset 3600 -f mpegts {out}"},
    // The same in Blu-ray/AVCHD's 192-byte-packet M2TS.
    {"avchd_m2ts", ".m2ts", X264 INTERLACED "-c:a ac3 -output_ts_offset 3600 -f mpegts -mpegts_m2ts_mode 1 {out}"},
    // Progressive H.264 in MPEG-TS without an offset.
    {"h264_ts", ".ts", X264 "-c:a aac -f mpegts {out}"},
    // A TS whose 33-bit clock wraps 2.7 s into the file (2^33 / 90 kHz =
    // 95 443.7 s).
    {"h264_ts_ptswrap", ".ts", X264 "-c:a aac -output_ts_offset 95441 -f mpegts {out}"},
    // Tape/DVD camcorder: interlaced MPEG-2 with open GOPs (the B-frames
    // after each I-frame refer to the GOP before), in TS (.tod) and PS (.mod).
    {"mpeg2_interlaced_ts", ".ts",
     "-c:v mpeg2video -q:v 2 -g 12 -bf 2 -flags +ilme+ildct -top 1 -c:a mp2 -f mpegts {out}"},
    {"mpeg2_interlaced_ps", ".mpg",
     "-c:v mpeg2video -q:v 2 -g 12 -bf 2 -flags +ilme+ildct -top 1 -c:a mp2 -f vob {out}"},
    // DV from a tape camcorder: PAL 720×576, bottom field first, in AVI.
    {"dv_avi", ".avi", "-vf scale=720:576 -c:v dvvideo -pix_fmt yuv420p -c:a pcm_s16le -ar 48000 {out}"},
    // HEVC in MOV, turned 270° (rotation is written when remuxing), x265
    // with open GOPs (CRA keyframes with leading pictures).
    {"hevc_rot270_mov", ".mov",
     "-c:v libx265 -preset ultrafast -crf 16 -x265-params log-level=error:keyint=50:open-gop=1 -c:a aac "
     "{out}.hevc.mov && ffmpeg -nostdin -v error -y -i {out}.hevc.mov -map 0 -c copy "
     "-metadata:s:v:0 rotate=90 {out}", nullptr, false, false, 270},
    {"vp9_opus_webm", ".webm",
     "-c:v libvpx-vp9 -deadline realtime -cpu-used 8 -crf 20 -b:v 0 -g 50 -c:a libopus {out}"},
    {"mjpeg_avi", ".avi", "-c:v mjpeg -q:v 3 -c:a pcm_s16le {out}"},
    // Captures that start mid-GOP: the P- and B-frames before the first
    // keyframe (for MPEG-2 also the open GOP's leading B-frames) cannot be
    // decoded.
    {"ts_cut_mid_gop", ".ts", "", nullptr, false, true, 0, "h264_ts"},
    {"mpeg2_ts_cut_mid_gop", ".ts", "", nullptr, false, true, 0, "mpeg2_interlaced_ts"},
    // Sound recordings.
    {"audio_m4a", ".m4a", "", audio, true},
    {"audio_mp3", ".mp3", "", audio, true},
    {"audio_wav", ".wav", "", audio, true},
    {"audio_ogg", ".ogg", "", audio, true},
    {"audio_flac", ".flac", "", audio, true},
};

// Where the shapes live in support::sharedFile's folder; raise the version
// when a shape's recipe changes.
std::string sharedName(const std::string &file) { return "conformance_v1/" + file; }

void burstAudio(media::SyntheticSpec &s) {
  s.pcm.assign(static_cast<std::size_t>(s.sampleRate * (s.duration / kMicrosPerSecond)), 0.0f);
  const auto burst = static_cast<std::size_t>(s.sampleRate * kBurstLength / kMicrosPerSecond);
  for (std::size_t second = 0; second * static_cast<std::size_t>(s.sampleRate) < s.pcm.size(); ++second)
    for (std::size_t i = 0; i < burst; ++i) {
      const std::size_t at = second * static_cast<std::size_t>(s.sampleRate) + i;
      if (at < s.pcm.size())
        s.pcm[at] = static_cast<float>(
            0.6 * std::sin(2 * std::numbers::pi * 1000.0 * static_cast<double>(i) / s.sampleRate));
    }
}

// The source's spec (the generated shapes start from it too): 320×240, 2 s
// GOP, 2 B-frames, near-lossless, no timecode line, the burst audio.
media::SyntheticSpec baseSpec() {
  auto s = support::smallClip(kSourceDuration);
  s.width = 320;
  s.height = 240;
  s.gopSeconds = 2.0;
  s.bFrames = 2;
  s.crf = 10;
  s.timecode = false;
  burstAudio(s);
  return s;
}

std::string sourceClip() { return support::sharedClip(sharedName("source.mp4"), baseSpec()); }

std::string replaceAll(std::string s, const std::string &what, const std::string &with) {
  for (std::size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + with.size()))
    s.replace(at, what.size(), with);
  return s;
}

// `from` without the bytes of its first second.
void cutHead(const std::string &from, const std::string &to) {
  constexpr std::uintmax_t kTsPacket = 188;
  const std::uintmax_t size = fs::file_size(from);
  const std::uintmax_t skip = size / 6 / kTsPacket * kTsPacket; // ~1 s of a 6 s file, inside the first GOP
  REQUIRE(runCapture("tail -c +" + std::to_string(skip + 1) + " " + quote(from) + " > " + quote(to) +
                     " && echo ok") == "ok\n");
}

} // namespace

const std::vector<Shape> &shapes() { return kShapes; }

const Shape &shape(const std::string &key) {
  for (const auto &s : kShapes)
    if (key == s.key)
      return s;
  FAIL("no shape " << key);
  throw; // not reached
}

// Two ways, one helper: our generator where it can write the shape, the
// ffmpeg CLI (an encoder library) where it cannot; both through
// support::sharedFile, so each is made once per build tree.
std::string makeShape(const Shape &shape) {
  const auto name = sharedName(std::string(shape.key) + shape.extension);
  if (shape.generate != nullptr) {
    auto spec = baseSpec();
    shape.generate(spec);
    return support::sharedClip(name, spec);
  }
  if (shape.cutFrom != nullptr) {
    const auto from = makeShape(conformance::shape(shape.cutFrom));
    return support::sharedFile(name, [&](const std::string &out) { cutHead(from, out); });
  }
  return support::sharedFile(name, [&](const std::string &out) {
    std::string args = shape.ffmpegArgs;
    if (args.find("{src}") == std::string::npos)
      args = "-i {src} -map 0 " + args;
    args = replaceAll(replaceAll(args, "{src}", quote(sourceClip())), "{out}", quote(out));
    INFO("ffmpeg " << args);
    REQUIRE(support::ffmpeg(args));
    fs::remove(out + ".hevc.mov");
  });
}

std::optional<std::size_t> Truth::indexAt(Micros t) const {
  std::optional<std::size_t> at;
  for (std::size_t i = 0; i < frames.size() && frames[i].pts <= t; ++i)
    at = i;
  return at;
}

const TruthFrame *Truth::withPts(Micros pts) const {
  for (const auto &f : frames)
    if (std::llabs(f.pts - pts) <= 2)
      return &f;
  return nullptr;
}

Truth truthOf(const std::string &path) {
  Truth truth;
  const auto format = ffprobe(path, "", "format=start_time");
  const double start = format.count("start_time") != 0 ? std::stod(format.at("start_time")) : 0.0;
  truth.startTime = std::llround(start * 1e6);
  // Every frame's time and key flag, in the order the decoder gives them.
  std::istringstream lines(runCapture("ffprobe -v error -select_streams v:0 -show_entries "
                                      "frame=best_effort_timestamp_time,key_frame -of compact=p=0 " +
                                      quote(path)));
  std::string line;
  while (std::getline(lines, line)) {
    TruthFrame f;
    bool timed = false;
    std::istringstream fields(line);
    std::string field;
    while (std::getline(fields, field, '|')) {
      const auto eq = field.find('=');
      if (eq == std::string::npos)
        continue;
      const std::string key = field.substr(0, eq), value = field.substr(eq + 1);
      if (key == "key_frame")
        f.key = value == "1";
      else if (key == "best_effort_timestamp_time" && value != "N/A") {
        f.pts = std::llround(std::stod(value) * 1e6) - truth.startTime;
        timed = true;
      }
    }
    if (timed)
      truth.frames.push_back(f);
  }
  // The pictures, unrotated and scaled small (the code scales with them).
  constexpr int kW = 160, kH = 120;
  const std::string raw = runCapture("ffmpeg -v error -noautorotate -i " + quote(path) +
                                     " -map 0:v:0 -vsync passthrough -vf scale=160:120 -f rawvideo -pix_fmt gray -");
  const std::size_t size = static_cast<std::size_t>(kW) * kH;
  REQUIRE(raw.size() == truth.frames.size() * size);
  for (std::size_t i = 0; i < truth.frames.size(); ++i)
    truth.frames[i].code =
        media::readFrameCode(reinterpret_cast<const std::uint8_t *>(raw.data()) + i * size, kW, kW, kH)
            .value_or(-1);
  std::stable_sort(truth.frames.begin(), truth.frames.end(),
                   [](const TruthFrame &a, const TruthFrame &b) { return a.pts < b.pts; });
  return truth;
}

} // namespace spiegel::test::conformance
