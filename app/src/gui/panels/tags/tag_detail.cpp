#include "gui/panels/tags/tag_detail.hpp"

#include "common/i18n.hpp"
#include "common/review_messages.hpp"
#include "gui/shell/test_layout.hpp"
#include "gui/shell/theme.hpp"
#include "gui/shell/widgets.hpp"
#include "viewmodels/tag_list_model.hpp"

#include <algorithm>
#include <string>

namespace spiegel::app::gui {
namespace {
// Why 45 %: the list keeps more than half of the tab, and a note of a few
// hundred characters still shows whole at 1280×800.
constexpr float kShare = 0.45f;
// Below this many lines the share gives way: the strip always shows the
// tag's head, its people and the start of its note.
constexpr float kMinLines = 4.0f;

// The strip's text, one entry per wrapped block, in drawing order.
struct Detail {
  const annotate::Annotation *tag = nullptr; // null: nothing (or a tag since removed) is selected
  std::string head;                          // element · valence · time (after the colour swatch)
  std::string indicator;                     // "" for a free tag
  std::string people;                        // who · reviewer
  std::string consensus; // "Agreed by the group: …" for a consensus tag, else ""
  bool mayPromote = false; // a round's member who revealed may make it the group's
};

Detail detailOf(const AppState &state) {
  Detail d;
  if (!state.workspace || !state.selectedTag)
    return d;
  d.tag = state.workspace->tags().find(*state.selectedTag);
  if (d.tag == nullptr)
    return d;
  const viewmodels::TagRow r = viewmodels::TagListModel::makeRow(*state.workspace, *d.tag);
  const bool negative = d.tag->valence == annotate::Valence::Negative;
  d.head = r.element + "  \xC2\xB7  " +
           (negative ? tr("\xE2\x88\x92 negative", "\xE2\x88\x92 negatief") : tr("+ positive", "+ positief")) +
           "  \xC2\xB7  " + r.time;
  d.indicator = r.indicator;
  d.people = std::string(tr("Who: ", "Wie: ")) +
             (r.participants.empty() ? tr("the family as a whole", "het gezin als geheel") : r.participants) +
             "  \xC2\xB7  " + tr("Reviewer: ", "Beoordelaar: ") + r.reviewer;
  const review::Workspace &ws = *state.workspace;
  if (ws.isConsensusTag(*d.tag)) {
    d.consensus = tr("Agreed by the group: ", "Afgesproken door de groep: ");
    for (std::size_t i = 0; i < d.tag->agreedBy.size(); ++i) {
      const auto it = ws.reviewerNames().find(d.tag->agreedBy[i]);
      d.consensus += (i > 0 ? ", " : "") + (it != ws.reviewerNames().end() ? it->second : std::string("?"));
    }
  } else {
    d.mayPromote = ws.round() != nullptr && static_cast<bool>(ws.mayAgree()) && !ws.readOnly();
  }
  return d;
}

const char *emptyNote() { return tr("No note.", "Geen notitie."); }

const char *hint() {
  return tr("Click a tag to see all of it here, with its whole note.",
            "Klik op een tag om hem hier helemaal te zien, met de hele notitie.");
}

float swatchSide() { return ImGui::GetFontSize() * 0.7f; }

float textHeight(const std::string &text, float width) {
  return ImGui::CalcTextSize(text.c_str(), nullptr, false, std::max(width, 1.0f)).y;
}
} // namespace

float tagDetailHeight(const AppState &state, ImVec2 avail) {
  const ImGuiStyle &style = ImGui::GetStyle();
  const float width = avail.x - style.WindowPadding.x * 2.0f; // inside the child's border
  const Detail d = detailOf(state);
  float content = 0.0f;
  if (d.tag == nullptr) {
    content = textHeight(hint(), width);
  } else {
    const float swatch = swatchSide() + style.ItemInnerSpacing.x;
    content = textHeight(d.head, width - swatch) + style.ItemSpacing.y + textHeight(d.people, width) +
              style.ItemSpacing.y + textHeight(d.tag->note.empty() ? emptyNote() : d.tag->note, width);
    if (!d.indicator.empty())
      content += textHeight(d.indicator, width) + style.ItemSpacing.y;
    if (!d.consensus.empty())
      content += textHeight(d.consensus, width) + style.ItemSpacing.y;
    if (d.mayPromote)
      content += ImGui::GetFrameHeightWithSpacing();
  }
  const float most = std::max(avail.y * kShare, ImGui::GetTextLineHeightWithSpacing() * kMinLines);
  return std::min(content + style.WindowPadding.y * 2.0f, most);
}

void drawTagDetail(AppState &state, float height) {
  if (!ImGui::BeginChild("##tagdetail", ImVec2(0.0f, height), true)) {
    ImGui::EndChild();
    return;
  }
  TestLayout *tl = testLayout();
  if (tl != nullptr)
    tl->currentWindow("tags.detail");
  const Detail d = detailOf(state);
  ImGui::PushTextWrapPos(0.0f); // wrap at the strip's right edge (less its scrollbar, when it scrolls)
  if (d.tag == nullptr) {
    ImGui::TextDisabled("%s", hint());
  } else {
    const annotate::Element *e = state.workspace->codebook().element(d.tag->element);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float side = swatchSide(), top = at.y + (ImGui::GetTextLineHeight() - side) * 0.5f;
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(at.x, top), ImVec2(at.x + side, top + side),
                                              colors::fromHex(e != nullptr ? e->colour : std::string()), 2.0f);
    ImGui::SetCursorScreenPos(ImVec2(at.x + side + ImGui::GetStyle().ItemInnerSpacing.x, at.y));
    ImGui::TextUnformatted(d.head.c_str());
    if (!d.indicator.empty())
      ImGui::TextUnformatted(d.indicator.c_str());
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextUnformatted(d.people.c_str());
    if (d.tag->note.empty())
      ImGui::TextUnformatted(emptyNote());
    ImGui::PopStyleColor();
    if (!d.tag->note.empty()) // TextUnformatted: no length limit (Text's format buffer holds 3 KB)
      ImGui::TextUnformatted(d.tag->note.c_str());
    if (!d.consensus.empty())
      ImGui::TextColored(ImVec4(0.62f, 0.78f, 0.95f, 1.0f), "%s", d.consensus.c_str());
    if (d.mayPromote) {
      const annotate::Uuid id = d.tag->id;
      if (ImGui::SmallButton(tr("Agree as the group's consensus", "Afspreken als consensus van de groep"))) {
        const auto made = state.workspace->promoteToConsensus(id);
        if (!made)
          state.events.push(ShowError{describe(made.error), {}});
        else
          state.selectedTag = *made.value;
      }
      if (tl != nullptr)
        tl->lastItem("tags.detail_agree");
      itemTooltip(tr("A copy of this tag in the round's consensus, with everyone who revealed as agreeing. "
                     "The tag itself stays as it is.",
                     "Een kopie van deze tag in de consensus van de ronde, met iedereen die zijn werk liet zien als "
                     "akkoord. De tag zelf blijft zoals hij is."));
    }
    if (tl != nullptr) {
      tl->lastItem("tags.detail_note");
      tl->value("tags.detail_tag", d.tag->id);
      tl->value("tags.detail_note", d.tag->note);
    }
  }
  ImGui::PopTextWrapPos();
  if (tl != nullptr)
    tl->value("tags.detail_scroll_max", static_cast<double>(ImGui::GetScrollMaxY()));
  ImGui::EndChild();
}

} // namespace spiegel::app::gui
