#pragma once
// Deleting a recording with proof (issue #13 §2), for `spiegel delete` and
// the window: the files Spiegel made or keeps of a family's recording go —
// the vault beside the project and its key (without the key the vault's
// blocks are unreadable even where the disk keeps them), the thumbnail and
// waveform caches, and, when the user says so, the original file — each
// with its SHA-256 written to the audit log first (store::recordDeletion),
// and the project's tags and notes on it deleted unless kept.
//   const auto plan = planDeletion(project, rec, {.original = true});
//   show(plan.files);  if (confirmed) auto done = deleteRecording(project, plan);
// Clips exported from it are not known yet (the export of issue 15 will
// list them here). Any thread that owns the project.
#include "spiegel/store/project.hpp"

#include <string>
#include <vector>

namespace spiegel::app {

struct DeletionChoice {
  bool original = false; // also the recording file the project was made for (not Spiegel's own)
  bool keepWork = false; // keep the tags, ratings and notes in the project
};

struct DeletionPlan {
  store::Recording recording;
  DeletionChoice choice;
  std::vector<store::DestroyedFile> files; // what = "vault", "vault key", "recording"; sha256 filled in by delete
  int caches = 0;                          // thumbnail and waveform files in the user's cache
  std::string originalLeft;                // the original when it stays (not chosen), "" otherwise
};

// What a planned file is, in the user's language ("the recording file"),
// for the CLI's list and the window's dialog alike.
[[nodiscard]] std::string destroyedFileText(const std::string &what);

[[nodiscard]] DeletionPlan planDeletion(store::Project &project, const store::Recording &rec, DeletionChoice choice);

// Hashes, removes and records. Throws media::MediaError when a file cannot
// be read for its hash (nothing is removed then), store::StoreError when
// the project cannot be written (nothing is removed then either: the
// project is checked writable first). A file that cannot be removed after
// hashing is reported in the returned list's `failed`.
struct DeletionDone {
  std::vector<store::DestroyedFile> removed;
  std::vector<std::string> failed;
  int caches = 0;
};
[[nodiscard]] DeletionDone deleteRecording(store::Project &project, const DeletionPlan &plan);

} // namespace spiegel::app
