// The recording vault against the plain file (issue #13 §4): open → first
// frame and exact seeks on the same random frames, both players in this run,
// alternating per seek so load on the machine falls on both alike. The vault
// is written into the scratch folder with a key only this process knows.
#include "bench/bench_util.hpp"
#include "bench/player_scenarios.hpp"

#include "spiegel/media/vault.hpp"

#include <chrono>
#include <stdexcept>
#include <thread>
#include <utility>

namespace spiegel::app::bench {

std::vector<Result> runVaultScenarios(const Config &c) {
  const std::string vault = c.scratch + "/bench.spiegelvault";
  const media::VaultKey key = media::newVaultKey();
  const std::string fileId = media::writeVault(c.clip.video, vault, key, "bench");
  media::setVaultKeys([key, fileId](const std::string &id) -> std::optional<media::VaultKey> {
    if (id == fileId)
      return key;
    return std::nullopt;
  });
  std::vector<Result> out;
  out.push_back(guarded("vault_open_first_frame", [&] {
    std::vector<double> plain, sealed;
    for (int i = 0; i < (c.quick ? 3 : 7); ++i) {
      plain.push_back(timeRuns(1, [&](int) { (void)openPlayer(c.clip.video)->waitForFrame(15000); }).front());
      sealed.push_back(timeRuns(1, [&](int) { (void)openPlayer(vault)->waitForFrame(15000); }).front());
    }
    Result r = timing("vault_open_first_frame", sealed);
    r.ratio = *r.medianMs / median(plain);
    r.target = "ratio <= 1.1 (vault / plain file)";
    r.pass = *r.ratio <= 1.1;
    r.extra = {{"plain_median_ms", median(plain)}};
    r.note = "the bench clip opened from its vault and from the plain file, alternating";
    return r;
  }));
  out.push_back(guarded("vault_exact_seek", [&] {
    auto plainPlayer = openPlayer(c.clip.video);
    auto vaultPlayer = openPlayer(vault);
    if (!plainPlayer->waitForFrame(15000) || !vaultPlayer->waitForFrame(15000))
      throw std::runtime_error("no first frame");
    const auto frames = randomFrames(c.clip, c.quick ? 10 : 40, 44);
    std::vector<double> plain, sealed, paired;
    int exact = 0;
    for (std::size_t i = 0; i < frames.size(); ++i) {
      const auto f = frames[i];
      // Which goes first alternates, and each seek starts with both players
      // at rest (the one that landed last decodes ahead for a while).
      media::Player *order[] = {plainPlayer.get(), vaultPlayer.get()};
      if (i % 2 == 1)
        std::swap(order[0], order[1]);
      for (auto *p : order) {
        std::this_thread::sleep_for(std::chrono::milliseconds(400));
        const double ms = timeRuns(1, [&](int) {
                            p->seek(middleOfFrame(f), media::SeekMode::Exact);
                            if (!p->waitForFrame(15000))
                              throw std::runtime_error("the player did not show a frame within 15 s");
                          }).front();
        (p == vaultPlayer.get() ? sealed : plain).push_back(ms);
        if (p == vaultPlayer.get())
          exact += shownFrame(*p) == f ? 1 : 0;
      }
      paired.push_back(sealed.back() / plain.back());
    }
    // A seek's cost depends mostly on how far its frame lies past a keyframe,
    // so the ratio is the median of per-frame ratios (vault / plain on the
    // same frame), not a ratio of two medians over different frames.
    Result r = timing("vault_exact_seek", sealed);
    r.ratio = median(paired);
    r.target = "ratio <= 1.1 (vault / plain file), all exact";
    r.pass = *r.ratio <= 1.1 && exact == static_cast<int>(frames.size());
    r.extra = {{"plain_median_ms", median(plain)},
               {"plain_p95_ms", percentile(plain, 95)},
               {"ratio_of_medians", *r.medianMs / median(plain)},
               {"exact_frames", exact},
               {"seeks", static_cast<double>(frames.size())}};
    r.note = "the same random frames on the vault and on the plain file, alternating which goes first, both at rest before each seek; ratio = median of per-frame ratios";
    return r;
  }));
  media::setVaultKeys({});
  return out;
}

} // namespace spiegel::app::bench
