#pragma once
// Turns media errors into one sentence for a person, in the user's language:
// which file, what is wrong with it, what to do. Used by the CLI and the GUI.
//   catch (const media::MediaError &e) { return fail(kExitBadInput, describe(e)); }
#include "spiegel/media/error.hpp"
#include "spiegel/media/time.hpp"

#include <string>

namespace spiegel::app {

[[nodiscard]] std::string describe(const media::MediaError &error);

// The same for a failure that happened while a recording was playing
// (PlayerState::readFailed), naming the file.
[[nodiscard]] std::string describeReadFailure(const std::string &path);

// A time before the first picture of a recording that starts inside a group
// of pictures (StillFrame::frame is null): nothing there can be decoded.
[[nodiscard]] std::string describeNoPictureBefore(const std::string &path, Micros firstPicture);

} // namespace spiegel::app
