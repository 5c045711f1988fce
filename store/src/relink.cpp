// Finding a moved recording again by its content fingerprint.
#include "project_impl.hpp"

#include <charconv>
#include <filesystem>

namespace fs = std::filesystem;

namespace spiegel::store {

namespace {
// How deep below each search folder we look: deep enough for
// "Opnames/2024/gezin-3/", shallow enough not to walk a whole disk.
constexpr int kSearchDepth = 3;

// The size prefix of "<size>-<hash>", or -1.
std::int64_t sizeOf(const std::string &fingerprint) {
  std::int64_t size = -1;
  const auto dash = fingerprint.find('-');
  if (dash == std::string::npos)
    return -1;
  auto [p, ec] = std::from_chars(fingerprint.data(), fingerprint.data() + dash, size);
  return ec == std::errc() && p == fingerprint.data() + dash ? size : -1;
}

void candidates(const fs::path &dir, std::int64_t size, int depth, std::vector<fs::path> &out) {
  std::error_code ec;
  for (fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end; !ec && it != end;
       it.increment(ec)) {
    const auto &entry = *it;
    std::error_code e2;
    if (entry.is_directory(e2)) {
      if (depth > 0)
        candidates(entry.path(), size, depth - 1, out);
    } else if (entry.is_regular_file(e2)) {
      // Cheap pre-filter: only files of the recorded size are hashed.
      if (size < 0 || static_cast<std::int64_t>(entry.file_size(e2)) == size)
        out.push_back(entry.path());
    }
  }
}
} // namespace

std::vector<RelinkResult> Project::relinkRecordings(const Fingerprinter &fingerprint,
                                                    const std::vector<std::string> &searchDirs) {
  std::vector<RelinkResult> results;
  std::error_code ec;
  const fs::path projectDir = fs::absolute(path(), ec).parent_path();
  for (auto rec : recordings()) {
    RelinkResult res{rec.id, rec.path, {}, false};
    const std::string here = locateRecording(rec);
    if (!here.empty()) {
      try {
        if (rec.fingerprint.empty() || fingerprint(here) == rec.fingerprint) {
          res.newPath = here;
          results.push_back(res);
          continue;
        }
      } catch (...) {
      }
    }
    res.wasMissing = true;
    std::vector<fs::path> found;
    std::vector<fs::path> dirs{projectDir};
    for (const auto &d : searchDirs)
      dirs.emplace_back(d);
    const auto size = sizeOf(rec.fingerprint);
    for (const auto &d : dirs) {
      if (!rec.fingerprint.empty())
        candidates(d, size, kSearchDepth, found);
      for (const auto &f : found) {
        try {
          if (fingerprint(f.string()) == rec.fingerprint) {
            res.newPath = fs::absolute(f, ec).lexically_normal().string();
            break;
          }
        } catch (...) {
          // unreadable file: not our recording
        }
      }
      found.clear();
      if (!res.newPath.empty())
        break;
    }
    if (!res.newPath.empty()) {
      rec.path = res.newPath;
      rec.relativePath = fs::path(res.newPath).lexically_relative(projectDir).generic_string();
      m->write([&] {
        sql::Statement st(m->db, "UPDATE recordings SET path = ?1, relative_path = ?2, updated_at = ?3 WHERE id = ?4");
        st.bind(1, rec.path).bind(2, rec.relativePath).bind(3, std::max(nowMillis(), rec.updatedAt + 1));
        st.bind(4, rec.id).run();
        m->audit("relink", "recording " + rec.id, res.oldPath + " -> " + res.newPath);
      });
    }
    results.push_back(res);
  }
  return results;
}

} // namespace spiegel::store
