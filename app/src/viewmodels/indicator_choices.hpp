#pragma once
// The tag editor's indicator picker: the codebook's indicators of one
// element, optionally of one valence, in codebook order.
//   for (const auto *ind : indicatorChoices(ws.codebook(), tag.element, tag.valence))
//     combo.add(ind->id, ind->label.in(langCode()));
#include "spiegel/annotate/types.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace spiegel::app::viewmodels {

[[nodiscard]] std::vector<const annotate::Indicator *>
indicatorChoices(const annotate::Codebook &codebook, std::string_view element,
                 std::optional<annotate::Valence> valence = std::nullopt);

} // namespace spiegel::app::viewmodels
