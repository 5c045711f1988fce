// Workspace: construction, the edit target, undo/redo, reviewer, settings.
#include "spiegel/review/workspace.hpp"

#include "spiegel/annotate/reviewer_names.hpp"
#include "spiegel/annotate/validation.hpp"
#include "spiegel/store/uuid.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <iterator>

namespace spiegel::review {

// Writes through to the project file, then copies what the store kept (it
// may raise updatedAt) into the in-memory index and rating list.
class Workspace::Target final : public annotate::EditTarget {
public:
  explicit Target(Workspace &w) : m_w(w) {}
  void putAnnotation(const Annotation &a) override {
    m_w.m_project->putAnnotation(a);
    m_w.m_lastSavedAt = m_w.now();
    if (auto stored = m_w.m_project->annotation(a.id); stored && stored->recording == m_w.m_recording.id)
      m_w.m_index.upsert(*stored);
    else
      m_w.m_index.remove(a.id);
  }
  void putRating(const Rating &r) override {
    m_w.m_project->putRating(r);
    m_w.m_lastSavedAt = m_w.now();
    m_w.refreshRating(r.id);
  }
  void putParticipant(const Participant &p) override {
    // The stored row may be newer than `p` (an undo puts back an older
    // value): start from its time so the store stamps this write later.
    Participant copy = p;
    for (const auto &old : m_w.m_project->participants(true))
      if (old.id == p.id)
        copy.updatedAt = std::max(copy.updatedAt, old.updatedAt);
    m_w.m_project->saveParticipant(copy);
    m_w.m_lastSavedAt = m_w.now();
    m_w.refreshPeople();
  }
  void putThread(const annotate::Thread &t) override {
    m_w.m_project->putThread(t);
    m_w.m_lastSavedAt = m_w.now();
    m_w.refreshDiscussion();
  }
  void putComment(const annotate::Comment &c) override {
    m_w.m_project->putComment(c);
    m_w.m_lastSavedAt = m_w.now();
    m_w.refreshDiscussion();
  }
  void putRecallSession(const annotate::RecallSession &s) override {
    m_w.m_project->putRecallSession(s);
    recallSaved();
  }
  void putRecallMoment(const annotate::RecallMoment &m) override {
    m_w.m_project->putRecallMoment(m);
    recallSaved();
  }
  void putRecallPause(const annotate::RecallPause &p) override {
    m_w.m_project->putRecallPause(p);
    recallSaved();
  }

private:
  void recallSaved() {
    m_w.m_lastSavedAt = m_w.now();
    m_w.refreshRecall();
  }
  Workspace &m_w;
};

Workspace::Workspace(store::Project project, std::optional<Identity> identity)
    : m_project(std::make_unique<store::Project>(std::move(project))), m_identity(std::move(identity)) {}

Workspace::~Workspace() = default;

Status Workspace::init() {
  try {
    const auto recs = m_project->recordings();
    if (recs.empty())
      return Status::fail(Error::of(Problem::NoRecordingInProject));
    m_recording = recs.front();
    m_mediaPath = m_project->locateRecording(m_recording);
    m_codebook = m_project->codebook();
    if (!m_codebook.elements.empty())
      m_lastElement = m_codebook.elements.front().key;
    if (m_identity) {
      m_identity = withProfile(std::move(*m_identity));
      m_project->setActor(m_identity->name);
    }
    return reload();
  } catch (...) {
    return Status::fail(currentError());
  }
}

Status Workspace::reload() {
  try {
    std::vector<Annotation> mine;
    for (auto &a : m_project->annotations())
      if (a.recording == m_recording.id)
        mine.push_back(std::move(a));
    m_rounds = m_project->rounds();
    m_reveals = m_project->reveals();
    refreshPeople();
    findMyRow();
    refreshNames();
    std::erase_if(mine, [&](const Annotation &a) { return !m_view.shows(a.reviewer); });
    m_index = annotate::TagIndex(std::move(mine));
    m_ratings.clear();
    for (auto &r : m_project->ratings())
      if (r.recording == m_recording.id && m_view.shows(r.reviewer))
        m_ratings.push_back(std::move(r));
    refreshDiscussion();
    refreshConsents();
    refreshRecall();
    changed(false);
    return Status::ok();
  } catch (...) {
    return Status::fail(currentError());
  }
}

void Workspace::refreshPeople() {
  m_participants = m_project->participants();
  m_allReviewers = m_project->reviewers();
  refreshView();
  refreshNames();
  std::erase_if(m_currentParticipants, [&](const Uuid &id) { return participant(id) == nullptr; });
}

void Workspace::refreshRating(const Uuid &id) {
  std::erase_if(m_ratings, [&](const Rating &r) { return r.id == id; });
  for (auto &r : m_project->ratings())
    if (r.id == id && r.recording == m_recording.id)
      m_ratings.push_back(std::move(r));
}

const std::string &Workspace::projectPath() const {
  return m_project->path();
}

const Participant *Workspace::participant(const Uuid &id) const {
  for (const auto &p : m_participants)
    if (p.id == id)
      return &p;
  return nullptr;
}

const Reviewer *Workspace::reviewer(const Uuid &id) const {
  for (const auto &r : m_allReviewers)
    if (r.id == id)
      return &r;
  return nullptr;
}

std::optional<Uuid> Workspace::currentReviewerId() const {
  return m_reviewerId;
}

UnixMillis Workspace::now() const {
  if (m_clock)
    return m_clock();
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::uint64_t Workspace::nextRevision() {
  static std::atomic<std::uint64_t> counter{0};
  return ++counter;
}

void Workspace::changed(bool saved) {
  m_revision = nextRevision();
  if (saved)
    m_lastSavedAt = now();
}

Status Workspace::switchReviewer(const Identity &identity) {
  Identity id = identity;
  id.name = annotate::trimmed(identity.name);
  if (id.name.empty())
    return Status::fail(Error::of(Problem::NoName));
  m_identity = withProfile(std::move(id));
  m_project->setActor(m_identity->name);
  m_undo.clear();
  m_markIn.reset();
  return reload(); // another profile may be shown other work
}

Identity Workspace::withProfile(Identity identity) {
  if (identity.id.empty()) // a caller without a profile file: this session's own
    identity.id = store::newUuid();
  return identity;
}

void Workspace::refreshNames() {
  // The current reviewer counts before their first edit too: a newcomer
  // named Sanne then reads the demo's tags as those of "Sanne (2)" (or
  // sees herself numbered), never as her own name.
  std::vector<Reviewer> all = m_allReviewers;
  if (m_identity && !m_reviewerId)
    all.push_back(Reviewer{.id = m_identity->id, .name = m_identity->name, .profile = m_identity->id});
  m_reviewerNames = annotate::reviewerNames(all);
}

void Workspace::findMyRow() {
  m_reviewerId.reset();
  m_claim = false;
  if (!m_identity)
    return;
  for (const auto &r : m_allReviewers)
    if (r.profile == m_identity->id) {
      m_reviewerId = r.id;
      return;
    }
  // A profile migrated from a name-only identity finds its own work from
  // before profiles: the one row known only by that name. Two such rows
  // (two people's old files merged) are ambiguous: it claims neither.
  if (m_identity->legacyName.empty())
    return;
  const Reviewer *only = nullptr;
  for (const auto &r : m_allReviewers)
    if (r.profile.empty() && r.name == m_identity->legacyName) {
      if (only != nullptr)
        return;
      only = &r;
    }
  if (only != nullptr) {
    m_reviewerId = only->id;
    m_claim = true; // written with the first edit, as a new row would be
  }
}

Status Workspace::ensureReviewer() {
  if (!m_identity)
    return Status::fail(Error::of(Problem::NoIdentity));
  if (m_reviewerId && !m_claim)
    return Status::ok();
  // Why these: the element colours' Okabe–Ito palette, distinguishable for
  // colour-blind readers, in an order that keeps neighbours apart.
  static constexpr const char *kColours[] = {"#e69f00", "#56b4e9", "#009e73", "#f0e442",
                                             "#0072b2", "#d55e00", "#cc79a7", "#000000"};
  try {
    Reviewer r;
    if (m_claim) {
      r = *reviewer(*m_reviewerId);
    } else {
      r.id = m_identity->id; // one row per profile: its id is the profile's
      r.name = m_identity->name;
      r.role = m_identity->role;
      r.colour = kColours[m_allReviewers.size() % std::size(kColours)];
    }
    r.profile = m_identity->id;
    r = m_project->saveReviewer(r);
    m_reviewerId = r.id;
    m_claim = false;
    refreshPeople();
    changed(true);
    return Status::ok();
  } catch (...) {
    return Status::fail(currentError());
  }
}

void Workspace::setSettings(const WorkspaceSettings &s) {
  m_settings = s;
  m_settings.reactionOffset =
      std::clamp<annotate::Micros>(s.reactionOffset, 0, WorkspaceSettings::kMaxReactionOffset);
  m_settings.preRoll = std::max<annotate::Micros>(0, s.preRoll);
}

Status Workspace::execute(annotate::EditCommand cmd) {
  if ((cmd.isAnnotation() || cmd.isRating()) && !writesConsensus(cmd))
    if (auto s = mayStillCode(); !s)
      return s;
  if (m_claim) // the first edit of a migrated profile writes its claim first
    if (auto s = ensureReviewer(); !s)
      return s;
  try {
    Target target(*this);
    m_undo.execute(std::move(cmd), target, now());
    changed(true);
    return Status::ok();
  } catch (...) {
    return failAndReload();
  }
}

Status Workspace::execute(std::vector<annotate::EditCommand> cmds) {
  if (m_claim)
    if (auto s = ensureReviewer(); !s)
      return s;
  try {
    Target target(*this);
    m_undo.executeAll(std::move(cmds), target, now());
    changed(true);
    return Status::ok();
  } catch (...) {
    return failAndReload();
  }
}

// Only inside a catch block: the failed write left the file as it was before
// the call, so the in-memory copies are reloaded to match it.
Status Workspace::failAndReload() {
  auto error = currentError();
  (void)reload();
  return Status::fail(std::move(error));
}

Status Workspace::undo() {
  const auto *cmd = m_undo.nextUndo();
  if (cmd == nullptr)
    return Status::fail(Error::of(Problem::NothingToUndo));
  try {
    if (auto s = mayReplay(*cmd, true); !s)
      return s;
    Target target(*this);
    m_undo.undo(target, now());
    changed(true);
    return Status::ok();
  } catch (...) {
    return failAndReload();
  }
}

Status Workspace::redo() {
  const auto *cmd = m_undo.nextRedo();
  if (cmd == nullptr)
    return Status::fail(Error::of(Problem::NothingToRedo));
  try {
    if (auto s = mayReplay(*cmd, false); !s)
      return s;
    Target target(*this);
    m_undo.redo(target, now());
    changed(true);
    return Status::ok();
  } catch (...) {
    return failAndReload();
  }
}

Status Workspace::mayReplay(const annotate::EditCommand &cmd, bool undo) const {
  // switchReviewer() clears the history, so a tag is the reviewer's own
  // already; checked again because undoing a colleague's tag would break
  // independent coding. Ratings are keyed by reviewer (myRating) and need no
  // check; a participant may not vanish from under tags or ratings.
  if (writesConsensus(cmd))
    return mayAgree();
  if (cmd.isAnnotation() || cmd.isRating())
    if (auto s = mayStillCode(); !s)
      return s;
  if (cmd.isAnnotation())
    return checkOwner(cmd.annotationAfter());
  if (cmd.isComment())
    return checkCommentAuthor(cmd.commentAfter());
  if (cmd.isParticipant() && (undo ? cmd.revertDeletes() : cmd.applyDeletes()))
    return checkUnused(cmd.participantAfter().id);
  return Status::ok();
}

} // namespace spiegel::review
