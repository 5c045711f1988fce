#include <catch2/catch.hpp>

#include "spiegel/annotate/time_format.hpp"

using namespace spiegel::annotate;

TEST_CASE("formatTime writes HH:MM:SS.mmm", "[time]") {
  CHECK(formatTime(0) == "00:00:00.000");
  CHECK(formatTime(999) == "00:00:00.000"); // below a millisecond: dropped
  CHECK(formatTime(1'999) == "00:00:00.001");
  CHECK(formatTime(3'723'456'789) == "01:02:03.456");
  CHECK(formatTime(59'999'999) == "00:00:59.999");
  CHECK(formatTime(100LL * 3600 * 1'000'000) == "100:00:00.000");
  CHECK(formatTime(-1'500'000) == "-00:00:01.500");
}

TEST_CASE("parseTime reads the forms people type", "[time]") {
  CHECK(parseTime("01:02:03.456") == 3'723'456'000);
  CHECK(parseTime("1:02:03.456") == 3'723'456'000);
  CHECK(parseTime("2:03") == 123'000'000);
  CHECK(parseTime("75.5") == 75'500'000);
  CHECK(parseTime("0.000001") == 1);
  CHECK(parseTime("-00:00:01.5") == -1'500'000);
  CHECK(parseTime(formatTime(3'723'456'000)) == 3'723'456'000);
  CHECK_FALSE(parseTime(""));
  CHECK_FALSE(parseTime("1:60"));
  CHECK_FALSE(parseTime("1:2:3:4"));
  CHECK_FALSE(parseTime("ab"));
  CHECK_FALSE(parseTime("1."));
  CHECK_FALSE(parseTime("1.1234567"));
  CHECK_FALSE(parseTime("1::2"));
}

TEST_CASE("formatClock: one shape per recording, chosen by its length", "[time]") {
  constexpr Micros kHour = 3'600'000'000;
  CHECK(formatClock(9'494'000, 600'000'000) == "00:09.494");
  CHECK(formatClock(0, 600'000'000) == "00:00.000");
  CHECK(formatClock(17'625'999, 0) == "00:17.625"); // unknown length; ms dropped, never rounded up
  CHECK(formatClock(kHour - 1'000, kHour - 1) == "59:59.999");
  // From an hour of recording on, every time carries hours.
  CHECK(formatClock(9'494'000, kHour) == "0:00:09.494");
  CHECK(formatClock(3'723'456'789, 2 * kHour) == "1:02:03.456");
  CHECK(formatClock(12 * kHour, 13 * kHour) == "12:00:00.000");
  // A time past an hour in a shorter recording still shows its hours.
  CHECK(formatClock(kHour + 1'000'000, 60'000'000) == "1:00:01.000");
  CHECK(formatClock(-1'500'000, 60'000'000) == "-00:01.500");
  CHECK(formatClock(-1'500'000, kHour) == "-0:00:01.500");
}
