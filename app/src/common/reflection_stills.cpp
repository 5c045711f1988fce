// makeStills: the frame at each moment's start (media::decodeFrameAt), made
// small and kept as RGB for the PDF and as JPEG (stb_image_write, in
// memory: no picture of the family is written to a temporary file) for the
// HTML page.
#include "common/reflection_record.hpp"

#include "common/media_messages.hpp"
#include "spiegel/media/error.hpp"
#include "spiegel/media/player.hpp"

#include <stb/stb_image_write.h>

#include <atomic>
#include <optional>
#include <thread>

namespace spiegel::app {
namespace {

// Stills are looked at, not studied: 85 keeps faces and gestures clear at
// a tenth of a PNG's size, so 30 of them stay well under a megabyte.
constexpr int kJpegQuality = 85;
// Each still opens the file and decodes from the keyframe before it, one
// core's work; two workers use the machine's two cores.
constexpr unsigned kWorkers = 2;

void appendBytes(void *context, void *data, int size) {
  static_cast<std::string *>(context)->append(static_cast<const char *>(data), static_cast<std::size_t>(size));
}

std::string jpegOf(const media::RgbImage &image) {
  std::string out;
  if (stbi_write_jpg_to_func(appendBytes, &out, image.width, image.height, 3, image.rgb.data(), kJpegQuality) == 0)
    out.clear();
  return out;
}

struct Job {
  std::size_t session;
  const RecordMoment *moment;
};
struct Outcome {
  std::optional<RecordStill> still;
  std::string problem; // the recording could not be read at all
};

Outcome stillAt(const std::string &path, annotate::Micros at, int width) {
  try {
    const auto decoded = media::decodeFrameAt(path, at);
    if (!decoded.frame)
      return {}; // in a missing stretch or before the first picture: no still, no problem
    RecordStill still{.image = media::toRgb(*decoded.frame, width), .jpeg = {}};
    still.jpeg = jpegOf(still.image);
    if (still.jpeg.empty())
      return {};
    return {.still = std::move(still), .problem = {}};
  } catch (const media::MediaError &e) {
    return {.still = std::nullopt, .problem = describe(e)};
  }
}

} // namespace

RecordStills makeStills(const ReflectionRecord &record, int width) {
  std::vector<Job> jobs;
  for (std::size_t i = 0; i < record.sessions.size(); ++i)
    if (record.sessions[i].recordingState == RecordingState::Available)
      for (const auto &m : record.sessions[i].moments)
        jobs.push_back({i, &m});
  std::vector<Outcome> outcomes(jobs.size());
  // A session whose file failed once is not tried again for each moment.
  std::vector<std::atomic<bool>> failed(record.sessions.size());
  std::atomic<std::size_t> next{0};
  {
    std::vector<std::jthread> workers;
    for (unsigned w = 0; w < kWorkers; ++w)
      workers.emplace_back([&] {
        for (std::size_t j = next++; j < jobs.size(); j = next++) {
          if (failed[jobs[j].session])
            continue;
          outcomes[j] = stillAt(record.sessions[jobs[j].session].recordingPath, jobs[j].moment->start, width);
          if (!outcomes[j].problem.empty())
            failed[jobs[j].session] = true;
        }
      });
  }
  RecordStills stills;
  for (std::size_t j = 0; j < jobs.size(); ++j) {
    if (outcomes[j].still)
      stills.byMoment.emplace(jobs[j].moment->id, std::move(*outcomes[j].still));
    else if (!outcomes[j].problem.empty())
      stills.problems.try_emplace(record.sessions[jobs[j].session].id, outcomes[j].problem);
  }
  return stills;
}

} // namespace spiegel::app
