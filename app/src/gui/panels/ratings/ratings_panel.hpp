#pragma once
// The Ratings tab: the current reviewer's −3…+3 ratings per family member
// (engagement, bond, safety) and for the family as a whole (shared purpose),
// each with its scale labels, an optional rationale, the indicators ticked
// for that person and element, and the rule-check warnings; the
// split-alliance spread per element at the bottom. Members are listed least
// involved first (domain.md §1.4). "Side by side" shows every shown
// reviewer's ratings in one table instead.
#include "gui/shell/panel.hpp"
#include "viewmodels/ratings_side_model.hpp"

#include <map>
#include <string>
#include <vector>

namespace spiegel::app::gui {

class RatingsPanel final : public Panel {
public:
  [[nodiscard]] Slot slot() const override { return Slot::Side; }
  [[nodiscard]] std::string title() const override;
  [[nodiscard]] std::string tabId() const override { return "ratings"; }
  void draw(AppState &state) override;

private:
  void drawHeader(const AppState &state) const;
  void drawRow(AppState &state, const viewmodels::RatingRow &row);
  void drawCell(AppState &state, const viewmodels::RatingCell &cell);
  // −3…+3 buttons and the clear button; remembers the hovered value so the
  // cell's first line can name it on the next frame.
  void drawScale(review::Workspace &ws, const std::vector<viewmodels::ScaleOption> &scale,
                 const viewmodels::RatingCell &cell);
  void drawRationale(review::Workspace &ws, const viewmodels::RatingCell &cell, const char *hint);
  static void drawTicks(AppState &state, const viewmodels::RatingCell &cell);
  static void drawSpreads(const viewmodels::RatingsModel &model);

  // Rationale text being typed, per "subject|element"; taken from the model
  // whenever the field is not being edited. UI thread only.
  std::map<std::string, std::string> m_rationale;
  std::string m_hoverKey; // the cell whose scale the mouse was over last frame ("" none)
  int m_hoverValue = 0;
  std::string m_message;          // last refusal of the workspace, shown once at the top
  bool m_scrollToWarning = false; // "Show" was clicked: scroll to the first rule-check note
  bool m_sideBySide = false;      // every shown reviewer's ratings in one table (ratings_side_by_side.hpp)
  viewmodels::RatingsSideModel m_side;
};

} // namespace spiegel::app::gui
