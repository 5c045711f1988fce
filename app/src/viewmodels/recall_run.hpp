#pragma once
// Playing a recall session (issue #14 §1): the order of moments, where each
// starts (its pre-roll), where the session pauses by itself (the moment, or
// the end of a span), its post-roll, and who else paused. A pure state
// machine: it is told where the player is and answers with orders (seek,
// play, pause, record a pause) that the window carries out, so the rules
// are tested without a window (tests/app_models/recall_run_test.cpp).
//
//   RecallRun run(sessionId, ws.recallMoments(sessionId), duration);
//   apply(run.start());
//   every frame:  apply(run.tick(st.position, st.playing, st.seeking));
//   Space:        apply(run.proceed(st.playing, st.position));
//   N / P:        apply(run.jump(+1));
//
// UI thread only.
#include "spiegel/annotate/recall.hpp"

#include <cstddef>
#include <optional>
#include <vector>

namespace spiegel::app::viewmodels {

using annotate::Micros;

enum class RecallPhase {
  Approaching, // playing the pre-roll towards the moment
  AtMoment,    // paused by itself at the moment: the prompt is shown
  Held,        // paused by a person in the middle of playing
  PostRoll,    // playing on after the moment, to its post-roll's end
  Closing,     // every moment played: the closing form
};

// What the window does, in this order: record a pause, pause or play, seek.
struct RecallOrder {
  std::optional<annotate::PausedBy> record; // a pause to record, at `at`, in `moment` ("" = between moments)
  Micros at = 0;
  annotate::Uuid moment;
  std::string prompt; // the moment's prepared lead (for the session's own pauses)
  bool pause = false, play = false;
  std::optional<Micros> seek; // exact
  [[nodiscard]] bool empty() const { return !record && !pause && !play && !seek; }
};

class RecallRun {
public:
  // How far the playhead may move in one frame and still count as playing
  // through a point (not a jump by hand): a slow frame at 2× speed.
  static constexpr Micros kCrossingMax = 1'500'000;

  RecallRun(annotate::Uuid session, std::vector<annotate::RecallMoment> moments, Micros recordingEnd);

  [[nodiscard]] const annotate::Uuid &session() const { return m_session; }
  [[nodiscard]] RecallPhase phase() const { return m_phase; }
  [[nodiscard]] std::size_t index() const { return m_index; }
  [[nodiscard]] std::size_t count() const { return m_moments.size(); }
  // The moment playing (or the last one, while closing); null without moments.
  [[nodiscard]] const annotate::RecallMoment *moment() const;
  [[nodiscard]] annotate::PlayPlan plan() const;

  // To the first moment, from its pre-roll; straight to closing without moments.
  [[nodiscard]] RecallOrder start();
  // Every UI frame, with the player's state.
  [[nodiscard]] RecallOrder tick(Micros position, bool playing, bool seeking);
  // Space / "Continue": from a pause, on (the post-roll, or the next
  // moment); while playing, a pause by the person recalling.
  [[nodiscard]] RecallOrder proceed(bool playing, Micros position);
  // A person pauses while it plays (Shift+Space: the inquirer). Nothing
  // when it is paused already.
  [[nodiscard]] RecallOrder personPause(annotate::PausedBy by, Micros position);
  // N / P: the next or previous moment from its pre-roll (P on the first
  // plays it again; N on the last closes).
  [[nodiscard]] RecallOrder jump(int direction);
  [[nodiscard]] RecallOrder goTo(std::size_t index);
  // "End the session now": to the closing form from wherever it is, paused.
  [[nodiscard]] RecallOrder finish();
  // Back from the closing form to the last moment (paused there).
  void reopen();
  // The session's moments changed while it runs (a prompt or roll edited,
  // one removed): the one playing stays by id, else the same place.
  void setMoments(std::vector<annotate::RecallMoment> moments);

private:
  [[nodiscard]] RecallOrder next();
  [[nodiscard]] bool crossed(Micros point, Micros position) const;

  annotate::Uuid m_session;
  std::vector<annotate::RecallMoment> m_moments; // playing order
  Micros m_end = 0;
  std::size_t m_index = 0;
  RecallPhase m_phase = RecallPhase::Approaching;
  RecallPhase m_resume = RecallPhase::Approaching; // where Held goes back to
  std::optional<Micros> m_last; // the position at the previous tick (not while seeking); nullopt after a seek
};

} // namespace spiegel::app::viewmodels
