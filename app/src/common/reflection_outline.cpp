// recordOutline: the words of the reflection record, once for both the
// HTML page and the PDF.
#include "common/reflection_outline.hpp"

#include "common/i18n.hpp"
#include "spiegel/annotate/consent.hpp"

#include <cstdio>

namespace spiegel::app {
namespace {

std::string decimalHours(int minutes) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", minutes / 60.0);
  std::string s = buf;
  while (s.back() == '0')
    s.pop_back();
  if (s.back() == '.')
    s.pop_back();
  if (language() == Lang::Nl)
    for (char &c : s)
      c = c == '.' ? ',' : c;
  return s;
}

// "45 minutes (0.75 hours)": the registration counts hours.
std::string lengthText(int minutes) {
  const std::string hours = decimalHours(minutes);
  return std::to_string(minutes) + (minutes == 1 ? tr(" minute (", " minuut (") : tr(" minutes (", " minuten (")) +
         hours + (hours == "1" ? tr(" hour)", " uur)") : tr(" hours)", " uur)"));
}

std::string delayText(const RecordSession &s) {
  if (s.delayDays && *s.delayDays < 0)
    return std::string(tr("held before the day of recording (", "gehouden vóór de opnamedag (")) + s.recordedOn +
           tr("): check both days", "): controleer beide dagen");
  if (s.delayDays)
    return std::to_string(*s.delayDays) + (*s.delayDays == 1 ? tr(" day", " dag") : tr(" days", " dagen")) +
           tr(" (recorded on ", " (opgenomen op ") + s.recordedOn + ")";
  if (s.heldOn.empty())
    return tr("not known until the session is held", "pas bekend als de sessie is gehouden");
  return tr("not known: the day of recording is not filled in", "niet bekend: de opnamedag is niet ingevuld");
}

std::string joined(const std::vector<std::string> &parts) {
  std::string out;
  for (const auto &p : parts)
    out += (out.empty() ? "" : ", ") + p;
  return out;
}

Field textOrMuted(const char *label, const std::string &text, const char *placeholder) {
  return text.empty() ? Field{label, placeholder, true} : Field{label, text, false};
}

OutlinePause pauseOutline(const RecordPause &p) {
  const char *by = p.by == annotate::PausedBy::Auto       ? tr(" (automatically)", " (vanzelf)")
                   : p.by == annotate::PausedBy::Recaller ? tr(" by the person recalling", " door wie terugblikt")
                                                          : tr(" by the inquirer", " door de vragensteller");
  OutlinePause out{std::string(tr("Paused at ", "Gepauzeerd op ")) + p.time + by, {}};
  if (!p.prompt.empty())
    out.fields.push_back({tr("Question", "Vraag"), p.prompt});
  out.fields.push_back(textOrMuted(tr("Answer", "Antwoord"), p.answer,
                                   p.spoken ? tr("spoken only", "alleen gesproken")
                                            : tr("no answer written", "geen antwoord geschreven")));
  if (!p.forLater.empty())
    out.fields.push_back({tr("For later", "Voor later"), p.forLater});
  if (p.spoken)
    out.fields.push_back({tr("Spoken answer", "Gesproken antwoord"),
                          tr("kept with the project, not in this record", "bewaard bij het project, niet in dit verslag")});
  return out;
}

std::string momentHeading(const RecordMoment &m) {
  std::string line = std::string(tr("Moment ", "Moment ")) + std::to_string(m.number) + "  \xC2\xB7  " + m.time;
  if (m.kind == annotate::MomentKind::Micro)
    line += tr("  \xC2\xB7  micro-moment", "  \xC2\xB7  micromoment");
  return line;
}

void addStillsNote(std::vector<OutlineBlock> &out, const RecordSession &s, const RecordStills &stills) {
  std::string note;
  if (s.recordingState == RecordingState::Deleted)
    note = tr("The recording was deleted, so the moments are shown without stills.",
              "De opname is verwijderd, dus de momenten staan er zonder beeld bij.");
  else if (s.recordingState == RecordingState::Missing)
    note = tr("The recording was not found where it was, so the moments are shown without stills.",
              "De opname staat niet meer waar hij stond, dus de momenten staan er zonder beeld bij.");
  else if (const auto it = stills.problems.find(s.id); it != stills.problems.end())
    note = std::string(tr("The moments are shown without stills: ", "De momenten staan er zonder beeld bij: ")) +
           it->second;
  if (!note.empty() && !s.moments.empty())
    out.push_back({.kind = BlockKind::Note, .text = note});
}

void addSession(std::vector<OutlineBlock> &out, const RecordSession &s, const RecordStills &stills) {
  out.push_back({.kind = BlockKind::Heading,
                 .text = s.title.empty() ? std::string(tr("Recall session", "Terugkijksessie")) : s.title});
  std::size_t pauses = s.loosePauses.size();
  for (const auto &m : s.moments)
    pauses += m.pauses.size();
  out.push_back(
      {.kind = BlockKind::Facts,
       .fields = {{tr("Held on", "Gehouden op"), s.heldOn.empty() ? tr("not held yet", "nog niet gehouden") : s.heldOn},
                  {tr("Length", "Duur"), s.heldOn.empty() ? tr("not held yet", "nog niet gehouden")
                                                          : lengthText(s.minutes)},
                  {tr("Purpose", "Doel"), annotate::purposeText(s.purpose).in(langCode())},
                  {tr("Time since the recording", "Tijd sinds de opname"), delayText(s)},
                  {tr("Method", "Methode"), s.method.empty() ? tr("none (free recall)", "geen (vrij terugkijken)") : s.method},
                  {tr("Inquirer", "Vragensteller"), s.inquirer.empty() ? tr("not known", "niet bekend") : s.inquirer},
                  {tr("In the recording (by role)", "In de opname (op rol)"),
                   s.participants.empty() ? tr("no participants recorded", "geen deelnemers vastgelegd")
                                          : joined(s.participants)},
                  {tr("Moments and pauses", "Momenten en pauzes"),
                   std::to_string(s.moments.size()) + tr(" moments, ", " momenten, ") + std::to_string(pauses) +
                       tr(" pauses", " pauzes")}}});
  out.push_back({.kind = BlockKind::Subheading, .text = tr("Moments", "Momenten")});
  addStillsNote(out, s, stills);
  if (s.moments.empty())
    out.push_back({.kind = BlockKind::Note, .text = tr("No moments were chosen.", "Er zijn geen momenten gekozen.")});
  for (const auto &m : s.moments) {
    OutlineBlock b{.kind = BlockKind::Moment, .text = momentHeading(m), .moment = m.id};
    if (!m.element.empty())
      b.fields.push_back({tr("Element", "Element"), m.element});
    if (!m.prompt.empty())
      b.fields.push_back({tr("Prepared question", "Voorbereide vraag"), m.prompt});
    for (const auto &p : m.pauses)
      b.pauses.push_back(pauseOutline(p));
    out.push_back(std::move(b));
  }
  if (!s.loosePauses.empty()) {
    out.push_back({.kind = BlockKind::Subheading, .text = tr("Pauses between moments", "Pauzes tussen momenten")});
    OutlineBlock b{.kind = BlockKind::Pauses};
    for (const auto &p : s.loosePauses)
      b.pauses.push_back(pauseOutline(p));
    out.push_back(std::move(b));
  }
  const char *open = tr("Not filled in yet.", "Nog niet ingevuld.");
  out.push_back({.kind = BlockKind::Subheading, .text = tr("Lessons learned", "Geleerde lessen")});
  out.push_back({.kind = BlockKind::Labelled, .fields = {textOrMuted("", s.lessons, open)}});
  out.push_back({.kind = BlockKind::Subheading, .text = tr("Reflection (SKJ)", "Reflectie (SKJ)")});
  out.push_back({.kind = BlockKind::Labelled,
                 .fields = {textOrMuted(tr("Technical-instrumental", "Technisch-instrumenteel"), s.technical, open),
                            textOrMuted(tr("Normative", "Normatief"), s.normative, open),
                            textOrMuted(tr("Personal", "Persoonlijk"), s.personal, open)}});
}

} // namespace

std::string recordTitle(const ReflectionRecord &record) {
  if (record.series())
    return std::string(tr("Reflection record: series of ", "Reflectieverslag: reeks van ")) +
           std::to_string(record.sessions.size()) + tr(" sessions", " sessies");
  return tr("Reflection record", "Reflectieverslag");
}

std::vector<OutlineBlock> recordOutline(const ReflectionRecord &record, const RecordStills &stills) {
  std::vector<OutlineBlock> out;
  out.push_back({.kind = BlockKind::Title, .text = recordTitle(record)});
  out.push_back({.kind = BlockKind::Meta,
                 .text = std::string(tr("Made on ", "Gemaakt op ")) + record.writtenOn +
                         tr(" with Spiegel. Family members appear by their role only. Keep this record as "
                            "confidential as the recording.",
                            " met Spiegel. Gezinsleden staan er alleen met hun rol in. Bewaar dit verslag even "
                            "vertrouwelijk als de opname.")});
  // The hours first: what the registration asks for, before the detail.
  out.push_back({.kind = BlockKind::Subheading, .text = tr("Hours", "Uren")});
  out.push_back({.kind = BlockKind::Facts,
                 .fields = {{tr("Sessions held", "Gehouden sessies"),
                             std::to_string(record.held) + tr(" of ", " van ") + std::to_string(record.sessions.size())},
                            {tr("Total of the sessions held", "Totaal van de gehouden sessies"),
                             lengthText(record.totalMinutes)}}});
  for (const auto &s : record.sessions)
    addSession(out, s, stills);
  return out;
}

} // namespace spiegel::app
