#include <sqlite3.h>

namespace spiegel::store {
// The SQLite library version in use, for `spiegel --version` diagnostics.
const char *sqliteVersion() { return sqlite3_libversion(); }
} // namespace spiegel::store
