// The sentences for store and media errors (app/src/common/*_messages.cpp),
// in both languages, including the SQLite failures a user can actually meet.
#include <catch2/catch.hpp>

#include "common/i18n.hpp"
#include "common/media_messages.hpp"
#include "common/store_messages.hpp"
#include "spiegel/store/project.hpp"

#include <filesystem>
#include <set>

using namespace spiegel;
using store::ErrorCode;
using store::StoreError;

namespace {

// Restores the language a test case changed.
struct LanguageScope {
  app::Lang saved = app::language();
  explicit LanguageScope(app::Lang lang) { app::setLanguage(lang); }
  ~LanguageScope() { app::setLanguage(saved); }
};

bool has(const std::string &text, const std::string &part) {
  return text.find(part) != std::string::npos;
}

struct Case {
  ErrorCode code;
  const char *sqliteText; // what SQLite would have said
  const char *en;         // a part of the English sentence: what to do
  const char *nl;         // the same in Dutch
};

// Every situation SQLite reports that a user can meet, with the advice.
const Case kSqliteCases[] = {
    {ErrorCode::DiskFull, "insert annotation: database or disk is full", "free some space", "maak ruimte vrij"},
    {ErrorCode::ReadOnly, "attempt to write a readonly database", "copy it to a folder you can write to",
     "kopieer het naar een map waarin je mag schrijven"},
    {ErrorCode::Busy, "database is locked", "try again when it is done", "probeer het opnieuw als dat klaar is"},
    {ErrorCode::Corrupt, "database disk image is malformed", "use a backup", "gebruik een reservekopie"},
    {ErrorCode::NotAProject, "file is not a database", "choose a .spiegel file", "kies een .spiegel-bestand"},
    {ErrorCode::CannotOpen, "unable to open database file", "check the folder and its permissions",
     "controleer de map en de rechten"},
    {ErrorCode::DiskIo, "commit: disk I/O error", "check that it is still connected",
     "controleer dan of die nog verbonden is"},
    {ErrorCode::TooNew, "schema version 99", "update Spiegel", "werk Spiegel bij"},
};

} // namespace

TEST_CASE("store messages: SQLite failures get a sentence with advice in both languages", "[messages]") {
  std::set<std::string> seen;
  for (const auto &c : kSqliteCases) {
    const StoreError e(c.code, "/data/gesprek.spiegel", c.sqliteText);
    CAPTURE(c.sqliteText);
    std::string en, nl;
    {
      LanguageScope lang(app::Lang::En);
      en = app::describe(e);
    }
    {
      LanguageScope lang(app::Lang::Nl);
      nl = app::describe(e);
    }
    CAPTURE(en, nl);
    CHECK(has(en, "/data/gesprek.spiegel"));
    CHECK(has(nl, "/data/gesprek.spiegel"));
    CHECK(has(en, c.en));
    CHECK(has(nl, c.nl));
    // SQLite's English words are not repeated: the sentence says it all.
    CHECK_FALSE(has(en, c.sqliteText));
    CHECK_FALSE(has(nl, c.sqliteText));
    CHECK(en != nl);
    CHECK(seen.insert(en).second); // each situation its own sentence
  }
}

TEST_CASE("store messages: the raw detail stays where it adds information", "[messages]") {
  LanguageScope lang(app::Lang::Nl);
  // Which field of a package is wrong.
  const auto bad = app::describe(StoreError(ErrorCode::BadPackage, "a.json", "expected a string", "annotations[3].note"));
  CHECK(has(bad, "annotations[3].note"));
  CHECK(has(bad, "expected a string"));
  CHECK(has(bad, "er is niets geïmporteerd"));
  // An unclassified failure: the detail is all there is to go on.
  const auto other = app::describe(StoreError(ErrorCode::Io, "p.spiegel", "out of memory"));
  CHECK(has(other, "out of memory"));
  CHECK(has(other, "Kan niet lezen of schrijven"));
}

TEST_CASE("store messages: a project in a folder that does not exist cannot be opened", "[messages]") {
  const auto path = std::filesystem::path(SPIEGEL_TEST_TMP) / "store_messages" / "no" / "such" / "p.spiegel";
  std::filesystem::remove_all(path.parent_path().parent_path().parent_path());
  try {
    (void)store::Project::create(path.string(), {});
    FAIL("created a project in a missing folder");
  } catch (const StoreError &e) {
    CHECK(e.code() == ErrorCode::CannotOpen);
    LanguageScope lang(app::Lang::En);
    CHECK(has(app::describe(e), "the folder does not exist or you have no access to it"));
  }
}

TEST_CASE("media messages: every code but Internal has its own advice in both languages", "[messages]") {
  using media::ErrorCode;
  std::set<std::string> seen;
  for (const auto code : {ErrorCode::FileNotFound, ErrorCode::IsDirectory, ErrorCode::EmptyFile,
                          ErrorCode::PermissionDenied, ErrorCode::NotMedia, ErrorCode::Truncated,
                          ErrorCode::UnsupportedCodec, ErrorCode::NoStreams, ErrorCode::NoVideo, ErrorCode::ReadFailed,
                          ErrorCode::EncodeFailed}) {
    const media::MediaError e(code, "/data/gesprek.mp4", "ffmpeg words");
    for (const auto lang : {app::Lang::En, app::Lang::Nl}) {
      LanguageScope scope(lang);
      const auto text = app::describe(e);
      CAPTURE(text);
      CHECK(has(text, "gesprek.mp4"));
      CHECK_FALSE(has(text, "ffmpeg words")); // the sentence says it all
      CHECK(seen.insert(text).second);
    }
  }
  LanguageScope scope(app::Lang::Nl);
  const auto internal = app::describe(media::MediaError(ErrorCode::Internal, "x.mp4", "ffmpeg words"));
  CHECK(has(internal, "ffmpeg words"));
  CHECK(has(internal, "kon niet worden verwerkt"));
}
