#include "gui/shell/media_tasks.hpp"

#include "common/media_work.hpp"

#include <spiegel/media/background.hpp>

#include <algorithm>

namespace spiegel::app::gui {
namespace {
// About 300 thumbnails per recording: a full-width timeline shows ~20, and
// zooming in to a few minutes of a 90-minute recording still finds a
// distinct picture for most slots; 160 px wide keeps them ~45 KB each.
constexpr int kThumbnailsPerRecording = 300;
constexpr Micros kMinThumbInterval = kMicrosPerSecond;
constexpr int kThumbnailWidth = 160;
// Waveform bucket of the timeline row: 10 ms is finer than any zoom shows.
constexpr Micros kPeakBucket = 10'000;
} // namespace

void startMediaTasks(tasks::TaskRunner &runner, Session &session, bool keepCache) {
  Session *s = &session;
  const std::string cacheDir = keepCache ? media::cacheDirectory() : std::string();
  if (session.hasAudio())
    session.peaksTask = runner.submit([path = session.path, s, cacheDir](tasks::TaskContext &ctx) {
      runMediaWork([&] {
        auto peaks = media::computePeaks(path, kPeakBucket, cacheDir, workControl(ctx));
        if (peaks)
          ctx.post([s, peaks] { s->peaks = peaks; });
      });
    });
  if (session.hasVideo()) {
    const Micros duration = std::max<Micros>(session.info.duration, 0);
    session.thumbInterval = std::max(duration / kThumbnailsPerRecording, kMinThumbInterval);
    session.thumbsTask =
        runner.submit([path = session.path, interval = session.thumbInterval, s, cacheDir](tasks::TaskContext &ctx) {
          runMediaWork([&] {
            (void)media::makeThumbnails(
                path, interval, kThumbnailWidth, cacheDir, workControl(ctx),
                [&](media::ThumbnailPtr t) { ctx.post([s, t = std::move(t)] { s->thumbnails.push_back(t); }); });
          });
        });
  }
}

} // namespace spiegel::app::gui
