#include "spiegel/annotate/summary.hpp"

#include <algorithm>
#include <map>

namespace spiegel::annotate {
namespace {

constexpr double kMicrosPerHour = 3600.0 * 1'000'000.0;

void count(SummaryRow &row, Valence v) {
  ++(v == Valence::Positive ? row.positive : row.negative);
}

void fillRates(SummaryRow &row, Micros duration) {
  row.positivePerHour = perHour(row.positive, duration);
  row.negativePerHour = perHour(row.negative, duration);
}

} // namespace

std::optional<double> SummaryRow::ratio() const {
  if (negative == 0)
    return std::nullopt;
  return static_cast<double>(positive) / static_cast<double>(negative);
}

std::optional<double> SummaryRow::positiveShare() const {
  if (total() == 0)
    return std::nullopt;
  return static_cast<double>(positive) / static_cast<double>(total());
}

double perHour(int count, Micros duration) {
  if (duration <= 0)
    return 0.0;
  return static_cast<double>(count) * kMicrosPerHour / static_cast<double>(duration);
}

Summary summarise(const Codebook &codebook, std::span<const Annotation> annotations,
                  Micros recordingDuration) {
  Summary s;
  s.duration = recordingDuration;
  std::map<std::pair<std::size_t, std::string>, SummaryRow> rows; // (element index, participant)
  for (const Element &e : codebook.elements)
    s.elementTotals.push_back(SummaryRow{.element = e.key});
  for (const Annotation &a : annotations) {
    const Element *e = a.deleted ? nullptr : codebook.element(a.element);
    if (e == nullptr)
      continue;
    const auto index = static_cast<std::size_t>(e - codebook.elements.data());
    count(s.elementTotals[index], a.valence);
    auto countFor = [&](const std::string &participant) {
      SummaryRow &row = rows[{index, participant}];
      row.element = a.element;
      row.participant = participant;
      count(row, a.valence);
    };
    if (a.isFamilyLevel()) {
      countFor(kFamilySubject);
    } else {
      // A participant listed twice on one tag still counts once.
      std::vector<Uuid> people = a.participants;
      std::sort(people.begin(), people.end());
      people.erase(std::unique(people.begin(), people.end()), people.end());
      for (const Uuid &p : people)
        countFor(p);
    }
  }
  for (auto &[key, row] : rows) {
    fillRates(row, recordingDuration);
    s.rows.push_back(std::move(row));
  }
  for (SummaryRow &row : s.elementTotals)
    fillRates(row, recordingDuration);
  return s;
}

} // namespace spiegel::annotate
