#pragma once
// Panels talk to the App (and to each other) through these typed events, never
// through pointers to each other. Pushed and drained on the UI thread only.
//   state.events.push(OpenFile{path});
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace spiegel::app::gui {

struct OpenFile { std::string path; };   // open a recording (replaces the current one)
struct CloseFile {};                      // close the current recording
struct ShowOpenDialog {};                 // File > Open…
struct ShowError { std::string message; }; // one calm sentence in the user's language
struct Quit {};
struct ShowIdentityDialog {};             // "Switch reviewer…": ask who is reviewing (handled by the identity dialog)

using Event = std::variant<OpenFile, CloseFile, ShowOpenDialog, ShowError, Quit, ShowIdentityDialog>;

class EventQueue {
public:
  void push(Event e) { m_events.push_back(std::move(e)); }
  [[nodiscard]] bool empty() const { return m_events.empty(); }
  // Takes every event queued so far; events pushed while handling them wait
  // for the next drain (next UI frame).
  [[nodiscard]] std::vector<Event> drain() { return std::exchange(m_events, {}); }

private:
  std::vector<Event> m_events; // UI thread only
};

} // namespace spiegel::app::gui
