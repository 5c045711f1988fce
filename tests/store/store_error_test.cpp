#include <catch2/catch.hpp>

#include "spiegel/store/error.hpp"

using namespace spiegel::store;

TEST_CASE("StoreError carries the file and the field at fault", "[error]") {
  const StoreError e(ErrorCode::BadValue, "a.json", "value out of range", "ratings[0].value");
  CHECK(e.code() == ErrorCode::BadValue);
  CHECK(e.file() == "a.json");
  CHECK(e.field() == "ratings[0].value");
}
