#include "gui/panels/discussion/discussion_panel.hpp"

#include "common/clock_text.hpp"
#include "common/edit_description.hpp"
#include "common/i18n.hpp"
#include "common/review_messages.hpp"
#include "gui/shell/actions.hpp"
#include "gui/shell/test_layout.hpp"
#include "gui/shell/widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <ctime>

namespace spiegel::app::gui {
namespace {
void report(AppState &state, const review::Error &e) {
  if (e)
    state.events.push(ShowError{describe(e)});
}

// When a comment was written, as the people in the group read a wall clock.
std::string writtenAt(annotate::UnixMillis at) { return wallClockText(at, "%d-%m-%Y %H:%M"); }

// "Engagement + at 00:12.500" for a thread on a tag, "00:10.000–00:14.000"
// for a stretch.
std::string whereText(const review::Workspace &ws, const annotate::Thread &t) {
  const std::string when = t.start == t.end ? clockText(t.start) : clockSpan(t.start, t.end);
  if (!t.onTag())
    return when;
  if (const auto *tag = ws.tags().find(t.tag)) {
    const std::string owner = ws.ownerName(*tag);
    return elementText(ws.codebook(), tag->element) + (tag->valence == annotate::Valence::Negative ? " \xE2\x88\x92" : " +") +
           tr(" at ", " op ") + when + (owner.empty() ? "" : " (" + owner + ")");
  }
  return std::string(tr("removed tag at ", "verwijderde tag op ")) + when;
}

std::string nameOf(const review::Workspace &ws, const annotate::Uuid &reviewer) {
  const auto it = ws.reviewerNames().find(reviewer);
  return it == ws.reviewerNames().end() ? std::string(tr("someone", "iemand")) : it->second;
}
} // namespace

std::string DiscussionPanel::title() const { return tr("Discussion", "Bespreking"); }

void DiscussionPanel::draw(AppState &state) {
  if (!state.workspace)
    return;
  review::Workspace &ws = *state.workspace;
  drawNewThread(state);
  ImGui::Separator();
  const auto &threads = ws.threads();
  if (threads.empty())
    wrappedText(tr("No discussion yet. Open a tag (double-click it) and choose \xE2\x80\x9c" "Discuss this tag\xE2\x80\xA6\xE2\x80\x9d, "
                   "or discuss the moment at the playhead.",
                   "Nog geen bespreking. Open een tag (dubbelklik erop) en kies \xE2\x80\x9c" "Deze tag bespreken\xE2\x80\xA6\xE2\x80\x9d, "
                   "of bespreek het moment bij de afspeelpositie."));
  if (state.selectedThread && ws.thread(*state.selectedThread) == nullptr)
    state.selectedThread.reset(); // undone, or no longer shown
  // Copies: an edit below rebuilds the workspace's list.
  const std::vector<annotate::Thread> shown = threads;
  for (std::size_t i = 0; i < shown.size(); ++i)
    drawThread(state, shown[i], static_cast<int>(i));
  if (TestLayout *tl = testLayout()) {
    tl->value("discussion.threads", static_cast<double>(threads.size()));
    tl->value("discussion.comments", static_cast<double>(ws.comments().size()));
    tl->value("discussion.selected", state.selectedThread.value_or(""));
  }
}

void DiscussionPanel::drawNewThread(AppState &state) {
  review::Workspace &ws = *state.workspace;
  const annotate::Annotation *tag = state.discussTag ? ws.tags().find(*state.discussTag) : nullptr;
  if (state.discussTag && tag == nullptr)
    state.discussTag.reset();
  if (tag == nullptr && !m_newStretch) {
    if (ImGui::Button(tr("Discuss this moment\xE2\x80\xA6", "Dit moment bespreken\xE2\x80\xA6"))) {
      const auto &st = state.session ? state.session->state : media::PlayerState{};
      const bool loop = st.loopA && st.loopB;
      m_stretchStart = loop ? std::min(*st.loopA, *st.loopB) : st.position;
      m_stretchEnd = loop ? std::max(*st.loopA, *st.loopB) : st.position;
      m_newStretch = true;
      m_focusNew = true;
    }
    if (TestLayout *tl = testLayout())
      tl->lastItem("discussion.new_moment");
    itemTooltip(tr("Start a discussion on the A\xE2\x80\x93" "B loop, or at the playhead when there is none",
                   "Een bespreking starten over de A\xE2\x80\x93" "B-lus, of bij de afspeelpositie als die er niet is"));
    return;
  }
  if (tag != nullptr && m_composingFor != tag->id) { // just asked: the caret goes to the box
    m_composingFor = tag->id;
    m_focusNew = true;
  }
  if (tag != nullptr)
    ImGui::Text("%s %s", tr("New discussion on", "Nieuwe bespreking over"),
                (elementText(ws.codebook(), tag->element) + tr(" at ", " op ") + clockText(tag->start)).c_str());
  else
    ImGui::Text("%s %s", tr("New discussion at", "Nieuwe bespreking bij"),
                (m_stretchStart == m_stretchEnd ? clockText(m_stretchStart) : clockSpan(m_stretchStart, m_stretchEnd)).c_str());
  if (m_focusNew) {
    ImGui::SetKeyboardFocusHere();
    m_focusNew = false;
    state.animating = true; // the caret lands on the next frame: draw it now, before the first key arrives
  }
  ImGui::InputTextMultiline("##newthread", &m_newText, ImVec2(-1.0f, ImGui::GetTextLineHeight() * 4.0f));
  if (TestLayout *tl = testLayout())
    tl->lastItem("discussion.new_text");
  if (ImGui::Button(tr("Start discussion", "Bespreking starten"))) {
    const auto made = tag != nullptr ? ws.startThread(tag->id, m_newText)
                                     : ws.startThread(m_stretchStart, m_stretchEnd, m_newText);
    report(state, made.error);
    if (made) {
      state.selectedThread = *made.value;
      state.discussTag.reset();
      m_composingFor.clear();
      m_newStretch = false;
      m_newText.clear();
      state.notify(tr("Discussion started (Ctrl+Z undoes it)", "Bespreking gestart (Ctrl+Z maakt het ongedaan)"));
    }
  }
  if (TestLayout *tl = testLayout())
    tl->lastItem("discussion.start");
  ImGui::SameLine();
  if (ImGui::Button(tr("Cancel", "Annuleren"))) {
    state.discussTag.reset();
    m_composingFor.clear();
    m_newStretch = false;
    m_newText.clear();
  }
}

void DiscussionPanel::drawThread(AppState &state, const annotate::Thread &t, int index) {
  review::Workspace &ws = *state.workspace;
  const bool selected = state.selectedThread == t.id;
  ImGui::PushID(t.id.c_str());
  std::string head = whereText(ws, t) + "  \xC2\xB7  " + nameOf(ws, t.createdBy);
  if (t.resolved)
    head += std::string("  \xC2\xB7  ") + tr("resolved", "afgerond");
  if (t.resolved)
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  if (ImGui::Selectable(head.c_str(), selected)) {
    state.selectedThread = selected ? std::nullopt : std::optional<annotate::Uuid>(t.id);
    if (!selected) {
      actions::seekTo(state, t.start, media::SeekMode::Exact);
      if (t.onTag())
        state.selectedTag = t.tag;
    }
  }
  if (t.resolved)
    ImGui::PopStyleColor();
  if (TestLayout *tl = testLayout())
    tl->lastItem("discussion.thread." + std::to_string(index + 1));
  const auto rows = annotate::commentTree(t.id, ws.comments());
  if (!selected) { // closed: the first comment as a preview
    if (!rows.empty())
      ImGui::TextDisabled("    %s (%d)", rows.front().comment->text.substr(0, 80).c_str(), static_cast<int>(rows.size()));
    ImGui::PopID();
    return;
  }
  const std::vector<annotate::CommentRow> copy = rows; // pointers into ws.comments(): read before editing
  std::vector<annotate::Comment> comments;
  for (const auto &r : copy)
    comments.push_back(*r.comment);
  for (std::size_t i = 0; i < comments.size(); ++i)
    drawComment(state, comments[i], copy[i].depth);
  drawReplyBox(state, t);
  ImGui::PopID();
}

void DiscussionPanel::drawComment(AppState &state, const annotate::Comment &c, int depth) {
  review::Workspace &ws = *state.workspace;
  const float indent = ImGui::GetFontSize() * (1.0f + 1.2f * static_cast<float>(std::min(depth, 6)));
  ImGui::PushID(c.id.c_str());
  ImGui::Indent(indent);
  ImGui::TextDisabled("%s  \xC2\xB7  %s", nameOf(ws, c.author).c_str(), writtenAt(c.createdAt).c_str());
  if (m_editing == c.id) {
    ImGui::InputTextMultiline("##edit", &m_editText, ImVec2(-1.0f, ImGui::GetTextLineHeight() * 3.0f));
    if (ImGui::SmallButton(tr("Save", "Bewaren"))) {
      const auto st = ws.editComment(c.id, m_editText);
      report(state, st.error);
      if (st)
        m_editing.clear();
    }
    ImGui::SameLine();
    if (ImGui::SmallButton(tr("Cancel", "Annuleren")))
      m_editing.clear();
  } else {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(c.text.c_str());
    ImGui::PopTextWrapPos();
    if (ImGui::SmallButton(tr("Reply", "Reageren"))) {
      m_replyTo = c.id;
      m_focusReply = true;
    }
    if (ws.canEditComment(c)) {
      ImGui::SameLine();
      if (ImGui::SmallButton(tr("Edit", "Wijzigen"))) {
        m_editing = c.id;
        m_editText = c.text;
      }
      ImGui::SameLine();
      if (ImGui::SmallButton(tr("Delete", "Verwijderen")))
        report(state, ws.deleteComment(c.id).error);
      itemTooltip(tr("Remove your comment (Ctrl+Z brings it back)", "Je reactie weghalen (Ctrl+Z zet haar terug)"));
    }
  }
  ImGui::Unindent(indent);
  ImGui::PopID();
}

void DiscussionPanel::drawReplyBox(AppState &state, const annotate::Thread &t) {
  review::Workspace &ws = *state.workspace;
  const float indent = ImGui::GetFontSize();
  ImGui::Indent(indent);
  if (!m_replyTo.empty() && ws.comment(m_replyTo) == nullptr)
    m_replyTo.clear();
  if (!m_replyTo.empty())
    ImGui::TextDisabled("%s %s", tr("Reply to", "Reactie op"), nameOf(ws, ws.comment(m_replyTo)->author).c_str());
  if (m_focusReply) {
    ImGui::SetKeyboardFocusHere();
    m_focusReply = false;
    state.animating = true; // as for the new thread's box
  }
  ImGui::InputTextMultiline("##reply", &m_replyText, ImVec2(-1.0f, ImGui::GetTextLineHeight() * 3.0f));
  if (TestLayout *tl = testLayout())
    tl->lastItem("discussion.reply_text");
  if (ImGui::Button(tr("Reply", "Reageren"))) {
    const auto r = ws.reply(t.id, m_replyTo, m_replyText);
    report(state, r.error);
    if (r) {
      m_replyText.clear();
      m_replyTo.clear();
    }
  }
  if (TestLayout *tl = testLayout())
    tl->lastItem("discussion.reply");
  ImGui::SameLine();
  if (ImGui::Button(t.resolved ? tr("Reopen", "Heropenen") : tr("Resolve", "Afronden")))
    report(state, ws.setResolved(t.id, !t.resolved).error);
  if (TestLayout *tl = testLayout())
    tl->lastItem("discussion.resolve");
  itemTooltip(t.resolved ? tr("Open the discussion again", "De bespreking weer openen")
                         : tr("The group has talked this moment through", "De groep heeft dit moment besproken"));
  ImGui::Unindent(indent);
  ImGui::Spacing();
}

} // namespace spiegel::app::gui
