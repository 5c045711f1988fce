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
