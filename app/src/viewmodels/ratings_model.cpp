#include "viewmodels/ratings_model.hpp"

#include "common/i18n.hpp"
#include "common/edit_description.hpp"

#include <algorithm>
#include <map>

namespace spiegel::app::viewmodels {

using annotate::Annotation;
using annotate::Rating;

namespace {

// Whether tag `a` counts for subject × element (the same rule checkRatings uses).
bool countsFor(const Annotation &a, const std::string &subject, const annotate::Element &element) {
  if (a.element != element.key)
    return false;
  if (element.ratedFor == annotate::Subject::Family)
    return true;
  return std::find(a.participants.begin(), a.participants.end(), subject) != a.participants.end();
}

std::vector<IndicatorTick> ticksFor(const Workspace &ws, const std::vector<const Annotation *> &mine,
                                    const std::string &subject, const annotate::Element &element,
                                    RatingCell &cell) {
  std::map<std::pair<std::string, int>, IndicatorTick> byKey; // (indicator or "", valence)
  for (const auto *a : mine) {
    if (!countsFor(*a, subject, element))
      continue;
    (a->valence == Valence::Positive ? cell.positive : cell.negative) += 1;
    auto &t = byKey[{a->indicator.value_or(""), a->valence == Valence::Positive ? 0 : 1}];
    if (t.count == 0) {
      t.indicator = a->indicator;
      t.valence = a->valence;
      const auto *ind = a->indicator ? ws.codebook().indicator(*a->indicator) : nullptr;
      t.label = ind != nullptr ? ind->label.in(langCode()) : tr("(no indicator)", "(geen indicator)");
    }
    ++t.count;
    t.tags.push_back(a->id);
  }
  std::vector<IndicatorTick> out;
  for (auto &[k, t] : byKey)
    out.push_back(std::move(t));
  std::stable_sort(out.begin(), out.end(), [](const IndicatorTick &x, const IndicatorTick &y) {
    if (x.valence != y.valence)
      return x.valence == Valence::Positive;
    if (x.count != y.count)
      return x.count > y.count;
    return x.label < y.label;
  });
  return out;
}

std::string signedValue(int v) {
  return v > 0 ? "+" + std::to_string(v) : v < 0 ? "−" + std::to_string(-v) : "0";
}

} // namespace

bool RatingsModel::refresh(const Workspace &ws) {
  const std::string lang(langCode());
  if (m_seenWorkspace == &ws && m_seenRevision == ws.revision() && m_seenLang == lang)
    return false;
  build(ws);
  m_seenWorkspace = &ws;
  m_seenRevision = ws.revision();
  m_seenLang = lang;
  return true;
}

void RatingsModel::build(const Workspace &ws) {
  m_rows.clear();
  m_scale.clear();
  m_spreads.clear();
  m_allWarnings.clear();
  const auto &cb = ws.codebook();
  for (const auto &p : cb.scale)
    m_scale.push_back({p.value, p.label.in(langCode())});
  const auto me = ws.currentReviewerId();
  std::vector<const Annotation *> mine;
  std::vector<Annotation> myTags;
  std::vector<Rating> myRatings;
  if (me) {
    for (const auto &a : ws.tags().all())
      if (a.reviewer == *me) {
        mine.push_back(&a);
        myTags.push_back(a);
      }
    for (const auto &r : ws.ratings())
      if (r.reviewer == *me)
        myRatings.push_back(r);
  }
  const auto warnings = annotate::checkRatings(cb, myTags, myRatings, ws.participants());

  const auto makeRow = [&](const std::string &subject, bool family) {
    RatingRow row;
    row.subject = subject;
    row.family = family;
    row.label = annotate::subjectText(subject, ws.participants()).in(langCode());
    for (const auto &e : cb.elements) {
      if ((e.ratedFor == annotate::Subject::Family) != family)
        continue;
      RatingCell cell;
      cell.subject = subject;
      cell.element = e.key;
      if (const auto *r = ws.myRating(subject, e.key)) {
        cell.value = r->value;
        cell.rationale = r->rationale;
        if (const auto *sp = cb.scalePoint(r->value))
          cell.valueLabel = sp->label.in(langCode());
      }
      cell.ticks = ticksFor(ws, mine, subject, e, cell);
      for (const auto &w : warnings)
        if (w.subject == subject && w.element == e.key)
          cell.warnings.push_back(w.message.in(langCode()));
      row.elements.push_back(e.key);
      row.cells.push_back(std::move(cell));
    }
    return row;
  };
  for (const auto &p : ws.participants())
    if (p.kind == annotate::ParticipantKind::FamilyMember)
      m_rows.push_back(makeRow(p.id, false));
  if (std::any_of(cb.elements.begin(), cb.elements.end(),
                  [](const annotate::Element &e) { return e.ratedFor == annotate::Subject::Family; }))
    m_rows.push_back(makeRow(annotate::kFamilySubject, true));
  for (const auto &w : warnings)
    m_allWarnings.push_back(w.message.in(langCode()));

  if (me)
    for (const auto &s : annotate::splitSpread(cb, myRatings, ws.participants(), *me)) {
      SpreadRow row;
      row.element = s.element;
      row.elementText = elementText(cb, s.element);
      row.spread = s;
      row.text = std::string(tr("range ", "spreiding ")) + std::to_string(s.range) + " (" +
                 signedValue(s.min) + " … " + signedValue(s.max) + ")";
      if (s.split)
        row.text += tr(": split alliance", ": gespleten alliantie");
      m_spreads.push_back(std::move(row));
    }
}

const RatingCell *RatingsModel::cell(const std::string &subject, const std::string &element) const {
  for (const auto &row : m_rows)
    if (row.subject == subject)
      for (const auto &c : row.cells)
        if (c.element == element)
          return &c;
  return nullptr;
}

} // namespace spiegel::app::viewmodels
