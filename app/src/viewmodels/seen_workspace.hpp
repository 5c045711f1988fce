#pragma once
// What a view model was last built from: the workspace, its revision and
// the language. changed() says whether to rebuild, and remembers the new
// state when it does:
//   bool refresh(const Workspace &ws) { if (!m_seen.changed(ws)) return false; build(ws); return true; }
// UI thread only.
#include "common/i18n.hpp"
#include "spiegel/review/workspace.hpp"

#include <cstdint>
#include <string>

namespace spiegel::app::viewmodels {

class SeenWorkspace {
public:
  [[nodiscard]] bool changed(const review::Workspace &ws) {
    const std::string lang(langCode());
    if (m_workspace == &ws && m_revision == ws.revision() && m_lang == lang)
      return false;
    m_workspace = &ws;
    m_revision = ws.revision();
    m_lang = lang;
    return true;
  }

private:
  const review::Workspace *m_workspace = nullptr;
  std::uint64_t m_revision = 0;
  std::string m_lang;
};

} // namespace spiegel::app::viewmodels
