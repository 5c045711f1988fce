// Share packages: Argon2id key from a passphrase, then a libsodium
// secretstream (XChaCha20-Poly1305) of 64 KiB chunks over a framed archive
// (manifest JSON, then the entries' bytes). Layout in docs/formats.md.
#include "spiegel/store/sealed_package.hpp"

#include "project_impl.hpp"

#include <fcntl.h>
#include <nlohmann/json.hpp>
#include <sodium.h>
#include <sqlite3.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <memory>

namespace fs = std::filesystem;

namespace spiegel::store {
namespace {

constexpr char kMagic[7] = {'S', 'P', 'G', 'L', 'P', 'K', 'G'};
constexpr unsigned char kVersion = 1;
constexpr std::size_t kChunk = 64 * 1024;
constexpr std::size_t kSalt = crypto_pwhash_SALTBYTES;
constexpr std::size_t kStreamHeader = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
// magic, version, salt, opslimit, memlimit, expires, stream header
constexpr std::size_t kHeader = 7 + 1 + kSalt + 8 + 8 + 8 + kStreamHeader;
constexpr std::size_t kCipherChunk = kChunk + crypto_secretstream_xchacha20poly1305_ABYTES;
using Key = std::array<unsigned char, crypto_secretstream_xchacha20poly1305_KEYBYTES>;

void putU64(unsigned char *p, std::uint64_t v) {
  for (int i = 0; i < 8; ++i)
    p[i] = static_cast<unsigned char>(v >> (8 * i));
}
std::uint64_t getU64(const unsigned char *p) {
  std::uint64_t v = 0;
  for (int i = 7; i >= 0; --i)
    v = (v << 8) | p[i];
  return v;
}

void initSodium() {
  if (sodium_init() < 0)
    throw StoreError(ErrorCode::Io, {}, "libsodium cannot start");
}

// The key, wiped when it goes.
struct SecretKey {
  Key bytes{};
  ~SecretKey() { sodium_memzero(bytes.data(), bytes.size()); }
};

void deriveKey(SecretKey &key, const std::string &passphrase, const unsigned char *salt, std::uint64_t ops,
               std::uint64_t mem, const std::string &file) {
  if (crypto_pwhash(key.bytes.data(), key.bytes.size(), passphrase.data(), passphrase.size(), salt, ops,
                    static_cast<std::size_t>(mem), crypto_pwhash_ALG_ARGON2ID13) != 0)
    throw StoreError(ErrorCode::Io, file, "not enough memory to derive the key");
}

bool syncFd(int fd) { return ::fsync(fd) == 0; }

// An output file opened O_EXCL (never over something), synced at close.
class OutFile {
public:
  OutFile(const std::string &path) : m_path(path) {
    m_fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (m_fd < 0)
      throw StoreError(errno == ENOENT ? ErrorCode::CannotOpen : ErrorCode::Io, path, std::strerror(errno));
  }
  OutFile(const OutFile &) = delete;
  OutFile &operator=(const OutFile &) = delete;
  ~OutFile() {
    if (m_fd >= 0)
      ::close(m_fd);
  }
  void write(const unsigned char *p, std::size_t n) {
    while (n > 0) {
      const auto w = ::write(m_fd, p, n);
      if (w < 0) {
        if (errno == EINTR)
          continue;
        throw StoreError(errno == ENOSPC ? ErrorCode::DiskFull : ErrorCode::DiskIo, m_path, std::strerror(errno));
      }
      p += w;
      n -= static_cast<std::size_t>(w);
    }
  }
  void finish() {
    const bool ok = syncFd(m_fd);
    ::close(m_fd);
    m_fd = -1;
    if (!ok)
      throw StoreError(ErrorCode::DiskIo, m_path, "cannot sync");
  }

private:
  std::string m_path;
  int m_fd = -1;
};

// Removes the listed files unless disarmed.
struct Cleanup {
  std::vector<std::string> paths;
  bool armed = true;
  ~Cleanup() {
    if (!armed)
      return;
    std::error_code ec;
    for (const auto &p : paths)
      fs::remove(p, ec);
  }
};

// Plaintext in, sealed chunks out: full chunks as TAG_MESSAGE, the rest
// (0 … kChunk-1 bytes) as TAG_FINAL at finish(). The first message carries
// the plaintext header as additional data.
class Sealer {
public:
  Sealer(OutFile &out, const Key &key, std::vector<unsigned char> header) : m_out(out), m_ad(std::move(header)) {
    std::array<unsigned char, kStreamHeader> sh{};
    crypto_secretstream_xchacha20poly1305_init_push(&m_state, sh.data(), key.data());
    std::memcpy(m_ad.data() + kHeader - kStreamHeader, sh.data(), kStreamHeader);
    m_out.write(m_ad.data(), m_ad.size());
    m_buf.reserve(kChunk);
  }
  ~Sealer() { sodium_memzero(&m_state, sizeof m_state); }
  void add(const unsigned char *p, std::size_t n) {
    while (n > 0) {
      const std::size_t take = std::min(n, kChunk - m_buf.size());
      m_buf.insert(m_buf.end(), p, p + take);
      p += take;
      n -= take;
      if (m_buf.size() == kChunk)
        push(crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
    }
  }
  void finish() { push(crypto_secretstream_xchacha20poly1305_TAG_FINAL); }

private:
  void push(unsigned char tag) {
    std::vector<unsigned char> c(m_buf.size() + crypto_secretstream_xchacha20poly1305_ABYTES);
    const bool first = m_first;
    crypto_secretstream_xchacha20poly1305_push(&m_state, c.data(), nullptr, m_buf.data(), m_buf.size(),
                                               first ? m_ad.data() : nullptr, first ? m_ad.size() : 0, tag);
    m_first = false;
    m_out.write(c.data(), c.size());
    sodium_memzero(m_buf.data(), m_buf.size());
    m_buf.clear();
  }
  OutFile &m_out;
  std::vector<unsigned char> m_ad, m_buf;
  crypto_secretstream_xchacha20poly1305_state m_state{};
  bool m_first = true;
};

// The project's database as bytes, read through a second, read-only
// connection (one consistent snapshot; nothing written anywhere).
std::vector<unsigned char> serializeProject(const std::string &path) {
  sqlite3 *db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    sqlite3_close(db);
    throw StoreError(ErrorCode::CannotOpen, path, "cannot open the project to share it");
  }
  sqlite3_int64 size = 0;
  sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
  unsigned char *bytes = sqlite3_serialize(db, "main", &size, 0);
  sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  if (bytes == nullptr)
    throw StoreError(ErrorCode::Io, path, "cannot read the project into memory");
  std::vector<unsigned char> out(bytes, bytes + size);
  sqlite3_free(bytes);
  return out;
}

std::string plainName(const std::string &name, const std::string &file) {
  const fs::path p(name);
  if (name.empty() || p.filename() != p || name == "." || name == ".." || name.find('/') != std::string::npos)
    throw StoreError(ErrorCode::Damaged, file, "an entry has no plain file name");
  return name;
}

// "2027-03-31T22:00:00Z" for the audit log.
std::string isoUtc(UnixMillis ms) {
  const std::time_t t = static_cast<std::time_t>(ms / 1000);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

} // namespace

void sealProject(Project &project, const std::string &out, const SealOptions &options) {
  initSodium();
  std::error_code ec;
  if (fs::exists(out, ec))
    throw StoreError(ErrorCode::Io, out, "a file with that name exists already");
  const auto info = project.info();
  // The entries: the project database, then each recording found.
  auto db = serializeProject(project.path());
  struct Media {
    std::string path, name;
    std::uint64_t size;
    Uuid id;
  };
  std::vector<Media> media;
  if (options.withRecordings)
    for (const auto &r : project.recordings()) {
      const auto here = project.locateRecording(r);
      if (here.empty())
        throw StoreError(ErrorCode::NotFound, r.path, "the recording is not where the project expects it");
      media.push_back({here, fs::path(here).filename().string(), static_cast<std::uint64_t>(fs::file_size(here)), r.id});
    }
  nlohmann::ordered_json entries = nlohmann::ordered_json::array();
  std::string projectName = fs::path(project.path()).filename().string();
  entries.push_back({{"kind", "project"}, {"name", projectName}, {"size", db.size()}});
  for (const auto &m : media) {
    for (const auto &e : entries)
      if (e["name"] == m.name)
        throw StoreError(ErrorCode::BadValue, m.path, "two entries would have the same name", "recording");
    entries.push_back({{"kind", "recording"}, {"name", m.name}, {"size", m.size}, {"recording", m.id}});
  }
  const nlohmann::ordered_json manifest{{"format", 1},           {"title", info.title},
                                        {"created", nowMillis()}, {"expires", options.expires},
                                        {"sender", options.sender}, {"entries", entries}};
  const std::string manifestText = manifest.dump();

  std::vector<unsigned char> header(kHeader);
  std::memcpy(header.data(), kMagic, 7);
  header[7] = kVersion;
  randombytes_buf(header.data() + 8, kSalt);
  putU64(header.data() + 8 + kSalt, options.opslimit);
  putU64(header.data() + 16 + kSalt, options.memlimit);
  putU64(header.data() + 24 + kSalt, static_cast<std::uint64_t>(options.expires));
  SecretKey key;
  deriveKey(key, options.passphrase, header.data() + 8, options.opslimit, options.memlimit, out);

  const std::string part = out + ".part";
  fs::remove(part, ec);
  Cleanup cleanup{{part}};
  {
    OutFile file(part);
    Sealer sealer(file, key.bytes, header);
    unsigned char len[4];
    for (int i = 0; i < 4; ++i)
      len[i] = static_cast<unsigned char>(manifestText.size() >> (8 * i));
    sealer.add(len, 4);
    sealer.add(reinterpret_cast<const unsigned char *>(manifestText.data()), manifestText.size());
    sealer.add(db.data(), db.size());
    sodium_memzero(db.data(), db.size());
    std::vector<unsigned char> buf(kChunk);
    for (const auto &m : media) {
      std::ifstream in(m.path, std::ios::binary);
      std::uint64_t left = m.size;
      while (left > 0 && in) {
        in.read(reinterpret_cast<char *>(buf.data()), static_cast<std::streamsize>(std::min<std::uint64_t>(left, kChunk)));
        const auto got = static_cast<std::size_t>(in.gcount());
        sealer.add(buf.data(), got);
        left -= got;
      }
      if (left != 0)
        throw StoreError(ErrorCode::DiskIo, m.path, "the recording changed or could not be read while sharing");
    }
    sealer.finish();
    file.finish();
  }
  fs::rename(part, out, ec);
  if (ec)
    throw StoreError(ErrorCode::Io, out, ec.message());
  cleanup.armed = false;
  std::string detail = options.withRecordings ? "with recording" : "without recording";
  detail += options.expires ? ", expires " + isoUtc(options.expires) : ", no expiry";
  project.logAudit("share", fs::path(out).filename().string(), detail);
}

namespace {

// Decrypted bytes in, framed archive out: the manifest, then each entry
// into its .part file. Throws Damaged for a frame that does not add up.
class Unframer {
public:
  Unframer(std::string outDir, std::string file, Cleanup &cleanup)
      : m_dir(std::move(outDir)), m_file(std::move(file)), m_cleanup(cleanup) {}
  void add(const unsigned char *p, std::size_t n) {
    while (n > 0) {
      if (m_manifestSize < 0 || m_manifestText.size() < static_cast<std::size_t>(m_manifestSize)) {
        take(p, n);
        continue;
      }
      if (m_entry >= m_entries.size())
        throw StoreError(ErrorCode::Damaged, m_file, "bytes after the last entry");
      const std::size_t w = static_cast<std::size_t>(std::min<std::uint64_t>(n, m_left));
      m_out->write(p, w);
      p += w;
      n -= w;
      m_left -= w;
      if (m_left == 0)
        nextEntry();
    }
  }
  void finish() {
    if (m_manifestSize < 0 || m_entry < m_entries.size())
      throw StoreError(ErrorCode::Damaged, m_file, "the package ends inside an entry");
  }
  [[nodiscard]] const nlohmann::json &manifest() const { return m_manifest; }
  struct Entry {
    std::string kind, name, recording;
    std::uint64_t size;
  };
  [[nodiscard]] const std::vector<Entry> &entries() const { return m_entries; }
  [[nodiscard]] std::string partOf(const Entry &e) const { return (fs::path(m_dir) / (e.name + ".part")).string(); }

private:
  void take(const unsigned char *&p, std::size_t &n) {
    if (m_manifestSize < 0) {
      while (n > 0 && m_len.size() < 4) {
        m_len.push_back(*p++);
        --n;
      }
      if (m_len.size() < 4)
        return;
      m_manifestSize = m_len[0] | (m_len[1] << 8) | (m_len[2] << 16) | (static_cast<long>(m_len[3]) << 24);
      if (m_manifestSize > (1 << 24))
        throw StoreError(ErrorCode::Damaged, m_file, "manifest too large");
    }
    const std::size_t want = static_cast<std::size_t>(m_manifestSize) - m_manifestText.size();
    const std::size_t w = std::min(want, n);
    m_manifestText.append(reinterpret_cast<const char *>(p), w);
    p += w;
    n -= w;
    if (m_manifestText.size() == static_cast<std::size_t>(m_manifestSize))
      parseManifest();
  }
  void parseManifest() {
    try {
      m_manifest = nlohmann::json::parse(m_manifestText);
      if (m_manifest.at("format").get<int>() != 1)
        throw StoreError(ErrorCode::TooNew, m_file, "package format version unknown");
      for (const auto &e : m_manifest.at("entries"))
        m_entries.push_back({e.at("kind").get<std::string>(), plainName(e.at("name").get<std::string>(), m_file),
                             e.value("recording", std::string()), e.at("size").get<std::uint64_t>()});
    } catch (const nlohmann::json::exception &e) {
      throw StoreError(ErrorCode::Damaged, m_file, std::string("manifest: ") + e.what());
    }
    if (m_entries.empty() || m_entries[0].kind != "project")
      throw StoreError(ErrorCode::Damaged, m_file, "the package holds no project");
    std::error_code ec;
    for (const auto &e : m_entries)
      if (fs::exists(fs::path(m_dir) / e.name, ec))
        throw StoreError(ErrorCode::Io, (fs::path(m_dir) / e.name).string(), "a file with that name exists already");
    m_entry = static_cast<std::size_t>(-1);
    nextEntry();
  }
  void nextEntry() {
    if (m_out)
      m_out->finish();
    m_out.reset();
    for (++m_entry; m_entry < m_entries.size(); ++m_entry) {
      const auto part = partOf(m_entries[m_entry]);
      std::error_code ec;
      fs::remove(part, ec);
      m_cleanup.paths.push_back(part);
      m_out = std::make_unique<OutFile>(part);
      m_left = m_entries[m_entry].size;
      if (m_left > 0)
        return;
      m_out->finish();
      m_out.reset();
    }
  }
  std::string m_dir, m_file;
  Cleanup &m_cleanup;
  std::vector<unsigned char> m_len;
  long m_manifestSize = -1;
  std::string m_manifestText;
  nlohmann::json m_manifest;
  std::vector<Entry> m_entries;
  std::size_t m_entry = 0;
  std::uint64_t m_left = 0;
  std::unique_ptr<OutFile> m_out;
};

} // namespace

UnsealedPackage unsealPackage(const std::string &package, const std::string &outDir, const std::string &passphrase,
                              UnixMillis now, const std::string &actor) {
  initSodium();
  std::error_code ec;
  if (!fs::exists(package, ec))
    throw StoreError(ErrorCode::NotFound, package, "no such package");
  if (!fs::is_directory(outDir, ec))
    throw StoreError(ErrorCode::CannotOpen, outDir, "no such folder");
  std::ifstream in(package, std::ios::binary);
  std::vector<unsigned char> header(kHeader);
  in.read(reinterpret_cast<char *>(header.data()), kHeader);
  if (static_cast<std::size_t>(in.gcount()) != kHeader || std::memcmp(header.data(), kMagic, 7) != 0)
    throw StoreError(ErrorCode::WrongPassphrase, package, "not a Spiegel package");
  if (header[7] != kVersion)
    throw StoreError(ErrorCode::TooNew, package, "package version unknown");
  const auto ops = getU64(header.data() + 8 + kSalt);
  const auto mem = getU64(header.data() + 16 + kSalt);
  const auto expires = static_cast<UnixMillis>(getU64(header.data() + 24 + kSalt));
  // Limits from an unauthenticated header: kept within libsodium's range
  // and our own ceiling, so a crafted file cannot ask for unbounded work.
  if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > crypto_pwhash_OPSLIMIT_SENSITIVE || mem < crypto_pwhash_MEMLIMIT_MIN ||
      mem > crypto_pwhash_MEMLIMIT_SENSITIVE)
    throw StoreError(ErrorCode::WrongPassphrase, package, "key limits out of range");
  SecretKey key;
  deriveKey(key, passphrase, header.data() + 8, ops, mem, package);
  crypto_secretstream_xchacha20poly1305_state state;
  if (crypto_secretstream_xchacha20poly1305_init_pull(&state, header.data() + kHeader - kStreamHeader,
                                                      key.bytes.data()) != 0)
    throw StoreError(ErrorCode::WrongPassphrase, package, "bad stream header");

  Cleanup cleanup;
  Unframer unframer(outDir, package, cleanup);
  std::vector<unsigned char> c(kCipherChunk), m(kChunk);
  bool first = true, final = false;
  while (!final) {
    in.read(reinterpret_cast<char *>(c.data()), static_cast<std::streamsize>(c.size()));
    const auto got = static_cast<std::size_t>(in.gcount());
    unsigned long long mlen = 0;
    unsigned char tag = 0;
    if (got < crypto_secretstream_xchacha20poly1305_ABYTES ||
        crypto_secretstream_xchacha20poly1305_pull(&state, m.data(), &mlen, &tag, c.data(), got,
                                                   first ? header.data() : nullptr, first ? header.size() : 0) != 0) {
      sodium_memzero(&state, sizeof state);
      throw StoreError(first ? ErrorCode::WrongPassphrase : ErrorCode::Damaged, package,
                       first ? "the first chunk does not open" : "a chunk does not open, or the package was cut short");
    }
    if (first && expires != 0 && now >= expires)
      throw StoreError(ErrorCode::Expired, package, "the package has expired");
    first = false;
    final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    unframer.add(m.data(), static_cast<std::size_t>(mlen));
    sodium_memzero(m.data(), static_cast<std::size_t>(mlen));
  }
  sodium_memzero(&state, sizeof state);
  if (in.peek() != std::char_traits<char>::eof())
    throw StoreError(ErrorCode::Damaged, package, "bytes after the final chunk");
  unframer.finish();

  UnsealedPackage result;
  const auto &man = unframer.manifest();
  result.title = man.value("title", std::string());
  result.sender = man.value("sender", std::string());
  result.created = man.value("created", UnixMillis{0});
  result.expires = expires;
  const auto &entries = unframer.entries();
  const fs::path dir = fs::absolute(outDir, ec);
  result.projectPath = (dir / entries[0].name).string();
  {
    // Point the project at the recordings beside it, log, close (the
    // .part's -wal and -shm go with the connection).
    auto project = Project::open(unframer.partOf(entries[0]));
    project.setActor(actor);
    for (std::size_t i = 1; i < entries.size(); ++i) {
      const auto target = (dir / entries[i].name).string();
      result.recordingPaths.push_back(target);
      if (auto rec = project.recording(Uuid(entries[i].recording))) {
        rec->path = target;
        rec->relativePath = entries[i].name;
        project.updateRecording(*rec);
      }
    }
    project.logAudit("unpack", fs::path(package).filename().string(),
                     entries.size() > 1 ? "with recording" : "without recording");
  }
  for (std::size_t i = 0; i < entries.size(); ++i) {
    fs::rename(unframer.partOf(entries[i]), dir / entries[i].name, ec);
    if (ec)
      throw StoreError(ErrorCode::Io, (dir / entries[i].name).string(), ec.message());
  }
  cleanup.armed = false;
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0) {
    (void)syncFd(fd);
    ::close(fd);
  }
  return result;
}

} // namespace spiegel::store
