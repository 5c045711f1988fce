// spiegel comments add|resolve|list|export — discussion on moments (issue
// #12 §5): threads on a tag or a stretch and their comments, through
// review/ with the window's rules; lists and exports show what the reader
// is shown in a blind round.
#include "cli/review_cli.hpp"
#include "cli/store_cli.hpp"
#include "common/arg_parser.hpp"
#include "common/i18n.hpp"
#include "spiegel/annotate/reviewer_names.hpp"
#include "spiegel/annotate/time_format.hpp"
#include "spiegel/review/visibility.hpp"
#include "spiegel/store/package.hpp"

#include <nlohmann/json.hpp>

#include <iostream>

namespace spiegel::app {

namespace {
void help() {
  std::cout << tr(
      "Usage:\n"
      "  spiegel comments add PROJECT.spiegel (--tag TAG-ID | --at SECONDS [--to SECONDS]) --text TEXT\n"
      "      Start a discussion on a tag or a moment (or stretch) with its first comment; prints the thread's id.\n"
      "  spiegel comments add PROJECT.spiegel --thread THREAD-ID [--reply-to COMMENT-ID] --text TEXT\n"
      "      Comment in a discussion, or reply to one comment; prints the comment's id.\n"
      "  spiegel comments resolve PROJECT.spiegel THREAD-ID [--reopen]\n"
      "  spiegel comments list PROJECT.spiegel [--json]\n"
      "  spiegel comments export PROJECT.spiegel [--out FILE] [--separator ';'|',']\n"
      "      The comments as CSV for Excel (';' by default), discussion by discussion.\n"
      "  Every command takes --reviewer NAME (one of your own profiles). In a blind coding round comments are\n"
      "  their writer's work, like tags: you are shown what the round shows you (spiegel round --help).\n",
      "Gebruik:\n"
      "  spiegel comments add PROJECT.spiegel (--tag TAG-ID | --at SECONDEN [--to SECONDEN]) --text TEKST\n"
      "      Een bespreking starten over een tag of een moment (of stuk) met de eerste reactie; toont het id ervan.\n"
      "  spiegel comments add PROJECT.spiegel --thread BESPREKING-ID [--reply-to REACTIE-ID] --text TEKST\n"
      "      Reageren in een bespreking, of op een reactie; toont het id van je reactie.\n"
      "  spiegel comments resolve PROJECT.spiegel BESPREKING-ID [--reopen]\n"
      "  spiegel comments list PROJECT.spiegel [--json]\n"
      "  spiegel comments export PROJECT.spiegel [--out BESTAND] [--separator ';'|',']\n"
      "      De reacties als CSV voor Excel (standaard ';'), bespreking voor bespreking.\n"
      "  Elke opdracht kent --reviewer NAAM (een van je eigen profielen). In een blinde codeerronde zijn reacties\n"
      "  het werk van wie ze schreef, net als tags: je krijgt te zien wat de ronde jou laat zien (spiegel round --help).\n");
}

std::string onePath(ArgParser &p, std::size_t n = 1) {
  auto pos = p.positionals();
  if (auto bad = p.leftoverError())
    throw UsageError(*bad);
  if (pos.size() != n)
    throw UsageError(tr("Name the project file (and a thread id where asked; see --help).",
                        "Noem het projectbestand (en een bespreking-id waar gevraagd; zie --help)."));
  return pos.front() + (n == 2 ? "\n" + pos[1] : std::string());
}

annotate::Micros seconds(const char *option, const std::string &text) {
  const auto v = ArgParser::parseSeconds(text);
  if (!v)
    throw UsageError(std::string(tr("The option ", "De optie ")) + option +
                     tr(" needs a time in seconds, like 12.5 or 1:02.5.",
                        " heeft een tijd in seconden nodig, zoals 12.5 of 1:02.5."));
  return *v;
}

int runAdd(ArgParser &p) {
  const auto tag = p.value("--tag"), at = p.value("--at"), to = p.value("--to"), text = p.value("--text");
  const auto thread = p.value("--thread"), replyTo = p.value("--reply-to"), reviewer = p.value("--reviewer");
  const auto path = onePath(p);
  if (!text || (!tag && !at && !thread))
    return fail(kExitUsage, tr("comments add needs --text and one of --tag, --at or --thread (see --help).",
                               "comments add heeft --text nodig en een van --tag, --at of --thread (zie --help)."));
  auto ws = openForEditing(path, cliIdentity(reviewer));
  review::Result<annotate::Uuid> made;
  if (thread)
    made = ws->reply(*thread, replyTo.value_or(""), *text);
  else if (tag)
    made = ws->startThread(*tag, *text);
  else
    made = ws->startThread(seconds("--at", *at), to ? seconds("--to", *to) : seconds("--at", *at), *text);
  check(made.error, path);
  std::cout << *made.value << std::endl;
  return kExitOk;
}

int runResolve(ArgParser &p) {
  const bool reopen = p.flag("--reopen");
  const auto reviewer = p.value("--reviewer");
  const auto both = onePath(p, 2);
  const auto path = both.substr(0, both.find('\n')), id = both.substr(both.find('\n') + 1);
  auto ws = openForEditing(path, cliIdentity(reviewer));
  check(ws->setResolved(id, !reopen), path);
  return kExitOk;
}

int runList(ArgParser &p) {
  const bool json = p.flag("--json");
  const auto reviewer = p.value("--reviewer");
  const auto path = onePath(p);
  auto project = openForReading(path);
  const auto work = review::visibleWork(project, readerProfile(reviewer));
  const auto names = annotate::reviewerNames(project.reviewers(true));
  const auto nameOf = [&](const annotate::Uuid &id) {
    const auto it = names.find(id);
    return it == names.end() ? std::string() : it->second;
  };
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const auto &t : work.threads) {
    if (!json)
      std::cout << annotate::formatTime(t.start) << (t.end != t.start ? "-" + annotate::formatTime(t.end) : "")
                << (t.tag.empty() ? "" : "  tag " + t.tag) << (t.resolved ? tr("  (resolved)", "  (afgerond)") : "")
                << "  " << t.id << '\n';
    nlohmann::ordered_json comments = nlohmann::ordered_json::array();
    for (const auto &row : annotate::commentTree(t.id, work.comments)) {
      const auto &c = *row.comment;
      comments.push_back({{"id", c.id}, {"reply_to", c.parent.empty() ? nlohmann::json(nullptr) : nlohmann::json(c.parent)},
                          {"depth", row.depth}, {"author", nameOf(c.author)}, {"author_id", c.author},
                          {"created_at", c.createdAt}, {"text", c.text}});
      if (!json)
        std::cout << std::string(static_cast<std::size_t>(2 + 2 * row.depth), ' ') << nameOf(c.author) << ": " << c.text
                  << "  " << c.id << '\n';
    }
    if (!json)
      continue;
    out.push_back({{"id", t.id}, {"tag", t.tag.empty() ? nlohmann::json(nullptr) : nlohmann::json(t.tag)},
                   {"start_us", t.start}, {"end_us", t.end}, {"resolved", t.resolved},
                   {"started_by", nameOf(t.createdBy)}, {"comments", std::move(comments)}});
  }
  if (json) {
    std::cout << out.dump(2) << '\n';
  } else {
    std::cerr << work.threads.size() << tr(" discussions, ", " besprekingen, ") << work.comments.size()
              << tr(" comments\n", " reacties\n");
  }
  sayHidden(static_cast<int>(project.threads().size() - work.threads.size()));
  return kExitOk;
}

int runExport(ArgParser &p) {
  const auto out = p.value("--out"), sep = p.value("--separator"), reviewer = p.value("--reviewer");
  const auto path = onePath(p);
  if (sep && *sep != ";" && *sep != ",")
    return fail(kExitUsage, tr("--separator must be ';' or ','.", "--separator moet ';' of ',' zijn."));
  auto project = openForReading(path);
  const auto work = review::visibleWork(project, readerProfile(reviewer));
  store::CsvOptions o;
  o.separator = sep ? (*sep)[0] : ';';
  o.lang = std::string(langCode());
  const auto text = store::commentsToCsv(project, work.threads, work.comments, o);
  sayHidden(static_cast<int>(project.threads().size() - work.threads.size()));
  if (out)
    store::writeTextFile(*out, text);
  else
    std::cout << text << std::flush;
  try {
    project.logAudit("export", "comments csv " + out.value_or("stdout"));
  } catch (const store::StoreError &) {
    // A read-only project can still be exported; it just cannot log it.
  }
  return kExitOk;
}
} // namespace

int runComments(const Args &args) {
  static constexpr Subcommand kSubcommands[] = {
      {"add", runAdd}, {"resolve", runResolve}, {"list", runList}, {"export", runExport}};
  return runSubcommand(args, "comments", help, kSubcommands);
}

} // namespace spiegel::app
