#pragma once
// The one generator of entity ids: random (version 4) UUIDs, so work done on
// two laptops merges by id without collisions. Any thread may call.
//   annotate::Annotation a; a.id = spiegel::store::newUuid();
#include "spiegel/annotate/types.hpp"

namespace spiegel::store {

// Canonical lower-case 8-4-4-4-12 form.
[[nodiscard]] annotate::Uuid newUuid();

} // namespace spiegel::store
