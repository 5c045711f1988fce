#include "workspace/error_text.hpp"

#include "common/i18n.hpp"
#include "common/media_messages.hpp"
#include "common/store_messages.hpp"

#include <exception>

namespace spiegel::app::workspace {

std::string currentErrorText() {
  try {
    throw;
  } catch (const store::StoreError &e) {
    return describe(e);
  } catch (const media::MediaError &e) {
    return describe(e);
  } catch (const std::bad_alloc &) {
    return tr("Out of memory: close other programs and try again.",
              "Onvoldoende geheugen: sluit andere programma's en probeer het opnieuw.");
  } catch (const std::exception &e) {
    return std::string(tr("Something went wrong (", "Er ging iets mis (")) + e.what() +
           tr("): try again; if it keeps happening, restart Spiegel.",
              "): probeer het opnieuw; blijft het gebeuren, start Spiegel dan opnieuw.");
  } catch (...) {
    return tr("Something went wrong: try again; if it keeps happening, restart Spiegel.",
              "Er ging iets mis: probeer het opnieuw; blijft het gebeuren, start Spiegel dan opnieuw.");
  }
}

} // namespace spiegel::app::workspace
