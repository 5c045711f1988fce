#include "cli/store_cli.hpp"

#include "cli/review_cli.hpp"
#include "common/i18n.hpp"
#include "common/store_messages.hpp"
#include "spiegel/annotate/roles.hpp"
#include "spiegel/media/error.hpp"

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <iostream>
#include <map>

namespace spiegel::app {

int guardStore(const std::function<int()> &body) {
  try {
    return body();
  } catch (const store::StoreError &e) {
    using store::ErrorCode;
    const bool input = e.code() == ErrorCode::NotFound || e.code() == ErrorCode::NotAProject ||
                       e.code() == ErrorCode::Corrupt || e.code() == ErrorCode::TooNew ||
                       e.code() == ErrorCode::BadPackage || e.code() == ErrorCode::BadValue ||
                       e.code() == ErrorCode::WrongPassphrase || e.code() == ErrorCode::Damaged ||
                       e.code() == ErrorCode::Expired;
    return fail(input ? kExitBadInput : kExitError, describe(e));
  } catch (const UsageError &e) {
    return fail(kExitUsage, e.what());
  } catch (const RefusedError &e) {
    return fail(kExitRefused, e.what());
  } catch (const media::MediaError &e) {
    return fail(kExitBadInput, e.path() + tr(" cannot be used as a recording (", " kan niet als opname worden gebruikt (") +
                                   e.what() + tr("); choose a video or audio file.", "); kies een video- of audiobestand."));
  }
}

store::OpenOptions cliOpenOptions(bool readOnly) {
  store::OpenOptions o;
  o.readOnly = readOnly;
  if (const char *pages = std::getenv("SPIEGEL_STORE_MAX_PAGES"))
    o.maxPages = std::atoll(pages);
  return o;
}

store::Project openProject(const std::string &path, bool readOnly) {
  auto p = store::Project::open(path, cliOpenOptions(readOnly));
  p.setActor(actorName());
  return p;
}

store::Project openForReading(const std::string &path) {
  try {
    return openProject(path, false);
  } catch (const store::StoreError &e) {
    if (e.code() != store::ErrorCode::ReadOnly)
      throw;
  }
  return openProject(path, true);
}

std::string actorName() {
  const char *user = std::getenv("USER");
  return user != nullptr && *user != '\0' ? user : "spiegel";
}

store::Recording firstRecording(store::Project &p) {
  auto recs = p.recordings();
  if (recs.empty())
    throw store::StoreError(store::ErrorCode::BadValue, p.path(), "the project has no recording", "recording");
  return recs.front();
}

nlohmann::ordered_json reportJson(const store::MergeReport &r) {
  nlohmann::ordered_json j{{"added", r.added}, {"updated", r.updated}, {"deleted", r.deleted},
                           {"unchanged", r.unchanged}};
  j["conflicts"] = nlohmann::ordered_json::array();
  for (const auto &c : r.conflicts)
    j["conflicts"].push_back({{"kind", c.kind}, {"id", c.id}, {"winner", c.incomingWon ? "incoming" : "local"},
                              {"local_updated_at", c.localUpdatedAt}, {"incoming_updated_at", c.incomingUpdatedAt}});
  return j;
}

void printReport(const store::MergeReport &r, bool json) {
  if (json) {
    std::cout << reportJson(r).dump(2) << '\n';
    return;
  }
  std::cout << r.added << tr(" added, ", " toegevoegd, ") << r.updated << tr(" updated, ", " bijgewerkt, ")
            << r.deleted << tr(" deleted, ", " verwijderd, ") << r.unchanged << tr(" unchanged, ", " ongewijzigd, ")
            << r.conflicts.size() << tr(" conflicts\n", " conflicten\n");
  for (const auto &c : r.conflicts)
    std::cout << tr("conflict: ", "conflict: ") << c.kind << ' ' << c.id << tr(" edited on both sides; kept the ",
                                                                          " aan beide kanten gewijzigd; behouden: de ")
              << (c.incomingWon ? tr("incoming (newer) version", "binnenkomende (nieuwere) versie")
                                : tr("local (newer) version", "eigen (nieuwere) versie"))
              << '\n';
}

void rethrowAsOption(const store::StoreError &e) {
  static const std::map<std::string, std::string> kOptions{
      {"element", "--element"}, {"indicator", "--indicator"}, {"valence", "--negative"},
      {"start", "--at"},        {"end", "--to"},             {"value", "--value"},
      {"subject", "--subject"}, {"reviewer", "--reviewer"}, {"participants", "--participant"}};
  const auto it = kOptions.find(e.field());
  if (e.code() != store::ErrorCode::BadValue || it == kOptions.end())
    throw e;
  throw store::StoreError(e.code(), e.file(), e.what(), it->second);
}

int runSubcommand(const Args &args, std::string_view command, void (*help)(),
                  std::span<const Subcommand> subcommands) {
  const std::string sub = args.empty() ? std::string() : args.front();
  ArgParser p(args.empty() ? args : Args(args.begin() + 1, args.end()));
  if (sub.empty() || sub == "--help" || sub == "-h" || p.wantsHelp()) {
    help();
    return kExitOk;
  }
  for (const auto &s : subcommands)
    if (s.name == sub)
      return guardStore([&] { return s.run(p); });
  return fail(kExitUsage, std::string(tr("Unknown subcommand: ", "Onbekende subopdracht: ")) + sub +
                              tr(" (see spiegel ", " (zie spiegel ") + std::string(command) + " --help).");
}

std::vector<std::string> exactPositionals(ArgParser &p, std::size_t count, std::string_view command) {
  const auto pos = p.positionals();
  if (auto bad = p.leftoverError())
    throw UsageError(*bad);
  if (pos.size() != count)
    throw UsageError(tr("Wrong number of arguments (see spiegel ", "Verkeerd aantal argumenten (zie spiegel ") +
                     std::string(command) + " --help).");
  return pos;
}

store::Recording chosenRecording(store::Project &p, const std::optional<std::string> &id) {
  if (!id)
    return firstRecording(p);
  for (const auto &r : p.recordings())
    if (r.id == *id)
      return r;
  throw UsageError(tr("The project has no recording with id ", "Het project heeft geen opname met id ") + *id + ".");
}

} // namespace spiegel::app
