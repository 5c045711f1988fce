#include "viewmodels/recall_run.hpp"

#include <algorithm>

namespace spiegel::app::viewmodels {

RecallRun::RecallRun(annotate::Uuid session, std::vector<annotate::RecallMoment> moments, Micros recordingEnd)
    : m_session(std::move(session)), m_moments(std::move(moments)), m_end(recordingEnd) {}

const annotate::RecallMoment *RecallRun::moment() const {
  return m_index < m_moments.size() ? &m_moments[m_index] : nullptr;
}

annotate::PlayPlan RecallRun::plan() const {
  const auto *m = moment();
  return m ? annotate::playPlan(*m, m_end) : annotate::PlayPlan{};
}

RecallOrder RecallRun::start() { return goTo(0); }

RecallOrder RecallRun::goTo(std::size_t index) {
  RecallOrder order;
  if (m_moments.empty()) {
    m_phase = RecallPhase::Closing;
    order.pause = true;
    return order;
  }
  m_index = std::min(index, m_moments.size() - 1);
  m_phase = RecallPhase::Approaching;
  m_last.reset();
  order.seek = plan().from;
  order.play = true;
  return order;
}

RecallOrder RecallRun::next() {
  if (m_index + 1 < m_moments.size())
    return goTo(m_index + 1);
  m_phase = RecallPhase::Closing;
  RecallOrder order;
  order.pause = true;
  return order;
}

// Played through `point` since the last tick, not jumped over it by hand.
// The first tick after a seek counts from where the seek went.
bool RecallRun::crossed(Micros point, Micros position) const {
  const Micros from = m_last.value_or(plan().from);
  return position >= point && (from < point || (from == point && !m_last)) && position - from <= kCrossingMax;
}

RecallOrder RecallRun::tick(Micros position, bool playing, bool seeking) {
  RecallOrder order;
  if (seeking) // the position is still the old one
    return order;
  const auto p = plan();
  if (playing && m_phase == RecallPhase::Approaching && crossed(p.pauseAt, position)) {
    m_phase = RecallPhase::AtMoment;
    order.record = annotate::PausedBy::Auto;
    order.at = p.pauseAt;
    order.moment = moment()->id;
    order.prompt = moment()->prompt;
    order.pause = true;
    order.seek = p.pauseAt; // the moment's own frame, not the one a frame later
    m_last = p.pauseAt;
    return order;
  }
  if (playing && m_phase == RecallPhase::PostRoll && crossed(p.until, position))
    return next();
  m_last = position;
  return order;
}

RecallOrder RecallRun::proceed(bool playing, Micros position) {
  RecallOrder order;
  switch (m_phase) {
  case RecallPhase::AtMoment:
    if (plan().until > plan().pauseAt) {
      m_phase = RecallPhase::PostRoll;
      order.play = true;
      return order;
    }
    return next();
  case RecallPhase::Held:
    m_phase = m_resume;
    order.play = true;
    return order;
  case RecallPhase::Approaching:
  case RecallPhase::PostRoll:
    if (playing)
      return personPause(annotate::PausedBy::Recaller, position);
    order.play = true; // paused from the transport bar: go on
    return order;
  case RecallPhase::Closing:
    return order;
  }
  return order;
}

RecallOrder RecallRun::personPause(annotate::PausedBy by, Micros position) {
  RecallOrder order;
  if (m_phase != RecallPhase::Approaching && m_phase != RecallPhase::PostRoll)
    return order;
  m_resume = m_phase;
  m_phase = RecallPhase::Held;
  order.record = by;
  order.at = position;
  if (const auto *m = moment())
    order.moment = m->id;
  order.pause = true;
  return order;
}

RecallOrder RecallRun::jump(int direction) {
  if (direction > 0)
    return m_phase == RecallPhase::Closing ? RecallOrder{} : next();
  if (m_phase == RecallPhase::Closing)
    return goTo(m_index);
  return goTo(m_index == 0 ? 0 : m_index - 1);
}

RecallOrder RecallRun::finish() {
  m_phase = RecallPhase::Closing;
  m_last.reset();
  RecallOrder order;
  order.pause = true;
  return order;
}

void RecallRun::reopen() {
  if (!m_moments.empty())
    m_phase = RecallPhase::AtMoment;
}

void RecallRun::setMoments(std::vector<annotate::RecallMoment> moments) {
  const annotate::Uuid current = moment() ? moment()->id : annotate::Uuid{};
  m_moments = std::move(moments);
  const auto it = std::find_if(m_moments.begin(), m_moments.end(),
                               [&](const annotate::RecallMoment &m) { return m.id == current; });
  if (it != m_moments.end())
    m_index = static_cast<std::size_t>(it - m_moments.begin());
  else if (m_index >= m_moments.size())
    m_index = m_moments.empty() ? 0 : m_moments.size() - 1;
  if (m_moments.empty())
    m_phase = RecallPhase::Closing;
}

} // namespace spiegel::app::viewmodels
