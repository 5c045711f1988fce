// spiegel rate — rate one element for one person or the family.
#include "cli/store_cli.hpp"
#include "common/arg_parser.hpp"
#include "common/i18n.hpp"

#include <charconv>
#include <iostream>

namespace spiegel::app {

int runRate(const Args &args) {
  ArgParser p(args);
  if (p.wantsHelp()) {
    std::cout << tr("Usage: spiegel rate PROJECT.spiegel --reviewer NAME --subject ROLE|family --element KEY\n"
                    "                    --value N [--why TEXT]\n"
                    "  Rate an element for a person (by role, e.g. moeder) or for the family as a whole,\n"
                    "  on the codebook's scale (-3 ... +3). Rating the same again replaces the value.\n",
                    "Gebruik: spiegel rate PROJECT.spiegel --reviewer NAAM --subject ROL|family --element SLEUTEL\n"
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
  if (pos.size() != 1 || !reviewer || !subject || !element || !value)
    return fail(kExitUsage, tr("rate needs PROJECT, --reviewer, --subject, --element and --value (see --help).",
                               "rate heeft PROJECT, --reviewer, --subject, --element en --value nodig (zie --help)."));
  int n = 0;
  const char *b = value->data() + (value->starts_with('+') ? 1 : 0);
  auto [ptr, ec] = std::from_chars(b, value->data() + value->size(), n);
  if (ec != std::errc() || ptr != value->data() + value->size())
    return fail(kExitUsage, tr("--value needs a whole number, like -2 or 3.", "--value heeft een geheel getal nodig, zoals -2 of 3."));
  return guardStore([&]() -> int {
    auto project = openProject(pos[0]);
    annotate::Rating r;
    try {
      r.recording = firstRecording(project).id;
      r.element = *element;
      r.value = n;
      r.rationale = why.value_or("");
      // Check the value before creating a reviewer or participant, so a bad
      // rating leaves the project exactly as it was.
      const auto cb = project.codebook();
      if (n < cb.minValue() || n > cb.maxValue())
        throw store::StoreError(store::ErrorCode::BadValue, project.path(),
                                "value " + *value + " is outside " + std::to_string(cb.minValue()) + " ... " +
                                    std::to_string(cb.maxValue()),
                                "value");
      const auto *el = cb.element(*element);
      if (el == nullptr)
        throw store::StoreError(store::ErrorCode::BadValue, project.path(), "unknown element '" + *element + "'",
                                "element");
      const bool family = *subject == annotate::kFamilySubject || *subject == "gezin";
      if (family != (el->ratedFor == annotate::Subject::Family))
        throw store::StoreError(store::ErrorCode::BadValue, project.path(),
                                family ? "element '" + *element + "' is rated per person, not for the family"
                                       : "element '" + *element + "' is rated for the family as a whole",
                                "subject");
      r.reviewer = ensureReviewer(project, *reviewer);
      r.subject = ensureParticipant(project, *subject);
      r = project.setRating(r);
    } catch (const store::StoreError &e) {
      rethrowAsOption(e);
    }
    std::cout << r.id << '\n';
    return kExitOk;
  });
}

} // namespace spiegel::app
