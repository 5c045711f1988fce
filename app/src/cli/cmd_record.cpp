// spiegel record PROJECT [--session ID] --out R.html|R.pdf: the reflection
// record of one recall session, or of all of them as a series (issue #14
// §3; common/reflection_record). Written whole or not at all (a temporary
// file renamed), and logged as an export in the project's audit log.
#include "cli/store_cli.hpp"
#include "common/arg_parser.hpp"
#include "common/clock_text.hpp"
#include "common/i18n.hpp"
#include "common/reflection_record.hpp"
#include "common/store_messages.hpp"
#include "spiegel/store/package.hpp"

#include <chrono>
#include <filesystem>
#include <iostream>

namespace spiegel::app {
namespace {

void help() {
  std::cout << tr(
      "Usage: spiegel record PROJECT.spiegel [--session ID] --out RECORD.html|RECORD.pdf\n"
      "  Writes the reflection record of a recall session: when it was held and for how long, the days since the\n"
      "  recording, who took part (family members by role only), each moment with a still and its time, what was\n"
      "  asked and answered, the lessons learned, the three SKJ dimensions and the hours. Without --session it\n"
      "  covers every session of the project, as a series. .html gives one page that opens anywhere and prints on\n"
      "  A4; .pdf an A4 document. The text is in the program's language (SPIEGEL_LANG=nl or en).\n"
      "  An existing file is replaced only once the new record is complete. The export is written in the audit log.\n"
      "Exit codes: 0 written, 1 the file could not be written, 2 wrong arguments, 3 the project cannot be read,\n"
      "  has no such session or no sessions at all.\n",
      "Gebruik: spiegel record PROJECT.spiegel [--session ID] --out VERSLAG.html|VERSLAG.pdf\n"
      "  Schrijft het reflectieverslag van een terugkijksessie: wanneer die was en hoe lang, de dagen sinds de\n"
      "  opname, wie er meededen (gezinsleden alleen met hun rol), elk moment met een beeld en de tijd, wat er\n"
      "  gevraagd en geantwoord is, de geleerde lessen, de drie SKJ-dimensies en de uren. Zonder --session gaat\n"
      "  het over alle sessies van het project, als reeks. .html geeft een pagina die overal opent en op A4\n"
      "  afdrukt; .pdf een A4-document. De tekst is in de taal van het programma (SPIEGEL_LANG=nl of en).\n"
      "  Een bestaand bestand wordt pas vervangen als het nieuwe verslag helemaal klaar is. De export komt in het\n"
      "  logboek.\n"
      "Afsluitcodes: 0 geschreven, 1 het bestand kon niet worden geschreven, 2 verkeerde argumenten, 3 het project\n"
      "  is niet te lezen, heeft die sessie niet of heeft geen sessies.\n");
}

std::string today() {
  const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
      std::chrono::system_clock::now().time_since_epoch());
  return wallClockText(now.count(), "%Y-%m-%d");
}

int problem(RecordProblem why, const std::string &project, const std::optional<std::string> &session) {
  if (why == RecordProblem::UnknownSession)
    return fail(kExitBadInput, std::string(tr("The project ", "Het project ")) + project +
                                   tr(" has no recall session with id ", " heeft geen terugkijksessie met id ") +
                                   *session + tr(" (it may have been deleted).", " (misschien is die verwijderd)."));
  return fail(kExitBadInput, std::string(tr("The project ", "Het project ")) + project +
                                 tr(" has no recall sessions yet, so there is nothing to write a record of.",
                                    " heeft nog geen terugkijksessies, dus er is nog geen verslag te schrijven."));
}

int writeRecord(const std::string &path, const std::optional<std::string> &session, const std::string &out,
                RecordFormat format) {
  auto project = openForReading(path);
  const auto built = buildReflectionRecord(project, session, today());
  if (built.problem != RecordProblem::None)
    return problem(built.problem, path, session);
  const auto &record = built.record;
  const auto stills = makeStills(record);
  std::string bytes;
  try {
    bytes = renderRecord(record, stills, format);
  } catch (const std::runtime_error &e) {
    return fail(kExitError, std::string(tr("Could not make the PDF (", "Kon de PDF niet maken (")) + e.what() +
                                tr("); try .html instead.", "); probeer .html."));
  }
  try {
    store::writeTextFile(out, bytes); // a temporary file beside it, renamed: never half a record
  } catch (const store::StoreError &e) {
    return fail(kExitError, std::string(tr("Cannot write ", "Kan niet schrijven: ")) + out + " (" + e.what() +
                                tr("); check that the folder exists and may be written, and the free space.",
                                   "); controleer of de map bestaat en beschreven mag worden, en de vrije ruimte."));
  }
  try {
    project.logAudit("export", "reflection record " + out, recordAuditDetail(record, stills, session));
  } catch (const store::StoreError &) {
    // A read-only project can still be exported; it just cannot log it.
  }
  for (const auto &s : record.sessions)
    if (s.recordingState != RecordingState::Available && !s.moments.empty())
      std::cerr << tr("Note: the recording of ", "Let op: de opname van ") << '"'
                << (s.title.empty() ? tr("Recall session", "Terugkijksessie") : s.title.c_str()) << '"'
                << tr(" is not available, so its moments have no stills.",
                      " is niet beschikbaar, dus de momenten hebben geen beeld.")
                << '\n';
  std::cout << out << '\n';
  return kExitOk;
}

} // namespace

int runRecord(const Args &args) {
  ArgParser p(args);
  if (p.wantsHelp()) {
    help();
    return kExitOk;
  }
  const auto session = p.value("--session");
  const auto out = p.value("--out");
  const auto files = p.positionals();
  if (auto bad = p.leftoverError())
    return fail(kExitUsage, *bad);
  if (files.size() != 1 || !out)
    return fail(kExitUsage, tr("Give one project and --out RECORD.html or RECORD.pdf (see spiegel record --help).",
                               "Geef één project en --out VERSLAG.html of VERSLAG.pdf op (zie spiegel record --help)."));
  const auto format = recordFormatOf(*out);
  if (!format)
    return fail(kExitUsage, std::string(tr("The record is written as .html or .pdf, not ",
                                           "Het verslag wordt geschreven als .html of .pdf, niet als ")) +
                                *out + tr(": end the name with one of those.", ": laat de naam op een van die twee eindigen."));
  return guardStore([&] { return writeRecord(files[0], session, *out, *format); });
}

} // namespace spiegel::app
