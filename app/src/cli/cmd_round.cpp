// spiegel round start|status|reveal — a coding round on a project's
// recording (issue #12 §1): the group codes blind or open, each member
// reveals when done. Edits go through review::Workspace as the user's
// profile, like tags add; the sentences are common/round_text's.
#include "cli/review_cli.hpp"
#include "cli/store_cli.hpp"
#include "common/arg_parser.hpp"
#include "common/i18n.hpp"
#include "common/round_text.hpp"

#include <nlohmann/json.hpp>

#include <iostream>
#include <sstream>

namespace spiegel::app {

namespace {
using Json = nlohmann::ordered_json;

void help() {
  std::cout << tr("Usage:\n"
                  "  spiegel round start PROJECT.spiegel [--blind] [--members NAME,...] [--reviewer NAME]\n"
                  "      Start a coding round on the project's recording, with you as the one who started it.\n"
                  "      --members: who is expected (names as their profiles carry them); the status counts them.\n"
                  "  spiegel round status PROJECT.spiegel [--json] [--reviewer NAME]\n"
                  "      Who is done and who is still coding.\n"
                  "  spiegel round reveal PROJECT.spiegel [--reviewer NAME]\n"
                  "      \"I am done\": show your coding to the group. Logged, and it cannot be taken back.\n"
                  "  spiegel round agree PROJECT.spiegel --subject ROLE|family --element KEY --value N [--why TEXT]\n"
                  "  spiegel round agree PROJECT.spiegel --tag TAG-ID\n"
                  "      After your reveal: record the group's consensus rating, or make a tag a consensus tag;\n"
                  "      everyone who revealed is recorded as agreeing. Prints its id.\n",
                  "Gebruik:\n"
                  "  spiegel round start PROJECT.spiegel [--blind] [--members NAAM,...] [--reviewer NAAM]\n"
                  "      Een codeerronde starten op de opname van het project, met jou als starter.\n"
                  "      --members: wie er meedoen (namen zoals hun profielen ze dragen); de stand telt ze.\n"
                  "  spiegel round status PROJECT.spiegel [--json] [--reviewer NAAM]\n"
                  "      Wie klaar is en wie nog codeert.\n"
                  "  spiegel round reveal PROJECT.spiegel [--reviewer NAAM]\n"
                  "      \"Ik ben klaar\": je codering aan de groep laten zien. Wordt vastgelegd en kan niet ongedaan.\n"
                  "  spiegel round agree PROJECT.spiegel --subject ROL|family --element SLEUTEL --value N [--why TEKST]\n"
                  "  spiegel round agree PROJECT.spiegel --tag TAG-ID\n"
                  "      Na het laten zien: de consensusbeoordeling van de groep vastleggen, of een tag tot\n"
                  "      consensustag maken; iedereen die zijn werk liet zien staat erbij als akkoord. Toont het id.\n");
  std::cout << "\n" << roundBlindExplained() << '\n';
}

std::string project(ArgParser &p) {
  const auto pos = p.positionals();
  if (auto bad = p.leftoverError())
    throw UsageError(*bad);
  if (pos.size() != 1)
    throw UsageError(tr("Name exactly one project file (see spiegel round --help).",
                        "Noem precies een projectbestand (zie spiegel round --help)."));
  return pos.front();
}

std::vector<std::string> names(const std::optional<std::string> &list) {
  std::vector<std::string> out;
  if (!list)
    return out;
  std::stringstream in(*list);
  for (std::string name; std::getline(in, name, ',');)
    out.push_back(name);
  return out;
}

// The round on the workspace's recording, or a refusal the user can act on.
// Valid until the workspace reloads (any edit).
const annotate::CodingRound &runningRound(const review::Workspace &ws) {
  if (const auto *r = ws.round())
    return *r;
  check(review::Error::of(review::Problem::NoRound), ws.projectPath());
  throw std::logic_error("unreachable");
}

int runStart(ArgParser &p) {
  const bool blind = p.flag("--blind");
  const auto members = p.value("--members"), reviewer = p.value("--reviewer");
  const auto path = project(p);
  auto ws = openForEditing(path, cliIdentity(reviewer));
  check(ws->startRound(blind, names(members)), path);
  const auto &round = runningRound(*ws);
  std::cout << round.id << '\n';
  std::cerr << roundStatusText(round, ws->roundView()) << '\n';
  if (blind)
    std::cerr << roundBlindExplained() << '\n';
  return kExitOk;
}

int runStatus(ArgParser &p) {
  const bool json = p.flag("--json");
  const auto reviewer = p.value("--reviewer");
  const auto path = project(p);
  auto ws = openForEditing(path, cliIdentity(reviewer));
  const auto &round = runningRound(*ws);
  const auto &view = ws->roundView();
  if (!json) {
    std::cout << roundStatusText(round, view) << '\n' << roundYouText(view) << '\n';
    return kExitOk;
  }
  Json out;
  out["round"] = round.id;
  out["recording"] = round.recording;
  out["blind"] = round.blind;
  out["started_by"] = round.startedByName;
  out["started_by_profile"] = round.startedBy;
  out["started_at_ms"] = round.startedAt;
  out["members"] = Json::array();
  for (std::size_t i = 0; i < round.members.size(); ++i)
    out["members"].push_back({{"name", round.members[i].name},
                              {"profile", round.members[i].profile.empty() ? Json(nullptr) : Json(round.members[i].profile)},
                              {"revealed", static_cast<bool>(view.membersDone()[i])}});
  out["expected"] = view.status().expected;
  out["done"] = view.status().done;
  out["others_revealed"] = view.status().others;
  out["you_revealed"] = view.status().iRevealed;
  out["you_are_member"] = view.status().iAmMember;
  std::cout << out.dump(2) << '\n';
  return kExitOk;
}

int runReveal(ArgParser &p) {
  const auto reviewer = p.value("--reviewer");
  const auto path = project(p);
  auto ws = openForEditing(path, cliIdentity(reviewer));
  (void)runningRound(*ws);
  const bool before = ws->roundView().status().iRevealed;
  check(ws->reveal(), path); // reloads: round() is a new object after it
  const auto &round = runningRound(*ws);
  std::cout << (before ? tr("You had revealed already; nothing changed.", "Je had je werk al laten zien; er is niets veranderd.")
                       : tr("Revealed.", "Laten zien."))
            << '\n'
            << roundStatusText(round, ws->roundView()) << '\n';
  return kExitOk;
}
int runAgree(ArgParser &p) {
  const auto reviewer = p.value("--reviewer"), tag = p.value("--tag"), subject = p.value("--subject");
  const auto element = p.value("--element"), value = p.value("--value"), why = p.value("--why");
  const auto path = project(p);
  if (tag.has_value() == (subject || element || value))
    throw UsageError(tr("round agree needs either --tag, or --subject, --element and --value (see --help).",
                        "round agree heeft --tag nodig, of --subject, --element en --value (zie --help)."));
  auto ws = openForEditing(path, cliIdentity(reviewer));
  (void)runningRound(*ws);
  if (tag) {
    const auto made = ws->promoteToConsensus(*tag);
    check(made.error, path);
    std::cout << *made.value << '\n';
    return kExitOk;
  }
  if (!subject || !element || !value)
    throw UsageError(tr("round agree needs --subject, --element and --value (see --help).",
                        "round agree heeft --subject, --element en --value nodig (zie --help)."));
  int n = 0;
  try {
    std::size_t used = 0;
    n = std::stoi(*value, &used);
    if (used != value->size())
      throw std::invalid_argument("trailing");
  } catch (const std::exception &) {
    throw UsageError(tr("--value needs a whole number, like -2 or 3.", "--value heeft een geheel getal nodig, zoals -2 of 3."));
  }
  const auto who = participantByRole(*ws, *subject);
  check(ws->setConsensusRating(who, *element, n, why.value_or("")), path);
  std::cout << ws->consensusRating(who, *element)->id << '\n';
  return kExitOk;
}
} // namespace

int runRound(const Args &args) {
  static constexpr Subcommand kSubcommands[] = {
      {"start", runStart},
      {"status", runStatus},
      {"reveal", runReveal},
      {"agree", runAgree},
  };
  return runSubcommand(args, "round", help, kSubcommands);
}

} // namespace spiegel::app
