#include "bench/bench_result.hpp"

#include "bench/bench_util.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <ostream>

namespace spiegel::app::bench {
namespace {

double round2(double v) { return std::round(v * 100.0) / 100.0; }

std::string fmt(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, v >= 100 ? "%.0f" : "%.1f", v);
  return buf;
}

std::string ratioText(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

std::string pad(std::string s, std::size_t n) {
  if (s.size() < n)
    s.resize(n, ' ');
  return s;
}

} // namespace

Result timing(std::string scenario, const std::vector<double> &ours, const std::vector<double> &cli) {
  Result r;
  r.scenario = std::move(scenario);
  r.medianMs = median(ours);
  r.p95Ms = percentile(ours, 95);
  if (!cli.empty()) {
    r.ffmpegMedianMs = median(cli);
    r.ratio = *r.medianMs / *r.ffmpegMedianMs;
  }
  return r;
}

std::string toJsonLine(const Result &r) {
  nlohmann::ordered_json j;
  j["scenario"] = r.scenario;
  j["median_ms"] = r.medianMs ? nlohmann::ordered_json(round2(*r.medianMs)) : nullptr;
  j["p95_ms"] = r.p95Ms ? nlohmann::ordered_json(round2(*r.p95Ms)) : nullptr;
  j["ffmpeg_median_ms"] = r.ffmpegMedianMs ? nlohmann::ordered_json(round2(*r.ffmpegMedianMs)) : nullptr;
  j["ratio"] = r.ratio ? nlohmann::ordered_json(std::round(*r.ratio * 1000.0) / 1000.0) : nullptr;
  j["target"] = r.target;
  j["pass"] = r.pass;
  for (const auto &[k, v] : r.extra)
    j[k] = round2(v);
  if (!r.note.empty())
    j["note"] = r.note;
  return j.dump();
}

void printTable(std::ostream &out, const std::vector<Result> &results) {
  out << pad("scenario", 30) << pad("median ms", 11) << pad("p95 ms", 9) << pad("ffmpeg ms", 11) << pad("ratio", 8)
      << pad("target", 58) << "pass\n";
  for (const auto &r : results) {
    out << pad(r.scenario, 30) << pad(r.medianMs ? fmt(*r.medianMs) : "-", 11) << pad(r.p95Ms ? fmt(*r.p95Ms) : "-", 9)
        << pad(r.ffmpegMedianMs ? fmt(*r.ffmpegMedianMs) : "-", 11)
        << pad(r.ratio ? ratioText(*r.ratio) : "-", 8) << pad(r.target, 58)
        << (r.pass ? "yes" : "NO") << '\n';
    std::string extra;
    for (const auto &[k, v] : r.extra)
      extra += (extra.empty() ? "" : ", ") + k + "=" + fmt(v);
    if (!extra.empty())
      out << "    " << extra << '\n';
    if (!r.note.empty())
      out << "    " << r.note << '\n';
  }
}

} // namespace spiegel::app::bench
