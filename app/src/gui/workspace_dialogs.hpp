#pragma once
// The reviewer's workspace dialogs (Overlay panels, UI thread only):
//  - IdentityDialog: name and role, asked once on first start and again by
//    Reviewer > Switch reviewer…
//  - ProjectOfferDialog: a bare recording was opened; make (or open) the
//    project next to it.
//  - MissingRecordingDialog: the project's recording is not where it was;
//    Locate… (a folder) or continue without video.
//  - ProjectBrowser: the file browser for projects, new-project recordings
//    and the Locate… folder.
// Each modal waits until no other popup is open, so they queue calmly.
#include "gui/file_browser.hpp"
#include "gui/panel.hpp"

#include <string>

namespace spiegel::app::gui {

class IdentityDialog final : public Panel {
public:
  [[nodiscard]] Slot slot() const override { return Slot::Overlay; }
  void draw(AppState &state) override;
  void onEvent(AppState &state, const Event &e) override;

private:
  void confirm(AppState &state);
  bool m_active = false;    // should be on screen
  bool m_switching = false; // Cancel is offered only when switching
  bool m_focusName = false; // put the caret in the name field on the next frame
  std::string m_name;
  int m_role = 0; // index into kRoles (identity_dialog order)
};

class ProjectOfferDialog final : public Panel {
public:
  [[nodiscard]] Slot slot() const override { return Slot::Overlay; }
  void draw(AppState &state) override;
  void onEvent(AppState &state, const Event &e) override;

private:
  bool m_active = false;
  std::string m_recording;
  std::string m_projectPath;
  bool m_exists = false;
};

class MissingRecordingDialog final : public Panel {
public:
  [[nodiscard]] Slot slot() const override { return Slot::Overlay; }
  void draw(AppState &state) override;
  void onEvent(AppState &state, const Event &e) override;

private:
  bool m_active = false;
};

class ProjectBrowser final : public Panel {
public:
  [[nodiscard]] Slot slot() const override { return Slot::Overlay; }
  void draw(AppState &state) override;
  void onEvent(AppState &state, const Event &e) override;

private:
  FileBrowser m_browser;
  BrowseFor m_what = BrowseFor::Project;
  bool m_newProject = false;
};

// Opens the popup `id` once no other popup is open, while `active`.
// Returns whether the modal is drawn this frame (then call EndPopup).
bool beginQueuedModal(const char *id, const std::string &title, bool active, float widthEm);

} // namespace spiegel::app::gui
