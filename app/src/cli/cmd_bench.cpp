// spiegel bench [--quick] [--json]: Spiegel's media paths measured next to
// the ffmpeg command-line tools in the same run (see media-notes.md).
#include "bench/bench_clip.hpp"
#include "bench/bench_result.hpp"
#include "bench/scenarios.hpp"
#include "cli/bench_store.hpp"
#include "common/arg_parser.hpp"
#include "common/command.hpp"
#include "common/i18n.hpp"
#include "demo/speech.hpp"
#include "spiegel/media/error.hpp"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <thread>

namespace spiegel::app {

// `bench --ui` drives the window: implemented in gui/shell/bench_ui.cpp and only
// declared here, as cli/commands.cpp declares runGui, so cli never includes gui.
int runUiBench(const Args &args);

namespace {

// 10 minutes: long enough that seeks land far apart and the thumbnail and
// waveform jobs have real work; the quick clip keeps --quick under 2 min.
constexpr int kClipSeconds = 600;
constexpr int kQuickClipSeconds = 30;

void printBenchHelp() {
  std::cout << tr("Usage: spiegel bench [--quick] [--json]\n"
                  "       spiegel bench --store [--help]   the project file with 100 000 tags\n"
                  "       spiegel bench --ui [--help]      the window's frame time with 10 000 tags (needs a display)\n\n"
                  "Measures seeking, frame stepping, playback, thumbnails, waveform, stills, memory and idle CPU\n"
                  "on a generated 1080p camera-like clip (kept in the cache folder), each next to the\n"
                  "matching ffmpeg command in the same run. Prints a table, or JSON lines with --json.\n"
                  "  --quick  a 30-second clip and fewer repetitions (under 2 minutes)\n"
                  "  --only open,exact,keyframe,step,back,keystep,backgop,playback,cpu,thumbnails,peaks,still,vault,recall  run only these\n"
                  "Exit code 0 when every scenario ran (the pass column says which met its target).\n",
                  "Gebruik: spiegel bench [--quick] [--json]\n"
                  "         spiegel bench --store [--help]   het projectbestand met 100 000 tags\n"
                  "         spiegel bench --ui [--help]      de beeldtijd van het venster met 10 000 tags (heeft een beeldscherm nodig)\n\n"
                  "Meet zoeken, beeld-voor-beeld stappen, afspelen, miniaturen, golfvorm, stilstaande beelden, geheugen en\n"
                  "processorgebruik in rust op een gemaakte 1080p-camera-opname (bewaard in de cachemap),\n"
                  "telkens naast de overeenkomende ffmpeg-opdracht in dezelfde run. Toont een tabel, of\n"
                  "JSON-regels met --json.\n"
                  "  --quick  een opname van 30 seconden en minder herhalingen (binnen 2 minuten)\n"
                  "  --only open,exact,keyframe,step,back,keystep,backgop,playback,cpu,thumbnails,peaks,still,vault,recall  alleen deze meten\n"
                  "Afsluitcode 0 als elk scenario is uitgevoerd (de kolom pass toont welke het doel haalden).\n");
}

// Reads the whole file once so every scenario (ours and ffmpeg's) starts
// with the same warm page cache.
void warmPageCache(const std::string &path) {
  std::ifstream in(path, std::ios::binary);
  std::vector<char> buf(1 << 20);
  while (in.read(buf.data(), static_cast<std::streamsize>(buf.size())) || in.gcount() > 0) {
  }
}

} // namespace

int runBench(const Args &args) {
  // `spiegel bench --store` measures the project file, `--ui` the window's
  // frame time; plain `spiegel bench` the media paths.
  using Runner = int (*)(const Args &);
  const std::pair<const char *, Runner> kOther[] = {{"--store", &runStoreBench}, {"--ui", &runUiBench}};
  for (const auto &[flag, run] : kOther) {
    if (auto it = std::find(args.begin(), args.end(), flag); it != args.end()) {
      Args rest(args.begin(), it);
      rest.insert(rest.end(), it + 1, args.end());
      return run(rest);
    }
  }
  ArgParser p(args);
  if (p.wantsHelp()) {
    printBenchHelp();
    return kExitOk;
  }
  const bool quick = p.flag("--quick");
  const bool json = p.flag("--json");
  const auto only = p.value("--only");
  if (auto bad = p.leftoverError())
    return fail(kExitUsage, *bad);
  if (!demo::findProgram("ffmpeg"))
    return fail(kExitError, tr("The ffmpeg program is not installed; the benchmark compares against it: install "
                               "it (sudo apt install ffmpeg) and try again.",
                               "Het programma ffmpeg is niet geïnstalleerd; de meting vergelijkt ermee: installeer "
                               "het (sudo apt install ffmpeg) en probeer het opnieuw."));
  std::ostream &log = std::cerr;
  const auto scratch = std::filesystem::temp_directory_path() / ("spiegel-bench-" + std::to_string(::getpid()));
  try {
    const auto started = std::chrono::steady_clock::now();
    bench::Config config;
    config.quick = quick;
    config.log = &log;
    config.only = only.value_or("");
    config.clip = bench::benchClip(quick ? kQuickClipSeconds : kClipSeconds, log);
    std::filesystem::create_directories(scratch);
    config.scratch = scratch.string();
    warmPageCache(config.clip.video);
    auto results = bench::runPlayerScenarios(config);
    for (auto &r : bench::runJobScenarios(config))
      results.push_back(std::move(r));
    if (config.wants("vault"))
      for (auto &r : bench::runVaultScenarios(config))
        results.push_back(std::move(r));
    if (config.wants("recall"))
      for (auto &r : bench::runRecallScenarios(config))
        results.push_back(std::move(r));
    std::filesystem::remove_all(scratch);
    const std::time_t now = std::time(nullptr);
    char date[64];
    std::strftime(date, sizeof date, "%Y-%m-%d %H:%M UTC", std::gmtime(&now));
    std::ostream &table = json ? std::cerr : std::cout;
    table << "\nspiegel bench, " << date << ", clip " << config.clip.video << " (" << config.clip.seconds << " s), "
          << std::thread::hardware_concurrency() << " cores, total "
          << std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count() << " s\n";
    bench::printTable(table, results);
    if (json)
      for (const auto &r : results)
        std::cout << bench::toJsonLine(r) << '\n';
    return kExitOk;
  } catch (const std::exception &e) {
    std::error_code ec;
    std::filesystem::remove_all(scratch, ec);
    return fail(kExitError, std::string(tr("The benchmark stopped: ", "De meting is gestopt: ")) + e.what());
  }
}

} // namespace spiegel::app
