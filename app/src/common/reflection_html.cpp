// htmlRecord: the reflection record as one HTML page with its CSS inline
// and its stills as data: URIs, so it opens anywhere, offline, and prints
// on A4 (each session of a series on a new page, a moment never split).
#include "common/html_text.hpp"
#include "common/i18n.hpp"
#include "common/reflection_outline.hpp"

#include <sstream>

namespace spiegel::app {
namespace {

// The PDF's look (reflection_pdf.cpp): one sans-serif, dark grey text,
// quiet labels, thin rules, a light band behind each moment.
constexpr const char *kStyle = R"(
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #222; background: #fff;
       max-width: 48em; margin: 2em auto; padding: 0 1.2em; line-height: 1.45; font-size: 15px; }
h1 { font-size: 1.7em; font-weight: 600; margin: 0 0 0.2em; }
h2 { font-size: 1.3em; font-weight: 600; margin: 2em 0 0.5em; padding-bottom: 0.25em; border-bottom: 1px solid #bbb; }
h3 { font-size: 1em; font-weight: 600; color: #2f4a66; margin: 1.6em 0 0.5em; text-transform: uppercase;
     letter-spacing: 0.04em; }
h4 { font-size: 1em; font-weight: 600; margin: 0 0 0.3em; }
p.meta { color: #666; font-size: 0.9em; margin: 0 0 1em; }
p.note { color: #6b4e00; background: #fbf6e9; border-left: 3px solid #d9b650; padding: 0.4em 0.7em; }
table.facts { border-collapse: collapse; width: 100%; }
table.facts th, table.facts td { text-align: left; vertical-align: top; padding: 0.3em 0.6em 0.3em 0;
                                 border-bottom: 1px solid #e4e4e4; }
table.facts th { font-weight: normal; color: #666; width: 14em; }
.moment { display: flex; gap: 1em; background: #f6f7f9; border-radius: 4px; padding: 0.8em; margin: 0 0 0.8em; }
.moment img { flex: none; width: 12em; height: auto; border-radius: 2px; align-self: flex-start; }
.moment .body { flex: 1; min-width: 0; }
/* One label column for a moment and its pauses, as the PDF: "Voorbereide vraag" fits. */
dl { margin: 0; display: grid; grid-template-columns: minmax(9.5em, max-content) 1fr; gap: 0.15em 0.8em; }
dt { color: #666; }
dd { margin: 0; white-space: pre-line; overflow-wrap: anywhere; }
.pause { margin-top: 0.6em; padding-top: 0.5em; border-top: 1px solid #dde0e5; }
.pause .when { margin: 0 0 0.3em; font-style: italic; color: #444; }
.pauses .pause:first-child { border-top: none; margin-top: 0; padding-top: 0; }
.labelled p { margin: 0 0 0.9em; white-space: pre-line; overflow-wrap: anywhere; }
.muted { color: #999; font-style: italic; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  h2.later { break-before: page; }
  h2, h3, h4 { break-after: avoid; }
  .moment, .pause, table.facts tr { break-inside: avoid; }
  .moment { background: #f6f7f9; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
@page { size: A4; margin: 18mm 18mm 20mm; }
)";

void fieldList(std::ostringstream &out, const std::vector<Field> &fields) {
  if (fields.empty())
    return;
  out << "<dl>";
  for (const auto &f : fields)
    out << "<dt>" << htmlEscape(f.label) << "</dt><dd" << (f.muted ? " class=\"muted\"" : "") << '>'
        << htmlEscape(f.text) << "</dd>";
  out << "</dl>\n";
}

void pauses(std::ostringstream &out, const std::vector<OutlinePause> &list) {
  for (const auto &p : list) {
    out << "<div class=\"pause\"><p class=\"when\">" << htmlEscape(p.heading) << "</p>";
    fieldList(out, p.fields);
    out << "</div>\n";
  }
}

void still(std::ostringstream &out, const OutlineBlock &b, const RecordStills &stills) {
  const auto it = stills.byMoment.find(b.moment);
  if (it == stills.byMoment.end())
    return; // the moment's text takes the whole width
  const auto &img = it->second.image;
  out << "<img src=\"data:image/jpeg;base64," << base64(it->second.jpeg) << "\" width=\"" << img.width
      << "\" height=\"" << img.height << "\" alt=\"" << htmlEscape(std::string(tr("Still of ", "Beeld van ")) + b.text)
      << "\">";
}

void block(std::ostringstream &out, const OutlineBlock &b, const RecordStills &stills, int &sessions) {
  switch (b.kind) {
  case BlockKind::Title: out << "<h1>" << htmlEscape(b.text) << "</h1>\n"; break;
  case BlockKind::Meta: out << "<p class=\"meta\">" << htmlEscape(b.text) << "</p>\n"; break;
  case BlockKind::Heading:
    out << (sessions++ > 0 ? "<h2 class=\"later\">" : "<h2>") << htmlEscape(b.text) << "</h2>\n";
    break;
  case BlockKind::Subheading: out << "<h3>" << htmlEscape(b.text) << "</h3>\n"; break;
  case BlockKind::Note: out << "<p class=\"note\">" << htmlEscape(b.text) << "</p>\n"; break;
  case BlockKind::Facts:
    out << "<table class=\"facts\">\n";
    for (const auto &f : b.fields)
      out << "<tr><th>" << htmlEscape(f.label) << "</th><td>" << htmlEscape(f.text) << "</td></tr>\n";
    out << "</table>\n";
    break;
  case BlockKind::Moment:
    out << "<div class=\"moment\">";
    still(out, b, stills);
    out << "<div class=\"body\"><h4>" << htmlEscape(b.text) << "</h4>\n";
    fieldList(out, b.fields);
    pauses(out, b.pauses);
    out << "</div></div>\n";
    break;
  case BlockKind::Pauses:
    out << "<div class=\"moment pauses\"><div class=\"body\">\n";
    pauses(out, b.pauses);
    out << "</div></div>\n";
    break;
  case BlockKind::Labelled:
    out << "<div class=\"labelled\">\n";
    for (const auto &f : b.fields) {
      if (!f.label.empty())
        out << "<h4>" << htmlEscape(f.label) << "</h4>";
      out << (f.muted ? "<p class=\"muted\">" : "<p>") << htmlEscape(f.text) << "</p>\n";
    }
    out << "</div>\n";
    break;
  }
}

} // namespace

std::string htmlRecord(const ReflectionRecord &record, const RecordStills &stills) {
  std::ostringstream out;
  out << "<!DOCTYPE html>\n<html lang=\"" << langCode() << "\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<meta name=\"generator\" content=\"Spiegel\">\n<title>" << htmlEscape(recordTitle(record)) << "</title>\n"
      << "<style>" << kStyle << "</style>\n</head>\n<body>\n";
  int sessions = 0;
  for (const auto &b : recordOutline(record, stills))
    block(out, b, stills, sessions);
  out << "</body>\n</html>\n";
  return out.str();
}

} // namespace spiegel::app
