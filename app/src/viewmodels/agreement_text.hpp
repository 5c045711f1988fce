#pragma once
// The words and numbers of the agreement statistics, in the current
// language (common/i18n): decimals with a Dutch comma, the definition of
// every statistic (the tab's hover text and the report's glossary), and
// the Koo & Li band of an ICC.
//   ImGui::Text("%s", decimal(pair.events.kappa).c_str());   // "0,27"
//   itemTooltip(definition(AgreementTerm::EventKappa).c_str());
// Any thread.
#include "spiegel/annotate/types.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace spiegel::app::viewmodels {

// Two decimals by default ("0,27" in Dutch, "0.27" in English), or
// "undefined" / "niet bepaald" for a statistic that is not defined.
[[nodiscard]] std::string decimal(const std::optional<double> &v, int decimals = 2);
// A duration in seconds for people: "2 s", "0,5 s"; secondsNumber without
// the unit ("0,5"), as a field shows it.
[[nodiscard]] std::string secondsText(annotate::Micros t);
[[nodiscard]] std::string secondsNumber(annotate::Micros t);
// What a person typed into a seconds field: "2", "0,5", "0.5", "1,5 s";
// nullopt unless it is a number above zero.
[[nodiscard]] std::optional<annotate::Micros> parseSeconds(std::string_view text);
// A percentage with one decimal: "66,7 %", or "undefined".
[[nodiscard]] std::string percentText(const std::optional<double> &pct);
// "[0,02; 0,76]" (Dutch separates with a semicolon, the comma being the
// decimal sign) or "[0.02, 0.76]"; an end without a finite bound is "–".
[[nodiscard]] std::string intervalText(const std::optional<double> &low, const std::optional<double> &high);

enum class AgreementTerm { EventKappa, TimeUnitKappa, WeightedKappa, Icc, KooLi, Alpha, WithinOne, Gold };

// The statistic's name as a heading ("Event agreement", "Overeenstemming over momenten").
[[nodiscard]] std::string termName(AgreementTerm term);
// What it is and how it is computed, in a few sentences.
[[nodiscard]] std::string definition(AgreementTerm term);
// Koo & Li (2016)'s band of an ICC value: "poor" (< .50), "moderate"
// (.50–.75), "good" (.75–.90), "excellent" (> .90).
[[nodiscard]] std::string kooLiBand(double icc);

} // namespace spiegel::app::viewmodels
