#include "gui/shortcuts.hpp"

#include "common/i18n.hpp"
#include "gui/actions.hpp"
#include "gui/gl.hpp"

#include <imgui.h>

namespace spiegel::app::gui {
namespace {
// Big jumps of 5 s skip a sentence; small ones of 1 s re-hear a word.
constexpr Micros kJump = 5 * kMicrosPerSecond;
constexpr Micros kSmallJump = 1 * kMicrosPerSecond;

struct Shortcut {
  const char *keysEn;
  const char *keysNl; // null: the same as keysEn
  const char *en;
  const char *nl;
};

constexpr Shortcut kSheet[] = {
    {"Space", "Spatie", "Play / pause", "Afspelen / pauzeren"},
    {"\xE2\x86\x90 / \xE2\x86\x92", nullptr, "Back / forward 5 seconds", "5 seconden terug / verder"},
    {"Shift + \xE2\x86\x90 / \xE2\x86\x92", nullptr, "Back / forward 1 second", "1 seconde terug / verder"},
    {",  /  .", nullptr, "One frame back / forward", "Eén beeld terug / verder"},
    {"[  /  ]", nullptr, "Slower / faster (0.25\xC3\x97 \xE2\x80\x93 2\xC3\x97)",
     "Langzamer / sneller (0,25\xC3\x97 \xE2\x80\x93 2\xC3\x97)"},
    {"L", nullptr, "Loop: start here, end here, stop", "Herhalen: begin hier, einde hier, stoppen"},
    {"M", nullptr, "Sound off / on", "Geluid uit / aan"},
    {"1 \xE2\x80\x93 4", nullptr, "Tag an element now (positive); playback goes on",
     "Nu een element taggen (positief); het afspelen gaat door"},
    {"Shift + 1 \xE2\x80\x93 4", nullptr, "Tag an element now (negative)", "Nu een element taggen (negatief)"},
    {"I  /  O", nullptr, "Start / end a span tag", "Begin / einde van een tag over een stuk"},
    // The literal is split so that "8" is not read as part of the escape.
    // clang-format off
    {"F1 \xE2\x80\x93 F8", nullptr, "Participant 1\xE2\x80\x93" "8 involved in the tag (on / off)",
     "Deelnemer 1\xE2\x80\x93" "8 betrokken bij de tag (aan / uit)"},
    // clang-format on
    {"\xE2\x86\x93  /  \xE2\x86\x91", nullptr, "Tag editor: next / previous indicator",
     "Tag-editor: volgende / vorige indicator"},
    {"Tab", nullptr, "Tag editor: type a note", "Tag-editor: een notitie typen"},
    {"Enter  /  Esc", nullptr, "Close the tag editor (also from its note)",
     "De tag-editor sluiten (ook vanuit de notitie)"},
    {"Ctrl + Z", nullptr, "Undo the last edit", "De laatste wijziging ongedaan maken"},
    {"Ctrl + Y  /  Ctrl + Shift + Z", nullptr, "Redo", "Opnieuw uitvoeren"},
    {"Ctrl + O", nullptr, "Open a recording", "Een opname openen"},
    {"Ctrl + Q", nullptr, "Quit", "Afsluiten"},
    {"?", nullptr, "Show / hide this list", "Deze lijst tonen / verbergen"},
    {"Mouse wheel", "Muiswiel", "Timeline: zoom in / out around the pointer", "Tijdlijn: in- / uitzoomen rond de muis"},
    {"Right-drag", "Rechts slepen", "Timeline: move left / right (also Shift + wheel)",
     "Tijdlijn: naar links / rechts schuiven (ook Shift + wiel)"},
    {"Click / drag", "Klikken / slepen", "Timeline: go to that moment", "Tijdlijn: naar dat moment gaan"},
    {"Double-click ruler", "Dubbelklik op de liniaal", "Timeline: show the whole recording",
     "Tijdlijn: de hele opname tonen"},
    {"N  /  P", nullptr, "Next / previous tag (as filtered in the Tags tab)",
     "Volgende / vorige tag (zoals gefilterd in het tabblad Tags)"},
    {"Z", nullptr, "Timeline: zoom to the selected tag or group, else to the A-B loop",
     "Tijdlijn: inzoomen op de gekozen tag of groep, anders op de A-B-lus"},
    {"F", nullptr, "Timeline: fit the whole recording", "Tijdlijn: de hele opname passend tonen"},
    {"Delete", nullptr, "Remove the selected tag", "De gekozen tag verwijderen"},
    {"Drag a tag", "Tag slepen", "Timeline: move it; drag a span's edge to change its length",
     "Tijdlijn: verplaatsen; sleep de rand van een periode om de lengte te wijzigen"},
};

} // namespace

void ShortcutPanel::draw(AppState &state) {
  handleKeys(state);
  drawSheet(state);
}

void ShortcutPanel::handleKeys(AppState &state) {
  const ImGuiIO &io = ImGui::GetIO();
  // Nothing fires while the user types in a text field.
  if (io.WantTextInput)
    return;
  const bool dialogOpen = ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel);
  for (const KeyPress &k : state.input.keys) {
    const bool ctrl = (k.mods & GLFW_MOD_CONTROL) != 0;
    const bool shift = (k.mods & GLFW_MOD_SHIFT) != 0;
    if (ctrl) { // Ctrl shortcuts work even with a dialog open
      if (k.key == GLFW_KEY_O && !dialogOpen)
        state.events.push(ShowOpenDialog{});
      else if (k.key == GLFW_KEY_Q)
        state.events.push(Quit{});
      continue;
    }
    if (dialogOpen)
      continue;
    switch (k.key) {
    case GLFW_KEY_SPACE:
      actions::togglePlay(state);
      break;
    case GLFW_KEY_LEFT:
      actions::seekBy(state, shift ? -kSmallJump : -kJump);
      break;
    case GLFW_KEY_RIGHT:
      actions::seekBy(state, shift ? kSmallJump : kJump);
      break;
    default:
      break;
    }
  }
  if (dialogOpen || io.KeyCtrl || io.KeyAlt)
    return;
  // Punctuation by the character typed, so it follows the keyboard layout.
  for (const unsigned c : state.input.chars) {
    switch (c) {
    case ',':
      actions::stepFrame(state, false);
      break;
    case '.':
      actions::stepFrame(state, true);
      break;
    case '[':
      actions::stepSpeed(state, -1);
      break;
    case ']':
      actions::stepSpeed(state, +1);
      break;
    case 'l':
    case 'L':
      actions::cycleLoop(state);
      break;
    case 'm':
    case 'M':
      actions::setMuted(state, !state.settings.muted);
      break;
    case '?':
      state.showShortcuts = !state.showShortcuts;
      break;
    default:
      break;
    }
  }
}

void ShortcutPanel::drawSheet(AppState &state) {
  if (!state.showShortcuts)
    return;
  const ImGuiViewport *vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + vp->Size.y * 0.45f), ImGuiCond_Appearing,
                          ImVec2(0.5f, 0.5f));
  // Never taller than the window: on a small screen the list scrolls.
  ImGui::SetNextWindowSizeConstraints(ImVec2(0.0f, 0.0f), ImVec2(vp->WorkSize.x, vp->WorkSize.y * 0.95f));
  const std::string title = std::string(tr("Keyboard shortcuts", "Sneltoetsen")) + "###shortcuts";
  if (ImGui::Begin(title.c_str(), &state.showShortcuts,
                   ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse |
                       ImGuiWindowFlags_NoSavedSettings)) {
    if (ImGui::BeginTable("##keys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_PadOuterX)) {
      for (const Shortcut &s : kSheet) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::TextUnformatted(s.keysNl != nullptr ? tr(s.keysEn, s.keysNl) : s.keysEn);
        ImGui::TableSetColumnIndex(1);
        ImGui::TextDisabled("%s", tr(s.en, s.nl));
      }
      ImGui::EndTable();
    }
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
      state.showShortcuts = false;
  }
  ImGui::End();
}

} // namespace spiegel::app::gui
