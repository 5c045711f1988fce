#pragma once
// The exception being handled, as one sentence for a person (current
// language): MediaError through common/media_messages, everything else as
// review::currentError() worded by common/review_messages.
//   try { … } catch (...) { return Status::fail(currentErrorText()); }
#include <string>

namespace spiegel::app {

[[nodiscard]] std::string currentErrorText();

} // namespace spiegel::app
