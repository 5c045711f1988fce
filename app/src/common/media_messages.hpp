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

// An incomplete copy (MediaInfo::incomplete): how much is there and what to
// do, as one calm sentence for the window.
[[nodiscard]] std::string describeIncomplete(Micros playable, Micros duration);

// Over the picture while the position lies before the first picture of a
// recording that starts inside a group of pictures (PlayerState::pictureStarts).
[[nodiscard]] std::string describeNoPictureYet(Micros firstPicture);

// The timeline's tooltip over the missing stretch of an incomplete copy.
[[nodiscard]] std::string describeMissingStretch(Micros playable);

// A tag key pressed after a seek into the missing stretch: refused, and why.
[[nodiscard]] std::string describeNoTagInMissing(Micros playable, Micros duration);

// `spiegel frame --at` a time in the missing stretch of an incomplete copy.
[[nodiscard]] std::string describeNotInCopy(const std::string &path, Micros at, Micros playable, Micros duration);

// The same, short, for a line in `spiegel probe`: "0:33.6 of 1:19.4 present".
[[nodiscard]] std::string incompleteFacts(Micros playable, Micros duration);

} // namespace spiegel::app
