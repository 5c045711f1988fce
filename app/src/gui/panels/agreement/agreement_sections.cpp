#include "gui/panels/agreement/agreement_sections.hpp"

#include "common/clock_text.hpp"
#include "common/i18n.hpp"
#include "gui/shell/actions.hpp"
#include "gui/shell/people_widgets.hpp"
#include "gui/shell/test_layout.hpp"
#include "gui/shell/widgets.hpp"
#include "viewmodels/agreement_text.hpp"

#include <imgui.h>

#include <algorithm>

namespace spiegel::app::gui {
namespace {
using viewmodels::AgreementTerm;
using viewmodels::decimal;

const ImVec4 kMet(0.55f, 0.80f, 0.55f, 1.0f);    // calm green
const ImVec4 kNotMet(0.92f, 0.72f, 0.42f, 1.0f); // calm amber, never alarming red

void report(const std::string &name, const std::string &text) {
  if (TestLayout *tl = testLayout())
    tl->value("agreement." + name, text);
}

// A table cell's text with a hover text.
void cellText(const std::string &text, const std::string &hover = {}) {
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(text.c_str());
  if (!hover.empty())
    itemTooltip(hover.c_str());
}

std::string termHover(AgreementTerm term, const std::string &how = {}) {
  std::string out = viewmodels::definition(term);
  if (!how.empty())
    out += "\n\n" + how;
  return out;
}

void heading(const std::string &text, AgreementTerm term, const std::string &how = {}) {
  ImGui::Spacing();
  ImGui::TextUnformatted(text.c_str());
  itemTooltip(termHover(term, how).c_str());
}

void criterionLine(bool met, const std::optional<double> &percent) {
  if (!percent) {
    ImGui::TextDisabled("%s", tr("No two ratings of one row yet.", "Nog geen twee beoordelingen van één rij."));
    return;
  }
  ImGui::TextColored(met ? kMet : kNotMet, "%s",
                     met ? tr("meets the 90 % criterion", "haalt het criterium van 90 %")
                         : tr("below the 90 % criterion", "onder het criterium van 90 %"));
}

void iccTable(const annotate::IccSet &icc, const std::string &how, const std::string &prefix) {
  struct Row {
    const char *name, *key;
    const std::optional<annotate::Icc> *stat;
  };
  const Row rows[] = {{"ICC(A,1)", "icc_a1", &icc.iccA1}, {"ICC(C,1)", "icc_c1", &icc.iccC1},
                      {"ICC(1)", "icc_1", &icc.icc1},     {"ICC(A,k)", "icc_ak", &icc.iccAk},
                      {"ICC(C,k)", "icc_ck", &icc.iccCk}, {"ICC(k)", "icc_k", &icc.icc1k}};
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_PadOuterX;
  if (!ImGui::BeginTable(("##icc" + prefix).c_str(), 4, flags, ImVec2(tableWidth(22.0f), 0.0f)))
    return;
  ImGui::TableSetupColumn("ICC", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn(tr("Value", "Waarde"));
  ImGui::TableSetupColumn(tr("95 % interval", "95 %-interval"));
  ImGui::TableSetupColumn("Koo & Li");
  ImGui::TableHeadersRow();
  const std::string hover = termHover(AgreementTerm::Icc, how) + "\n\n" + viewmodels::definition(AgreementTerm::KooLi);
  for (const Row &row : rows) {
    const auto &v = *row.stat;
    const bool headline = row.stat == &icc.iccA1;
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    if (headline)
      ImGui::TextColored(ImVec4(0.62f, 0.78f, 0.95f, 1.0f), "%s", row.name);
    else
      ImGui::TextUnformatted(row.name);
    itemTooltip(hover.c_str());
    const std::string value = v ? decimal(v->value) : decimal(std::nullopt);
    const std::string interval = v ? viewmodels::intervalText(v->low, v->high) : "\xE2\x80\x93";
    cellText(value, hover);
    cellText(interval, hover);
    cellText(v ? viewmodels::kooLiBand(v->value) : "", viewmodels::definition(AgreementTerm::KooLi));
    report(prefix + row.key, value);
    report(prefix + row.key + ".ci", interval);
  }
  ImGui::EndTable();
}

} // namespace

void drawGroupSection(const viewmodels::AgreementReport &r) {
  const auto &g = r.group;
  if (!ImGui::CollapsingHeader(tr("The group's ratings", "De beoordelingen van de groep"),
                               ImGuiTreeNodeFlags_DefaultOpen))
    return;
  const std::string rows = std::to_string(g.icc.rowsComplete) + tr(" of ", " van ") + std::to_string(g.icc.rows) +
                           tr(" rows rated by everyone chosen", " rijen door iedereen gekozen beoordeeld");
  ImGui::TextDisabled("%s", rows.c_str());
  itemTooltip(g.iccHow.c_str());
  iccTable(g.icc, g.iccHow, "");

  heading(viewmodels::termName(AgreementTerm::Alpha), AgreementTerm::Alpha, g.alphaHow);
  const std::string alpha = tr("ordinal ", "ordinaal ") + decimal(g.alphaOrdinal) + tr(", interval ", ", interval ") +
                            decimal(g.alphaInterval);
  ImGui::TextUnformatted(alpha.c_str());
  itemTooltip(termHover(AgreementTerm::Alpha, g.alphaHow).c_str());
  report("alpha_ordinal", decimal(g.alphaOrdinal));
  report("alpha_interval", decimal(g.alphaInterval));

  heading(viewmodels::termName(AgreementTerm::WithinOne), AgreementTerm::WithinOne, g.withinHow);
  const std::string within = viewmodels::percentText(g.within.percent) + " (" + std::to_string(g.within.within) +
                             tr(" of ", " van ") + std::to_string(g.within.pairs) + tr(" pairs)", " paren)");
  ImGui::TextUnformatted(within.c_str());
  itemTooltip(termHover(AgreementTerm::WithinOne, g.withinHow).c_str());
  ImGui::SameLine();
  criterionLine(g.meetsCriterion, g.within.percent);
  report("within_one", viewmodels::percentText(g.within.percent));
}

void drawPairsSection(const viewmodels::AgreementReport &r) {
  if (!ImGui::CollapsingHeader(tr("Pairs of reviewers", "Paren beoordelaars"), ImGuiTreeNodeFlags_DefaultOpen))
    return;
  if (r.pairs.empty()) {
    hintText(tr("Choose at least two reviewers to compare pairs.",
                "Kies minstens twee beoordelaars om paren te vergelijken."));
    return;
  }
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_PadOuterX;
  if (!ImGui::BeginTable("##pairs", 5, flags, ImVec2(tableWidth(30.0f), 0.0f)))
    return;
  ImGui::TableSetupColumn(tr("Pair", "Paar"), ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn(tr("Moments", "Momenten"));
  ImGui::TableSetupColumn(tr("kappa", "kappa"));
  ImGui::TableSetupColumn(tr("Time units", "Tijdseenheden"));
  ImGui::TableSetupColumn(tr("Ratings (kw)", "Beoord. (kw)"));
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  const std::string headers[] = {tr("Pair", "Paar"), tr("Moments", "Momenten"), tr("kappa", "kappa"),
                                 tr("Time units", "Tijdseenheden"), tr("Ratings (kw)", "Beoord. (kw)")};
  const std::string hovers[] = {"", termHover(AgreementTerm::EventKappa), termHover(AgreementTerm::EventKappa),
                                termHover(AgreementTerm::TimeUnitKappa), termHover(AgreementTerm::WeightedKappa)};
  for (int c = 0; c < 5; ++c) {
    ImGui::TableSetColumnIndex(c);
    ImGui::TableHeader(headers[c].c_str());
    if (!hovers[c].empty())
      itemTooltip(hovers[c].c_str());
  }
  for (std::size_t i = 0; i < r.pairs.size(); ++i) {
    const auto &p = r.pairs[i];
    const auto &e = p.events;
    ImGui::TableNextRow();
    const std::string names = r.names[p.a] + " \xE2\x80\x93 " + r.names[p.b];
    cellText(names);
    const std::string moments = std::to_string(e.matched) + tr(" paired, ", " gekoppeld, ") +
                                std::to_string(e.unmatchedA) + " + " + std::to_string(e.unmatchedB) +
                                tr(" alone", " los");
    cellText(moments, p.eventsHow);
    cellText(decimal(e.kappa), termHover(AgreementTerm::EventKappa, p.eventsHow));
    cellText(decimal(p.timeUnits.kappa), termHover(AgreementTerm::TimeUnitKappa, p.timeUnitsHow));
    const std::string weighted = decimal(p.weightedLinear) + " / " + decimal(p.weightedQuadratic);
    cellText(weighted, termHover(AgreementTerm::WeightedKappa, p.ratingsHow));
    report("pair." + std::to_string(i), names + "|" + std::to_string(e.matched) + "|" + std::to_string(e.unmatchedA) +
                                            "|" + std::to_string(e.unmatchedB) + "|" + decimal(e.kappa) + "|" +
                                            decimal(p.timeUnits.kappa) + "|" + weighted);
  }
  ImGui::EndTable();
  hintText(tr("kw: weighted kappa, linear / quadratic. Hover a number for how it was computed.",
              "kw: gewogen kappa, lineair / kwadratisch. Wijs een getal aan voor hoe het berekend is."));
}

void drawGoldSection(AppState &state, const viewmodels::AgreementReport &r, std::string &trainee) {
  if (r.gold.empty())
    return;
  if (!ImGui::CollapsingHeader(tr("Compare with the gold standard", "Vergelijken met de gouden standaard"),
                               ImGuiTreeNodeFlags_DefaultOpen))
    return;
  itemTooltip(viewmodels::definition(AgreementTerm::Gold).c_str());
  auto it = std::find_if(r.gold.begin(), r.gold.end(),
                         [&](const viewmodels::GoldComparison &g) { return r.reviewers[g.trainee].id == trainee; });
  if (it == r.gold.end())
    it = r.gold.begin();
  const auto label = [&](const viewmodels::GoldComparison &g) {
    return r.names[g.trainee] + tr(" with ", " met ") + r.names[g.gold];
  };
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16.0f);
  if (ImGui::BeginCombo("##trainee", label(*it).c_str())) {
    for (const auto &g : r.gold)
      if (ImGui::Selectable(label(g).c_str(), &g == &*it))
        trainee = r.reviewers[g.trainee].id;
    ImGui::EndCombo();
  }
  if (TestLayout *tl = testLayout())
    tl->lastItem("agreement.trainee");
  const viewmodels::GoldComparison &g = *it;
  const auto &e = g.pair.events;
  const std::string events = tr("Moments: ", "Momenten: ") + std::to_string(e.matched) +
                             tr(" paired, ", " gekoppeld, ") + std::to_string(e.unmatchedB) +
                             tr(" missed, ", " gemist, ") + std::to_string(e.unmatchedA) +
                             tr(" added; kappa ", " toegevoegd; kappa ") + decimal(e.kappa);
  ImGui::TextUnformatted(events.c_str());
  itemTooltip(termHover(AgreementTerm::EventKappa, g.pair.eventsHow).c_str());
  const std::string more = tr("Time units: kappa ", "Tijdseenheden: kappa ") + decimal(g.pair.timeUnits.kappa) +
                           tr("; ratings: ICC(A,1) ", "; beoordelingen: ICC(A,1) ") +
                           (g.ratings.icc.iccA1 ? decimal(g.ratings.icc.iccA1->value) : decimal(std::nullopt));
  ImGui::TextUnformatted(more.c_str());
  itemTooltip(termHover(AgreementTerm::TimeUnitKappa, g.pair.timeUnitsHow).c_str());
  ImGui::PushTextWrapPos(visibleRightX());
  ImGui::TextColored(g.ratings.meetsCriterion ? kMet : kNotMet, "%s", g.verdict.c_str());
  ImGui::PopTextWrapPos();
  itemTooltip(termHover(AgreementTerm::WithinOne, g.ratings.withinHow).c_str());
  report("gold.verdict", g.verdict);
  report("gold.within_one", viewmodels::percentText(g.ratings.within.percent));

  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_PadOuterX;
  if (!ImGui::BeginTable("##goldmoments", 3, flags, ImVec2(tableWidth(24.0f), 0.0f)))
    return;
  ImGui::TableSetupColumn(tr("Element", "Element"), ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn(tr("Missed", "Gemist"));
  ImGui::TableSetupColumn(tr("Added", "Toegevoegd"));
  ImGui::TableHeadersRow();
  int missed = 0, added = 0;
  for (const auto &el : g.elements) {
    ImGui::TableNextRow();
    cellText(el.name + " (" + std::to_string(el.matched) + ")",
             tr("In brackets: the moments paired with the gold standard.",
                "Tussen haakjes: de momenten die met de gouden standaard gekoppeld zijn."));
    for (const auto *list : {&el.missed, &el.added}) {
      ImGui::TableNextColumn();
      ImGui::PushID(list);
      if (list->empty())
        ImGui::TextDisabled("\xE2\x80\x93");
      for (const auto &t : *list) {
        const std::string at = clockText(t.start) + (t.valence == annotate::Valence::Positive ? " +" : " \xE2\x88\x92");
        if (ImGui::SmallButton((at + "##" + t.id).c_str()) && state.session)
          actions::seekTo(state, t.start, media::SeekMode::Exact);
        itemTooltip(tr("Go to this moment.", "Ga naar dit moment."));
      }
      ImGui::PopID();
    }
    missed += static_cast<int>(el.missed.size());
    added += static_cast<int>(el.added.size());
  }
  ImGui::EndTable();
  report("gold.missed", std::to_string(missed));
  report("gold.added", std::to_string(added));
}

} // namespace spiegel::app::gui
