// File ▸ Keep the recording encrypted… (share_dialogs.hpp): the vault is
// written on a worker (common/keep_encrypted: sealRecording), then the
// project points at it and the player moves over, on the UI thread.
#include "gui/panels/share/share_dialogs.hpp"

#include "common/i18n.hpp"
#include "common/keep_encrypted.hpp"
#include "common/media_messages.hpp"
#include "common/store_messages.hpp"
#include "gui/shell/app_state.hpp"
#include "gui/shell/keymap_input.hpp"
#include "gui/shell/test_layout.hpp"
#include "gui/shell/widgets.hpp"
#include "spiegel/media/error.hpp"

#include <imgui.h>

#include <filesystem>

namespace spiegel::app::gui {
namespace {
constexpr float kVaultEm = 32.0f;
} // namespace

void VaultDialog::onEvent(AppState &state, const Event &e) {
  if (std::holds_alternative<AskVault>(e) && state.workspace && !m_task.running())
    m_active = true;
}

void VaultDialog::start(AppState &state) {
  review::Workspace &ws = *state.workspace;
  const VaultPlan plan = planVault(ws.project(), ws.recording());
  if (plan.source.empty() || plan.already || plan.exists) {
    m_active = false;
    state.events.push(ShowError{plan.exists ? plan.vaultPath + tr(" exists already; nothing was overwritten.",
                                                                  " bestaat al; er is niets overschreven.")
                                            : std::string(tr("The recording is already kept encrypted, or it is "
                                                             "not where the project expects it.",
                                                             "De opname wordt al versleuteld bewaard, of staat niet "
                                                             "waar het project hem verwacht."))});
    return;
  }
  const std::string projectPath = ws.projectPath();
  m_task = state.tasks.submit([plan, projectPath, &state](tasks::TaskContext &ctx) {
    try {
      auto sealed = std::make_shared<SealedRecording>(sealRecording(plan));
      ctx.post([&state, plan, projectPath, sealed] {
        // The project may have been closed or another one opened meanwhile:
        // the vault then stays unused beside its project, and says so.
        if (!state.workspace || state.workspace->projectPath() != projectPath) {
          state.events.push(ShowError{std::string(tr("The project was closed before its recording was encrypted; "
                                                     "the encrypted copy is unused: ",
                                                     "Het project werd gesloten voordat de opname versleuteld was; "
                                                     "de versleutelde kopie wordt niet gebruikt: ")) +
                                      plan.vaultPath});
          return;
        }
        review::Workspace &open = *state.workspace;
        try {
          adoptVault(open.project(), open.recording(), plan, *sealed);
        } catch (const store::StoreError &err) {
          state.events.push(ShowError{describe(err)});
          return;
        }
        (void)open.reloadRecording();
        state.events.push(PlayRecording{});
        std::string text = std::string(tr("The recording is now kept encrypted in ",
                                          "De opname wordt nu versleuteld bewaard in ")) +
                           std::filesystem::path(plan.vaultPath).filename().string() + ".";
        if (!sealed->stripped.found.empty())
          text += std::string(tr(" Left out: ", " Weggelaten: ")) + strippedText(sealed->stripped) + ".";
        state.notify(text);
      });
    } catch (const media::MediaError &err) {
      ctx.post([&state, message = describe(err)] { state.events.push(ShowError{message}); });
    } catch (const VaultKeyNotSaved &) {
      ctx.post([&state] {
        state.events.push(ShowError{tr("The key could not be written to your config folder; nothing was encrypted.",
                                       "De sleutel kon niet in je configuratiemap worden geschreven; er is niets "
                                       "versleuteld.")});
      });
    }
  });
}

void VaultDialog::draw(AppState &state) {
  if (m_task && !m_task.running()) {
    m_task = {};
    m_active = false;
  }
  if (!state.workspace && !m_task.running())
    m_active = false;
  if (!beginQueuedModal("###vault", tr("Keep the recording encrypted", "De opname versleuteld bewaren"), m_active,
                        kVaultEm))
    return;
  if (m_task.running()) {
    ImGui::TextUnformatted(tr("Encrypting the recording…", "De opname wordt versleuteld…"));
    ImGui::Spacing();
    endQueuedModal();
    return;
  }
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetFontSize() * kVaultEm);
  ImGui::TextUnformatted(tr("Spiegel copies the recording into an encrypted file beside the project. It plays, "
                            "seeks and makes thumbnails from there without a decrypted copy on disk; the key stays "
                            "in your own settings folder, so the project folder alone plays nowhere else.",
                            "Spiegel kopieert de opname naar een versleuteld bestand naast het project en speelt, "
                            "zoekt en maakt miniaturen vanaf daar, zonder ontsleutelde kopie op schijf; de sleutel "
                            "blijft in je eigen instellingenmap, zodat de projectmap alleen nergens anders speelt."));
  ImGui::Spacing();
  ImGui::TextUnformatted(tr("Where and with what it was filmed (location, device, GPS) is left out of the copy of an "
                            "MP4 or MOV file. The original stays where it is: delete it yourself once you no longer "
                            "need it (Consent tab, Delete the recording…).",
                            "Waar en waarmee het gefilmd is (locatie, toestel, GPS) wordt weggelaten uit de kopie "
                            "van een MP4- of MOV-bestand. Het origineel blijft waar het is: verwijder het zelf "
                            "zodra je het niet meer nodig hebt (tabblad Toestemming, De opname verwijderen…)."));
  ImGui::PopTextWrapPos();
  ImGui::Spacing();
  const int clicked = dialogButtons(
      kVaultEm, {{tr("Encrypt", "Versleutelen"), tr("Make the encrypted copy and play from it (Enter)",
                                                    "De versleutelde kopie maken en daaruit spelen (Enter)"),
                  true, "vault.confirm"},
                 {tr("Cancel", "Annuleren"), tr("Change nothing (Esc)", "Niets veranderen (Esc)")}});
  if (clicked == 0 || keymap::pressed(state, keymap::Action::Confirm)) {
    start(state);
  } else if (clicked == 1 || keymap::pressed(state, keymap::Action::Cancel)) {
    m_active = false;
    ImGui::CloseCurrentPopup();
  }
  endQueuedModal();
}

} // namespace spiegel::app::gui
