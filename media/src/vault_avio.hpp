#pragma once
// Private: a recording vault exposed to FFmpeg as a custom AVIOContext.
#include "av_ptr.hpp"

#include <string>

namespace spiegel::media::vault {

// A read-only, seekable AVIOContext over the vault's plaintext. Throws
// MediaError (VaultKeyMissing, VaultDamaged). Free it with closeIo.
[[nodiscard]] AVIOContext *openIo(const std::string &path);
void closeIo(AVIOContext *io);

} // namespace spiegel::media::vault
