// Project::copyTo: a whole, consistent copy of the project file elsewhere
// (File > Save a copy…, for a project in a folder one may not write).
#include "project_impl.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <filesystem>

namespace fs = std::filesystem;

namespace spiegel::store {
namespace {
// fsync of a file or folder, so a rename that follows cannot reach the disk
// before the bytes it names. False when it cannot be opened or synced.
bool syncPath(const std::string &path, bool folder) {
  const int fd = ::open(path.c_str(), (folder ? O_RDONLY | O_DIRECTORY : O_RDWR) | O_CLOEXEC);
  if (fd < 0)
    return false;
  const bool ok = ::fsync(fd) == 0;
  ::close(fd);
  return ok;
}
} // namespace

void Project::copyTo(const std::string &location) const {
  std::error_code ec;
  if (fs::exists(location, ec))
    throw StoreError(ErrorCode::Io, location, "a file with that name exists already");
  const fs::path folder = fs::absolute(location, ec).parent_path();
  if (!fs::is_directory(folder, ec))
    throw StoreError(ErrorCode::CannotOpen, location, "no such folder");
  // Written under a temporary name and renamed once whole: `location` is
  // never a half-written project, whatever stops the copy.
  const std::string part = location + ".part";
  fs::remove(part, ec); // what an earlier, interrupted copy left
  try {
    // VACUUM INTO reads one snapshot (also of an immutable, read-only
    // connection) and writes a compact new file with the same schema
    // version; it does not sync it, hence syncPath.
    sql::Statement st(m->db, "VACUUM INTO ?1");
    st.bind(1, part).run();
    if (!syncPath(part, false))
      throw StoreError(ErrorCode::DiskIo, location, "cannot sync the copy");
    fs::rename(part, location);
  } catch (const StoreError &e) {
    fs::remove(part, ec);
    // SQLite names the source; the copy is what failed. A folder that is
    // there but cannot be written in is a permission, not a missing folder.
    const ErrorCode code = e.code() == ErrorCode::CannotOpen ? ErrorCode::ReadOnly : e.code();
    throw StoreError(code, location, e.what());
  } catch (const fs::filesystem_error &e) {
    fs::remove(part, ec);
    throw StoreError(ErrorCode::Io, location, e.what());
  }
  (void)syncPath(folder.string(), true); // the rename itself; the copy is whole either way
}

} // namespace spiegel::store
