#pragma once
// The Participants tab: who is in the recording, by role (never a required
// name), with colour, family member / professional and F-key slot. Add,
// edit in place, remove (the workspace refuses while tags or ratings refer
// to the person; its sentence is shown calmly). Every edit is undoable.
#include "gui/shell/panel.hpp"

#include <array>
#include <optional>
#include <string>

namespace spiegel::app::gui {

class ParticipantsPanel final : public Panel {
public:
  [[nodiscard]] Slot slot() const override { return Slot::Side; }
  [[nodiscard]] std::string title() const override;
  [[nodiscard]] std::string tabId() const override { return "participants"; }
  [[nodiscard]] bool scrollsSideways() const override { return true; }
  void draw(AppState &state) override;

private:
  // The fields of the add form or of the row being edited. UI thread only.
  struct Form {
    std::string role;
    std::array<char, 64> alias{};
    std::array<float, 3> colour{};
    bool family = true;
  };
  void drawTable(review::Workspace &ws);
  void drawRow(review::Workspace &ws, const annotate::Participant &p, int slot);
  void drawEditRow(review::Workspace &ws, const annotate::Participant &p);
  void drawAddForm(review::Workspace &ws);
  // Role combo (grouped family / network / professional) + alias + colour +
  // kind; choosing a role sets the kind to that role's default.
  static void drawFields(Form &form, const char *idSuffix);

  Form m_add;
  bool m_addReady = false;                 // m_add holds defaults for the current project
  std::optional<annotate::Uuid> m_editing; // the row edited in place
  Form m_edit;
  const review::Workspace *m_seen = nullptr; // the project the form belongs to
  std::string m_message;                        // last refusal, shown under the table until the next edit
};

} // namespace spiegel::app::gui
