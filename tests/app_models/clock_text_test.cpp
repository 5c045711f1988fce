// One time format in the window: the open recording's length chooses it.
#include <catch2/catch.hpp>

#include "common/clock_text.hpp"
#include "common/media_messages.hpp"

using namespace spiegel;
using namespace spiegel::app;

TEST_CASE("clock text: one shape for every time of the open recording", "[clock]") {
  setClockLength(10 * 60 * 1'000'000LL); // a 10-minute recording
  CHECK(clockText(9'494'000) == "00:09.494");
  CHECK(clockSpan(17'625'000, 21'000'000) == "00:17.625 \xE2\x80\x93 00:21.000");
  // The window's sentences use it too.
  CHECK(describeIncomplete(3'924'000, 10'023'000).find("00:03.924") != std::string::npos);
  setClockLength(90 * 60 * 1'000'000LL); // an hour and a half: every time carries hours
  CHECK(clockText(9'494'000) == "0:00:09.494");
  CHECK(clockSpan(0, 3'723'456'000) == "0:00:00.000 \xE2\x80\x93 1:02:03.456");
  setClockLength(0);
  CHECK(clockText(9'494'000) == "00:09.494");
}
