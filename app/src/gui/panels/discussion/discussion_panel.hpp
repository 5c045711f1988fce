#pragma once
// The Discussion tab (issue #12 §5): the threads of the open recording the
// reviewer is shown (Workspace::threads(), newest activity first), each with
// its tag or stretch, its comments and replies indented under what they
// answer. The selected thread (AppState::selectedThread, also set by the
// timeline's thread lane) opens with a reply box and Resolve / Reopen; a
// reviewer's own comments can be edited and deleted. "Discuss this tag…"
// (the tag editor) sets AppState::discussTag: the tab then offers a first
// comment for a new thread on that tag; "Discuss this moment…" starts one on
// the A–B loop, or at the playhead. Every change is one undoable edit.
// UI thread only.
#include "gui/shell/panel.hpp"

#include <spiegel/annotate/discussion.hpp>

#include <optional>
#include <string>

namespace spiegel::app::gui {

class DiscussionPanel final : public Panel {
public:
  [[nodiscard]] Slot slot() const override { return Slot::Side; }
  [[nodiscard]] std::string title() const override;
  [[nodiscard]] std::string tabId() const override { return "discussion"; }
  [[nodiscard]] bool shown(const AppState &state) const override { return state.workspace != nullptr; }
  void draw(AppState &state) override;

private:
  // The box for a new thread (on AppState::discussTag, or a stretch).
  void drawNewThread(AppState &state);
  void drawThread(AppState &state, const annotate::Thread &t, int index);
  void drawComment(AppState &state, const annotate::Comment &c, int depth);
  void drawReplyBox(AppState &state, const annotate::Thread &t);

  bool m_newStretch = false;        // "Discuss this moment…" was pressed: the box is open
  annotate::Micros m_stretchStart = 0, m_stretchEnd = 0;
  std::string m_newText;            // the first comment being typed
  annotate::Uuid m_composingFor;    // the tag the box was last opened for
  std::string m_replyText;          // the reply being typed in the selected thread
  annotate::Uuid m_replyTo;         // the comment it answers; "" = the thread
  annotate::Uuid m_editing;         // the own comment whose text is being edited
  std::string m_editText;
  bool m_focusNew = false, m_focusReply = false; // put the caret in that box next frame
};

} // namespace spiegel::app::gui
