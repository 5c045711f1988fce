#include "common/arg_parser.hpp"

#include "common/i18n.hpp"

#include <charconv>
#include <cmath>

namespace spiegel::app {

ArgParser::ArgParser(const Args &args) {
  for (const auto &a : args) {
    if (a == "--help" || a == "-h")
      m_help = true;
    else
      m_items.push_back({a, false});
  }
}

bool ArgParser::flag(const std::string &name) {
  bool found = false;
  for (auto &it : m_items)
    if (!it.used && it.text == name) {
      it.used = true;
      found = true;
    }
  return found;
}

std::vector<std::string> ArgParser::values(const std::string &name) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < m_items.size(); ++i) {
    auto &it = m_items[i];
    if (it.used)
      continue;
    if (it.text == name) {
      it.used = true;
      if (i + 1 < m_items.size() && !m_items[i + 1].used) {
        m_items[i + 1].used = true;
        out.push_back(m_items[i + 1].text);
      } else if (!m_missingValue) {
        m_missingValue = name;
      }
    } else if (it.text.rfind(name + "=", 0) == 0) {
      it.used = true;
      out.push_back(it.text.substr(name.size() + 1));
    }
  }
  return out;
}

std::optional<std::string> ArgParser::value(const std::string &name) {
  auto all = values(name);
  if (all.empty())
    return std::nullopt;
  return all.back();
}

std::vector<std::string> ArgParser::positionals() {
  std::vector<std::string> out;
  for (auto &it : m_items)
    if (!it.used && (it.text.empty() || it.text[0] != '-' || it.text == "-")) {
      it.used = true;
      out.push_back(it.text);
    }
  return out;
}

std::optional<std::string> ArgParser::leftoverError() const {
  if (m_missingValue)
    return std::string(tr("The option ", "De optie ")) + *m_missingValue +
           tr(" needs a value.", " heeft een waarde nodig.");
  for (const auto &it : m_items)
    if (!it.used)
      return std::string(tr("Unknown argument: ", "Onbekend argument: ")) + it.text +
             tr(" (see --help).", " (zie --help).");
  return std::nullopt;
}

std::optional<long long> ArgParser::parseSeconds(const std::string &text) {
  // Accepts S, M:S or H:M:S with an optional fraction on the last part.
  double total = 0;
  std::size_t start = 0;
  int parts = 0;
  while (true) {
    const auto colon = text.find(':', start);
    const std::string part = text.substr(start, colon == std::string::npos ? std::string::npos : colon - start);
    if (part.empty())
      return std::nullopt;
    double v = 0;
    auto [ptr, ec] = std::from_chars(part.data(), part.data() + part.size(), v);
    if (ec != std::errc() || ptr != part.data() + part.size() || !std::isfinite(v))
      return std::nullopt;
    total = total * 60 + v;
    if (++parts > 3)
      return std::nullopt;
    if (colon == std::string::npos)
      break;
    start = colon + 1;
  }
  return static_cast<long long>(std::llround(total * 1e6));
}

} // namespace spiegel::app
