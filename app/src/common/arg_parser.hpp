#pragma once
// Minimal option parsing shared by every CLI command.
//   ArgParser p(args);
//   auto at = p.value("--at");          // "--at 12.5" or "--at=12.5"
//   bool json = p.flag("--json");
//   auto many = p.values("--participant");
//   if (auto bad = p.leftoverError()) return fail(kExitUsage, *bad);
#include "common/command.hpp"

#include <optional>
#include <string>
#include <vector>

namespace spiegel::app {

class ArgParser {
public:
  explicit ArgParser(const Args &args);
  [[nodiscard]] bool flag(const std::string &name);
  [[nodiscard]] std::optional<std::string> value(const std::string &name);
  [[nodiscard]] std::vector<std::string> values(const std::string &name);
  // Positional arguments (not starting with "--"), in order, consumed.
  [[nodiscard]] std::vector<std::string> positionals();
  [[nodiscard]] bool wantsHelp() const { return m_help; }
  // A sentence naming the first unknown or valueless option, if any is left.
  [[nodiscard]] std::optional<std::string> leftoverError() const;
  // Parses seconds ("12.5", "1:02.5", "01:02:03.250") to microseconds.
  [[nodiscard]] static std::optional<long long> parseSeconds(const std::string &text);

private:
  struct Item { std::string text; bool used = false; };
  std::vector<Item> m_items;
  bool m_help = false;
  std::optional<std::string> m_missingValue;
};

} // namespace spiegel::app
