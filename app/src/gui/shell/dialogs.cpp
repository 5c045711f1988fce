#include "gui/shell/dialogs.hpp"

#include "common/i18n.hpp"
#include "gui/shell/keymap_input.hpp"
#include "gui/shell/test_layout.hpp"
#include "gui/shell/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace spiegel::app::gui {

bool beginQueuedModal(const char *id, const std::string &title, bool active, float widthEm) {
  if (!active)
    return false;
  if (!ImGui::IsPopupOpen(id) && !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel))
    ImGui::OpenPopup(id);
  const ImGuiViewport *vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + vp->Size.y * 0.45f), ImGuiCond_Always,
                          ImVec2(0.5f, 0.5f));
  const std::string full = title + id;
  if (!ImGui::BeginPopupModal(full.c_str(), nullptr,
                              ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                                  ImGuiWindowFlags_NoMove))
    return false;
  // The body's width: the dialog sizes itself to this (and to anything wider).
  const float width = ImGui::GetFontSize() * widthEm;
  ImGui::Dummy(ImVec2(width, 0.0f));
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  return true;
}

void endQueuedModal() {
  ImGui::PopTextWrapPos();
  ImGui::EndPopup();
}

int dialogButtons(float widthEm, std::initializer_list<DialogButton> buttons) {
  const ImGuiStyle &style = ImGui::GetStyle();
  float label = ImGui::GetFontSize() * 5.0f; // short labels ("OK") still get a button easy to hit
  for (const DialogButton &b : buttons)
    label = std::max(label, ImGui::CalcTextSize(b.label).x);
  const float bw = label + style.FramePadding.x * 4.0f;
  const float n = static_cast<float>(buttons.size());
  const float row = bw * n + style.ItemSpacing.x * (n - 1.0f);
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, ImGui::GetFontSize() * widthEm - row));
  int clicked = -1, i = 0;
  for (const DialogButton &b : buttons) {
    if (i > 0)
      ImGui::SameLine();
    ImGui::BeginDisabled(!b.enabled);
    if (ImGui::Button(b.label, ImVec2(bw, 0)))
      clicked = i;
    if (b.id)
      if (TestLayout *tl = testLayout())
        tl->lastItem(b.id);
    ImGui::EndDisabled();
    itemTooltip(b.tooltip);
    ++i;
  }
  return clicked;
}

void ErrorDialog::onEvent(AppState &, const Event &e) {
  if (const auto *err = std::get_if<ShowError>(&e))
    m_messages.push_back(*err);
}

void ErrorDialog::draw(AppState &state) {
  if (m_messages.empty())
    return;
  const ShowError &front = m_messages.front();
  std::string title = front.title;
  if (title.empty()) // an edit refused by a read-only project is no fault
    title = state.workspace && state.workspace->readOnly() ? tr("Read-only project", "Project alleen lezen")
                                                           : tr("Something went wrong", "Er ging iets mis");
  if (!beginQueuedModal("###error", title.c_str(), true, 28.0f))
    return;
  ImGui::TextUnformatted(front.message.c_str());
  if (TestLayout *tl = testLayout())
    tl->value("message", front.message);
  ImGui::Spacing();
  const bool key = keymap::pressed(state, keymap::Action::Confirm) || keymap::pressed(state, keymap::Action::Cancel);
  if (dialogButtons(28.0f, {{tr("OK", "Sluiten"), tr("Close this message (Enter)", "Dit bericht sluiten (Enter)")}}) ==
          0 ||
      key) {
    ImGui::CloseCurrentPopup();
    m_messages.pop_front();
  }
  endQueuedModal();
}

} // namespace spiegel::app::gui
