#pragma once
#include <stdexcept>
#include <string>

namespace spiegel::store {

// Why a project or package could not be used. app/ turns each code into a
// sentence in the user's language.
enum class ErrorCode {
  NotFound,      // no file at that path
  NotAProject,   // not an SQLite file, or SQLite without Spiegel's tables
  Corrupt,       // integrity check failed / malformed database
  TooNew,        // written by a newer Spiegel (schema version above ours)
  ReadOnly,      // cannot write (permissions, read-only medium)
  Busy,          // open and being written elsewhere
  DiskFull,      // no space left
  CannotOpen,    // the OS refused to open it (folder missing or not accessible)
  DiskIo,        // the disk or network share failed while reading or writing
  BadPackage,    // JSON package malformed or of an unknown format version
  BadValue,      // a value outside what the codebook or scale allows
  WrongPassphrase, // sealed package: the first chunk does not open (or not a package)
  Damaged,       // sealed package: a later chunk fails, or it was cut short
  Expired,       // sealed package: its expiry date has passed
  Io,            // anything else from the OS or SQLite (detail says what)
};

class StoreError : public std::runtime_error {
public:
  StoreError(ErrorCode code, std::string file, const std::string &detail, std::string field = {})
      : std::runtime_error(detail), m_code(code), m_file(std::move(file)), m_field(std::move(field)) {}
  [[nodiscard]] ErrorCode code() const noexcept { return m_code; }
  [[nodiscard]] const std::string &file() const noexcept { return m_file; }
  // The JSON field / line / CLI option at fault, where one applies.
  [[nodiscard]] const std::string &field() const noexcept { return m_field; }

private:
  ErrorCode m_code;
  std::string m_file, m_field;
};

} // namespace spiegel::store
