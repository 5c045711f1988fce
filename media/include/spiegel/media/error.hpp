#pragma once
#include <stdexcept>
#include <string>

namespace spiegel::media {

// Why a recording could not be opened or read. app/ turns each code into a
// sentence in the user's language; media/ never speaks to a person.
enum class ErrorCode {
  FileNotFound,     // no file at that path
  IsDirectory,      // the path is a folder
  EmptyFile,        // zero bytes
  PermissionDenied, // cannot be read by this user
  NotMedia,         // no demuxer recognises it (e.g. a text file named .mp4)
  Truncated,        // container damaged or cut off (e.g. MP4 without index)
  UnsupportedCodec, // no decoder for the only stream(s)
  NoStreams,        // neither audio nor video
  NoVideo,          // a picture was asked for (decodeFrameAt) but the file has sound only
  ReadFailed,       // I/O failed mid-way (file vanished, network share gone)
  EncodeFailed,     // writing a file (generator, export) failed
  VaultKeyMissing,  // an encrypted recording whose key is not on this computer
  VaultDamaged,     // an encrypted recording whose chunk fails authentication (altered, cut off)
  Internal,         // anything else; detail says what FFmpeg reported
};

// Thrown when something cannot start (file will not open). Expected outcomes
// (end of file, no frame yet) are return values instead.
class MediaError : public std::runtime_error {
public:
  MediaError(ErrorCode code, std::string path, const std::string &detail)
      : std::runtime_error(detail), m_code(code), m_path(std::move(path)) {}
  [[nodiscard]] ErrorCode code() const noexcept { return m_code; }
  [[nodiscard]] const std::string &path() const noexcept { return m_path; }

private:
  ErrorCode m_code;
  std::string m_path;
};

} // namespace spiegel::media
