#pragma once
// What a path given on the command line or dropped on the window is:
//   switch (openTarget(argv[1])) { case OpenTarget::Project: …openProject…; case OpenTarget::Recording:
//   …offer to create… }
#include <string>

namespace spiegel::app {

enum class OpenTarget {
  Missing,   // no file there
  Project,   // an SQLite file (Spiegel project) or a *.spiegel path
  Package,   // a *.spiegelpkg share package (asks its passphrase)
  Recording, // anything else: let media::probe decide
};

[[nodiscard]] OpenTarget openTarget(const std::string &path);

} // namespace spiegel::app
