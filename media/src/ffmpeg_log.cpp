#include "spiegel/media/log.hpp"

extern "C" {
#include <libavutil/log.h>
}

namespace spiegel::media {

void quietFfmpegLogs() { av_log_set_level(AV_LOG_ERROR); }

} // namespace spiegel::media
