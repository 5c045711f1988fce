// Workspace: construction, the edit target, undo/redo, reviewer, settings.
#include "workspace/workspace.hpp"

#include "common/i18n.hpp"
#include "workspace/edit_description.hpp"
#include "workspace/error_text.hpp"
#include "common/text_file.hpp"

#include "spiegel/annotate/rule_check.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <iterator>

namespace spiegel::app::workspace {

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

private:
  Workspace &m_w;
};

Workspace::Workspace(store::Project project, std::optional<Identity> identity)
    : m_project(std::make_unique<store::Project>(std::move(project))), m_identity(std::move(identity)) {}

Workspace::~Workspace() = default;

Status Workspace::init() {
  try {
    const auto recs = m_project->recordings();
    if (recs.empty())
      return Status::fail(
          tr("This project has no recording yet: make a new project from the recording instead.",
             "Dit project heeft nog geen opname: maak in plaats daarvan een nieuw project vanuit de "
             "opname."));
    m_recording = recs.front();
    m_mediaPath = m_project->locateRecording(m_recording);
    m_codebook = m_project->codebook();
    if (!m_codebook.elements.empty())
      m_lastElement = m_codebook.elements.front().key;
    if (m_identity)
      m_project->setActor(m_identity->name);
    return reload();
  } catch (...) {
    return Status::fail(currentErrorText());
  }
}

Status Workspace::reload() {
  try {
    std::vector<Annotation> mine;
    for (auto &a : m_project->annotations())
      if (a.recording == m_recording.id)
        mine.push_back(std::move(a));
    m_index = annotate::TagIndex(std::move(mine));
    m_ratings.clear();
    for (auto &r : m_project->ratings())
      if (r.recording == m_recording.id)
        m_ratings.push_back(std::move(r));
    refreshPeople();
    m_reviewerId.reset();
    if (m_identity)
      for (const auto &r : m_reviewers)
        if (r.name == m_identity->name)
          m_reviewerId = r.id;
    changed(false);
    return Status::ok();
  } catch (...) {
    return Status::fail(currentErrorText());
  }
}

void Workspace::refreshPeople() {
  m_participants = m_project->participants();
  m_reviewers = m_project->reviewers();
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

std::string Workspace::missingRecordingText() const {
  if (!recordingMissing())
    return {};
  return std::string(tr("The recording ", "De opname ")) + m_recording.path +
         tr(" cannot be found: choose the folder it is in now and Spiegel will find it by its content.",
            " is niet te vinden: kies de map waar hij nu staat en Spiegel zoekt hem op inhoud.");
}

const Participant *Workspace::participant(const Uuid &id) const {
  for (const auto &p : m_participants)
    if (p.id == id)
      return &p;
  return nullptr;
}

const Reviewer *Workspace::reviewer(const Uuid &id) const {
  for (const auto &r : m_reviewers)
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
  Identity id{trimmed(identity.name), identity.role};
  if (id.name.empty())
    return Status::fail(tr("Type a name for the reviewer.", "Typ een naam voor de beoordelaar."));
  m_identity = id;
  m_project->setActor(id.name);
  m_reviewerId.reset();
  for (const auto &r : m_reviewers)
    if (r.name == id.name)
      m_reviewerId = r.id;
  m_undo.clear();
  m_history.clear();
  m_done = 0;
  m_undoRedo = 0;
  m_markIn.reset();
  changed(false);
  return Status::ok();
}

Status Workspace::whoAreYou() {
  return Status::fail(tr("Say who you are first (name and role), so your tags carry your name.",
                         "Zeg eerst wie je bent (naam en rol), zodat je tags je naam dragen."));
}

Status Workspace::ensureReviewer() {
  if (!m_identity)
    return whoAreYou();
  if (m_reviewerId)
    return Status::ok();
  // Why these: the element colours' Okabe–Ito palette, distinguishable for
  // colour-blind readers, in an order that keeps neighbours apart.
  static constexpr const char *kColours[] = {"#e69f00", "#56b4e9", "#009e73", "#f0e442",
                                             "#0072b2", "#d55e00", "#cc79a7", "#000000"};
  try {
    Reviewer r;
    r.name = m_identity->name;
    r.role = m_identity->role;
    r.colour = kColours[m_reviewers.size() % std::size(kColours)];
    r = m_project->saveReviewer(r);
    m_reviewerId = r.id;
    refreshPeople();
    changed(true);
    return Status::ok();
  } catch (...) {
    return Status::fail(currentErrorText());
  }
}

void Workspace::setSettings(const WorkspaceSettings &s) {
  m_settings = s;
  m_settings.reactionOffset =
      std::clamp<annotate::Micros>(s.reactionOffset, 0, WorkspaceSettings::kMaxReactionOffset);
  m_settings.preRoll = std::max<annotate::Micros>(0, s.preRoll);
}

Status Workspace::execute(annotate::EditCommand cmd) {
  try {
    Target target(*this);
    const std::size_t sizeBefore = m_undo.size();
    m_undo.execute(std::move(cmd), target, now());
    // m_undo dropped its redo branch; it merged the command into its last
    // entry (a quick note edit) when it did not grow past that.
    const bool merged = m_undo.size() == sizeBefore - m_undoRedo;
    m_undoRedo = 0;
    if (!merged) {
      m_history.resize(m_done);
      m_history.push_back(Step{});
      m_done = m_history.size();
    }
    changed(true);
    return Status::ok();
  } catch (...) {
    return failAndReload();
  }
}

// Only inside a catch block: the failed write left the file as it was before
// the call, so the in-memory copies are reloaded to match it; the error is
// returned as one sentence in the user's language.
Status Workspace::failAndReload() {
  auto text = currentErrorText();
  (void)reload();
  return Status::fail(std::move(text));
}

Status Workspace::saveParticipantStep(ParticipantStep step) {
  try {
    putParticipant(step.after);
    m_history.resize(m_done);
    m_history.push_back(Step{std::move(step)});
    m_done = m_history.size();
    changed(true);
    return Status::ok();
  } catch (...) {
    return failAndReload();
  }
}

void Workspace::putParticipant(const Participant &p) {
  // The stored row may be newer than `p` (an undo puts back an older
  // value): start from its time so the store stamps this write later.
  Participant copy = p;
  for (const auto &old : m_project->participants(true))
    if (old.id == p.id)
      copy.updatedAt = std::max(copy.updatedAt, old.updatedAt);
  m_project->saveParticipant(copy);
  m_lastSavedAt = now();
  refreshPeople();
}

Status Workspace::undo() {
  if (!canUndo())
    return Status::fail(tr("There is nothing to undo.", "Er is niets om ongedaan te maken."));
  try {
    const Step &step = m_history[m_done - 1];
    if (step.participant) {
      Participant back = step.participant->before.value_or(step.participant->after);
      back.deleted = !step.participant->before.has_value();
      if (back.deleted)
        if (auto s = checkUnused(back.id); !s)
          return s;
      putParticipant(back);
    } else {
      if (auto s = mayReplay(m_undo.nextUndo()); !s)
        return s;
      Target target(*this);
      m_undo.undo(target, now());
      ++m_undoRedo;
    }
    --m_done;
    changed(true);
    return Status::ok();
  } catch (...) {
    return failAndReload();
  }
}

Status Workspace::redo() {
  if (!canRedo())
    return Status::fail(tr("There is nothing to redo.", "Er is niets om opnieuw te doen."));
  try {
    const Step &step = m_history[m_done];
    if (step.participant) {
      if (step.participant->after.deleted)
        if (auto s = checkUnused(step.participant->after.id); !s)
          return s;
      putParticipant(step.participant->after);
    } else {
      if (auto s = mayReplay(m_undo.nextRedo()); !s)
        return s;
      Target target(*this);
      m_undo.redo(target, now());
      --m_undoRedo;
    }
    ++m_done;
    changed(true);
    return Status::ok();
  } catch (...) {
    return failAndReload();
  }
}

Status Workspace::mayReplay(const annotate::EditCommand *cmd) const {
  // switchReviewer() clears the history, so this holds already; checked
  // again because undoing a colleague's tag would break independent coding.
  // Ratings are keyed by reviewer (myRating) and need no check.
  if (cmd == nullptr || cmd->isRating())
    return Status::ok();
  return checkOwner(cmd->annotationAfter());
}

std::string Workspace::describeStep(const Step &step) const {
  const auto &p = *step.participant;
  const char *verb = !p.before         ? tr("add participant", "deelnemer toevoegen")
                     : p.after.deleted ? tr("remove participant", "deelnemer verwijderen")
                                       : tr("edit participant", "deelnemer wijzigen");
  const auto &shown = p.before && !p.after.deleted ? *p.before : p.after;
  return std::string(verb) + " " +
         annotate::subjectText(shown.id, std::vector<Participant>{shown}).in(langCode());
}

std::string Workspace::undoText() const {
  if (!canUndo())
    return {};
  const Step &step = m_history[m_done - 1];
  const auto *cmd = m_undo.nextUndo();
  const std::string what = step.participant ? describeStep(step)
                           : cmd != nullptr ? describeEdit(*cmd, m_codebook, m_participants)
                                            : std::string();
  return std::string(tr("Undo: ", "Ongedaan maken: ")) + what;
}

std::string Workspace::redoText() const {
  if (!canRedo())
    return {};
  const Step &step = m_history[m_done];
  const auto *cmd = m_undo.nextRedo();
  const std::string what = step.participant ? describeStep(step)
                           : cmd != nullptr ? describeEdit(*cmd, m_codebook, m_participants)
                                            : std::string();
  return std::string(tr("Redo: ", "Opnieuw: ")) + what;
}

} // namespace spiegel::app::workspace
