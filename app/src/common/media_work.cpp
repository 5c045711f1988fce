#include "common/media_work.hpp"

#include <string>

namespace spiegel::app {
namespace {

// Its messages are for logs; people read describe() (media_messages.hpp).
class MediaCategory final : public std::error_category {
public:
  [[nodiscard]] const char *name() const noexcept override { return "spiegel.media"; }
  [[nodiscard]] std::string message(int code) const override { return "media error " + std::to_string(code); }
};

const MediaCategory &mediaCategory() {
  static const MediaCategory category;
  return category;
}

} // namespace

media::WorkControl workControl(tasks::TaskContext &ctx) {
  return {ctx.stopToken(), [&ctx](float done) { ctx.progress(done); }};
}

// Offset by one: a std::error_code of value 0 means "no error", and
// FileNotFound is 0.
std::error_code toErrorCode(media::ErrorCode code) { return {static_cast<int>(code) + 1, mediaCategory()}; }

} // namespace spiegel::app
