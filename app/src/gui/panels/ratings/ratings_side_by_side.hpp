#pragma once
// The Ratings tab's "Side by side" view (issue #12 §2): a table of person ×
// element rows against one column per shown reviewer, the consensus when
// the round has one, and each row's spread; a reviewer's ratings that split
// the family on an element are shaded. Read only: each reviewer rates in
// their own "My ratings" view. UI thread only.
#include "gui/shell/app_state.hpp"
#include "viewmodels/ratings_side_model.hpp"

namespace spiegel::app::gui {

void drawRatingsSideBySide(AppState &state, viewmodels::RatingsSideModel &model);

} // namespace spiegel::app::gui
