#include "gui/panels/workspace/file_browser.hpp"
#include "common/clock_text.hpp"

#include "common/i18n.hpp"
#include "common/paths.hpp"
#include "gui/shell/format.hpp"
#include "gui/shell/keymap_input.hpp"
#include "gui/shell/test_layout.hpp"
#include "gui/shell/widgets.hpp"
#include "spiegel/annotate/validation.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <filesystem>

namespace fs = std::filesystem;

namespace spiegel::app::gui {
namespace {
constexpr const char *kPopup = "###filebrowser"; // ### : the ID ignores the translated title

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

std::time_t toTimeT(fs::file_time_type t) {
  const auto sys = std::chrono::file_clock::to_sys(t);
  return std::chrono::system_clock::to_time_t(sys);
}

std::string formatDate(std::time_t t) {
  if (t == 0)
    return {};
  return wallClockText(static_cast<annotate::UnixMillis>(t) * 1000, "%Y-%m-%d %H:%M");
}
// Whether `ext` is one of `exts` (".pdf .html": the first is added by default).
bool oneOf(const std::string &ext, const std::string &exts) {
  std::size_t at = 0;
  while (at < exts.size()) {
    const std::size_t end = std::min(exts.find(' ', at), exts.size());
    if (!ext.empty() && exts.compare(at, end - at, ext) == 0)
      return true;
    at = end + 1;
  }
  return false;
}

// The file a save goes to: `name` in `folder`, with the first of `exts`
// added unless it ends in one of them already.
std::string savePath(const std::string &folder, const std::string &name, const std::string &exts) {
  std::string file = annotate::trimmed(name);
  if (!oneOf(lower(fs::path(file).extension().string()), exts))
    file += exts.substr(0, exts.find(' '));
  return (fs::path(folder) / file).string();
}
} // namespace

bool isMediaFile(const std::string &path) {
  static const char *const kExt[] = {".mp4", ".m4v", ".mov",  ".mkv",  ".webm", ".avi", ".mts", ".m2ts",
                                     ".ts",  ".mpg", ".mpeg", ".wmv",  ".3gp",  ".flv", ".m4a", ".mp3",
                                     ".wav", ".ogg", ".oga",  ".opus", ".flac", ".aac", ".wma"};
  const std::string ext = lower(fs::path(path).extension().string());
  return std::any_of(std::begin(kExt), std::end(kExt), [&](const char *e) { return ext == e; });
}

void FileBrowser::open(const std::string &folder, BrowseFor what, std::string heading) {
  m_what = what;
  m_heading = std::move(heading);
  m_selected.clear();
  std::error_code ec;
  navigate(!folder.empty() && fs::is_directory(folder, ec) ? folder : homeDirectory());
  m_requestOpen = true;
}

void FileBrowser::openToSave(const std::string &folder, std::string fileName, std::string extension,
                             std::string heading) {
  m_saveName = std::move(fileName);
  m_saveExt = lower(std::move(extension));
  open(folder, BrowseFor::SaveFile, std::move(heading));
}

void FileBrowser::navigate(const std::string &folder) {
  std::error_code ec;
  fs::path p = fs::weakly_canonical(fs::path(folder), ec);
  if (ec || !fs::is_directory(p, ec)) {
    // What was typed stays in the field, to be corrected.
    m_error = "\"" + folder + "\"" +
              tr(" is not a folder or file here: check the spelling, or go Up or Home and choose from the list.",
                 " is hier geen map of bestand: controleer de spelling, of ga Omhoog of naar Thuismap en kies uit de "
                 "lijst.");
    return;
  }
  m_folder = p.string();
  m_pathField = m_folder;
  m_selected.clear();
  refresh();
}

void FileBrowser::refresh() {
  m_entries.clear();
  m_error.clear();
  std::error_code ec;
  fs::directory_iterator it(m_folder, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    m_error = tr("This folder cannot be read. Choose another one.",
                 "Deze map kan niet worden gelezen. Kies een andere.");
    return;
  }
  for (const auto &de : it) {
    const std::string name = de.path().filename().string();
    if (name.empty() || name[0] == '.')
      continue; // hidden files stay hidden, as in every file manager
    Entry e;
    e.name = name;
    std::error_code ec2;
    e.folder = de.is_directory(ec2);
    if (!e.folder) {
      if (m_what == BrowseFor::Folder)
        continue;
      const std::string ext = lower(fs::path(name).extension().string());
      const bool wanted = m_what == BrowseFor::Project    ? ext == ".spiegel" || ext == ".spiegelpkg"
                          : m_what == BrowseFor::SaveFile ? oneOf(ext, m_saveExt)
                          : m_what == BrowseFor::Work     ? ext == ".spiegel" || ext == ".json"
                                                          : isMediaFile(name);
      if (!m_showAll && !wanted)
        continue;
      e.size = de.file_size(ec2);
      if (ec2)
        e.size = 0;
    }
    const auto mt = de.last_write_time(ec2);
    e.modified = ec2 ? 0 : toTimeT(mt);
    m_entries.push_back(std::move(e));
  }
  std::sort(m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) {
    if (a.folder != b.folder)
      return a.folder;
    return lower(a.name) < lower(b.name);
  });
}

std::optional<std::string> FileBrowser::draw(const AppState &state) {
  // Each browser has its own popup: ImGui names popups by the ID stack, and
  // two browsers (File > Open and Locate…) under one ID drew into one window,
  // the other's empty list and buttons first.
  ImGui::PushID(this);
  auto chosen = drawPopup(state);
  ImGui::PopID();
  return chosen;
}

std::optional<std::string> FileBrowser::drawPopup(const AppState &state) {
  if (m_requestOpen) {
    ImGui::OpenPopup(kPopup);
    m_requestOpen = false;
  }
  const ImGuiViewport *vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowSize(
      ImVec2(std::min(vp->Size.x * 0.8f, ImGui::GetFontSize() * 52.0f), vp->Size.y * 0.75f),
      ImGuiCond_Appearing);
  ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + vp->Size.y * 0.5f),
                          ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  const char *heading = m_what == BrowseFor::Project    ? tr("Open a project", "Een project openen")
                        : m_what == BrowseFor::Folder   ? tr("Choose a folder", "Een map kiezen")
                        : m_what == BrowseFor::SaveFile ? tr("Save as", "Opslaan als")
                        : m_what == BrowseFor::Work     ? tr("Choose a colleague's file", "Kies het bestand van een collega")
                                                        : tr("Open a recording", "Een opname openen");
  const std::string title = (m_heading.empty() ? std::string(heading) : m_heading) + kPopup;
  std::optional<std::string> chosen;
  if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoCollapse))
    return chosen;

  // No tooltips on this row: they would cover the path being typed (the
  // line under the field says what it takes).
  if (ImGui::Button(tr("Up", "Omhoog")))
    navigate(fs::path(m_folder).parent_path().string());
  ImGui::SameLine();
  if (ImGui::Button(tr("Home", "Thuismap")))
    navigate(homeDirectory());
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-1.0f);
  const bool pathEntered = ImGui::InputText("##path", &m_pathField, ImGuiInputTextFlags_EnterReturnsTrue);
  if (TestLayout *tl = testLayout()) {
    tl->lastItem("browser.path");
    tl->value("browser.folder", m_folder);
    tl->value("browser.typed", m_pathField);
    if (ImGui::IsItemActive())
      tl->value("browser.path_active", 1.0);
  }
  if (pathEntered) {
    std::error_code ec;
    if (fs::is_regular_file(m_pathField, ec))
      chosen = m_pathField;
    else
      navigate(m_pathField);
  }
  // Under the field: what went wrong (a path that is not there, a folder
  // that cannot be read), else what the field takes.
  if (!m_error.empty()) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextColored(ImVec4(0.9f, 0.7f, 0.4f, 1.0f), "%s", m_error.c_str());
    ImGui::PopTextWrapPos();
    if (TestLayout *tl = testLayout())
      tl->value("browser.error", m_error);
  } else {
    ImGui::TextDisabled("%s", tr("Type a folder or file path and press Enter, or choose below.",
                                 "Typ het pad van een map of bestand en druk op Enter, of kies hieronder."));
  }

  const float saveRows = m_what == BrowseFor::SaveFile ? 2.0f : 0.0f; // the name field and its note
  const float footer = ImGui::GetFrameHeightWithSpacing() * (1.0f + saveRows) + ImGui::GetStyle().ItemSpacing.y;
  ImGui::BeginChild("##list", ImVec2(0, -footer), false);
  if (auto picked = drawList())
    chosen = picked;
  ImGui::EndChild();
  if (m_what == BrowseFor::SaveFile)
    if (auto named = drawSaveName())
      chosen = named;

  if (ImGui::Checkbox(tr("Show all files", "Alle bestanden tonen"), &m_showAll))
    refresh();
  if (m_what == BrowseFor::Work)
    itemTooltip(tr("Also list files that are not .spiegel or .json", "Ook bestanden tonen die geen .spiegel of .json zijn"));
  else
    itemTooltip(tr("Also list files that do not look like recordings",
                   "Ook bestanden tonen die geen opname lijken te zijn"));
  // Both buttons as wide as the longest label.
  const ImGuiStyle &style = ImGui::GetStyle();
  const float bw = std::max({ImGui::GetFontSize() * 5.0f, ImGui::CalcTextSize(tr("Choose", "Kiezen")).x,
                             ImGui::CalcTextSize(tr("Open", "Openen")).x,
                             ImGui::CalcTextSize(tr("Cancel", "Annuleren")).x}) +
                   style.FramePadding.x * 4.0f;
  const float buttonsX = ImGui::GetWindowContentRegionMax().x - bw * 2.0f - style.ItemSpacing.x;
  ImGui::SameLine(buttonsX);
  if (m_what == BrowseFor::Folder) {
    const bool choose = ImGui::Button(tr("Choose", "Kiezen"), ImVec2(bw, 0));
    if (TestLayout *tl = testLayout())
      tl->lastItem("browser.choose");
    if (choose)
      chosen = m_folder;
    itemTooltip(tr("Use the folder shown above", "De map hierboven gebruiken"));
  } else if (m_what == BrowseFor::SaveFile) {
    ImGui::BeginDisabled(annotate::trimmed(m_saveName).empty());
    const bool save = ImGui::Button(tr("Save", "Opslaan"), ImVec2(bw, 0));
    if (TestLayout *tl = testLayout())
      tl->lastItem("browser.save");
    if (save)
      chosen = savePath(m_folder, m_saveName, m_saveExt);
    ImGui::EndDisabled();
  } else {
    ImGui::BeginDisabled(m_selected.empty());
    const char *openLabel = m_what == BrowseFor::Work ? tr("Choose", "Kiezen") : tr("Open", "Openen");
    if (ImGui::Button(openLabel, ImVec2(bw, 0)))
      chosen = (fs::path(m_folder) / m_selected).string();
    ImGui::EndDisabled();
  }
  ImGui::SameLine();
  if (ImGui::Button(tr("Cancel", "Annuleren"), ImVec2(bw, 0)) || keymap::pressed(state, keymap::Action::Cancel))
    ImGui::CloseCurrentPopup();
  if (chosen)
    ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
  return chosen;
}

std::optional<std::string> FileBrowser::drawSaveName() {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr("File name:", "Bestandsnaam:"));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-1.0f);
  const bool entered = ImGui::InputText("##savename", &m_saveName, ImGuiInputTextFlags_EnterReturnsTrue);
  if (TestLayout *tl = testLayout()) {
    tl->lastItem("browser.save_name");
    tl->value("browser.save_name", m_saveName);
  }
  std::error_code ec;
  const std::string target = savePath(m_folder, m_saveName, m_saveExt);
  if (!annotate::trimmed(m_saveName).empty() && fs::exists(target, ec))
    ImGui::TextColored(ImVec4(0.9f, 0.7f, 0.4f, 1.0f), "%s",
                       tr("A file of this name is there already: Save replaces it.",
                          "Er staat al een bestand met deze naam: Opslaan vervangt het."));
  else
    ImGui::TextDisabled("%s", tr("Choose a folder above and type a name.", "Kies hierboven een map en typ een naam."));
  if (entered && !annotate::trimmed(m_saveName).empty())
    return target;
  return std::nullopt;
}

std::optional<std::string> FileBrowser::drawList() {
  std::optional<std::string> chosen;
  std::string enter;
  const ImGuiTableFlags flags =
      ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable("##files", 3, flags))
    return chosen;
  // Size and date fit their longest text ("999.9 MB", a date and time, or the
  // heading); the name takes the rest.
  const float pad = ImGui::GetFontSize();
  const auto fit = [&](const char *sample, const char *heading) {
    return std::max(ImGui::CalcTextSize(sample).x, ImGui::CalcTextSize(heading).x) + pad;
  };
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn(tr("Name", "Naam"), ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn(tr("Size", "Grootte"), ImGuiTableColumnFlags_WidthFixed,
                          fit("999.9 MB", tr("Size", "Grootte")));
  ImGui::TableSetupColumn(tr("Modified", "Gewijzigd"), ImGuiTableColumnFlags_WidthFixed,
                          fit("2026-12-31 23:59", tr("Modified", "Gewijzigd")));
  ImGui::TableHeadersRow();
  if (m_entries.empty()) {
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    ImGui::TextDisabled("%s", m_what == BrowseFor::Project || m_what == BrowseFor::Work
                                  ? tr("No projects in this folder.", "Geen projecten in deze map.")
                              : m_what == BrowseFor::Folder ? tr("No folders in this folder.", "Geen mappen in deze map.")
                                                            : tr("No recordings in this folder.", "Geen opnames in deze map."));
  }
  for (const Entry &e : m_entries) {
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    const std::string label = (e.folder ? "\xE2\x96\xB8 " : "   ") + e.name; // ▸ marks folders
    const bool selected = e.name == m_selected;
    ImGui::PushID(e.name.c_str());
    if (ImGui::Selectable(label.c_str(), selected,
                          ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowDoubleClick)) {
      m_selected = e.folder ? std::string() : e.name;
      if (!e.folder && m_what == BrowseFor::SaveFile)
        m_saveName = e.name; // save over it: the name field says so
      if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
        if (e.folder)
          enter = e.name;
        else if (m_what != BrowseFor::SaveFile) // saving over a file takes the Save button
          chosen = (fs::path(m_folder) / e.name).string();
      }
    }
    ImGui::PopID();
    ImGui::TableSetColumnIndex(1);
    if (!e.folder)
      ImGui::TextDisabled("%s", formatSize(e.size).c_str());
    ImGui::TableSetColumnIndex(2);
    ImGui::TextDisabled("%s", formatDate(e.modified).c_str());
  }
  ImGui::EndTable();
  if (!enter.empty())
    navigate((fs::path(m_folder) / enter).string());
  return chosen;
}

} // namespace spiegel::app::gui
