#pragma once
// The reviewer's workspace dialogs (Overlay panels, UI thread only):
//  - IdentityDialog: name and role, asked once on first start (which may be
//    put off with Later) and again by Reviewer > Switch reviewer…
//  - ProjectOfferDialog: a bare recording was opened; a calm, non-modal
//    strip offers to make (or open) its project, names the whole path it
//    will have, and offers another folder.
//  - MissingRecordingDialog: the project's recording is not where it was;
//    Locate… (a folder) or continue without video.
//  - ProjectBrowser: the one file browser, for recordings to watch (File >
//    Open), projects, new-project recordings and the Locate… folder.
// The modals queue (beginQueuedModal); the offer is not modal so that
// watching without a project never waits.
#include "gui/panels/workspace/file_browser.hpp"
#include "gui/shell/dialogs.hpp"

#include <string>

namespace spiegel::app::gui {

class IdentityDialog final : public OverlayDialog {
public:
  void draw(AppState &state) override;
  void onEvent(AppState &state, const Event &e) override;

private:
  void confirm(AppState &state);
  bool m_active = false;    // should be on screen
  bool m_switching = false; // Cancel when switching, Later on the first start
  bool m_focusName = false; // put the caret in the name field on the next frame
  std::string m_name;
  int m_role = 0; // index into kRoles (identity_dialog order)
};

// The offer to make (or open) a recording's project: a band above the
// picture and the side panel, never over the picture.
class ProjectOfferDialog final : public Panel {
public:
  [[nodiscard]] Slot slot() const override { return Slot::Band; }
  void draw(AppState &state) override;
  void onEvent(AppState &state, const Event &e) override;

private:
  std::string m_recording; // empty: nothing offered
  std::string m_projectPath;
  bool m_exists = false;
};

class MissingRecordingDialog final : public OverlayDialog {
public:
  void draw(AppState &state) override;
  void onEvent(AppState &state, const Event &e) override;

private:
  bool m_active = false;
};

class ProjectBrowser final : public OverlayDialog {
public:
  void draw(AppState &state) override;
  void onEvent(AppState &state, const Event &e) override;

private:
  FileBrowser m_browser;
  BrowseFor m_what = BrowseFor::Project;
  bool m_newProject = false;
  FolderFor m_folderFor = FolderFor::Relink;
  SaveFor m_saveFor = SaveFor::AgreementReport;
};

} // namespace spiegel::app::gui
