#include "cli/review_cli.hpp"

#include "cli/store_cli.hpp"
#include "common/i18n.hpp"
#include "common/profile.hpp"
#include "common/review_messages.hpp"
#include "common/text_file.hpp"

#include <iostream>

namespace spiegel::app {

review::Identity cliIdentity(const std::optional<std::string> &reviewerName) {
  if (reviewerName) {
    if (trimmed(*reviewerName).empty())
      throw UsageError(tr("--reviewer needs your name.", "--reviewer heeft je naam nodig."));
    auto me = profileNamed(*reviewerName, std::nullopt);
    (void)rememberProfile(me); // unwritable config: this run only, like the window
    return me;
  }
  if (auto me = loadIdentity())
    return *me;
  throw UsageError(tr("Say who you are first: add --reviewer YOUR-NAME once (Spiegel remembers it; the window "
                      "uses the same).",
                      "Zeg eerst wie je bent: voeg één keer --reviewer JE-NAAM toe (Spiegel onthoudt het; het "
                      "venster gebruikt hetzelfde)."));
}

annotate::Uuid readerProfile(const std::optional<std::string> &reviewerName) {
  if (reviewerName)
    return cliIdentity(reviewerName).id;
  if (auto me = loadIdentity())
    return me->id;
  return {};
}

void sayHidden(int hidden) {
  if (hidden <= 0)
    return;
  std::cerr << tr("Not shown: ", "Niet getoond: ") << hidden
            << tr(" tags or ratings of reviewers who are still coding blind (or of everyone, until you reveal "
                  "yourself: spiegel round reveal).\n",
                  " tags of beoordelingen van beoordelaars die nog blind coderen (of van iedereen, tot je zelf je "
                  "werk laat zien: spiegel round reveal).\n");
}

std::unique_ptr<review::Workspace> openForEditing(const std::string &path, const review::Identity &me) {
  auto opened = review::Workspace::openProject(store::Project::open(path, cliOpenOptions(false)), me);
  check(opened.error, path);
  return std::move(*opened.value);
}

std::unique_ptr<review::Workspace> openForLooking(const std::string &path) {
  auto opened = review::Workspace::openProject(openForReading(path), std::nullopt);
  check(opened.error, path);
  return std::move(*opened.value);
}

annotate::Uuid participantByRole(review::Workspace &ws, const std::string &role) {
  if (role == annotate::kFamilySubject || role == "gezin")
    return annotate::kFamilySubject;
  for (const auto &q : ws.participants())
    if (q.role == role)
      return q.id;
  auto added = ws.addParticipant(role);
  check(added.error, ws.projectPath());
  return *added.value;
}

void check(const review::Error &error, const std::string &path) {
  using review::Problem;
  switch (error.problem) {
  case Problem::None:
    return;
  case Problem::Store:
    if (error.store)
      rethrowAsOption(*error.store);
    break;
  case Problem::InvalidValue:
    rethrowAsOption(store::StoreError(store::ErrorCode::BadValue, path, error.message.en, error.subject));
  default:
    break;
  }
  throw RefusedError(describe(error));
}

} // namespace spiegel::app
