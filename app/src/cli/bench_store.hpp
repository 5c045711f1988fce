#pragma once
#include "common/command.hpp"

namespace spiegel::app {

// `spiegel bench --store` (for now `spiegel bench-store`): times the project
// file with 100 000 tags — import, open + load, window query, one committed
// edit, merging two 50 000-tag projects. Prints a table and JSON lines.
int runStoreBench(const Args &args);

} // namespace spiegel::app
