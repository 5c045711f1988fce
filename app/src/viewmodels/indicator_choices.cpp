#include "viewmodels/indicator_choices.hpp"

namespace spiegel::app::viewmodels {

std::vector<const annotate::Indicator *> indicatorChoices(const annotate::Codebook &codebook,
                                                          std::string_view element,
                                                          std::optional<annotate::Valence> valence) {
  std::vector<const annotate::Indicator *> out;
  for (const auto &ind : codebook.indicators)
    if (ind.element == element && (!valence || ind.valence == *valence))
      out.push_back(&ind);
  return out;
}

} // namespace spiegel::app::viewmodels
