#pragma once
// The Tags tab (issue "The reviewer's workspace" §5): every tag of the open
// project in a sortable table (time, element, ±, indicator, participants,
// note, reviewer), filtered by element, valence, participant and reviewer
// and by a search text; 10 000 rows scroll smoothly (ImGuiListClipper).
// The filters and search are the timeline's too (it dims or hides what
// they leave out; the choice is a checkbox here, kept in the settings).
// Click a row: select the tag (shared with the timeline lanes; when the
// selection changes elsewhere the table scrolls to it) and put the playhead
// on its start, keeping play/pause. Double-click the row: jump there with
// the pre-roll and open the tag's editor. Double-click the note: edit it in
// place (Enter keeps, Esc cancels). Under the table a strip shows all of
// the selected tag, its note wrapped (tag_detail.hpp). N / P: next /
// previous tag that passes the filters. UI thread only.
#include "gui/shell/panel.hpp"

#include <array>
#include <optional>
#include <vector>

namespace spiegel::app::gui {

class TagsPanel final : public Panel {
public:
  [[nodiscard]] Slot slot() const override { return Slot::Side; }
  [[nodiscard]] std::string title() const override;
  [[nodiscard]] std::string tabId() const override { return "tags"; }
  void draw(AppState &state) override;
  void handleTabKeys(AppState &state) override; // N / P, whichever tab shows

private:
  // Column widths in pixels for the current font and language (see .cpp).
  struct ColumnWidths {
    float time = 0, element = 0, valence = 0, participants = 0, note = 0, reviewer = 0, indicatorMin = 0;
  };
  [[nodiscard]] static ColumnWidths columnWidths(const review::Workspace &ws,
                                                const std::vector<viewmodels::TagRow> &rows);
  static void elementCell(const AppState &state, const annotate::Annotation &tag, const std::string &name);
  void drawFilters(AppState &state);
  void drawTable(AppState &state, float below); // `below`: the height to leave under it
  void drawRow(AppState &state, std::size_t index);
  // Selects the tag and seeks preRoll before its start (never before 0).
  void jumpTo(AppState &state, const annotate::Annotation &tag, Micros preRoll);
  void commitNote(AppState &state);

  std::array<char, 256> m_search{};
  std::optional<annotate::Uuid> m_editing;  // the tag whose note is being edited
  std::array<char, 2048> m_noteBuf{};       // the note text while editing
  bool m_focusEditor = false;               // give the note field the keyboard next frame
  std::optional<annotate::Uuid> m_shownSelection; // the selection the table last scrolled to or made
};

} // namespace spiegel::app::gui
