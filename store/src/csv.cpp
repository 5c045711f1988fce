// Tags, comments and the audit log as CSV for spreadsheets (docs/formats.md
// "Tags as CSV", "Comments as CSV", "Audit log as CSV").
#include "project_impl.hpp"

#include "spiegel/annotate/civil_date.hpp"
#include "spiegel/annotate/reviewer_names.hpp"

#include <cstdio>
#include <span>
#include <string_view>
#include <unordered_map>

namespace spiegel::store {

namespace {
// HH:MM:SS.mmm, hours not wrapped.
std::string clock(Micros t) {
  const long long ms = (t < 0 ? 0 : t) / 1000;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%02lld:%02lld:%02lld.%03lld", ms / 3'600'000, ms / 60'000 % 60, ms / 1000 % 60,
                ms % 1000);
  return buf;
}

// Seconds with three decimals; the decimal mark follows the separator
// (Dutch Excel reads "12,500" as a number when the separator is ';').
std::string seconds(Micros t, char decimalMark) {
  const long long ms = (t < 0 ? 0 : t) / 1000;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%lld%c%03lld", ms / 1000, decimalMark, ms % 1000);
  return buf;
}

// Spreadsheets run a cell that starts with = + - @ (or a tab or carriage
// return, which they skip before looking) as a formula, so a note such as
// "=HYPERLINK(...)" would become a live link. Free-text cells that start so
// get a leading ' : Excel and LibreOffice then show the text as written (the
// ' itself is hidden). Numbers and times are written by us and never guarded.
std::string guardFormula(const std::string &text) {
  if (text.empty() || std::string_view("=+-@\t\r").find(text.front()) == std::string_view::npos)
    return text;
  return "'" + text;
}

std::string cell(const std::string &text, char sep) {
  if (text.find_first_of(std::string{sep, '"', '\n', '\r'}) == std::string::npos)
    return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"')
      out += '"';
    out += c;
  }
  return out + '"';
}

// One CSV line of `cells` (quoted where needed), CRLF-terminated.
void line(std::string &out, std::span<const std::string> cells, char sep) {
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0)
      out += sep;
    out += cell(cells[i], sep);
  }
  out += "\r\n";
}
} // namespace

std::string tagsToCsv(const Project &project, const CsvOptions &options) {
  return tagsToCsv(project, project.annotations(), options);
}

std::string tagsToCsv(const Project &project, std::span<const Annotation> tags, const CsvOptions &options) {
  const char sep = options.separator;
  const char mark = sep == ',' ? '.' : ',';
  const Codebook cb = project.codebook();
  std::unordered_map<Uuid, std::string> roles{{annotate::kFamilySubject, annotate::kFamilySubject}};
  for (const auto &p : project.participants(true))
    roles[p.id] = p.alias.empty() ? p.role : p.role + " (" + p.alias + ")";
  const auto names = annotate::reviewerNames(project.reviewers(true));

  std::string out = "\xEF\xBB\xBF"; // UTF-8 byte order mark: Excel then reads UTF-8
  const char *header[] = {"id",        "start",     "start_s",     "end",      "end_s",
                          "element",   "element_name", "valence", "indicator", "indicator_label",
                          "participants", "note",   "reviewer",    "reviewer_id", "updated_at"};
  for (std::size_t i = 0; i < std::size(header); ++i) {
    if (i > 0)
      out += sep;
    out += header[i];
  }
  out += "\r\n";
  for (const auto &a : tags) {
    const auto *el = cb.element(a.element);
    const auto *ind = a.indicator ? cb.indicator(*a.indicator) : nullptr;
    std::string who;
    for (const auto &p : a.participants) {
      if (!who.empty())
        who += ", ";
      const auto it = roles.find(p);
      who += it == roles.end() ? p : it->second;
    }
    const auto reviewer = names.find(a.reviewer);
    // guardFormula() on every cell whose text comes from a person (the
    // codebook, the participant list, the reviewer list, the note); the
    // valence column is our own fixed "+" / "-" and stays as it is.
    const std::string cells[] = {a.id,
                                 clock(a.start),
                                 seconds(a.start, mark),
                                 clock(a.end),
                                 seconds(a.end, mark),
                                 guardFormula(a.element),
                                 guardFormula(el != nullptr ? el->name.in(options.lang) : std::string()),
                                 a.valence == annotate::Valence::Negative ? "-" : "+",
                                 guardFormula(a.indicator.value_or("")),
                                 guardFormula(ind != nullptr ? ind->label.in(options.lang) : std::string()),
                                 guardFormula(who),
                                 guardFormula(a.note),
                                 guardFormula(reviewer == names.end() ? std::string() : reviewer->second),
                                 a.reviewer,
                                 std::to_string(a.updatedAt)};
    line(out, cells, sep);
  }
  return out;
}

std::string commentsToCsv(const Project &project, std::span<const Thread> threads,
                          std::span<const Comment> comments, const CsvOptions &options) {
  const char sep = options.separator;
  const char mark = sep == ',' ? '.' : ',';
  const Codebook cb = project.codebook();
  std::unordered_map<Uuid, std::string> elements; // tag id → element name
  for (const auto &a : project.annotations(true)) {
    const auto *el = cb.element(a.element);
    elements[a.id] = el != nullptr ? el->name.in(options.lang) : a.element;
  }
  const auto names = annotate::reviewerNames(project.reviewers(true));
  const auto nameOf = [&](const Uuid &id) {
    const auto it = names.find(id);
    return it == names.end() ? std::string() : it->second;
  };
  std::string out = "\xEF\xBB\xBF"; // UTF-8 byte order mark, as tagsToCsv
  const std::string header[] = {"thread_id", "start",     "start_s",   "end",    "end_s",     "tag_id",
                                "element_name", "resolved", "comment_id", "reply_to", "author",   "author_id",
                                "created_at", "updated_at", "text"};
  line(out, header, sep);
  for (const auto &t : threads) {
    const auto element = elements.find(t.tag);
    for (const auto &row : annotate::commentTree(t.id, comments)) {
      const auto &c = *row.comment;
      const std::string cells[] = {t.id,
                                   clock(t.start),
                                   seconds(t.start, mark),
                                   clock(t.end),
                                   seconds(t.end, mark),
                                   t.tag,
                                   guardFormula(element == elements.end() ? std::string() : element->second),
                                   t.resolved ? "1" : "0",
                                   c.id,
                                   c.parent,
                                   guardFormula(nameOf(c.author)),
                                   c.author,
                                   std::to_string(c.createdAt),
                                   std::to_string(c.updatedAt),
                                   guardFormula(c.text)};
      line(out, cells, sep);
    }
  }
  return out;
}

std::string auditToCsv(const Project &project, const CsvOptions &options) {
  const char sep = options.separator;
  std::string out = "\xEF\xBB\xBF";
  const std::string header[] = {"nr",     "at_ms",  "at_utc", "who", "device",
                                "action", "object", "detail", "id",  "hash"};
  line(out, header, sep);
  std::size_t nr = 0;
  for (const auto &e : project.audit()) {
    const long long msOfDay = (e.at % 86'400'000 + 86'400'000) % 86'400'000;
    char time[16];
    std::snprintf(time, sizeof time, "T%02lld:%02lld:%02lldZ", msOfDay / 3'600'000, msOfDay / 60'000 % 60,
                  msOfDay / 1000 % 60);
    const std::string cells[] = {std::to_string(++nr),
                                 std::to_string(e.at),
                                 annotate::formatCivilDate(annotate::civilDateOfUnixMillis(e.at)) + time,
                                 guardFormula(e.actor),
                                 guardFormula(e.device),
                                 e.action,
                                 guardFormula(e.object),
                                 guardFormula(e.detail),
                                 e.id,
                                 e.hash};
    line(out, cells, sep);
  }
  return out;
}

} // namespace spiegel::store
