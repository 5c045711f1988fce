#include "gui/shell/actions.hpp"

#include <algorithm>
#include <cmath>

namespace spiegel::app::gui::actions {
namespace {
media::Player *player(AppState &state) {
  return state.session && state.session->player ? state.session->player.get() : nullptr;
}
} // namespace

void togglePlay(AppState &state) {
  if (auto *p = player(state)) {
    // At the end, play means "again from the start", as every player does.
    if (!state.session->state.playing && state.session->state.atEnd)
      p->seek(0, media::SeekMode::Exact);
    p->togglePlay();
    // Keep this frame's snapshot in step so a second action in the same
    // frame (two keys in one wait) builds on this one.
    state.session->state.playing = !state.session->state.playing;
  }
}

void setPlaying(AppState &state, bool playing) {
  if (auto *p = player(state)) {
    playing ? p->play() : p->pause();
    state.session->state.playing = playing;
  }
}

void seekTo(AppState &state, Micros target, media::SeekMode mode) {
  if (auto *p = player(state)) {
    const Micros dur = state.session->state.duration;
    target = std::clamp<Micros>(target, 0, std::max<Micros>(dur, 0));
    p->seek(target, mode);
    // Show the new position at once, before the player's clock catches up.
    state.session->state.position = target;
  }
}

void seekBy(AppState &state, Micros delta) {
  if (state.session)
    seekTo(state, state.session->state.position + delta, media::SeekMode::Exact);
}

void stepFrame(AppState &state, bool forward) {
  if (auto *p = player(state))
    forward ? p->stepForward() : p->stepBackward();
}

void setSpeed(AppState &state, double speed) {
  if (auto *p = player(state)) {
    speed = std::clamp(speed, kSpeeds[0], kSpeeds[std::size(kSpeeds) - 1]);
    p->setSpeed(speed);
    state.session->state.speed = speed;
  }
}

void stepSpeed(AppState &state, int direction) {
  if (!state.session)
    return;
  const double now = state.session->state.speed;
  double next = now;
  if (direction > 0) {
    for (double s : kSpeeds)
      if (s > now + 1e-6) {
        next = s;
        break;
      }
  } else {
    for (auto it = std::rbegin(kSpeeds); it != std::rend(kSpeeds); ++it)
      if (*it < now - 1e-6) {
        next = *it;
        break;
      }
  }
  setSpeed(state, next);
}

void setLoopA(AppState &state) {
  if (auto *p = player(state)) {
    const auto &st = state.session->state;
    std::optional<Micros> b = st.loopB;
    if (b && *b <= st.position)
      b.reset();
    p->setLoop(st.position, b);
    state.session->state.loopA = st.position;
    state.session->state.loopB = b;
  }
}

void setLoopB(AppState &state) {
  if (auto *p = player(state)) {
    const auto &st = state.session->state;
    Micros a = st.loopA.value_or(0);
    Micros b = st.position;
    if (b < a)
      std::swap(a, b);
    if (b > a) {
      p->setLoop(a, b);
      state.session->state.loopA = a;
      state.session->state.loopB = b;
    }
  }
}

void clearLoop(AppState &state) {
  if (auto *p = player(state)) {
    p->setLoop(std::nullopt, std::nullopt);
    state.session->state.loopA.reset();
    state.session->state.loopB.reset();
  }
}

void cycleLoop(AppState &state) {
  if (!state.session)
    return;
  const auto &st = state.session->state;
  if (!st.loopA)
    setLoopA(state);
  else if (!st.loopB)
    setLoopB(state);
  else
    clearLoop(state);
}

void setVolume(AppState &state, float volume) {
  state.settings.volume = std::clamp(volume, 0.0f, 1.0f);
  if (auto *p = player(state))
    p->setVolume(state.settings.volume);
}

void setMuted(AppState &state, bool muted) {
  state.settings.muted = muted;
  if (auto *p = player(state))
    p->setMuted(muted);
}

} // namespace spiegel::app::gui::actions
