#pragma once
// The reviewer's open session on one project and one recording: everything
// the workspace GUI needs that is not drawing. Every edit goes through the
// undo stack into the project file (on disk when the call returns) and into
// the in-memory TagIndex / ratings, then bumps revision().
//
//   auto opened = Workspace::openProject("gesprek.spiegel", loadIdentity());
//   if (!opened) return showError(opened.error);
//   Workspace &ws = **opened.value;
//   if (auto tag = ws.tagNow(1, false, player.position())) editor.open(*tag.value);
//   if (ws.canUndo()) menu.item(ws.undoText());
//
// Operations never throw: they return the value or one sentence in the
// current language (Result / Status). Threads: UI thread only (the Project
// owns one SQLite connection).
#include "spiegel/review/identity.hpp"
#include "spiegel/review/result.hpp"
#include "spiegel/review/settings.hpp"

#include "spiegel/annotate/consent.hpp"
#include "spiegel/annotate/retention.hpp"
#include "spiegel/annotate/discussion.hpp"
#include "spiegel/annotate/recall.hpp"
#include "spiegel/annotate/round.hpp"
#include "spiegel/annotate/tag_index.hpp"
#include "spiegel/annotate/undo_stack.hpp"
#include "spiegel/store/project.hpp"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace spiegel::review {

using annotate::Annotation;
using annotate::Codebook;
using annotate::Participant;
using annotate::Rating;
using annotate::Reviewer;
using annotate::UnixMillis;
using annotate::Uuid;
using annotate::Valence;

// What review/ needs to know of a recording to make a project for it; app/
// probes the file (media/) and fills it in.
struct RecordingFacts {
  std::string path;        // as given; stored absolute
  std::string fingerprint; // media::fingerprint() of the file
  annotate::Micros duration = 0;
  std::string title; // of the project and the recording; empty: the file's name without extension
};

// A tag with every field given, for addTag().
struct NewTag {
  annotate::Micros start = 0, end = 0;
  std::string element;
  Valence valence = Valence::Positive;
  std::optional<std::string> indicator;
  std::vector<Uuid> participants; // participant ids or annotate::kFamilySubject
  std::string note;
};

// Where a new project for a recording would go.
struct ProjectSuggestion {
  std::string path;    // <folder of the recording>/<name without extension>.spiegel
  bool exists = false; // a project is there already: offer to open it instead
};

class Workspace {
  // The process-wide revision counter.
  [[nodiscard]] static std::uint64_t nextRevision();

public:
  // F1–F8 toggle the first eight participants.
  static constexpr int kParticipantSlots = 8;

  // --- opening. `identity` may be nullopt (first start): then every edit
  // is refused (Problem::NoIdentity) until switchReviewer().
  [[nodiscard]] static Result<std::unique_ptr<Workspace>> openProject(const std::string &projectPath,
                                                                      std::optional<Identity> identity);
  // The same on a project the caller opened (with its own OpenOptions).
  [[nodiscard]] static Result<std::unique_ptr<Workspace>> openProject(store::Project project,
                                                                      std::optional<Identity> identity);
  // Writes a new project at projectPath for the recording, with `codebook`
  // (app/ reads the default one from its assets), and opens it.
  [[nodiscard]] static Result<std::unique_ptr<Workspace>> createProject(const std::string &projectPath,
                                                                        const RecordingFacts &recording,
                                                                        const Codebook &codebook,
                                                                        std::optional<Identity> identity);
  [[nodiscard]] static ProjectSuggestion suggestProjectPath(const std::string &recordingPath);

  Workspace(const Workspace &) = delete;
  Workspace &operator=(const Workspace &) = delete;
  ~Workspace();

  // --- what is open
  [[nodiscard]] const std::string &projectPath() const;
  [[nodiscard]] const store::Recording &recording() const { return m_recording; }
  // The media file to play; empty when the recording cannot be found (offer relink()).
  [[nodiscard]] const std::string &mediaPath() const { return m_mediaPath; }
  [[nodiscard]] bool recordingMissing() const { return m_mediaPath.empty(); }
  // Deleted with proof (store::Project::recordDeletion blanks its paths):
  // nothing to play and nothing to look for.
  [[nodiscard]] bool recordingDeleted() const {
    return m_mediaPath.empty() && m_recording.path.empty() && m_recording.relativePath.empty();
  }
  [[nodiscard]] annotate::Micros duration() const { return m_recording.duration; }
  [[nodiscard]] const Codebook &codebook() const { return m_codebook; }
  // Live tags of this recording of every reviewer whose work roundView()
  // shows (everyone's outside a blind round; the current reviewer's always).
  [[nodiscard]] const annotate::TagIndex &tags() const { return m_index; }
  // Live ratings of this recording, of the reviewers tags() shows.
  [[nodiscard]] const std::vector<Rating> &ratings() const { return m_ratings; }
  // Live participants in display order (F1 = first).
  [[nodiscard]] const std::vector<Participant> &participants() const { return m_participants; }
  [[nodiscard]] const Participant *participant(const Uuid &id) const;
  // Live reviewers of the project whose work is shown (the current one only
  // after its first edit).
  [[nodiscard]] const std::vector<Reviewer> &reviewers() const { return m_reviewers; }
  // Any live reviewer of the project by id, shown or not (for names).
  [[nodiscard]] const Reviewer *reviewer(const Uuid &id) const;
  // Direct access for reading (exports, audit). Writing through it bypasses
  // undo and the in-memory copies: call reload() afterwards.
  [[nodiscard]] store::Project &project() { return *m_project; }
  // Re-reads tags, ratings, participants and reviewers from the file.
  Status reload();
  // Changes with every edit, undo, redo, reload, relink, reviewer switch:
  // models rebuild when it differs from the one they saw. Unique in the
  // process (one counter for every Workspace), so a project opened later,
  // even at the same address, never shows an earlier one's cached rows.
  [[nodiscard]] std::uint64_t revision() const { return m_revision; }
  // Unix ms of the last write that reached the file (0: none this session).
  [[nodiscard]] UnixMillis lastSavedAt() const { return m_lastSavedAt; }
  // The project file or its folder may not be written: it can be watched
  // and read, and every edit is refused with one sentence.
  [[nodiscard]] bool readOnly() const { return m_project->readOnly(); }

  // --- who is reviewing: a reviewer profile (Identity::id). Its row is
  // written into the project on the first edit, with the profile's id, and
  // found again by that id — never by name, so typing a colleague's name
  // makes a new reviewer. A profile without an id gets one for this session.
  [[nodiscard]] const std::optional<Identity> &identity() const { return m_identity; }
  // The current reviewer's row, when it is in the project already.
  [[nodiscard]] std::optional<Uuid> currentReviewerId() const;
  // Switches who tags and rates from now on; clears the undo history (one
  // person must not undo another's work by accident) and the span mark.
  Status switchReviewer(const Identity &identity);

  // --- settings (reaction offset, pre-roll, pause when tagging)
  [[nodiscard]] const WorkspaceSettings &settings() const { return m_settings; }
  void setSettings(const WorkspaceSettings &s);

  // The recording file open now holds only [0, end) (an incomplete copy,
  // media::MediaInfo::playable); nullopt: all of it. Tag times are then kept
  // before `end` too, so no tag lands in the missing stretch.
  void setPlayableEnd(std::optional<annotate::Micros> end) { m_playableEnd = end; }

  // --- tagging while watching. Times are clamped to [0, duration]; the
  // reaction offset is subtracted first. New tags get the current
  // participants. Returns the new tag's id (open the editor on it).
  [[nodiscard]] Result<Uuid> tagNow(int hotkey, bool negative, annotate::Micros playbackPos);
  [[nodiscard]] Result<Uuid> tagNow(std::string_view elementKey, bool negative, annotate::Micros playbackPos);
  // I: remembers the start of a span (replaces an earlier mark). The open
  // span's element starts as that of this session's last new tag, else the
  // codebook's first element; its valence as positive.
  Status markIn(annotate::Micros playbackPos);
  [[nodiscard]] const std::optional<annotate::Micros> &markedIn() const { return m_markIn; }
  // The open span's element key and valence (meaningful while markedIn()).
  [[nodiscard]] const std::string &markElement() const { return m_markElement; }
  [[nodiscard]] Valence markValence() const { return m_markValence; }
  // 1–4 / Shift+1–4 while a span is open: its element (by hotkey) and
  // valence. Refused without a mark (NoMarkIn) or an element on the key.
  Status chooseMarkElement(int hotkey, bool negative);
  void cancelMark() {
    m_markIn.reset();
    m_revision = nextRevision();
  }
  // O: makes a span tag from the mark to here (swapped when O is before I)
  // and clears the mark. Without a mark it refuses with a sentence. The
  // element and valence default to the open span's (markElement(),
  // markValence()).
  [[nodiscard]] Result<Uuid> markOut(annotate::Micros playbackPos, std::optional<std::string> elementKey = {},
                                     std::optional<bool> negative = {});

  // A tag at a given time with every field (the CLI's `tags add`): checked
  // against the codebook and the recording first (Problem::InvalidValue with
  // the field), so a refused tag writes nothing, not even the reviewer; then
  // one undoable edit of the current reviewer.
  [[nodiscard]] Result<Uuid> addTag(const NewTag &tag);
  // addTag()'s checks alone (time, element, indicator, valence; participants).
  [[nodiscard]] Status checkTag(const NewTag &tag) const;

  // --- the coding round on this recording (annotate/round.hpp; its
  // operations in src/round/round.cpp)
  // The running round, or nullptr.
  [[nodiscard]] const annotate::CodingRound *round() const;
  // What the current reviewer is shown, the round's status and who is
  // still coding. Rebuilt with every reload and reviewer switch.
  [[nodiscard]] const annotate::RoundView &roundView() const { return m_view; }
  // Starts a round on this recording, facilitated by the current reviewer
  // (written into the project as a reviewer row first). Names in `members`
  // are matched to the project's reviewers (profile when one carries the
  // name, else kept as a name). Refused: NoIdentity, RoundRunning (one runs
  // already), read-only.
  Status startRound(bool blind, const std::vector<std::string> &memberNames);
  // "I am done": logged and final. In a blind round the current reviewer
  // then sees the revealed work of the others, and their own tags and
  // ratings on this recording stay as they are (RevealedFinal). Refused:
  // NoRound, NoIdentity; revealing twice is Ok and changes nothing.
  Status reveal();
  // Ok unless the current reviewer revealed in a blind round (RevealedFinal).
  [[nodiscard]] Status mayStillCode() const;

  // --- the round's consensus layer (src/round/consensus.cpp): ratings and
  // tags the group agreed after the reveal, stored under the round's
  // consensus reviewer row with the rows who agreed (agreedBy: everyone
  // shown who revealed, and the writer). Any member who has revealed may
  // write it (in an open round anyone); undoable like every edit.
  // Ok, or NoRound, NoIdentity, RevealFirst (blind, not revealed yet).
  [[nodiscard]] Status mayAgree() const;
  // The consensus row of the running round, once something was agreed.
  [[nodiscard]] std::optional<Uuid> consensusReviewerId() const;
  [[nodiscard]] bool isConsensusTag(const Annotation &tag) const;
  [[nodiscard]] const Rating *consensusRating(const std::string &subject, const std::string &element) const;
  // Checked against the codebook like setRating; then mayAgree().
  Status setConsensusRating(const std::string &subject, const std::string &element, int value,
                            const std::string &rationale = {});
  Status clearConsensusRating(const std::string &subject, const std::string &element);
  // A copy of a shown tag as a consensus tag (its id); a consensus tag
  // itself gives its own id back. New consensus tags are made this way from
  // any member's tag, then edited like any tag.
  [[nodiscard]] Result<Uuid> promoteToConsensus(const Uuid &tag);
  // --- discussion on moments (annotate/discussion.hpp; src/discussion/).
  // Threads of this recording the current reviewer is shown (showsThread:
  // in a blind round comments are their author's work), newest activity
  // first; comments(): the shown comments of those threads. Rebuilt with
  // every edit, undo, reload and reviewer switch.
  [[nodiscard]] const std::vector<annotate::Thread> &threads() const { return m_threads; }
  [[nodiscard]] const std::vector<annotate::Comment> &comments() const { return m_comments; }
  [[nodiscard]] const annotate::Thread *thread(const Uuid &id) const;
  [[nodiscard]] const annotate::Comment *comment(const Uuid &id) const;
  // The shown thread on this tag (the one with the newest activity), or nullptr.
  [[nodiscard]] const annotate::Thread *threadOnTag(const Uuid &tag) const;
  // Starts a thread with its first comment, as one undoable step (undo
  // hides both). On a tag the current reviewer is shown (any reviewer's:
  // discussing is not changing), or on a stretch of the recording (times
  // clamped, swapped when reversed). Refused: NoIdentity, TagGone,
  // EmptyComment, read-only (Store). Not refused after a reveal.
  [[nodiscard]] Result<Uuid> startThread(const Uuid &tag, const std::string &text);
  [[nodiscard]] Result<Uuid> startThread(annotate::Micros start, annotate::Micros end, const std::string &text);
  // A comment in a shown thread; `parent` the shown comment replied to, ""
  // for one on the thread. Refused: ThreadGone, CommentGone, EmptyComment.
  [[nodiscard]] Result<Uuid> reply(const Uuid &thread, const Uuid &parent, const std::string &text);
  // Only a comment's author edits or deletes it (CommentNotYours, like tags).
  Status editComment(const Uuid &comment, const std::string &text);
  Status deleteComment(const Uuid &comment);
  [[nodiscard]] bool canEditComment(const annotate::Comment &c) const;
  // Anyone in the group may resolve or reopen a shown thread.
  Status setResolved(const Uuid &thread, bool resolved);

  // --- consent (annotate/consent.hpp; src/consent/). The live consent
  // records of this recording. Saving is not in the undo history: a record
  // is a fact written down (a change of mind is a new state, a withdrawal
  // its own record), and each save is audited. saveConsent sets
  // c.recording; refused: NoIdentity (who recorded it must be known),
  // read-only or a bad value (Store, BadValue naming the field).
  [[nodiscard]] const std::vector<annotate::Consent> &consents() const { return m_consents; }
  [[nodiscard]] Result<Uuid> saveConsent(annotate::Consent c);
  // The day of recording and the day to delete it by ("YYYY-MM-DD", "" =
  // not known), audited like a consent record and not undoable either.
  // Refused: read-only, a bad day (Store, BadValue).
  Status setRecordingDays(const std::string &recordedOn, const std::string &retainUntil);
  // The one consent check (annotate::checkConsent) for this recording, with
  // its people, records and day of recording.
  [[nodiscard]] annotate::ConsentVerdict consentFor(const annotate::ConsentQuery &query) const;
  // How long its consents allow keeping the recording (annotate/retention.hpp);
  // nullopt while the day of recording is not known.
  [[nodiscard]] std::optional<annotate::RetentionAdvice> retentionAdvice(const annotate::RetentionRules &rules) const;

  // --- recall sessions on this recording (annotate/recall.hpp;
  // src/recall/). Anyone reviewing prepares and runs them (NoIdentity
  // otherwise); every change is one step of the one undo history, typing
  // in one answer or one session's texts within 2 s undoes as one, and
  // adding several moments at once is one step. A session, moment or pause
  // gone in the meantime is RecallGone. Lists are rebuilt with every edit.
  // The live sessions, in the order made.
  [[nodiscard]] const std::vector<annotate::RecallSession> &recallSessions() const { return m_recallSessions; }
  [[nodiscard]] const annotate::RecallSession *recallSession(const Uuid &id) const;
  // A session's live moments in playing order, and its live pauses in the
  // order made.
  [[nodiscard]] std::vector<annotate::RecallMoment> recallMoments(const Uuid &session) const;
  [[nodiscard]] std::vector<annotate::RecallPause> recallPauses(const Uuid &session) const;
  [[nodiscard]] const annotate::RecallPause *recallPause(const Uuid &id) const;
  // A new session prepared by the current reviewer (its createdBy).
  [[nodiscard]] Result<Uuid> newRecallSession(const std::string &title, annotate::Purpose purpose,
                                              const std::string &method = {});
  // Title, purpose, method, day held, lessons, the SKJ dimensions, minutes.
  Status editRecallSession(const annotate::RecallSession &after);
  Status deleteRecallSession(const Uuid &session);
  // Appends moments after the session's last (ranks given anew, session set);
  // a moment of a tag the session holds already is left out. The number added.
  [[nodiscard]] Result<int> addRecallMoments(const Uuid &session, std::vector<annotate::RecallMoment> moments);
  Status editRecallMoment(const annotate::RecallMoment &after); // rolls, prompt
  // One place earlier (-1) or later (+1) in the playing order; Ok and
  // nothing changes at either end.
  Status moveRecallMoment(const Uuid &moment, int direction);
  Status removeRecallMoment(const Uuid &moment);
  // A pause: where, by whom, in which moment ("" between moments), the prompt shown.
  [[nodiscard]] Result<Uuid> pauseRecall(const Uuid &session, const Uuid &moment, annotate::Micros at,
                                         annotate::PausedBy by, const std::string &prompt);
  Status editRecallPause(const annotate::RecallPause &after); // prompt, answer, for-later, audio
  Status deleteRecallPause(const Uuid &pause);
  // The one consent check for a session: its purpose, everyone in the
  // recording (a session replays moments of the whole conversation).
  [[nodiscard]] annotate::ConsentVerdict consentForRecall(const annotate::RecallSession &s,
                                                          annotate::CivilDate today) const;

  // --- uses that change nothing, for the audit log (issue #13 §3): the
  // project opened in the window, and its playback started (once per
  // opening). Never fails: a read-only project logs nothing.
  enum class Use { Opened, PlaybackStarted };
  void noteUse(Use use);

  // --- who may change a tag: only its own reviewer (independent coding; in
  // intervision one person must never alter a colleague's codes). Every
  // tag-changing operation below (editor, timeline, delete) refuses another
  // reviewer's tag with checkOwner()'s error and leaves the file as it was.
  [[nodiscard]] bool canEdit(const Annotation &tag) const;
  // The tag's reviewer's display name ("Sanne", "Sanne (2)" when two share
  // a name); "" when the project does not know them.
  [[nodiscard]] std::string ownerName(const Annotation &tag) const;
  // The current reviewer's display name ("Sanne (2)" beside another Sanne);
  // "" when nobody is reviewing.
  [[nodiscard]] std::string myName() const;
  // Every reviewer's display name by reviewer id (annotate::reviewerNames).
  [[nodiscard]] const std::unordered_map<Uuid, std::string> &reviewerNames() const { return m_reviewerNames; }
  // Ok when canEdit(tag); else Problem::NotYours with the owner's name.
  [[nodiscard]] Status checkOwner(const Annotation &tag) const;

  // --- the tag editor. Each is one undoable edit.
  // Sets (or with nullopt clears) the indicator; the tag takes the
  // indicator's element and valence.
  Status setIndicator(const Uuid &tag, std::optional<std::string> indicatorId);
  Status setElement(const Uuid &tag, const std::string &elementKey); // drops an indicator of another element
  Status setValence(const Uuid &tag, Valence valence);               // drops an indicator of the other valence
  // Consecutive note edits of one tag within 2 s undo as one step.
  Status setNote(const Uuid &tag, const std::string &note);
  // Sets the tag's participants; the current selection (the next tags'
  // people) stays as it is: pinParticipants() makes them the selection.
  Status setParticipants(const Uuid &tag, const std::vector<Uuid> &participants);
  // F1–F8: toggles participant `slot` (1-based, display order) in that tag
  // only when one is given, else in the current selection.
  Status toggleParticipant(int slot, const std::optional<Uuid> &tag = {});
  // The people new tags get (F1–F8 with no tag editor open, or a pin).
  [[nodiscard]] const std::vector<Uuid> &currentParticipants() const { return m_currentParticipants; }
  void setCurrentParticipants(std::vector<Uuid> participants);
  // The tag's people become the current selection (the editor's pin).
  Status pinParticipants(const Uuid &tag);

  // --- the timeline
  Status moveTag(const Uuid &tag, annotate::Micros newStart); // keeps the length, stays inside the recording
  Status resizeTag(const Uuid &tag, annotate::Micros newStart,
                   annotate::Micros newEnd); // swapped when reversed
  Status deleteTag(const Uuid &tag);

  // --- undo / redo of every edit: tags, ratings, participants, one history
  Status undo();
  Status redo();
  [[nodiscard]] bool canUndo() const { return m_undo.canUndo(); }
  [[nodiscard]] bool canRedo() const { return m_undo.canRedo(); }
  // The edit undo()/redo() would act on (for "Undo: add tag …"), or nullptr.
  [[nodiscard]] const annotate::EditCommand *nextUndo() const { return m_undo.nextUndo(); }
  [[nodiscard]] const annotate::EditCommand *nextRedo() const { return m_undo.nextRedo(); }
  // How many edits that step holds (several moments added at once: more than one).
  [[nodiscard]] std::size_t nextUndoSize() const { return m_undo.nextUndoSize(); }
  [[nodiscard]] std::size_t nextRedoSize() const { return m_undo.nextRedoSize(); }

  // --- ratings of the current reviewer. subject: participant id or
  // annotate::kFamilySubject. A value, element or subject the codebook does
  // not allow is refused (Problem::InvalidValue) before anything is written.
  Status setRating(const std::string &subject, const std::string &element, int value,
                   const std::string &rationale = {});
  Status clearRating(const std::string &subject, const std::string &element);
  // The current reviewer's live rating of subject × element, if any.
  [[nodiscard]] const Rating *myRating(const std::string &subject, const std::string &element) const;

  // --- participants (undoable like the rest: "Undo: add participant mother")
  [[nodiscard]] Result<Uuid> addParticipant(const std::string &role, const std::string &alias = {},
                                            const std::string &colour = {},
                                            std::optional<annotate::ParticipantKind> kind = {});
  Status updateParticipant(const Participant &p);
  // Refused with a sentence while live tags or ratings refer to the person
  // (so is undoing the add of someone who has been tagged since).
  Status removeParticipant(const Uuid &id);

  // --- a recording that moved: looks next to the project and in `folder`
  // (3 levels deep) for a file whose `fingerprint` matches the recording's.
  // Ok(true) when found (mediaPath() is set), Ok(false) when not.
  [[nodiscard]] Result<bool> relink(const std::string &folder, const store::Fingerprinter &fingerprint);
  // Reads the recording's row again after its file was changed through
  // project() (kept encrypted: common/keep_encrypted); mediaPath() follows.
  Status reloadRecording();

  // Test hook: the wall clock used for updatedAt and note merging (Unix ms).
  void setClock(std::function<UnixMillis()> clock) { m_clock = std::move(clock); }

private:
  class Target;
  Workspace(store::Project project, std::optional<Identity> identity);
  Status init();
  [[nodiscard]] UnixMillis now() const;
  void changed(bool saved);
  Status ensureReviewer();
  [[nodiscard]] static Identity withProfile(Identity identity);
  // Sets m_reviewerId (and m_claim) for m_identity from m_reviewers.
  void findMyRow();
  void refreshNames(); // m_reviewerNames of m_reviewers and, before their first edit, the current reviewer
  [[nodiscard]] annotate::Micros clampTime(annotate::Micros t) const;
  // The last time a tag may take: the duration, or the playable end when less.
  [[nodiscard]] annotate::Micros lastTagTime() const;
  [[nodiscard]] Result<Uuid> makeTag(const std::string &element, bool negative, annotate::Micros start,
                                     annotate::Micros end);
  // Ok when every id is a live participant (or the family).
  [[nodiscard]] Status checkParticipants(const std::vector<Uuid> &participants) const;
  // A rating's value, element and subject against the codebook and the
  // people (InvalidValue, ParticipantGone …), before anything is written.
  [[nodiscard]] Status checkRating(const std::string &subject, const std::string &element, int value) const;
  Status execute(annotate::EditCommand cmd);
  // Several commands as one step of the history (recall moments picked at once).
  Status execute(std::vector<annotate::EditCommand> cmds);
  // Ok when `current` exists, someone is reviewing and it is theirs.
  [[nodiscard]] Status mayChange(const Annotation *current) const;
  // Ok when undoing (undo == true) or redoing `cmd` may happen now: a tag
  // must be the current reviewer's own, and a participant may not be
  // removed while tags or ratings refer to them.
  [[nodiscard]] Status mayReplay(const annotate::EditCommand &cmd, bool undo) const;
  Status editTag(const Uuid &tag, const std::function<void(Annotation &)> &change);
  void refreshPeople();
  void refreshView(); // m_view and m_reviewers from m_rounds, m_reveals, m_allReviewers
  [[nodiscard]] Result<Uuid> ensureConsensusRow(); // mayAgree(), then the round's consensus row
  [[nodiscard]] std::vector<Uuid> agreeingNow() const;
  // Whether an annotation/rating command writes the consensus layer.
  [[nodiscard]] bool writesConsensus(const annotate::EditCommand &cmd) const;
  Status failAndReload(); // in a catch block: reload from the file, return the error
  // Ok when no live tag or rating refers to the participant; else the sentence to show.
  [[nodiscard]] Status checkUnused(const Uuid &id) const;
  void refreshRating(const Uuid &id);
  void refreshDiscussion(); // m_threads, m_comments from the file and m_view
  void refreshConsents();   // m_consents and m_recording's days from the file
  [[nodiscard]] Result<Uuid> openThread(annotate::Thread t, const std::string &text);
  void refreshRecall(); // m_recallSessions, m_recallMoments, m_recallPauses from the file
  [[nodiscard]] const annotate::RecallMoment *recallMoment(const Uuid &id) const;
  [[nodiscard]] Status checkCommentAuthor(const annotate::Comment &c) const;

  std::unique_ptr<store::Project> m_project;
  store::Recording m_recording;
  std::string m_mediaPath;
  Codebook m_codebook;
  std::optional<Identity> m_identity;
  std::optional<Uuid> m_reviewerId; // set once the reviewer row exists
  bool m_claim = false; // m_reviewerId is a name-only row that the first edit claims (Identity::legacyName)
  WorkspaceSettings m_settings;
  annotate::UndoStack m_undo; // the one history of this session
  annotate::TagIndex m_index;
  std::vector<Rating> m_ratings;
  std::vector<Participant> m_participants;
  std::vector<Reviewer> m_allReviewers; // every live reviewer (names, my row)
  std::vector<Reviewer> m_reviewers;    // of them, those m_view shows
  std::vector<annotate::CodingRound> m_rounds;
  std::vector<annotate::Reveal> m_reveals;
  annotate::RoundView m_view;
  std::vector<annotate::Thread> m_threads;   // shown, newest activity first
  std::vector<annotate::Comment> m_comments; // shown, of m_threads
  std::vector<annotate::Consent> m_consents; // live, of m_recording
  std::vector<annotate::RecallSession> m_recallSessions; // live, of m_recording
  std::vector<annotate::RecallMoment> m_recallMoments;   // live, of m_recallSessions
  std::vector<annotate::RecallPause> m_recallPauses;     // live, of m_recallSessions
  bool m_playbackNoted = false;              // noteUse(PlaybackStarted) logged this opening
  std::unordered_map<Uuid, std::string> m_reviewerNames; // of m_reviewers, kept with it
  std::vector<Uuid> m_currentParticipants;
  std::optional<annotate::Micros> m_markIn;
  std::string m_markElement; // the open span's, see markElement()
  Valence m_markValence = Valence::Positive;
  std::optional<annotate::Micros> m_playableEnd; // see setPlayableEnd
  std::string m_lastElement;
  std::uint64_t m_revision = nextRevision();
  UnixMillis m_lastSavedAt = 0;
  std::function<UnixMillis()> m_clock;
};

} // namespace spiegel::review
