#include "gui/shell/workspace_menus.hpp"
#include "common/clock_text.hpp"

#include "common/edit_description.hpp"
#include "common/i18n.hpp"
#include "common/profile.hpp"
#include "gui/panels/tagging/tagging.hpp"
#include "gui/shell/keymap.hpp"
#include "gui/shell/people_widgets.hpp"
#include "gui/shell/test_layout.hpp"
#include "gui/shell/widgets.hpp"
#include "spiegel/media/background.hpp"
#include "spiegel/media/error.hpp"
#include "spiegel/media/vault.hpp"

#include <imgui.h>

#include <algorithm>
#include <filesystem>
#include <ctime>

namespace spiegel::app::gui {
namespace {
std::string clockTime(annotate::UnixMillis ms) { return wallClockText(ms, "%H:%M:%S"); }
} // namespace

void projectFileItems(AppState &state) {
  if (ImGui::MenuItem(tr("New project from a recording…", "Nieuw project bij een opname…")))
    state.events.push(ShowBrowser{BrowseFor::Recording, true});
  itemTooltip(tr("Choose a recording; you then see where its project goes (next to it, or a folder you choose)",
                 "Kies een opname; je ziet dan waar het project komt (ernaast, of in een map die je kiest)"));
  if (ImGui::MenuItem(tr("Open project…", "Project openen…")))
    state.events.push(ShowBrowser{BrowseFor::Project, false});
  itemTooltip(tr("Open a .spiegel project file", "Een .spiegel-projectbestand openen"));
  if (ImGui::MenuItem(tr("Save a copy…", "Kopie bewaren…"), nullptr, false, state.workspace != nullptr))
    state.events.push(ShowBrowser{BrowseFor::Folder, false, FolderFor::SaveCopy});
  itemTooltip(tr("Copy the whole project to a folder you choose and go on in the copy (a read-only project "
                 "becomes one you can tag)",
                 "Het hele project naar een map naar keuze kopiëren en in de kopie verdergaan (een project "
                 "dat alleen gelezen mag worden, wordt er een waarin je kunt taggen)"));
  privacyFileItems(state);
  const bool exportOpen = ImGui::BeginMenu(tr("Export", "Exporteren"), state.workspace != nullptr);
  if (TestLayout *tl = testLayout())
    tl->lastItem("menu.export");
  if (exportOpen) {
    const bool report = ImGui::MenuItem(tr("Agreement report\xE2\x80\xA6", "Rapport overeenstemming\xE2\x80\xA6"));
    if (TestLayout *tl = testLayout())
      tl->lastItem("menu.export.agreement");
    if (report) {
      const std::string stem = std::filesystem::path(state.workspace->projectPath()).stem().string();
      state.events.push(ShowBrowser{.what = BrowseFor::SaveFile,
                                    .saveFor = SaveFor::AgreementReport,
                                    .fileName = stem + tr("-agreement.html", "-overeenstemming.html")});
    }
    itemTooltip(tr("One HTML page with every agreement number of the Agreement tab, what it means and how it was "
                   "computed: to attach to a paper or a file, or to print",
                   "Eén HTML-pagina met elk getal van het tabblad Overeenstemming, wat het betekent en hoe het "
                   "berekend is: om bij een artikel of dossier te voegen, of af te drukken"));
    const bool record = ImGui::MenuItem(tr("Reflection record\xE2\x80\xA6", "Reflectieverslag\xE2\x80\xA6"), nullptr, false,
                                        !state.workspace->recallSessions().empty());
    if (TestLayout *tl = testLayout())
      tl->lastItem("menu.export.record");
    if (record) {
      const std::string stem = std::filesystem::path(state.workspace->projectPath()).stem().string();
      state.events.push(ShowBrowser{.what = BrowseFor::SaveFile,
                                    .saveFor = SaveFor::ReflectionSeries,
                                    .fileName = stem + tr("-reflection.pdf", "-reflectie.pdf")});
    }
    itemTooltip(tr("The record of every recall session of this recording, for your SKJ registration: PDF, or HTML "
                   "when the name ends in .html (one session: the Recall tab)",
                   "Het verslag van alle terugkijksessies van deze opname, voor je SKJ-registratie: PDF, of HTML als "
                   "de naam op .html eindigt (een enkele sessie: het tabblad Terugkijken)"));
    ImGui::EndMenu();
  }
  if (ImGui::MenuItem(tr("Add a colleague's work…", "Werk van een collega toevoegen…"), nullptr, false,
                      state.workspace != nullptr && !state.workspace->readOnly()))
    state.events.push(AddColleagueWork{});
  if (TestLayout *tl = testLayout())
    tl->lastItem("menu.colleague");
  itemTooltip(tr("Bring in the tags and ratings that colleagues made of this recording in their own project files",
                 "De tags en beoordelingen toevoegen die collega's van deze opname in hun eigen projectbestanden "
                 "maakten"));
  const auto &recent = state.recentProjects.entries();
  if (ImGui::BeginMenu(tr("Recent projects", "Recente projecten"), !recent.empty())) {
    for (const auto &e : recent) {
      ImGui::PushID(e.path.c_str()); // two projects may share a title
      const bool open = ImGui::MenuItem(e.label().c_str(), nullptr, false, !e.missing);
      ImGui::PopID();
      if (open)
        state.events.push(OpenFile{e.path});
      if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s%s", e.path.c_str(), e.missing ? tr(" (not found)", " (niet gevonden)") : "");
    }
    ImGui::EndMenu();
  }
  const bool missing =
      state.workspace && state.workspace->recordingMissing() && !state.workspace->recordingDeleted();
  if (ImGui::MenuItem(tr("Locate recording…", "Opname zoeken…"), nullptr, false, missing))
    state.events.push(ShowBrowser{BrowseFor::Folder, false});
  itemTooltip(tr("The project's recording moved: choose the folder where it is now",
                 "De opname van het project is verplaatst: kies de map waar hij nu staat"));
  ImGui::Separator();
}

// Send to… and Keep the recording encrypted… (gui/panels/share): what
// leaves the computer goes encrypted, and what stays can be too.
void privacyFileItems(AppState &state) {
  const review::Workspace *ws = state.workspace.get();
  const bool send = ImGui::MenuItem(tr("Send to\xE2\x80\xA6", "Versturen naar\xE2\x80\xA6"), nullptr, false, ws != nullptr);
  if (TestLayout *tl = testLayout())
    tl->lastItem("menu.send");
  if (send)
    state.events.push(AskSendTo{});
  itemTooltip(tr("One encrypted file of the project (and, if you like, its recording) for a colleague, opened with "
                 "a passphrase you tell them",
                 "Eén versleuteld bestand van het project (en zo je wilt de opname) voor een collega, te openen met "
                 "een wachtzin die je hem of haar vertelt"));
  const bool vaulted = ws != nullptr && !ws->recordingMissing() && media::isVault(ws->mediaPath());
  const bool can = ws != nullptr && !ws->readOnly() && !ws->recordingMissing() && !vaulted;
  const bool vault =
      ImGui::MenuItem(tr("Keep the recording encrypted\xE2\x80\xA6", "De opname versleuteld bewaren\xE2\x80\xA6"),
                      nullptr, vaulted, can);
  if (TestLayout *tl = testLayout())
    tl->lastItem("menu.vault");
  if (vault)
    state.events.push(AskVault{});
  itemTooltip(vaulted ? tr("The recording is kept encrypted beside the project", "De opname wordt versleuteld naast "
                                                                               "het project bewaard")
                      : tr("Copy the recording into an encrypted file beside the project and play from there",
                           "De opname naar een versleuteld bestand naast het project kopiëren en daaruit spelen"));
}

void editMenu(AppState &state) {
  if (!ImGui::BeginMenu(tr("Edit", "Bewerken")))
    return;
  review::Workspace *ws = state.workspace.get();
  const std::string undoLabel = ws != nullptr && ws->canUndo() ? undoText(*ws) : tr("Undo", "Ongedaan maken");
  const std::string redoLabel = ws != nullptr && ws->canRedo() ? redoText(*ws) : tr("Redo", "Opnieuw");
  if (ImGui::MenuItem(undoLabel.c_str(), keymap::menuHint(keymap::Action::Undo, language()).c_str(), false,
                      ws != nullptr && ws->canUndo()))
    undo(state);
  if (ImGui::MenuItem(redoLabel.c_str(), keymap::menuHint(keymap::Action::Redo, language()).c_str(), false,
                      ws != nullptr && ws->canRedo()))
    redo(state);
  ImGui::EndMenu();
}

void reviewerMenu(AppState &state) {
  if (!ImGui::BeginMenu(tr("Reviewer", "Beoordelaar")))
    return;
  if (state.identity)
    ImGui::TextDisabled("%s \xC2\xB7 %s", state.identity->name.c_str(),
                        app::roleText(state.identity->role).c_str());
  if (ImGui::MenuItem(tr("Switch reviewer…", "Andere beoordelaar…")))
    state.events.push(AskIdentity{true});
  itemTooltip(tr("Someone else reviews on this computer from now on; undo starts afresh",
                 "Vanaf nu beoordeelt iemand anders op deze computer; ongedaan maken begint opnieuw"));
  ImGui::EndMenu();
}

void taggingSettingsMenu(AppState &state) {
  if (!ImGui::BeginMenu(tr("Settings", "Instellingen")))
    return;
  review::WorkspaceSettings &t = state.settings.tagging;
  bool changed = false;
  float offset = static_cast<float>(t.reactionOffset) / 1e6f;
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10.0f);
  if (ImGui::SliderFloat(tr("Reaction offset", "Reactietijd"), &offset, 0.0f, 10.0f, "%.1f s")) {
    t.reactionOffset = static_cast<Micros>(offset * 10.0f + 0.5f) * 100'000;
    changed = true;
  }
  itemTooltip(tr("A tag is placed this long before the moment you press the key (you react a little late)",
                 "Een tag komt zoveel eerder dan het moment waarop je de toets indrukt (je reageert iets later)"));
  float preRoll = static_cast<float>(t.preRoll) / 1e6f;
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10.0f);
  if (ImGui::SliderFloat(tr("Pre-roll", "Aanloop"), &preRoll, 0.0f, 10.0f, "%.1f s")) {
    t.preRoll = static_cast<Micros>(preRoll * 10.0f + 0.5f) * 100'000;
    changed = true;
  }
  itemTooltip(tr("Jumping to a tag starts this much earlier, so you hear what led up to it",
                 "Naar een tag springen begint zoveel eerder, zodat je hoort wat eraan voorafging"));
  if (ImGui::Checkbox(tr("Pause when tagging", "Pauzeren bij taggen"), &t.pauseWhenTagging))
    changed = true;
  itemTooltip(tr("Stop playback after 1–4 so you can fill in the tag; off: keep watching",
                 "Het afspelen stoppen na 1–4 zodat je de tag kunt invullen; uit: blijven kijken"));
  if (changed && state.workspace)
    state.workspace->setSettings(t);
  ImGui::Separator();
  mediaCacheSetting(state);
  ImGui::EndMenu();
}

// Settings > Keep pictures and sound in the cache. Switching it off also
// removes what the cache holds of the open recording (its waveform and
// thumbnails are the family's sound and pictures); other recordings' files
// go with the recording, or by hand from the cache folder.
void mediaCacheSetting(AppState &state) {
  if (ImGui::Checkbox(tr("Keep pictures and sound in the cache", "Beelden en geluid in de cache bewaren"),
                      &state.settings.mediaCache) &&
      !state.settings.mediaCache && state.session != nullptr) {
    try {
      (void)media::removeCaches(media::cacheDirectory(), media::fingerprint(state.session->path));
    } catch (const media::MediaError &) {
      // the recording is gone: its cache files are keyed by a fingerprint that cannot be made now
    }
  }
  itemTooltip(tr("Thumbnails and the waveform are pictures and sound of the family, kept in your own cache folder. "
                 "Off: Spiegel makes them anew at each opening and keeps nothing of them on disk.",
                 "Miniaturen en de geluidsgolf zijn beelden en geluid van het gezin, bewaard in je eigen cachemap. "
                 "Uit: Spiegel maakt ze bij elke opening opnieuw en bewaart er niets van op schijf."));
}

namespace {
// "Next tag: mother, father" while a current selection of participants
// sticks (F1–F8 with no tag open, or a tag's pinned with F9): otherwise the next
// key 1–4 would add people the reviewer cannot see anywhere.
std::string nextTagPeople(const AppState &state) {
  if (!state.workspace || state.workspace->currentParticipants().empty())
    return {};
  std::string names;
  for (const annotate::Participant &p : state.workspace->participants())
    if (!p.deleted &&
        std::ranges::find(state.workspace->currentParticipants(), p.id) != state.workspace->currentParticipants().end())
      names += (names.empty() ? "" : ", ") + personLabel(p);
  return names.empty() ? std::string() : std::string(tr("Next tag: ", "Volgende tag: ")) + names;
}

// "Span started: Safety + — O ends it, 1–4 / Shift+1–4 choose" while a span
// is open (after I): the element and sign O will give it.
std::string openSpan(const AppState &state) {
  if (!state.workspace || !state.workspace->markedIn())
    return {};
  const review::Workspace &ws = *state.workspace;
  const annotate::Element *el = ws.codebook().element(ws.markElement());
  // The lane's short name: the long one ("Alliantie binnen het hele gezin
  // als systeem") pushed the reviewer's name out of a 1920-wide window.
  std::string name = el != nullptr ? el->shortName.in(langCode()) : ws.markElement();
  if (name.empty() && el != nullptr)
    name = el->name.in(langCode());
  const char *sign = ws.markValence() == annotate::Valence::Negative ? " -" : " +";
  return std::string(tr("Span started: ", "Stuk begonnen: ")) + name + sign +
         tr(" \xE2\x80\x94 O ends it, 1\xE2\x80\x93" "4 / Shift+1\xE2\x80\x93" "4 choose, Esc drops it",
            " \xE2\x80\x94 O sluit af, 1\xE2\x80\x93" "4 / Shift+1\xE2\x80\x93" "4 kiezen, Esc laat vallen");
}
} // namespace

void workspaceStatus(AppState &state) {
  std::string text;
  if (state.workspace && state.workspace->lastSavedAt() > 0)
    text = std::string(tr("Saved ", "Opgeslagen ")) + clockTime(state.workspace->lastSavedAt());
  if (state.workspace && state.workspace->readOnly())
    text = tr("Read only", "Alleen lezen");
  if (const std::string who = nextTagPeople(state); !who.empty())
    text = who + (text.empty() ? "" : "   ") + text;
  if (state.notice && std::chrono::steady_clock::now() < state.notice->until)
    text = state.notice->text + (text.empty() ? "" : "   ") + text;
  else
    state.notice.reset();
  // While a span is open it is the whole status: with the rest the line ran
  // out of a 1280-wide window (the chips show the next tags' people).
  if (const std::string span = openSpan(state); !span.empty())
    text = span;
  const std::string who = state.identity ? state.identity->name : std::string(tr("no reviewer", "geen beoordelaar"));
  const std::string full = text.empty() ? who : text + "   \xC2\xB7   " + who;
  const float w = ImGui::CalcTextSize(full.c_str()).x + ImGui::GetStyle().ItemSpacing.x * 2.0f;
  const float right = ImGui::GetWindowContentRegionMax().x;
  if (ImGui::GetCursorPosX() < right - w)
    ImGui::SetCursorPosX(right - w);
  ImGui::TextDisabled("%s", full.c_str());
  if (TestLayout *tl = testLayout())
    tl->value("status", full);
  if (state.workspace && state.workspace->readOnly())
    itemTooltip(tr("This project file, or its folder, may not be changed: you can watch and read, not tag. "
                   "Save a copy… (File menu, or the band above) makes a copy of your own to tag.",
                   "Dit projectbestand of de map ervan mag niet gewijzigd worden: je kunt kijken en lezen, niet "
                   "taggen. Kopie bewaren… (menu Bestand, of de balk hierboven) maakt een eigen kopie om te taggen."));
  else
    itemTooltip(state.workspace ? tr("Every change is written to the project file at once; this is the last time "
                                     "it was. Right: who is reviewing.",
                                     "Elke wijziging wordt meteen in het projectbestand geschreven; dit is de "
                                     "laatste keer. Rechts: wie er beoordeelt.")
                                : tr("Who is reviewing (Reviewer menu)", "Wie er beoordeelt (menu Beoordelaar)"));
}

} // namespace spiegel::app::gui
