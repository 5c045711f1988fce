#pragma once
// Helpers shared by the media tests: a scratch directory and the ffmpeg /
// ffprobe command-line tools as independent judges of what we wrote.
#include "support/scratch.hpp"

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace spiegel::test {

// A fresh directory under the build tree's tmp/ for one test.
inline std::string scratchDir(const std::string &name) { return support::scratchDir("media", name).string(); }

// Runs a shell command and returns its stdout (binary-safe).
inline std::string runCapture(const std::string &command) {
  std::string out;
  FILE *p = popen(command.c_str(), "r");
  if (p == nullptr)
    return out;
  char buf[65536];
  std::size_t n = 0;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0)
    out.append(buf, n);
  pclose(p);
  return out;
}

inline std::string quote(const std::string &s) {
  std::string q = "'";
  for (char c : s)
    q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

// ffprobe key=value output of one stream (or the format with stream "").
inline std::map<std::string, std::string> ffprobe(const std::string &path, const std::string &stream,
                                                  const std::string &entries, bool countFrames = false) {
  std::string cmd = "ffprobe -v error ";
  if (countFrames)
    cmd += "-count_frames ";
  if (!stream.empty())
    cmd += "-select_streams " + stream + " ";
  cmd += "-show_entries " + entries + " -of default=nw=1 " + quote(path);
  std::map<std::string, std::string> kv;
  std::istringstream in(runCapture(cmd));
  std::string line;
  while (std::getline(in, line)) {
    const auto eq = line.find('=');
    if (eq != std::string::npos && kv.count(line.substr(0, eq)) == 0)
      kv[line.substr(0, eq)] = line.substr(eq + 1);
  }
  return kv;
}

// Decodes every frame with the ffmpeg CLI to 8-bit grey (the luma plane).
inline std::vector<std::vector<std::uint8_t>> decodeLuma(const std::string &path, int width, int height) {
  const std::string raw = runCapture("ffmpeg -v error -i " + quote(path) +
                                     " -map 0:v:0 -vsync passthrough -f rawvideo -pix_fmt gray -");
  const auto size = static_cast<std::size_t>(width) * static_cast<std::size_t>(height);
  std::vector<std::vector<std::uint8_t>> frames;
  for (std::size_t off = 0; off + size <= raw.size(); off += size)
    frames.emplace_back(raw.begin() + static_cast<std::ptrdiff_t>(off),
                        raw.begin() + static_cast<std::ptrdiff_t>(off + size));
  return frames;
}

} // namespace spiegel::test
