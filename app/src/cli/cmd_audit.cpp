// spiegel audit list|verify|export — the project's audit log (issue #13 §3):
// who did what, when, from which computer; whether its hash chain is
// intact (store::Project::verifyAudit); and a CSV for the privacy officer.
// Worded by viewmodels/audit_model, as the window's Audit tab.
#include "cli/store_cli.hpp"
#include "common/arg_parser.hpp"
#include "common/i18n.hpp"
#include "viewmodels/audit_model.hpp"

#include "spiegel/store/package.hpp"

#include <nlohmann/json.hpp>

#include <iostream>

namespace spiegel::app {
namespace {
using Json = nlohmann::ordered_json;

void help() {
  std::cout << tr(
      "Usage:\n"
      "  spiegel audit list PROJECT.spiegel [--json]\n"
      "      Every entry of the audit log, oldest first: when, who, from which computer, what.\n"
      "  spiegel audit verify PROJECT.spiegel [--json]\n"
      "      Checks the log's hash chain: each entry carries the hash of the one before it, so an entry removed or\n"
      "      changed afterwards (say with the sqlite3 shell) is found. Exit 0 intact, 4 broken (the first broken\n"
      "      entry is named). It finds changes made by hand; it cannot stop someone who rewrites the whole chain,\n"
      "      so keep the project where only the right people can write it.\n"
      "  spiegel audit export PROJECT.spiegel --csv [--out FILE] [--separator ,]\n"
      "      The log as CSV for the privacy officer (UTF-8 with BOM, ';' as Dutch Excel reads it; times in UTC).\n",
      "Gebruik:\n"
      "  spiegel audit list PROJECT.spiegel [--json]\n"
      "      Elke regel van het logboek, oudste eerst: wanneer, wie, vanaf welke computer, wat.\n"
      "  spiegel audit verify PROJECT.spiegel [--json]\n"
      "      Controleert de hashketen van het logboek: elke regel draagt de hash van de regel ervoor, dus een regel\n"
      "      die achteraf is verwijderd of gewijzigd (bijvoorbeeld met de sqlite3-shell) wordt gevonden. Exit 0\n"
      "      intact, 4 verbroken (de eerste verbroken regel wordt genoemd). Het vindt wijzigingen met de hand; het\n"
      "      houdt niet tegen dat iemand de hele keten herschrijft, dus bewaar het project waar alleen de juiste\n"
      "      mensen erin kunnen schrijven.\n"
      "  spiegel audit export PROJECT.spiegel --csv [--out BESTAND] [--separator ,]\n"
      "      Het logboek als CSV voor de privacyfunctionaris (UTF-8 met BOM, ';' zoals Nederlandse Excel het leest;\n"
      "      tijden in UTC).\n");
}

int runList(ArgParser &p) {
  const bool json = p.flag("--json");
  const auto pos = exactPositionals(p, 1, "audit");
  const auto project = openForReading(pos[0]);
  const auto entries = project.audit();
  const auto rows = viewmodels::auditRows(entries);
  if (json) {
    Json out = Json::array();
    for (std::size_t i = 0; i < rows.size(); ++i)
      out.push_back({{"nr", rows[i].number}, {"id", entries[i].id}, {"at", entries[i].at}, {"who", rows[i].who},
                     {"device", rows[i].device}, {"action", entries[i].action}, {"object", rows[i].object},
                     {"detail", rows[i].detail}, {"hash", entries[i].hash}});
    std::cout << out.dump(2) << '\n';
    return kExitOk;
  }
  for (const auto &r : rows)
    std::cout << r.number << "  " << r.when << "  " << r.who << (r.device.empty() ? "" : " @ " + r.device) << "  "
              << r.what << "  " << r.object << (r.detail.empty() ? "" : " — " + r.detail) << '\n';
  return kExitOk;
}

int runVerify(ArgParser &p) {
  const bool json = p.flag("--json");
  const auto pos = exactPositionals(p, 1, "audit");
  const auto project = openForReading(pos[0]);
  const auto check = project.verifyAudit();
  const std::string sentence = viewmodels::auditVerdict(check);
  if (json) {
    static constexpr const char *kKinds[] = {"none", "missing", "changed", "end_removed"};
    std::cout << Json{{"intact", check.intact()},
                      {"entries", check.entries},
                      {"broken", kKinds[static_cast<int>(check.broken)]},
                      {"at", check.at},
                      {"id", check.entry.id},
                      {"text", sentence}}
                     .dump(2)
              << '\n';
  } else {
    (check.intact() ? std::cout : std::cerr) << sentence << '\n';
  }
  return check.intact() ? kExitOk : kExitRefused;
}

int runExport(ArgParser &p) {
  const bool csv = p.flag("--csv");
  const auto out = p.value("--out"), sep = p.value("--separator");
  const auto pos = exactPositionals(p, 1, "audit");
  if (!csv)
    throw UsageError(tr("Say the format: --csv (the only one for now).", "Geef het formaat: --csv (voorlopig het enige)."));
  if (sep && *sep != ";" && *sep != ",")
    throw UsageError(tr("--separator must be ';' or ','.", "--separator moet ';' of ',' zijn."));
  auto project = openForReading(pos[0]);
  store::CsvOptions o;
  o.separator = sep ? (*sep)[0] : ';';
  o.lang = std::string(langCode());
  const auto text = store::auditToCsv(project, o);
  if (out)
    store::writeTextFile(*out, text);
  else
    std::cout << text << std::flush;
  try {
    project.setActor(actorName());
    project.logAudit("export", "audit csv " + out.value_or("stdout"));
  } catch (const store::StoreError &) {
    // A read-only project can still be exported; it just cannot log it.
  }
  return kExitOk;
}

} // namespace

int runAudit(const Args &args) {
  static constexpr Subcommand kSubcommands[] = {{"list", runList}, {"verify", runVerify}, {"export", runExport}};
  return runSubcommand(args, "audit", help, kSubcommands);
}

} // namespace spiegel::app
