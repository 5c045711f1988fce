#include "common/round_text.hpp"

#include "common/i18n.hpp"

namespace spiegel::app {

namespace {
std::string joined(const std::vector<std::string> &names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0)
      out += i + 1 == names.size() ? tr(" and ", " en ") : ", ";
    out += names[i];
  }
  return out;
}
} // namespace

std::string roundStatusText(const annotate::CodingRound &round, const annotate::RoundView &view) {
  const auto &s = view.status();
  std::string out = round.blind ? tr("Blind round: ", "Blinde ronde: ") : tr("Open round: ", "Open ronde: ");
  out += std::to_string(s.done) + tr(" of ", " van ") + std::to_string(s.expected) + tr(" done.", " klaar.");
  if (!view.waitingFor().empty())
    out += std::string(tr(" Still coding: ", " Nog bezig: ")) + joined(view.waitingFor()) + ".";
  if (s.others == 1)
    out += tr(" One reviewer outside the list revealed too.", " Eén beoordelaar buiten de lijst liet ook zien.");
  else if (s.others > 1)
    out += std::string(tr(" Reviewers outside the list who revealed: ", " Beoordelaars buiten de lijst die lieten zien: ")) +
           std::to_string(s.others) + ".";
  return out;
}

std::string roundYouText(const annotate::RoundView &view) {
  if (!view.blind())
    return tr("Everyone sees everyone's work in this round.", "In deze ronde ziet iedereen ieders werk.");
  if (view.status().iRevealed)
    return tr("You have revealed: you see the work of everyone who revealed, and your own coding stays as it is.",
              "Je hebt je werk laten zien: je ziet het werk van iedereen die dat ook deed, en je eigen codering blijft "
              "zoals hij is.");
  return tr("You are coding blind: you see only your own tags and ratings until you reveal.",
            "Je codeert blind: je ziet alleen je eigen tags en beoordelingen tot je je werk laat zien.");
}

std::string roundBlindExplained() {
  return tr("In a blind round each member sees only their own tags and ratings until they reveal (\"I am done\"). "
            "Then they see the work of everyone who has revealed. Nobody sees unrevealed work, the person who "
            "started the round included. This protects independent judgement, not secrecy: everyone's work is in "
            "the project file, and the group compares what each of you saw alone.",
            "In een blinde ronde ziet elk lid alleen de eigen tags en beoordelingen, tot het zijn werk laat zien "
            "(\"Ik ben klaar\"). Daarna ziet het het werk van iedereen die dat ook deed. Niemand ziet werk dat nog "
            "niet is getoond, ook wie de ronde startte niet. Dit beschermt een onafhankelijk oordeel, geen geheim: "
            "ieders werk staat in het projectbestand, en de groep vergelijkt wat ieder alleen zag.");
}

std::string revealConfirmText() {
  return tr("Show your coding to the group? This cannot be taken back: after it your tags and ratings of this "
            "recording stay as they are, and you see the work of everyone who has revealed.",
            "Je codering aan de groep laten zien? Dit kan niet ongedaan worden: daarna blijven je tags en "
            "beoordelingen van deze opname zoals ze zijn, en zie je het werk van iedereen die dat ook deed.");
}

} // namespace spiegel::app
