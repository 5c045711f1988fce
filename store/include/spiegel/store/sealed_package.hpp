#pragma once
// Share packages (.spiegelpkg, issue #13 §4): one passphrase-encrypted file
// carrying a project and, when asked, its recordings. Format in
// docs/formats.md. Everything here is synchronous and touches only the
// files named; call from one thread at a time per package.
#include "spiegel/store/project.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace spiegel::store {

struct SealOptions {
  std::string passphrase;     // at least 10 characters (app/ checks and says so)
  UnixMillis expires = 0;     // refused from this instant on; 0 = never
  std::string sender;         // shown to the recipient
  bool withRecordings = false; // also carry each live recording that is found
  // Argon2id limits (crypto_pwhash): libsodium's MODERATE, 3 passes over
  // 256 MiB, measured at 0.7 s here (docs/formats.md). Tests lower them.
  std::uint64_t opslimit = 3;
  std::uint64_t memlimit = 256ull << 20;
};

// Writes `out` (refused with Io when something is there already; written
// as out + ".part", synced, renamed) from `project`: its database taken
// into memory (sqlite3_serialize, no plaintext copy on disk) and, with
// withRecordings, each recording file streamed in chunks. Then appends the
// audit entry "share" (object: out's file name) to `project`. Throws
// StoreError (Io, NotFound for a recording that is not there, DiskFull…);
// then no `out` is left.
void sealProject(Project &project, const std::string &out, const SealOptions &options);

struct UnsealedPackage {
  std::string title, sender;
  UnixMillis created = 0, expires = 0;
  std::string projectPath;                 // the unpacked .spiegel in outDir
  std::vector<std::string> recordingPaths; // unpacked recordings in outDir
};

// Opens `package` with `passphrase` into the existing folder `outDir`:
// decrypts into "<name>.part" files there only, checks every chunk, syncs,
// points the unpacked project's recordings at the unpacked files, logs
// "unpack" (by `actor`), then renames. Nothing is left in outDir when it
// throws: WrongPassphrase (first chunk does not open: wrong passphrase or
// not a package), Damaged (a later chunk fails, the file was cut short or
// has bytes after its end), Expired (now >= expiry; checked once the header
// is authenticated), Io (a file of that name exists in outDir already, or
// the OS failed), CannotOpen (no such folder), NotFound (no package).
UnsealedPackage unsealPackage(const std::string &package, const std::string &outDir,
                              const std::string &passphrase, UnixMillis now, const std::string &actor);

} // namespace spiegel::store
