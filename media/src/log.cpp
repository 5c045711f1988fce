#include "spiegel/media/log.hpp"

extern "C" {
#include <libavutil/log.h>
}

namespace spiegel::media {

void setLogLevel(LogLevel level) {
  switch (level) {
  case LogLevel::Quiet:
    av_log_set_level(AV_LOG_QUIET);
    break;
  case LogLevel::Errors:
    av_log_set_level(AV_LOG_ERROR);
    break;
  case LogLevel::Verbose:
    av_log_set_level(AV_LOG_VERBOSE);
    break;
  }
}

} // namespace spiegel::media
