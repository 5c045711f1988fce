#pragma once
// Text for the HTML pages Spiegel writes (the agreement report, the
// reflection record): every piece of user text goes through htmlEscape.
//   out << "<td>" << htmlEscape(note) << "</td>";
#include <string>
#include <string_view>

namespace spiegel::app {

// & < > " as entities: safe in element content and in double-quoted attributes.
[[nodiscard]] std::string htmlEscape(std::string_view text);
// Standard base64 (RFC 4648, with padding), for data: URIs.
[[nodiscard]] std::string base64(std::string_view bytes);

} // namespace spiegel::app
