#pragma once
// What a review operation hands back: the value, or an Error that says what
// went wrong as a code with its particulars. review/ has no language: app/
// turns an Error into one sentence (common/review_messages.hpp), the same
// sentence in the window and in the CLI. Operations never throw.
//   if (auto r = ws.tagNow(1, false, pos)) editor.open(*r.value); else toast(describe(r.error));
#include "spiegel/annotate/types.hpp"
#include "spiegel/store/error.hpp"

#include <optional>
#include <string>
#include <utility>

namespace spiegel::review {

// Why a review operation was refused or failed.
enum class Problem {
  None,
  Store,                // the project file: see Error::store
  OutOfMemory,
  Unexpected,           // anything else thrown below; Error::subject holds what()
  NoRecordingInProject, // a project without a recording cannot be reviewed
  NoName,               // a reviewer profile needs a name
  NoIdentity,           // nobody has said who they are yet: no edit is possible
  NothingToUndo,
  NothingToRedo,
  TagGone,              // deleted or undone in the meantime
  NotYours,             // another reviewer's tag; Error::subject = their name ("" when unknown)
  NoElementOnKey,       // Error::count = the key
  NoMarkIn,             // O without I
  NoSuchElement,        // Error::subject = the element key
  NoSuchIndicator,      // Error::subject = the indicator id
  ParticipantRemoved,   // a tag was given someone who is no longer there
  NoParticipantOnKey,   // Error::count = the F-key's number
  NewParticipantNeedsRole,
  ParticipantNeedsRole,
  ParticipantGone,
  ParticipantInUse,     // Error::count tags and Error::count2 ratings still refer to them
  NoSuchTag,            // a tag id (CLI) that the project does not have
  InvalidValue,         // a tag or rating the codebook or recording does not allow; Error::subject =
                        // the field ("element", "start", "value", …), Error::message says why
  RoundRunning,         // a coding round runs on this recording already
  NoRound,              // no coding round runs on this recording
  RevealedFinal,        // the current reviewer revealed in a blind round: their coding stays as it is
  RevealFirst,          // the consensus is agreed after one's own reveal (blind round)
  SameProject,          // a colleague's file that is this project's own file; Error::subject = its name
  NoFingerprint,        // a colleague's file whose recordings carry no fingerprint; Error::subject = its name
  NotSameRecording,     // a colleague's file of another recording; Error::subject = its name,
                        // Error::detail = that recording's title ("" when unknown)
  ThreadGone,           // a discussion thread deleted, undone, or not shown to this reviewer
  CommentGone,          // a comment deleted, undone, or not shown to this reviewer
  EmptyComment,         // a comment needs text
  CommentNotYours,      // another reviewer's comment; Error::subject = their name ("" when unknown)
  RecallGone,           // a recall session, moment or pause deleted or undone; Error::subject =
                        // "session", "moment" or "pause"
};

struct Error {
  Problem problem = Problem::None;
  std::string subject;                    // a name, key or id, as the Problem says
  long long count = 0, count2 = 0;        // numbers, as the Problem says
  annotate::Text message;                 // for Problem::InvalidValue (annotate's validation)
  std::optional<store::StoreError> store; // set for Problem::Store
  std::string detail;                     // a second particular, as the Problem says

  [[nodiscard]] static Error of(Problem p, std::string subject = {}, long long count = 0, long long count2 = 0) {
    return Error{p, std::move(subject), count, count2, {}, std::nullopt, {}};
  }
  [[nodiscard]] explicit operator bool() const { return problem != Problem::None; }
};

// The exception being handled, as an Error (inside a catch block only).
[[nodiscard]] Error currentError();

template <class T> struct Result {
  std::optional<T> value;
  Error error; // Problem::None when value is set

  static Result ok(T v) { return Result{std::move(v), {}}; }
  static Result fail(Error e) { return Result{std::nullopt, std::move(e)}; }
  [[nodiscard]] explicit operator bool() const { return value.has_value(); }
};

// For operations without a value.
struct Status {
  Error error; // Problem::None = done
  static Status ok() { return {}; }
  static Status fail(Error e) { return Status{std::move(e)}; }
  [[nodiscard]] explicit operator bool() const { return !error; }
};

} // namespace spiegel::review
