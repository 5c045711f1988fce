#pragma once
// Private: writing a file so that a failure never leaves half of it behind.
//   const std::span<const std::uint8_t> png(data, size);
//   if (writeWholeFile("still.png", {png}) != WriteResult::Ok) ...
#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>

namespace spiegel::media {

enum class WriteResult {
  Ok,
  CannotCreate, // the folder is missing or not writable: nothing was written
  CannotWrite,  // writing or renaming failed part-way (disk full, quota): nothing was left behind
};

// Writes `parts` one after the other into a new file beside `path` (the same
// folder, a hidden name of its own) and renames it over `path`, so readers
// see the old file or the whole new one; on failure the new file is removed
// and an old file at `path` is untouched. A `path` that exists and is no
// regular file (/dev/stdout, a pipe, a device) is written in place: there is
// no file there to leave half-written, and a rename would replace the device
// itself. Any thread may call it.
[[nodiscard]] WriteResult writeWholeFile(const std::string &path,
                                         std::initializer_list<std::span<const std::uint8_t>> parts);

} // namespace spiegel::media
