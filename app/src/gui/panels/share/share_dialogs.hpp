#pragma once
// What leaves the computer, and how (issue #13 §4), as Overlay dialogs:
//  - SendToDialog (File ▸ Send to…): one encrypted package of the project
//    (and, when ticked, its recording) for a colleague: a passphrase typed
//    twice, an optional last day, then where to save it; made on a worker
//    from a connection of its own (store::sealProject), so the window goes
//    on.
//  - UnpackDialog (a .spiegelpkg opened from File ▸ Open project…, dropped,
//    or named on the command line): the passphrase and the folder it opens
//    into (nothing is written anywhere else); a wrong passphrase is said in
//    the dialog, which stays for another try; then the project opens.
//  - VaultDialog (File ▸ Keep the recording encrypted…): what it does, then
//    common/keep_encrypted on a worker; the player moves to the vault.
// A passphrase lives only in the dialog's field and the task's copy, and
// both are wiped when done. UI thread only.
#include "gui/shell/dialogs.hpp"
#include "tasks/task_handle.hpp"

#include <memory>
#include <string>

namespace spiegel::app::gui {

class SendToDialog final : public OverlayDialog {
public:
  void draw(AppState &state) override;
  void onEvent(AppState &state, const Event &e) override;

private:
  void start(AppState &state, const std::string &out);
  bool m_active = false;
  bool m_withRecording = false, m_expires = true;
  std::string m_day, m_pass, m_again, m_problem;
  tasks::TaskHandle m_task; // running: the package is being made
};

class UnpackDialog final : public OverlayDialog {
public:
  void draw(AppState &state) override;
  void onEvent(AppState &state, const Event &e) override;

private:
  void start(AppState &state);
  bool m_active = false, m_focusPass = false;
  std::string m_package, m_folder, m_pass, m_problem;
  tasks::TaskHandle m_task;
  // Filled on the UI thread (a post) when the passphrase did not open it.
  std::shared_ptr<std::string> m_wrongPassphrase;
};

class VaultDialog final : public OverlayDialog {
public:
  void draw(AppState &state) override;
  void onEvent(AppState &state, const Event &e) override;

private:
  void start(AppState &state);
  bool m_active = false;
  tasks::TaskHandle m_task;
};

} // namespace spiegel::app::gui
