// spiegel rate — rate one element for one person or the family.
#include "cli/review_cli.hpp"
#include "cli/store_cli.hpp"
#include "common/arg_parser.hpp"
#include "common/i18n.hpp"
#include "spiegel/annotate/validation.hpp"

#include <charconv>
#include <iostream>

namespace spiegel::app {

int runRate(const Args &args) {
  ArgParser p(args);
  if (p.wantsHelp()) {
    std::cout << tr("Usage: spiegel rate PROJECT.spiegel [--reviewer NAME] --subject ROLE|family --element KEY\n"
                    "                    --value N [--why TEXT]\n"
                    "  Rate an element for a person (by role, e.g. moeder) or for the family as a whole,\n"
                    "  on the codebook's scale (-3 ... +3). Rating the same again replaces the value.\n",
                    "Gebruik: spiegel rate PROJECT.spiegel [--reviewer NAAM] --subject ROL|family --element SLEUTEL\n"
                    "                      --value N [--why TEKST]\n"
                    "  Een element beoordelen voor een persoon (op rol, bv. moeder) of voor het gezin als geheel,\n"
                    "  op de schaal van het codeboek (-3 ... +3). Opnieuw beoordelen vervangt de waarde.\n");
    return kExitOk;
  }
  const auto reviewer = p.value("--reviewer"), subject = p.value("--subject"), element = p.value("--element");
  const auto value = p.value("--value"), why = p.value("--why");
  const auto pos = p.positionals();
  if (auto bad = p.leftoverError())
    return fail(kExitUsage, *bad);
  if (pos.size() != 1 || !subject || !element || !value)
    return fail(kExitUsage, tr("rate needs PROJECT, --subject, --element and --value (see --help).",
                               "rate heeft PROJECT, --subject, --element en --value nodig (zie --help)."));
  int n = 0;
  const char *b = value->data() + (value->starts_with('+') ? 1 : 0);
  auto [ptr, ec] = std::from_chars(b, value->data() + value->size(), n);
  if (ec != std::errc() || ptr != value->data() + value->size())
    return fail(kExitUsage, tr("--value needs a whole number, like -2 or 3.", "--value heeft een geheel getal nodig, zoals -2 of 3."));
  return guardStore([&]() -> int {
    const auto me = cliIdentity(reviewer);
    auto ws = openForEditing(pos[0], me);
    // The value, element and subject are checked before a participant is
    // added, so a bad rating leaves the project exactly as it was.
    const bool family = *subject == annotate::kFamilySubject || *subject == "gezin";
    annotate::Rating wanted;
    wanted.subject = family ? annotate::kFamilySubject : "a person"; // only family-or-not is checked here
    wanted.element = *element;
    wanted.value = n;
    if (auto err = annotate::validateRating(ws->codebook(), wanted))
      rethrowAsOption(store::StoreError(store::ErrorCode::BadValue, pos[0], err->message.en, err->field));
    const auto who = participantByRole(*ws, *subject);
    check(ws->setRating(who, *element, n, why.value_or("")), pos[0]);
    std::cout << ws->myRating(who, *element)->id << '\n';
    return kExitOk;
  });
}

} // namespace spiegel::app
