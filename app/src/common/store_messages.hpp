#pragma once
// Turns a store error into one sentence for a person, in the current
// language: what is wrong with which file (and field), and what to do.
#include "spiegel/store/error.hpp"

#include <string>

namespace spiegel::app {

[[nodiscard]] std::string describe(const store::StoreError &e);

} // namespace spiegel::app
