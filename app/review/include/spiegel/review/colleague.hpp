#pragma once
// Adding a colleague's work (issue #12 §1): members of an intervision group
// code the same recording in project files of their own; the group's
// project takes them in. Every file is read and checked first — it must
// hold this project's recording (the same fingerprint) and must not be the
// group's own file — and the good ones are merged by UUID in ONE store
// transaction (store::Project::mergeAll: newest edit wins, tombstones
// delete). Adding the same files again changes nothing.
//
//   auto r = addColleaguesWork(ws, {"sanne.spiegel", "bram.json"});
//   for (const auto &f : r.value->files) row(f.name, f.merged ? counts(f.report) : describe(f.refusal));
//
// Never throws. Threads: the caller's; with a Workspace, the UI thread.
#include "spiegel/review/result.hpp"
#include "spiegel/review/workspace.hpp"
#include "spiegel/store/project.hpp"

#include <string>
#include <vector>

namespace spiegel::review {

// What happens to the good files when another file is refused.
enum class ColleaguePolicy {
  MergeGoodOnes, // the good files are merged; each refused one says why (the window, the CLI's default)
  AllOrNothing,  // one refused file and nothing is merged
};

struct ColleagueFile {
  std::string path;                   // as given
  std::string name;                   // its file name, as the sentences name it
  std::string recordingTitle;         // of the file's recording ("" when it names none)
  std::vector<std::string> reviewers; // names of the reviewers whose work on it the file holds, sorted
  int tags = 0, ratings = 0;          // live tags and ratings on this recording that the file holds
  Error refusal;                      // why it was refused; Problem::None for a good file
  bool merged = false;                // its work is in the project now
  store::MergeReport report;          // what merging it did (when merged)
};

struct ColleagueMerge {
  std::vector<ColleagueFile> files; // one per path, in the order given
  store::MergeReport total;         // the sum over the merged files
  [[nodiscard]] int mergedCount() const;
  [[nodiscard]] int refusedCount() const;
};

// Checks and merges `paths` into `project`, whose recordings may be any of
// `fingerprints`. A file that cannot be read (Problem::Store with the
// store's error), is the project's own file (SameProject), has no
// fingerprint (NoFingerprint) or another recording (NotSameRecording) is
// refused; so is a file whose entries the store refuses (Problem::Store,
// BadValue naming the file). Fails as a whole only when the project itself
// cannot be written (read-only, full disk, busy): then nothing is merged.
[[nodiscard]] Result<ColleagueMerge> mergeColleagues(store::Project &project, const std::vector<std::string> &fingerprints,
                                                     const std::vector<std::string> &paths,
                                                     ColleaguePolicy policy = ColleaguePolicy::MergeGoodOnes);

// The same for the workspace's open recording; afterwards the workspace
// reloads, so a running blind round hides the new work as it hides the rest.
[[nodiscard]] Result<ColleagueMerge> addColleaguesWork(Workspace &ws, const std::vector<std::string> &paths,
                                                       ColleaguePolicy policy = ColleaguePolicy::MergeGoodOnes);

} // namespace spiegel::review
