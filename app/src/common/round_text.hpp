#pragma once
// The sentences of a coding round (annotate/round.hpp), the same in the
// window and the CLI: its status ("2 of 3 done"), what blind means, and
// what revealing does. Any thread (they read only their arguments and the
// language).
#include "spiegel/annotate/round.hpp"

#include <string>

namespace spiegel::app {

// "Blind round: 2 of 3 done. Still coding: Anna." / "Open round: …";
// names who else revealed when reviewers outside the list did.
[[nodiscard]] std::string roundStatusText(const annotate::CodingRound &round, const annotate::RoundView &view);
// Where the current reviewer stands: "You are coding blind: you see only
// your own tags until you reveal." / "You have revealed: …".
[[nodiscard]] std::string roundYouText(const annotate::RoundView &view);
// Why rounds are blind and what a reveal does: help text for the round
// dialog and `spiegel round --help`. Says that blindness protects
// independent judgement, not secrecy.
[[nodiscard]] std::string roundBlindExplained();
// The confirmation before a reveal ("cannot be taken back").
[[nodiscard]] std::string revealConfirmText();

} // namespace spiegel::app
