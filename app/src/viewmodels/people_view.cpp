#include "viewmodels/people_view.hpp"

#include "common/i18n.hpp"

#include "spiegel/annotate/roles.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace spiegel::app::viewmodels {
namespace {

int hexDigit(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  const int lower = std::tolower(static_cast<unsigned char>(c));
  if (lower >= 'a' && lower <= 'f')
    return lower - 'a' + 10;
  return -1;
}

int involvement(const RatingRow &row) {
  int n = 0;
  for (const RatingCell &c : row.cells)
    n += c.positive + c.negative;
  return n;
}

} // namespace

std::string suggestColour(const std::vector<annotate::Participant> &participants) {
  std::size_t live = 0;
  for (const char *colour : kParticipantPalette) {
    const bool used = std::any_of(participants.begin(), participants.end(), [&](const annotate::Participant &p) {
      return !p.deleted && parseColour(p.colour) == parseColour(colour);
    });
    if (!used)
      return colour;
  }
  for (const auto &p : participants)
    live += p.deleted ? 0U : 1U;
  return kParticipantPalette[live % kParticipantPalette.size()];
}

std::optional<std::array<float, 3>> parseColour(const std::string &text) {
  if (text.size() != 7 || text[0] != '#')
    return std::nullopt;
  std::array<float, 3> rgb{};
  for (std::size_t i = 0; i < 3; ++i) {
    const int hi = hexDigit(text[1 + 2 * i]);
    const int lo = hexDigit(text[2 + 2 * i]);
    if (hi < 0 || lo < 0)
      return std::nullopt;
    rgb[i] = static_cast<float>(hi * 16 + lo) / 255.0f;
  }
  return rgb;
}

std::string formatColour(const std::array<float, 3> &rgb) {
  char buf[8];
  int v[3];
  for (std::size_t i = 0; i < 3; ++i)
    v[i] = static_cast<int>(std::lround(std::clamp(rgb[i], 0.0f, 1.0f) * 255.0f));
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", v[0], v[1], v[2]);
  return buf;
}

int participantSlot(const std::vector<annotate::Participant> &participants, const annotate::Uuid &id) {
  int slot = 0;
  for (const auto &p : participants) {
    if (p.deleted)
      continue;
    ++slot;
    if (slot > Workspace::kParticipantSlots)
      return 0;
    if (p.id == id)
      return slot;
  }
  return 0;
}

std::vector<std::size_t> ratingOrder(const std::vector<RatingRow> &rows) {
  std::vector<std::size_t> members, family;
  for (std::size_t i = 0; i < rows.size(); ++i)
    (rows[i].family ? family : members).push_back(i);
  std::stable_sort(members.begin(), members.end(),
                   [&](std::size_t a, std::size_t b) { return involvement(rows[a]) < involvement(rows[b]); });
  members.insert(members.end(), family.begin(), family.end());
  return members;
}

std::map<annotate::Uuid, int> tagsPerReviewer(const annotate::TagIndex &tags) {
  std::map<annotate::Uuid, int> counts;
  for (const annotate::Annotation &a : tags.all())
    if (!a.deleted)
      ++counts[a.reviewer];
  return counts;
}

std::string personLabel(const annotate::Participant &p) {
  std::string label = annotate::roleText(p.role).in(langCode());
  if (!p.alias.empty())
    label += " (" + p.alias + ")";
  return label;
}

} // namespace spiegel::app::viewmodels
