#pragma once
// Shared by the project, tags, rate and merge commands.
#include "common/arg_parser.hpp"
#include "common/command.hpp"
#include "spiegel/store/project.hpp"

#include <nlohmann/json_fwd.hpp>

#include <functional>
#include <optional>
#include <span>
#include <string_view>
#include <stdexcept>
#include <string>
#include <vector>

namespace spiegel::app {

// Wrong arguments found deep in a command; guardStore prints it, exit 2.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Runs `body`; a StoreError or MediaError becomes one sentence on stderr
// (common/store_messages) and exit code 3 (bad input) or 1 (failed).
int guardStore(const std::function<int()> &body);

// `spiegel COMMAND SUB …`: runs the subcommand named by args[0] inside
// guardStore, prints `help` for none/--help, and refuses an unknown one.
struct Subcommand {
  std::string_view name;
  int (*run)(ArgParser &p);
};
int runSubcommand(const Args &args, std::string_view command, void (*help)(),
                  std::span<const Subcommand> subcommands);

// The positional arguments, exactly `count` of them, else UsageError
// pointing at `spiegel COMMAND --help`; leftover options are refused too.
[[nodiscard]] std::vector<std::string> exactPositionals(ArgParser &p, std::size_t count, std::string_view command);

// Options for opening a project from the CLI. SPIEGEL_STORE_MAX_PAGES (a
// test hook) caps the file size to simulate a full disk.
[[nodiscard]] store::OpenOptions cliOpenOptions(bool readOnly);
[[nodiscard]] store::Project openProject(const std::string &path, bool readOnly = false);
// For commands that only read: read-write when possible (so an old file is
// migrated and the audit log can be written), read-only otherwise.
[[nodiscard]] store::Project openForReading(const std::string &path);

// Who is working, for the audit log: $USER, or "spiegel".
[[nodiscard]] std::string actorName();

// The project's first recording; BadValue when it has none.
[[nodiscard]] store::Recording firstRecording(store::Project &p);
// The recording with `id` (--recording ID), or the first one without it;
// UsageError when the project has no such recording.
[[nodiscard]] store::Recording chosenRecording(store::Project &p, const std::optional<std::string> &id);

// Prints what a merge or import did (text, or JSON with --json).
void printReport(const store::MergeReport &report, bool json);
// The JSON printReport prints: added, updated, deleted, unchanged, conflicts[].
[[nodiscard]] nlohmann::ordered_json reportJson(const store::MergeReport &report);

// Re-throws a BadValue error with `field` replaced by the CLI option that
// supplied it ("element" → "--element").
[[noreturn]] void rethrowAsOption(const store::StoreError &e);

} // namespace spiegel::app
