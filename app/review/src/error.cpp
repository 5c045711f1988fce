#include "spiegel/review/result.hpp"

#include <exception>
#include <new>

namespace spiegel::review {

Error currentError() {
  try {
    throw;
  } catch (const store::StoreError &e) {
    Error out = Error::of(Problem::Store);
    out.store = e;
    return out;
  } catch (const std::bad_alloc &) {
    return Error::of(Problem::OutOfMemory);
  } catch (const std::exception &e) {
    return Error::of(Problem::Unexpected, e.what());
  } catch (...) {
    return Error::of(Problem::Unexpected);
  }
}

} // namespace spiegel::review
