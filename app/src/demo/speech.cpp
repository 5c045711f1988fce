#include "demo/speech.hpp"

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <stdexcept>

extern char **environ;

namespace spiegel::app::demo {
namespace {

// Silence before the first line and after the last one.
constexpr Micros kLead = 1'500'000;
constexpr Micros kTail = 2'000'000;
// Pause between lines: a turn to another speaker takes a little longer than
// a speaker going on, like in a real conversation.
constexpr Micros kPauseSameSpeaker = 450'000;
constexpr Micros kPauseTurn = 800'000;
// Longest pause after stretching to the target length: longer gaps sound
// like a broken recording.
constexpr Micros kMaxPause = 3'500'000;
// Room tone: low filtered noise (about -55 dBFS) so "silence" sounds like a
// room and shows as a thin line in the waveform, not as digital zero.
constexpr float kRoomToneLevel = 0.004f;

struct Child {
  pid_t pid = -1;
  std::string wav;
};

Child spawnEspeak(const std::string &espeak, const Speaker &sp, const std::string &text, const std::string &wav) {
  std::vector<std::string> args = {espeak, "-v", std::string(sp.voice), "-p", std::to_string(sp.pitch), "-s",
                                   std::to_string(sp.speed), "-w", wav, "--", text};
  std::vector<char *> argv;
  for (auto &a : args)
    argv.push_back(a.data());
  argv.push_back(nullptr);
  Child c;
  c.wav = wav;
  if (posix_spawn(&c.pid, espeak.c_str(), nullptr, nullptr, argv.data(), environ) != 0)
    throw std::runtime_error("cannot start " + espeak);
  return c;
}

void waitFor(const Child &c) {
  int status = 0;
  if (waitpid(c.pid, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
    throw std::runtime_error("espeak-ng failed writing " + c.wav);
}

template <class T> T readLe(const std::vector<char> &b, std::size_t at) {
  T v{};
  std::memcpy(&v, b.data() + at, sizeof v);
  return v;
}

// Reads a 16-bit PCM WAV (espeak-ng's output) as mono float, any rate.
std::vector<float> readWav(const std::string &path, int &rate) {
  std::ifstream in(path, std::ios::binary);
  std::vector<char> b((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (b.size() < 12 || std::memcmp(b.data(), "RIFF", 4) != 0 || std::memcmp(b.data() + 8, "WAVE", 4) != 0)
    throw std::runtime_error("not a WAV file: " + path);
  int channels = 1, bits = 16;
  std::size_t pos = 12;
  while (pos + 8 <= b.size()) {
    const auto size = readLe<std::uint32_t>(b, pos + 4);
    if (std::memcmp(b.data() + pos, "fmt ", 4) == 0 && pos + 24 <= b.size()) {
      channels = readLe<std::uint16_t>(b, pos + 10);
      rate = static_cast<int>(readLe<std::uint32_t>(b, pos + 12));
      bits = readLe<std::uint16_t>(b, pos + 22);
    } else if (std::memcmp(b.data() + pos, "data", 4) == 0) {
      if (bits != 16 || channels < 1)
        throw std::runtime_error("unexpected WAV format: " + path);
      // espeak-ng may leave the size open while streaming: trust the file.
      const std::size_t end = std::min<std::size_t>(b.size(), pos + 8 + size);
      std::vector<float> out;
      const std::size_t frame = 2 * static_cast<std::size_t>(channels);
      for (std::size_t p = pos + 8; p + frame <= end; p += frame)
        out.push_back(static_cast<float>(readLe<std::int16_t>(b, p)) / 32768.0f);
      return out;
    }
    pos += 8 + size + (size & 1U);
  }
  throw std::runtime_error("WAV without data: " + path);
}

// Linear interpolation to kSampleRate: speech from espeak-ng (22.05 kHz) has
// nothing above 11 kHz, so the images this leaves are faint.
std::vector<float> resample(const std::vector<float> &in, int rate) {
  if (rate == kSampleRate || in.empty())
    return in;
  const auto n = static_cast<std::size_t>(static_cast<double>(in.size()) * kSampleRate / rate);
  std::vector<float> out(n);
  const double step = static_cast<double>(rate) / kSampleRate;
  for (std::size_t i = 0; i < n; ++i) {
    const double x = static_cast<double>(i) * step;
    const auto j = static_cast<std::size_t>(x);
    const double f = x - static_cast<double>(j);
    const float a = in[std::min(j, in.size() - 1)], b = in[std::min(j + 1, in.size() - 1)];
    out[i] = static_cast<float>(a + (b - a) * f);
  }
  return out;
}

Micros lengthOf(const std::vector<float> &pcm) {
  return static_cast<Micros>(pcm.size()) * kMicrosPerSecond / kSampleRate;
}

std::size_t sampleAt(Micros t) { return static_cast<std::size_t>(t * kSampleRate / kMicrosPerSecond); }

} // namespace

std::optional<std::string> findProgram(const std::string &name) {
  const char *path = std::getenv("PATH");
  std::string dirs = path != nullptr ? path : "/usr/bin:/bin";
  std::size_t start = 0;
  while (start <= dirs.size()) {
    const auto colon = dirs.find(':', start);
    const std::string dir = dirs.substr(start, colon == std::string::npos ? std::string::npos : colon - start);
    const std::string full = (dir.empty() ? "." : dir) + "/" + name;
    if (::access(full.c_str(), X_OK) == 0 && !std::filesystem::is_directory(full))
      return full;
    if (colon == std::string::npos)
      break;
    start = colon + 1;
  }
  return std::nullopt;
}

std::vector<std::vector<float>> synthesize(const std::string &espeak, const std::vector<Line> &lines) {
  std::string tmpl = (std::filesystem::temp_directory_path() / "spiegel-demo-XXXXXX").string();
  if (::mkdtemp(tmpl.data()) == nullptr)
    throw std::runtime_error("cannot create a temporary folder");
  const std::filesystem::path dir = tmpl;
  std::vector<std::vector<float>> clips(lines.size());
  try {
    // Two at a time: the machine may have only two cores.
    for (std::size_t i = 0; i < lines.size(); i += 2) {
      std::vector<Child> running;
      for (std::size_t k = i; k < std::min(lines.size(), i + 2); ++k)
        running.push_back(spawnEspeak(espeak, speakers()[static_cast<std::size_t>(lines[k].speaker)], lines[k].text,
                                      (dir / ("line" + std::to_string(k) + ".wav")).string()));
      for (std::size_t k = 0; k < running.size(); ++k) {
        waitFor(running[k]);
        int rate = 22050;
        auto pcm = readWav(running[k].wav, rate);
        clips[i + k] = resample(pcm, rate);
      }
    }
  } catch (...) {
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
    throw;
  }
  std::error_code ec;
  std::filesystem::remove_all(dir, ec);
  return clips;
}

Timeline arrange(const std::vector<Line> &lines, const std::vector<std::vector<float>> &clips, Micros target,
                 std::optional<Micros> limit) {
  // Natural pauses first; then stretch them to reach the target length.
  std::vector<Micros> pauses(lines.size(), 0);
  Micros speech = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    speech += lengthOf(clips[i]);
    if (i > 0)
      pauses[i] = lines[i].speaker == lines[i - 1].speaker ? kPauseSameSpeaker : kPauseTurn;
  }
  Micros natural = kLead + kTail + speech;
  for (Micros p : pauses)
    natural += p;
  if (!limit && natural < target && lines.size() > 1) {
    const Micros extra = (target - natural) / static_cast<Micros>(lines.size() - 1);
    for (std::size_t i = 1; i < pauses.size(); ++i)
      pauses[i] = std::min(kMaxPause, pauses[i] + extra);
  }
  Timeline tl;
  Micros t = kLead;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    t += pauses[i];
    const Micros len = lengthOf(clips[i]);
    if (limit && t + len > *limit - 500'000)
      break;
    tl.cues.push_back({lines[i].speaker, lines[i].text, t, t + len});
    t += len;
  }
  tl.duration = limit ? *limit : t + kTail;
  tl.pcm.assign(sampleAt(tl.duration), 0.0f);
  // Room tone everywhere (fixed seed: the demo is the same every time).
  std::mt19937 rng(20240611);
  std::uniform_real_distribution<float> white(-1.0f, 1.0f);
  float low = 0.0f;
  for (auto &s : tl.pcm) {
    low += 0.05f * (white(rng) - low); // one-pole low-pass: a soft rumble, not hiss
    s = kRoomToneLevel * 4.0f * low;
  }
  for (std::size_t i = 0; i < tl.cues.size(); ++i) {
    const auto &clip = clips[i];
    const std::size_t at = sampleAt(tl.cues[i].start);
    for (std::size_t k = 0; k < clip.size() && at + k < tl.pcm.size(); ++k)
      tl.pcm[at + k] += clip[k];
  }
  return tl;
}

} // namespace spiegel::app::demo
