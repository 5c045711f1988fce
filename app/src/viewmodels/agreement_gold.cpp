#include "viewmodels/agreement_gold.hpp"

#include "common/i18n.hpp"
#include "common/review_messages.hpp"
#include "common/store_messages.hpp"

#include "spiegel/annotate/round.hpp"

#include <algorithm>

namespace spiegel::app::viewmodels {

std::optional<std::string> markGold(review::Workspace &ws, const annotate::Uuid &id, bool gold) {
  const auto &shown = ws.reviewers();
  const auto it = std::find_if(shown.begin(), shown.end(), [&](const annotate::Reviewer &r) { return r.id == id; });
  if (it == shown.end())
    return tr("That reviewer has no work you are shown in this project.",
              "Die beoordelaar heeft geen werk in dit project dat jij te zien krijgt.");
  const std::string name = ws.reviewerNames().contains(id) ? ws.reviewerNames().at(id) : it->name;
  if (annotate::isConsensus(*it))
    return tr("The group's consensus cannot be the gold standard: choose the expert's own coding.",
              "De consensus van de groep kan geen gouden standaard zijn: kies de eigen codering van de expert.");
  if (it->gold == gold)
    return std::nullopt;
  const auto &view = ws.roundView();
  if (gold && view.blind() && !view.revealed(id))
    return name + tr(" is still coding blind: as the gold standard their work would be shown to everyone who has "
                     "revealed. Mark them once they have revealed.",
                     " codeert nog blind: als gouden standaard zou dat werk zichtbaar worden voor iedereen die het "
                     "eigen werk liet zien. Markeer pas nadat die beoordelaar het werk liet zien.");
  if (ws.readOnly())
    return tr("This project may only be read here: save a copy to mark the gold standard.",
              "Dit project mag hier alleen gelezen worden: bewaar een kopie om de gouden standaard te markeren.");
  annotate::Reviewer changed = *it;
  changed.gold = gold;
  try {
    (void)ws.project().saveReviewer(changed);
  } catch (const store::StoreError &e) {
    (void)ws.reload();
    return describe(e);
  }
  if (const review::Status s = ws.reload(); !s)
    return describe(s.error);
  return std::nullopt;
}

} // namespace spiegel::app::viewmodels
