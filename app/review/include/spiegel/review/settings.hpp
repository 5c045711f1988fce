#pragma once
// The tagging preferences the workspace model uses. The GUI owns the copy it
// persists (in its Settings) and hands it to Workspace::setSettings().
#include "spiegel/annotate/types.hpp"

namespace spiegel::review {

using annotate::Micros;

struct WorkspaceSettings {
  // Why 3 s: enough context before a tagged moment to understand it when
  // jumping there, short enough not to wait (stimulated-recall practice).
  static constexpr Micros kDefaultPreRoll = 3'000'000;
  // Why 10 s: a reaction offset larger than this is a typo, not a reaction.
  static constexpr Micros kMaxReactionOffset = 10'000'000;

  Micros reactionOffset = 0; // subtracted from the playback position when tagging (0 … kMaxReactionOffset)
  bool pauseWhenTagging = false;    // the GUI pauses the player after a tag key when set
  Micros preRoll = kDefaultPreRoll; // a jump to a tag starts this much earlier (≥ 0)

  bool operator==(const WorkspaceSettings &) const = default;
};

} // namespace spiegel::review
