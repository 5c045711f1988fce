#include "gui/dialogs.hpp"

#include "common/i18n.hpp"

#include <imgui.h>

#include <filesystem>

namespace spiegel::app::gui {

void OpenDialog::onEvent(AppState &state, const Event &e) {
  if (std::holds_alternative<ShowOpenDialog>(e)) {
    std::string start = state.settings.lastFolder;
    if (state.session)
      start = std::filesystem::path(state.session->path).parent_path().string();
    m_browser.open(start);
  }
}

void OpenDialog::draw(AppState &state) {
  if (auto chosen = m_browser.draw()) {
    state.settings.lastFolder = m_browser.folder();
    state.events.push(OpenFile{*chosen});
  }
}

void ErrorDialog::onEvent(AppState &, const Event &e) {
  if (const auto *err = std::get_if<ShowError>(&e))
    m_messages.push_back(err->message);
}

void ErrorDialog::draw(AppState &) {
  if (m_messages.empty())
    return;
  const char *id = "##error";
  const std::string title = std::string(tr("Something went wrong", "Er ging iets mis")) + id;
  if (!m_opened) {
    ImGui::OpenPopup(title.c_str());
    m_opened = true;
  }
  const ImGuiViewport *vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + vp->Size.y * 0.5f),
                          ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 30.0f, 0.0f), ImGuiCond_Appearing);
  if (ImGui::BeginPopupModal(title.c_str(), nullptr,
                             ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoMove)) {
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
    ImGui::TextUnformatted(m_messages.front().c_str());
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    ImGui::Spacing();
    const float bw = ImGui::GetFontSize() * 6.0f;
    ImGui::SetCursorPosX(ImGui::GetWindowContentRegionMax().x - bw);
    if (ImGui::Button("OK", ImVec2(bw, 0)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter)) ||
        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
      ImGui::CloseCurrentPopup();
      m_messages.pop_front();
      m_opened = false;
    }
    ImGui::EndPopup();
  } else {
    m_opened = false; // could not open this frame (another popup); try again next frame
  }
}

} // namespace spiegel::app::gui
