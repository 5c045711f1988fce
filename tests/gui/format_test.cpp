#include "common/i18n.hpp"
#include "gui/shell/format.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>

using namespace spiegel::app;

TEST_CASE("format: sizes use the decimal mark of the language", "[format]") {
  setLanguage(Lang::En);
  CHECK(gui::formatSize(15'200'000) == "15.2 MB");
  CHECK(gui::formatSize(1'250'000'000) == "1.25 GB");
  CHECK(gui::formatSize(999) == "999 B");
  setLanguage(Lang::Nl);
  CHECK(gui::formatSize(15'200'000) == "15,2 MB");
  CHECK(gui::formatSize(1'250'000'000) == "1,25 GB");
  CHECK(gui::formatSize(12'000) == "12 KB");
  setLanguage(Lang::En);
}

TEST_CASE("language: SPIEGEL_LANG, when set, wins over the saved choice", "[format]") {
  ::setenv("SPIEGEL_LANG", "nl", 1);
  CHECK(languageForcedByEnvironment());
  CHECK(languageFromEnvironment() == Lang::Nl);
  ::setenv("SPIEGEL_LANG", "", 1);
  CHECK_FALSE(languageForcedByEnvironment());
  ::unsetenv("SPIEGEL_LANG");
  CHECK_FALSE(languageForcedByEnvironment());
}
