#pragma once
// The media conformance suite's recordings: every shape of file that users
// bring (DESIGN §3), made from one barcoded source (frame number in the
// picture, a tone burst at every whole second in the sound) by our own
// generator or by the ffmpeg CLI where only an encoder library can make the
// shape. Each file's truth is what the ffmpeg CLI decodes from the start
// without seeking: every frame's time (relative to the container's start)
// and the number in its picture.
#include "media_clips.hpp"
#include "spiegel/media/generator.hpp"
#include "test_util.hpp"

#include <optional>
#include <string>
#include <vector>

namespace spiegel::test::conformance {

struct Shape {
  const char *key;       // test name, also the file's stem
  const char *extension; // of the file made
  // ffmpeg CLI arguments that make it, with {src} for the source
  // recording and {out} for the file; empty: `generate` makes it.
  const char *ffmpegArgs;
  // Made by our generator instead (spec.path is filled in; the barcode and
  // the burst audio are added).
  void (*generate)(media::SyntheticSpec &spec) = nullptr;
  bool audioOnly = false;
  // The file starts inside a group of pictures: nothing before its first
  // picture can be decoded (spiegel must say so, not show another frame).
  bool headUndecodable = false;
  int rotation = 0; // display rotation the file carries
  // The file is that shape's without its first second of bytes (a capture
  // that started mid-stream), cut at a 188-byte TS packet boundary.
  const char *cutFrom = nullptr;
};

// The table, in the order the tests run.
[[nodiscard]] const std::vector<Shape> &shapes();
[[nodiscard]] const Shape &shape(const std::string &key);

// The source everything is transcoded from: 6 s, 320×240, 25 fps, 2 s GOP,
// 2 B-frames, near-lossless H.264 + AAC stereo with the burst audio.
inline constexpr Micros kSourceDuration = 6'000'000;
// Sound: silence with a 60 ms 1 kHz burst starting at every whole second.
inline constexpr Micros kBurstLength = 60'000;

// Makes the shape's file once per build tree (shared by the test
// processes) and returns its path. Fails the test when it cannot be made.
[[nodiscard]] std::string makeShape(const Shape &shape);

struct TruthFrame {
  Micros pts = 0;        // relative to the container's start
  std::int64_t code = 0; // the frame number in the picture (-1 unreadable)
  bool key = false;
};

struct Truth {
  std::vector<TruthFrame> frames; // in presentation order
  Micros startTime = 0;           // the container's start time that is removed
  // Index of the frame on screen at `t` (the last with pts <= t); before the
  // first frame, nullopt.
  [[nodiscard]] std::optional<std::size_t> indexAt(Micros t) const;
  // The frame with this pts (±2 µs for rounding), if any.
  [[nodiscard]] const TruthFrame *withPts(Micros pts) const;
};

// What the ffmpeg CLI decodes from the start of `path` without seeking.
[[nodiscard]] Truth truthOf(const std::string &path);

} // namespace spiegel::test::conformance
