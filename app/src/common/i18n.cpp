#include "common/i18n.hpp"

#include <atomic>
#include <cstdlib>
#include <string>

namespace spiegel::app {
namespace {
// Written once at start-up (and from the settings menu on the UI thread);
// read from anywhere. Atomic so a background thread formatting a message
// never races with a language switch.
std::atomic<Lang> g_lang{Lang::En};
} // namespace

Lang language() { return g_lang.load(std::memory_order_relaxed); }
void setLanguage(Lang lang) { g_lang.store(lang, std::memory_order_relaxed); }

bool languageForcedByEnvironment() {
  const char *v = std::getenv("SPIEGEL_LANG");
  return v != nullptr && *v != '\0';
}

Lang languageFromEnvironment() {
  for (const char *var : {"SPIEGEL_LANG", "LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char *v = std::getenv(var);
    if (v == nullptr || *v == '\0')
      continue;
    const std::string s(v);
    return s.rfind("nl", 0) == 0 ? Lang::Nl : Lang::En;
  }
  return Lang::En;
}

} // namespace spiegel::app
