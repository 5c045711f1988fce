#include "spiegel/annotate/types.hpp"

#include <algorithm>

namespace spiegel::annotate {

const Element *Codebook::element(std::string_view key) const {
  auto it = std::find_if(elements.begin(), elements.end(), [&](const Element &e) { return e.key == key; });
  return it == elements.end() ? nullptr : &*it;
}

const Indicator *Codebook::indicator(std::string_view indicatorId) const {
  auto it = std::find_if(indicators.begin(), indicators.end(),
                         [&](const Indicator &i) { return i.id == indicatorId; });
  return it == indicators.end() ? nullptr : &*it;
}

int Codebook::minValue() const { return scale.empty() ? -3 : scale.front().value; }
int Codebook::maxValue() const { return scale.empty() ? 3 : scale.back().value; }

const ScalePoint *Codebook::scalePoint(int value) const {
  auto it = std::find_if(scale.begin(), scale.end(), [&](const ScalePoint &p) { return p.value == value; });
  return it == scale.end() ? nullptr : &*it;
}

} // namespace spiegel::annotate
