#include "spiegel/annotate/recall.hpp"

#include "spiegel/annotate/civil_date.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace spiegel::annotate {

namespace {
template <class E, std::size_t N>
std::optional<E> parseKey(const std::array<std::pair<E, std::string_view>, N> &keys, std::string_view key) {
  for (const auto &[value, text] : keys)
    if (text == key)
      return value;
  return std::nullopt;
}

template <class E, std::size_t N>
std::string_view keyOf(const std::array<std::pair<E, std::string_view>, N> &keys, E value) {
  for (const auto &[v, text] : keys)
    if (v == value)
      return text;
  return {};
}

constexpr std::array<std::pair<MomentKind, std::string_view>, 3> kKinds{
    {{MomentKind::Tag, "tag"}, {MomentKind::Span, "span"}, {MomentKind::Micro, "micro"}}};
constexpr std::array<std::pair<PausedBy, std::string_view>, 3> kPausers{
    {{PausedBy::Auto, "auto"}, {PausedBy::Recaller, "recaller"}, {PausedBy::Inquirer, "inquirer"}}};
} // namespace

std::string_view momentKindKey(MomentKind k) { return keyOf(kKinds, k); }
std::optional<MomentKind> parseMomentKind(std::string_view key) { return parseKey(kKinds, key); }
std::string_view pausedByKey(PausedBy p) { return keyOf(kPausers, p); }
std::optional<PausedBy> parsePausedBy(std::string_view key) { return parseKey(kPausers, key); }

PlayPlan playPlan(const RecallMoment &m, Micros recordingEnd) {
  const Micros last = recordingEnd > 0 ? recordingEnd : std::max(m.end, m.start);
  const auto inside = [&](Micros t) { return std::clamp<Micros>(t, 0, last); };
  const Micros at = inside(std::max(m.start, m.end)); // a point pauses at its time, a span at its end
  return {.from = inside(std::min(m.start, m.end) - std::max<Micros>(m.preRoll, 0)),
          .pauseAt = at,
          .until = inside(at + std::max<Micros>(m.postRoll, 0))};
}

std::vector<RecallMoment> momentsFromTags(std::span<const Annotation> tags, const TagFilter &filter,
                                          const Codebook &codebook, const MomentDefaults &defaults) {
  std::vector<const Annotation *> picked;
  for (const auto &a : tags)
    if (!a.deleted && filter.matches(a, codebook))
      picked.push_back(&a);
  std::stable_sort(picked.begin(), picked.end(),
                   [](const Annotation *x, const Annotation *y) { return x->start < y->start; });
  std::vector<RecallMoment> out;
  out.reserve(picked.size());
  for (const Annotation *a : picked) {
    RecallMoment m;
    m.rank = static_cast<double>(out.size() + 1);
    m.kind = !a->isPoint() && a->end - a->start <= kMicroMomentMax ? MomentKind::Micro : MomentKind::Tag;
    m.tag = a->id;
    m.start = a->start;
    m.end = a->end;
    m.preRoll = defaults.preRoll;
    m.postRoll = defaults.postRoll;
    out.push_back(std::move(m));
  }
  return out;
}

std::vector<RecallMoment> sampledMoments(Micros duration, Micros every, Micros length, const MomentDefaults &defaults) {
  std::vector<RecallMoment> out;
  if (duration <= 0 || every <= 0 || length <= 0 || length > every)
    return out;
  for (Micros t = 0; t < duration; t += every) {
    RecallMoment m;
    m.rank = static_cast<double>(out.size() + 1);
    m.kind = length <= kMicroMomentMax ? MomentKind::Micro : MomentKind::Span;
    m.start = t;
    m.end = std::min(t + length, duration);
    m.preRoll = 0; // a sample is its own stretch: no lead-in
    m.postRoll = defaults.postRoll;
    out.push_back(std::move(m));
  }
  return out;
}

std::vector<RecallMoment> inPlayingOrder(std::span<const RecallMoment> moments) {
  std::vector<RecallMoment> out;
  for (const auto &m : moments)
    if (!m.deleted)
      out.push_back(m);
  std::stable_sort(out.begin(), out.end(), [](const RecallMoment &a, const RecallMoment &b) {
    return a.rank != b.rank ? a.rank < b.rank : a.start < b.start;
  });
  return out;
}

double rankBetween(std::optional<double> before, std::optional<double> after) {
  if (before && after)
    return (*before + *after) / 2.0;
  if (before)
    return *before + 1.0;
  if (after)
    return *after - 1.0;
  return 1.0;
}

std::optional<int> recallDelayDays(const std::string &recordedOn, const std::string &heldOn) {
  const auto a = parseCivilDate(recordedOn), b = parseCivilDate(heldOn);
  if (!a || !b)
    return std::nullopt;
  return daysBetween(*a, *b);
}

} // namespace spiegel::annotate
