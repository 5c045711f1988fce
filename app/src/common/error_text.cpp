#include "common/error_text.hpp"

#include "common/media_messages.hpp"
#include "common/review_messages.hpp"

namespace spiegel::app {

std::string currentErrorText() {
  try {
    throw;
  } catch (const media::MediaError &e) {
    return describe(e);
  } catch (...) {
    return describe(review::currentError()); // store errors, out of memory, the rest
  }
}

} // namespace spiegel::app
