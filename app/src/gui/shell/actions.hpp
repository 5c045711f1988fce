#pragma once
// Playback actions shared by the transport bar, the keyboard and the menus,
// so every way of doing a thing does the same thing. UI thread only. Each is
// a no-op when nothing is open.
#include "gui/shell/app_state.hpp"

namespace spiegel::app::gui::actions {

// The speeds offered in the transport bar and stepped by `[` / `]`.
inline constexpr double kSpeeds[] = {0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0};

void togglePlay(AppState &state);
// Plays or pauses whatever it does now (a recall session's own stops).
void setPlaying(AppState &state, bool playing);
// Relative jump, clamped to the recording; an exact seek.
void seekBy(AppState &state, Micros delta);
void seekTo(AppState &state, Micros target, media::SeekMode mode);
void stepFrame(AppState &state, bool forward);
void stepSpeed(AppState &state, int direction); // -1 slower, +1 faster
void setSpeed(AppState &state, double speed);
// L: first press sets A, the second B (swapped if before A), the third clears.
void cycleLoop(AppState &state);
void setLoopA(AppState &state);
void setLoopB(AppState &state);
void clearLoop(AppState &state);
// Volume and mute are remembered in the settings across recordings.
void setVolume(AppState &state, float volume);
void setMuted(AppState &state, bool muted);

} // namespace spiegel::app::gui::actions
