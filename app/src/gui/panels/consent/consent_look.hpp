#pragma once
// How a consent state looks in the Consent tab: a colour, a shape and a
// word, so it never rests on colour alone. UI thread only.
#include "common/i18n.hpp"
#include "gui/shell/theme.hpp"
#include "gui/shell/widgets.hpp"
#include "viewmodels/consent_model.hpp"

#include <imgui.h>

#include <array>

namespace spiegel::app::gui {

// Calm colours on the dark theme: green allowed, amber missing or expired,
// a soft red withdrawn or refused.
[[nodiscard]] inline ImVec4 statusColour(viewmodels::ConsentStatus s) {
  switch (s) {
  case viewmodels::ConsentStatus::Allowed: return ImGui::ColorConvertU32ToFloat4(colors::good());
  case viewmodels::ConsentStatus::Missing: return ImGui::ColorConvertU32ToFloat4(colors::notice());
  case viewmodels::ConsentStatus::Expired: return ImGui::ColorConvertU32ToFloat4(colors::faded());
  case viewmodels::ConsentStatus::Withdrawn:
  case viewmodels::ConsentStatus::Refused: break;
  }
  return ImGui::ColorConvertU32ToFloat4(colors::bad());
}

// Glyphs in the font's ranges (gui/shell/theme.cpp: U+25A0–U+25CF, Latin-1).
[[nodiscard]] inline const char *statusGlyph(viewmodels::ConsentStatus s) {
  switch (s) {
  case viewmodels::ConsentStatus::Allowed: return "\u25CF";   // ●
  case viewmodels::ConsentStatus::Missing: return "\u25CB";   // ○
  case viewmodels::ConsentStatus::Expired: return "\u25CC";   // ◌
  case viewmodels::ConsentStatus::Withdrawn: return "\u00D7"; // ×
  case viewmodels::ConsentStatus::Refused: break;
  }
  return "\u25A0"; // ■
}

[[nodiscard]] inline const char *statusText(viewmodels::ConsentStatus s) {
  switch (s) {
  case viewmodels::ConsentStatus::Allowed: return tr("allowed", "toegestaan");
  case viewmodels::ConsentStatus::Missing: return tr("missing", "ontbreekt");
  case viewmodels::ConsentStatus::Expired: return tr("expired", "verlopen");
  case viewmodels::ConsentStatus::Withdrawn: return tr("withdrawn", "ingetrokken");
  case viewmodels::ConsentStatus::Refused: break;
  }
  return tr("refused", "geweigerd");
}

// A field for a day ("YYYY-MM-DD"), one width everywhere in the tab, with
// `tip` on hover; `hint` shows while it is empty (default: the format).
template <std::size_t N>
void dayInput(const char *id, std::array<char, N> &buf, const char *tip, const char *hint = nullptr) {
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6.5f);
  ImGui::InputTextWithHint(id, hint != nullptr ? hint : tr("YYYY-MM-DD", "JJJJ-MM-DD"), buf.data(), N);
  itemTooltip(tip);
}

} // namespace spiegel::app::gui
