// spiegel reviewers list|gold — the reviewers of a project and the gold
// standard (issue #12 §4): `gold P NAME [--off]` marks (or unmarks) an
// expert's coding that the others compare themselves with, through the same
// rule as the window's Reviewers tab (viewmodels/agreement_gold.hpp).
#include "cli/review_cli.hpp"
#include "cli/store_cli.hpp"
#include "common/arg_parser.hpp"
#include "common/i18n.hpp"
#include "common/profile.hpp"
#include "viewmodels/agreement_gold.hpp"

#include "spiegel/annotate/round.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <iostream>

namespace spiegel::app {
namespace {
using Json = nlohmann::ordered_json;

void help() {
  std::cout << tr("Usage:\n"
                  "  spiegel reviewers list PROJECT.spiegel [--json] [--reviewer NAME]\n"
                  "      The reviewers whose work you are shown: name, role, tags, gold standard.\n"
                  "  spiegel reviewers gold PROJECT.spiegel NAME [--off] [--reviewer NAME]\n"
                  "      Mark NAME (a display name or id) as the gold standard: an expert's coding that the others\n"
                  "      compare themselves with (spiegel agreement, the Agreement tab). --off takes the mark away.\n"
                  "      In a blind coding round only a reviewer who has revealed can be marked (the gold standard\n"
                  "      is shown to everyone who revealed).\n",
                  "Gebruik:\n"
                  "  spiegel reviewers list PROJECT.spiegel [--json] [--reviewer NAAM]\n"
                  "      De beoordelaars van wie je het werk te zien krijgt: naam, rol, tags, gouden standaard.\n"
                  "  spiegel reviewers gold PROJECT.spiegel NAAM [--off] [--reviewer NAAM]\n"
                  "      Markeer NAAM (een weergavenaam of id) als gouden standaard: de codering van een expert\n"
                  "      waarmee de anderen zich vergelijken (spiegel agreement, het tabblad Overeenstemming). --off\n"
                  "      haalt de markering weg. In een blinde codeerronde kan alleen een beoordelaar die het werk\n"
                  "      liet zien gemarkeerd worden (de gouden standaard is zichtbaar voor iedereen die dat deed).\n");
}

std::vector<std::string> positionals(ArgParser &p, std::size_t count) {
  const auto pos = p.positionals();
  if (auto bad = p.leftoverError())
    throw UsageError(*bad);
  if (pos.size() != count)
    throw UsageError(tr("Wrong number of arguments (see spiegel reviewers --help).",
                        "Verkeerd aantal argumenten (zie spiegel reviewers --help)."));
  return pos;
}

// The reviewer a name or id means among those the workspace shows.
const annotate::Reviewer &named(const review::Workspace &ws, const std::string &name) {
  const auto &shown = ws.reviewers();
  const auto it = std::find_if(shown.begin(), shown.end(), [&](const annotate::Reviewer &r) {
    return r.id == name || (ws.reviewerNames().contains(r.id) && ws.reviewerNames().at(r.id) == name);
  });
  if (it != shown.end())
    return *it;
  std::string known;
  for (const auto &r : shown)
    known += (known.empty() ? "" : ", ") + ws.reviewerNames().at(r.id);
  throw UsageError("\"" + name + "\"" +
                   tr(" is not a reviewer of this project; its reviewers are: ",
                      " is geen beoordelaar van dit project; de beoordelaars zijn: ") +
                   (known.empty() ? tr("(none yet)", "(nog geen)") : known) + ".");
}

int runList(ArgParser &p) {
  const bool json = p.flag("--json");
  const auto reviewer = p.value("--reviewer");
  const auto pos = positionals(p, 1);
  auto ws = openForEditing(pos[0], cliIdentity(reviewer));
  Json out = Json::array();
  for (const auto &r : ws->reviewers()) {
    const auto all = ws->tags().all();
    const auto tags =
        std::count_if(all.begin(), all.end(), [&](const annotate::Annotation &a) { return a.reviewer == r.id; });
    const std::string &name = ws->reviewerNames().at(r.id);
    if (!json) {
      std::cout << name << '\t' << roleText(r.role) << '\t' << tags << tr(" tags", " tags")
                << (r.gold ? tr("\tgold standard", "\tgouden standaard") : "")
                << (annotate::isConsensus(r) ? tr("\tconsensus", "\tconsensus") : "") << '\n';
      continue;
    }
    out.push_back({{"id", r.id},
                   {"name", name},
                   {"role", review::roleKey(r.role)},
                   {"tags", tags},
                   {"gold", r.gold},
                   {"consensus", annotate::isConsensus(r)}});
  }
  if (json)
    std::cout << out.dump(2) << '\n';
  return kExitOk;
}

int runGold(ArgParser &p) {
  const bool off = p.flag("--off");
  const auto reviewer = p.value("--reviewer");
  const auto pos = positionals(p, 2);
  auto ws = openForEditing(pos[0], cliIdentity(reviewer));
  const annotate::Reviewer target = named(*ws, pos[1]);
  if (auto refused = viewmodels::markGold(*ws, target.id, !off))
    throw RefusedError(*refused);
  std::cout << ws->reviewerNames().at(target.id)
            << (off ? tr(" is no longer the gold standard.", " is niet langer de gouden standaard.")
                    : tr(" is the gold standard now.", " is nu de gouden standaard."))
            << '\n';
  return kExitOk;
}

} // namespace

int runReviewers(const Args &args) {
  static constexpr Subcommand kSubcommands[] = {
      {"list", runList},
      {"gold", runGold},
  };
  return runSubcommand(args, "reviewers", help, kSubcommands);
}

} // namespace spiegel::app
