#pragma once
// TEMPORARY local fallback until branch `player` (common/media_messages.hpp,
// describe(MediaError)) is merged: one sentence per error code.
#include <spiegel/media/error.hpp>

#include <string>

namespace spiegel::app::gui {
[[nodiscard]] std::string describeMediaError(const media::MediaError &e);
}
