#pragma once
// The decode floor for exact seeks: what the plain FFmpeg recipe costs in
// this process on this machine (keep the file open, seek to the keyframe at
// or before the target, decode until the target frame). The benchmark
// reports the Player's exact seek as a ratio to this.
#include "spiegel/media/time.hpp"

#include <memory>
#include <string>

namespace spiegel::app::bench {

class DecodeFloor {
public:
  explicit DecodeFloor(const std::string &path); // throws std::runtime_error
  ~DecodeFloor();
  DecodeFloor(const DecodeFloor &) = delete;
  DecodeFloor &operator=(const DecodeFloor &) = delete;
  // Decodes the frame on screen at `target`; returns false if none came.
  bool decodeAt(Micros target);

private:
  struct Impl;
  std::unique_ptr<Impl> m;
};

} // namespace spiegel::app::bench
