#pragma once
// The Consent tab (issue #13 §1): who in the recording agreed to which use,
// as a person × purpose grid from the one consent check
// (viewmodels::consentGrid → annotate::checkConsent), green when allowed,
// amber when missing or expired, red when withdrawn or refused, with the
// reasons on hover. Clicking a cell opens a small form below the grid to
// write down a party's answer for that purpose (given / refused /
// withdrawn, the day, the evidence, the scope) and the person's age and
// custody facts. The purpose chosen at the top is the session's
// (AppState::purpose): the opening notice and later recall and export ask
// about it. Consent records are facts, not edits: saved at once, audited,
// not undone with Ctrl+Z. "Delete the recording…" asks what to delete and
// has the App do it (DeleteRecording). UI thread only.
#include "gui/shell/panel.hpp"

#include "spiegel/annotate/consent.hpp"

#include <array>
#include <optional>
#include <string>

namespace spiegel::app::gui {

class ConsentPanel final : public Panel {
public:
  [[nodiscard]] Slot slot() const override { return Slot::Side; }
  [[nodiscard]] std::string title() const override;
  [[nodiscard]] std::string tabId() const override { return "consent"; }
  [[nodiscard]] bool scrollsSideways() const override { return true; }
  void draw(AppState &state) override;

private:
  using Field = std::array<char, 96>;
  // The cell the form below the grid is open on.
  struct Cell {
    annotate::Uuid person;
    annotate::Purpose purpose = annotate::Purpose::Reflection;
  };
  // The fields of the form (consent_form.cpp). UI thread only.
  struct Form {
    Field givenOn{}, evidence{}, audience{}, expires{};
    bool faceVisible = true;
    int birthYear = 0;
    int ageBand = 0; // index into the age-band choices (0 = not known)
    std::vector<annotate::Uuid> custodians;
    Field custodySource{}, custodyCheckedOn{};
  };

  void drawPurposeChoice(AppState &state, review::Workspace &ws);
  void drawRecordingDays(AppState &state, review::Workspace &ws);
  // The keep-until day the consents allow, and a button to take it.
  void drawRetentionAdvice(AppState &state, review::Workspace &ws);
  void saveDays(AppState &state, review::Workspace &ws); // the two day fields, as typed
  void drawGrid(review::Workspace &ws);
  // "Delete the recording…": what would go, two choices, then the App does it.
  void drawDeleteDialog(AppState &state, review::Workspace &ws);
  // consent_form.cpp
  void openForm(const review::Workspace &ws, const Cell &cell);
  void drawForm(AppState &state, review::Workspace &ws);
  void drawParty(AppState &state, review::Workspace &ws, const annotate::Participant &person,
                 const annotate::Participant &party);
  void drawPersonFacts(AppState &state, review::Workspace &ws, const annotate::Participant &person);
  void save(AppState &state, review::Workspace &ws, const annotate::Participant &person,
            const annotate::Participant &party, annotate::ConsentState consentState);

  const review::Workspace *m_seen = nullptr; // the project the fields belong to
  std::optional<Cell> m_cell;
  bool m_formOpened = false; // scroll the form into view once it is drawn
  Form m_form;
  Field m_recordedOn{}, m_retainUntil{};
  std::string m_message; // the last refusal, until the next save
  bool m_deleteOriginal = false, m_deleteKeepWork = false;
};

} // namespace spiegel::app::gui
