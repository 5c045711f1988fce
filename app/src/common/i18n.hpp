#pragma once
// Every user-facing string is written at its point of use in both languages:
//   tr("Open recording", "Opname openen")
// The current language is chosen once at start-up (settings, then the system
// locale: Dutch when LANG/LC_ALL/LC_MESSAGES starts with "nl").
#include <string>
#include <string_view>

namespace spiegel::app {

enum class Lang { En, Nl };

[[nodiscard]] Lang language();
void setLanguage(Lang lang);
[[nodiscard]] Lang languageFromEnvironment();
// True when SPIEGEL_LANG is set: it then wins over the language saved in the
// settings (View ▸ Language), which wins over the system locale.
[[nodiscard]] bool languageForcedByEnvironment();
[[nodiscard]] inline std::string_view langCode() { return language() == Lang::Nl ? "nl" : "en"; }

[[nodiscard]] inline const char *tr(const char *en, const char *nl) { return language() == Lang::Nl ? nl : en; }

} // namespace spiegel::app
