#include "viewmodels/audit_model.hpp"

#include "common/clock_text.hpp"
#include "common/i18n.hpp"

#include <array>
#include <utility>

namespace spiegel::app::viewmodels {

namespace {
constexpr const char *kWhen = "%Y-%m-%d %H:%M:%S";

struct ActionWords {
  const char *key, *en, *nl;
};
constexpr std::array<ActionWords, 15> kActions{{
    {"create", "created", "gemaakt"},
    {"edit", "changed", "gewijzigd"},
    {"delete", "deleted", "verwijderd"},
    {"import", "imported", "geïmporteerd"},
    {"merge", "merged", "samengevoegd"},
    {"export", "exported", "geëxporteerd"},
    {"relink", "recording found again", "opname teruggevonden"},
    {"reveal", "revealed in a round", "onthuld in een ronde"},
    {"withdraw", "consent withdrawn", "toestemming ingetrokken"},
    {"copy", "copied", "gekopieerd"},
    {"share", "sent as a package", "verstuurd als pakket"},
    {"unpack", "unpacked from a package", "uitgepakt uit een pakket"},
    {"vault", "recording encrypted", "opname versleuteld"},
    {"view", "opened", "geopend"},
    {"play", "playback started", "afspelen gestart"},
}};
} // namespace

std::string auditActionText(const std::string &action) {
  for (const auto &a : kActions)
    if (action == a.key)
      return tr(a.en, a.nl);
  return action;
}

std::vector<AuditRow> auditRows(const std::vector<store::AuditEntry> &entries) {
  std::vector<AuditRow> rows;
  rows.reserve(entries.size());
  for (const auto &e : entries)
    rows.push_back({rows.size() + 1, wallClockText(e.at, kWhen),
                    e.actor.empty() ? std::string(tr("(no name)", "(geen naam)")) : e.actor, e.device,
                    auditActionText(e.action), e.object, e.detail});
  return rows;
}

std::string auditVerdict(const store::AuditCheck &c) {
  const std::string n = std::to_string(c.entries);
  const std::string entry = std::to_string(c.at);
  const std::string about = c.entry.id.empty() ? std::string()
                                               : " (" + wallClockText(c.entry.at, kWhen) + ", " +
                                                     auditActionText(c.entry.action) + ", " + c.entry.actor + ")";
  switch (c.broken) {
  case store::AuditBreak::None:
    return tr("The audit log is intact: ", "Het logboek is intact: ") + n + tr(" entries.", " regels.");
  case store::AuditBreak::Missing:
    return tr("The audit log is broken at entry ", "Het logboek is verbroken bij regel ") + entry + about +
           tr(": the entry before it was removed, or one was put in. Keep this file as it is and tell the privacy "
              "officer.",
              ": de regel ervoor is verwijderd, of er is er een tussengezet. Laat dit bestand zoals het is en meld "
              "het bij de privacyfunctionaris.");
  case store::AuditBreak::Changed:
    return tr("The audit log is broken at entry ", "Het logboek is verbroken bij regel ") + entry + about +
           tr(": this entry was changed after it was written. Keep this file as it is and tell the privacy officer.",
              ": deze regel is gewijzigd nadat hij geschreven is. Laat dit bestand zoals het is en meld het bij de "
              "privacyfunctionaris.");
  case store::AuditBreak::EndRemoved:
    return tr("The audit log is broken at its end: it holds ", "Het logboek is verbroken aan het eind: het heeft ") +
           n + tr(" entries, but ", " regels, maar er waren er ") + std::to_string(c.expected) +
           tr(" were written, so the newest were removed. Keep this file as it is and tell the privacy officer.",
              " geschreven, dus de nieuwste zijn verwijderd. Laat dit bestand zoals het is en meld het bij de "
              "privacyfunctionaris.");
  }
  return {};
}

} // namespace spiegel::app::viewmodels
