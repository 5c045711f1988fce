#pragma once
// The agreement model (agreement_model.hpp) written out: the CLI's JSON
// (keys in docs/formats.md "Agreement"), its readable text, and the
// self-contained HTML report (File ▸ Export ▸ Agreement report…, `spiegel
// agreement P --html OUT`). All three read one AgreementReport, so they
// show the same numbers.
//   std::cout << agreementJson(report);
//   store::writeTextFile(out, agreementHtml(report, {.project = info.title}));
// Pure, any thread; the text and the report are in the current language.
#include "viewmodels/agreement_model.hpp"

#include <ctime>
#include <string>

namespace spiegel::app::viewmodels {

[[nodiscard]] std::string agreementJson(const AgreementReport &report);
[[nodiscard]] std::string agreementText(const AgreementReport &report);

struct ReportContext {
  std::string project;   // the project's title
  std::string recording; // the recording's title or file name
  std::string made;      // when the report was made, as people read it ("2026-12-02 17:40")
};

// A whole HTML page: inline CSS (light, prints on A4), every number with
// how it was computed, the ratings table with the consensus beside the
// members, the gold-standard comparisons and the definitions.
// ReportContext::made for a moment: local "2026-12-02 17:40".
[[nodiscard]] std::string madeAtText(std::time_t t);

[[nodiscard]] std::string agreementHtml(const AgreementReport &report, const ReportContext &context);

} // namespace spiegel::app::viewmodels
