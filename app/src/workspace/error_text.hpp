#pragma once
// The exception being handled, as one sentence for a person (current
// language): StoreError and MediaError through common/store_messages and
// common/media_messages, anything else with a generic sentence.
//   try { … } catch (...) { return Status::fail(currentErrorText()); }
#include <string>

namespace spiegel::app::workspace {

[[nodiscard]] std::string currentErrorText();

} // namespace spiegel::app::workspace
