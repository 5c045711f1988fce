#pragma once
// Panels talk to the App (and to each other) through these typed events, never
// through pointers to each other. Pushed and drained on the UI thread only.
//   state.events.push(OpenFile{path});
#include <string>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace spiegel::app::gui {

struct OpenFile {
  std::string path;
};                        // open a recording (replaces the current one)
struct CloseFile {};      // close the current recording
struct ShowOpenDialog {}; // File > Open…
struct ShowError {
  std::string message; // one calm sentence in the user's language
  std::string title;   // the dialog's title; empty: "Something went wrong"
};
struct Quit {};
// Delete the open project's recording with proof (the Consent tab's
// "Delete the recording…"; common/delete_recording.hpp): the App lets the
// player go of the file first, then closes the project.
struct DeleteRecording {
  bool original = false; // also the recording file itself
  bool keepWork = false; // keep the tags and notes
};

// The reviewer's workspace (gui/shell/app_workspace.cpp, gui/panels/workspace/workspace_dialogs.*).
// OpenFile above takes a project or a recording; these are the rest.
// Work: a colleague's coding of the same recording (a .spiegel project or a .json package).
enum class BrowseFor { Recording, Project, Folder, SaveFile, Work };
// What a chosen folder is for: Locate… the recording, Save a copy… of a
// project, or where a new project goes (the offer's Choose another folder…).
// Unpack: the folder a share package is opened into.
enum class FolderFor { Relink, SaveCopy, NewProject, Unpack };
// What a file chosen in save mode is for (File ▸ Export ▸ …, File ▸ Send to…).
// ReflectionRecord: of the Recall tab's session; ReflectionSeries: of every session.
enum class SaveFor { AgreementReport, SharePackage, ReflectionRecord, ReflectionSeries };
struct ShowBrowser {
  BrowseFor what = BrowseFor::Project;
  bool newProject = false; // Recording: for a new project (played, and its project offered)
  FolderFor folderFor = FolderFor::Relink; // Folder: what the folder is for
  SaveFor saveFor = SaveFor::AgreementReport; // SaveFile: what the file is for
  std::string fileName;                       // SaveFile: the name offered
};
struct SaveFileChosen {
  SaveFor what = SaveFor::AgreementReport;
  std::string path; // where to write (the panel that makes the file writes it)
};
struct CreateProject {
  std::string recording; // a project for it (opens the existing one if there is one)
  std::string project;   // where; empty: next to the recording
};
struct CopyProject {
  std::string folder; // Save a copy…: copy the open project there and open the copy
};
struct ProjectFolderChosen {
  std::string folder; // Choose another folder…: the new project goes there
};

// Privacy (gui/panels/share/share_dialogs.*, issue #13 §4): File ▸ Send
// to… (an encrypted package for a colleague), opening a .spiegelpkg (File ▸
// Open project…, a drop, the command line), and File ▸ Keep the recording
// encrypted….
struct AskSendTo {};
struct AskUnpack {
  std::string package;
};
struct UnpackFolderChosen {
  std::string folder;
};
struct AskVault {};
struct OfferProject {
  std::string recording; // a bare recording was opened: offer to make or open its project
};
struct RecordingMissing {}; // the open project's recording is not where it was
struct PlayRecording {};    // open workspace->mediaPath() in the player (after a relink)
struct AddColleagueWork {}; // File > Add a colleague's work… (gui/panels/workspace/colleague_dialog.*)
struct AskIdentity {
  bool switching = false; // Reviewer > Switch reviewer… (else the first start)
};

// The coding round (gui/panels/people/round_dialog.*): the start dialog, or
// the confirmation before a reveal.
struct AskRound {
  bool reveal = false;
};

using Event = std::variant<OpenFile, CloseFile, ShowOpenDialog, ShowError, Quit, ShowBrowser, CreateProject,
                           OfferProject, RecordingMissing, PlayRecording, AskIdentity, CopyProject,
                           ProjectFolderChosen, SaveFileChosen, AskRound, AddColleagueWork, DeleteRecording,
                           AskSendTo, AskUnpack, UnpackFolderChosen, AskVault>;

class EventQueue {
public:
  // Constructs the alternative in place (building a temporary Event and
  // moving it trips GCC 12's -Wmaybe-uninitialized on std::variant at -O2).
  template <typename T> void push(T &&e) {
    m_events.emplace_back(std::in_place_type<std::decay_t<T>>, std::forward<T>(e));
  }
  [[nodiscard]] bool empty() const { return m_events.empty(); }
  // Takes every event queued so far; events pushed while handling them wait
  // for the next drain (next UI frame).
  [[nodiscard]] std::vector<Event> drain() { return std::exchange(m_events, {}); }

private:
  std::vector<Event> m_events; // UI thread only
};

} // namespace spiegel::app::gui
