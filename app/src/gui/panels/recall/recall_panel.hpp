#pragma once
// The Recall tab (issue #14 §1, §3): a supervisor and a trainee prepare and
// run a stimulated-recall session on the open recording.
//   Preparing: the recording's sessions; a new one; its moments from the
//   tags the Tags tab shows, the selected tag, the A–B loop or a time
//   sampling; reorder, pre- and post-roll, the prepared lead; the record
//   (File ▸ Export ▸ Reflection record… or the tab's button).
//   Running (the keymap's recall mode): the consent check for the
//   session's purpose first, then viewmodels::RecallRun drives the player —
//   the pre-roll, the pause at the moment, Space on, N / P, a pause by
//   either person; at each pause the lead (from the prompt bank, or typed),
//   the answer and the "for later" notes; after the last moment the closing
//   form (lessons learned, the three SKJ dimensions, minutes).
// Every change is one undoable workspace edit. UI thread only.
#include "gui/shell/panel.hpp"
#include "viewmodels/recall_run.hpp"

#include <spiegel/annotate/recall_assets.hpp>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace spiegel::app::gui {

class RecallPanel final : public Panel {
public:
  [[nodiscard]] Slot slot() const override { return Slot::Side; }
  [[nodiscard]] std::string title() const override;
  [[nodiscard]] std::string tabId() const override { return "recall"; }
  [[nodiscard]] bool shown(const AppState &state) const override { return state.workspace != nullptr; }
  void draw(AppState &state) override;
  // The run's keys and its per-frame tick, whichever tab shows.
  void handleTabKeys(AppState &state) override;
  void onEvent(AppState &state, const Event &e) override;

private:
  // recall_panel.cpp: preparing.
  void drawSessions(AppState &state);
  void drawSession(AppState &state, const annotate::RecallSession &s);
  void drawMoments(AppState &state, const annotate::RecallSession &s);
  void drawAddMoments(AppState &state, const annotate::RecallSession &s);
  void start(AppState &state, const annotate::RecallSession &s);
  void exportRecord(AppState &state, const std::string &path);
  // recall_play.cpp: running.
  void drawRun(AppState &state);
  void drawPause(AppState &state);
  void drawClosing(AppState &state);
  void apply(AppState &state, const viewmodels::RecallOrder &order);
  void stop(AppState &state);
  const annotate::PromptBank &bank();

  annotate::Uuid m_selected;                // the session shown
  annotate::Uuid m_selectedMoment;          // its moment whose rolls and lead are edited
  std::optional<viewmodels::RecallRun> m_run;
  annotate::Uuid m_pause;                   // the pause being answered ("" none)
  std::uint64_t m_seenRevision = 0;         // the workspace revision the run's moments were read at
  std::vector<std::string> m_refused;       // why the last Start was refused (consent)
  std::chrono::steady_clock::time_point m_startedAt;
  std::optional<annotate::PromptBank> m_bank;
  std::string m_bankError;
  std::optional<annotate::Uuid> m_exportSession; // the session of the record being saved; nullopt = series
  float m_sampleEvery = 7.0f, m_sampleLength = 2.0f; // minutes
  tasks::TaskHandle m_export;
};

} // namespace spiegel::app::gui
