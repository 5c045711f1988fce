#include "cli/bench_store.hpp"

#include "cli/store_cli.hpp"
#include "common/arg_parser.hpp"
#include "common/i18n.hpp"
#include "spiegel/annotate/agreement.hpp"
#include "spiegel/annotate/tag_index.hpp"
#include "spiegel/store/codebook_json.hpp"
#include "spiegel/store/package.hpp"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <random>

namespace fs = std::filesystem;

namespace spiegel::app {

namespace {
using Clock = std::chrono::steady_clock;
using annotate::Micros;
constexpr Micros kDuration = 90LL * 60 * 1'000'000; // a 90-minute recording, the longest usual session

double since(Clock::time_point t0) { return std::chrono::duration<double, std::milli>(Clock::now() - t0).count(); }

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[v.size() / 2];
}

struct Fixture {
  fs::path dir;
  annotate::Codebook codebook;
  store::Recording recording;

  store::Project newProject(const std::string &name) const {
    const auto path = (dir / name).string();
    for (const char *ext : {"", "-wal", "-shm"})
      fs::remove(path + ext);
    auto p = store::Project::create(path, {.title = name, .codebook = codebook, .actor = "bench"});
    p.addRecording(recording);
    return p;
  }

  // n tags spread over the recording, ids fresh, every element and a mix of
  // points and spans; the seed makes runs comparable.
  std::vector<annotate::Annotation> tags(std::size_t n, unsigned seed) const {
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<Micros> at(0, kDuration - 30'000'000);
    std::uniform_int_distribution<Micros> span(0, 20'000'000);
    std::vector<annotate::Annotation> out(n);
    for (std::size_t i = 0; i < n; ++i) {
      auto &a = out[i];
      a.recording = recording.id;
      a.start = at(rng);
      a.end = i % 3 == 0 ? a.start : a.start + span(rng);
      a.element = codebook.elements[i % codebook.elements.size()].key;
      a.note = i % 10 == 0 ? "notitie " + std::to_string(i) : "";
    }
    return out;
  }

  store::Package package(std::vector<annotate::Annotation> tags) const {
    store::Package pkg;
    pkg.recordings.push_back({recording, recording.updatedAt});
    const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
                         std::chrono::system_clock::now().time_since_epoch()).count();
    std::mt19937_64 rng(7);
    for (auto &a : tags) {
      char id[40];
      std::snprintf(id, sizeof id, "%08llx-0000-4000-8000-%012llx", static_cast<unsigned long long>(rng() >> 32),
                    static_cast<unsigned long long>(rng() >> 16));
      a.id = id;
      a.createdAt = a.updatedAt = now;
      pkg.annotations.push_back({std::move(a), 0});
    }
    return pkg;
  }
};

struct Row {
  std::string name;
  double value;
  std::string unit;
  double limit;
};
} // namespace

int runStoreBench(const Args &args) {
  ArgParser p(args);
  if (p.wantsHelp()) {
    std::cout << tr("Usage: spiegel bench --store [--tags N] [--runs N] [--dir FOLDER]\n"
                    "  Times the project file: import of N tags (100000), open and load, a window query,\n"
                    "  one committed edit, merging two projects of N/2 tags, and the agreement statistics of\n"
                    "  8 reviewers x 2000 tags. Medians of --runs runs.\n",
                    "Gebruik: spiegel bench --store [--tags N] [--runs N] [--dir MAP]\n"
                    "  Meet het projectbestand: N tags importeren (100000), openen en laden, een vensterzoekvraag,\n"
                    "  een vastgelegde wijziging, twee projecten van N/2 tags samenvoegen, en de overeenstemming van\n"
                    "  8 beoordelaars x 2000 tags. Medianen van --runs keer.\n");
    return kExitOk;
  }
  const auto nText = p.value("--tags"), runsText = p.value("--runs"), dirText = p.value("--dir");
  if (auto bad = p.leftoverError())
    return fail(kExitUsage, *bad);
  const std::size_t n = nText ? std::stoul(*nText) : 100'000;
  const int runs = runsText ? std::stoi(*runsText) : 3;
  return guardStore([&]() -> int {
    Fixture fx;
    fx.dir = dirText ? fs::path(*dirText) : fs::temp_directory_path() / "spiegel-bench-store";
    fs::create_directories(fx.dir);
    fx.codebook = store::loadCodebook(SPIEGEL_ASSETS_DIR "/codebooks/alliance.json");
    fx.recording = {.id = "00000000-0000-4000-8000-000000000001", .path = (fx.dir / "opname.mp4").string(),
                    .fingerprint = "1000-abc", .duration = kDuration, .title = "bench", .updatedAt = 1};
    const auto pkgPath = (fx.dir / "tags.json").string();
    store::writeTextFile(pkgPath, store::packageToJson(fx.package(fx.tags(n, 1))));

    std::vector<Row> rows;
    std::vector<double> t, parse;
    for (int r = 0; r < runs; ++r) {
      auto proj = fx.newProject("import.spiegel");
      const auto t0 = Clock::now();
      const auto pkg = store::readPackage(pkgPath);
      parse.push_back(since(t0));
      proj.merge(pkg, pkgPath, "import");
      t.push_back(since(t0));
    }
    rows.push_back({"import " + std::to_string(n) + " tags (JSON package)", median(t), "ms", 2000});
    rows.push_back({"  of which reading and parsing the JSON", median(parse), "ms", 0});

    t.clear();
    std::vector<annotate::Annotation> all;
    for (int r = 0; r < std::max(runs, 5); ++r) {
      const auto t0 = Clock::now();
      auto proj = store::Project::open((fx.dir / "import.spiegel").string());
      all = proj.annotations();
      t.push_back(since(t0));
    }
    rows.push_back({"open project + load every tag", median(t), "ms", 300});

    {
      annotate::TagIndex index(all);
      std::mt19937_64 rng(3);
      std::uniform_int_distribution<Micros> at(0, kDuration - 60'000'000);
      std::vector<const annotate::Annotation *> hits;
      t.clear();
      for (int i = 0; i < 20'000; ++i) {
        const Micros a = at(rng);
        hits.clear();
        const auto t0 = Clock::now();
        index.overlapping(a, a + 60'000'000, hits); // a one-minute timeline window
        t.push_back(since(t0) * 1000);
      }
      rows.push_back({"visible-window query, 1 min (TagIndex, in memory)", median(t), "us", 50});
      // One edit in the in-memory index the timeline draws from, as after
      // every tag edit: a tag moved to another time (its span kept).
      t.clear();
      for (std::size_t i = 0; i < 200 && !all.empty(); ++i) {
        auto a = all[i * all.size() / 200];
        const Micros length = a.end - a.start;
        a.start = at(rng);
        a.end = a.start + length;
        const auto t0 = Clock::now();
        index.upsert(a);
        t.push_back(since(t0));
      }
      rows.push_back({"one edit in the TagIndex (" + std::to_string(all.size()) + " tags, in memory)", median(t), "ms",
                      5});
      auto proj = store::Project::open((fx.dir / "import.spiegel").string());
      t.clear();
      for (int i = 0; i < 2'000; ++i) {
        const Micros a = at(rng);
        const auto t0 = Clock::now();
        (void)proj.annotationsIn(fx.recording.id, a, a + 60'000'000);
        t.push_back(since(t0) * 1000);
      }
      rows.push_back({"visible-window query, 1 min (SQL, from the file)", median(t), "us", 0});
      t.clear();
      auto extra = fx.tags(200, 9);
      for (auto &a : extra) {
        const auto t0 = Clock::now();
        proj.addAnnotation(a);
        t.push_back(since(t0));
      }
      rows.push_back({"one edit committed (synchronous=FULL)", median(t), "ms", 5});
    }

    t.clear();
    const auto half = n / 2;
    for (int r = 0; r < runs; ++r) {
      auto a = fx.newProject("merge-a.spiegel");
      a.merge(fx.package(fx.tags(half, 11)), "a", "import");
      {
        auto b = fx.newProject("merge-b.spiegel");
        b.merge(fx.package(fx.tags(half, 12)), "b", "import");
      }
      const auto t0 = Clock::now();
      a.merge(store::readPackage((fx.dir / "merge-b.spiegel").string()), "merge-b.spiegel");
      t.push_back(since(t0));
    }
    rows.push_back({"merge two projects of " + std::to_string(half) + " tags", median(t), "ms", 3000});

    // Agreement (issue #12 §6): 8 reviewers × 2 000 tags on the 90-minute
    // recording, every pair's event and time-unit κ (1 s units), in memory.
    constexpr std::size_t kReviewers = 8;
    constexpr std::size_t kTagsEach = 2000;
    std::vector<std::vector<annotate::Annotation>> coded;
    for (std::size_t r = 0; r < kReviewers; ++r) {
      coded.push_back(fx.tags(kTagsEach, 100 + static_cast<unsigned>(r)));
      for (std::size_t i = 0; i < coded.back().size(); ++i)
        if (i % 4 == 1)
          coded.back()[i].valence = annotate::Valence::Negative;
    }
    t.clear();
    for (int r = 0; r < runs; ++r) {
      const auto t0 = Clock::now();
      for (std::size_t a = 0; a < kReviewers; ++a)
        for (std::size_t b = a + 1; b < kReviewers; ++b) {
          (void)annotate::eventAgreement(coded[a], coded[b], {});
          (void)annotate::timeUnitAgreement(coded[a], coded[b], kDuration, {});
        }
      t.push_back(since(t0));
    }
    rows.push_back({"agreement: 8 reviewers x 2000 tags, 28 pairs, both kappas (1 s units)", median(t), "ms", 1000});

    std::cout << "| measure | median | limit |\n|---|---:|---:|\n";
    for (const auto &r : rows) {
      char buf[64];
      std::snprintf(buf, sizeof buf, "%.3g %s", r.value, r.unit.c_str());
      std::cout << "| " << r.name << " | " << buf << " | "
                << (r.limit > 0 ? std::to_string(static_cast<int>(r.limit)) + " " + r.unit : std::string("-"))
                << " |\n";
    }
    for (const auto &r : rows)
      std::cout << "{\"bench\":\"store\",\"measure\":\"" << r.name << "\",\"median\":" << r.value << ",\"unit\":\""
                << r.unit << "\",\"limit\":" << r.limit << ",\"runs\":" << runs << "}\n";
    return kExitOk;
  });
}

} // namespace spiegel::app
