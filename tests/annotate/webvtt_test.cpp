#include <catch2/catch.hpp>

#include "spiegel/annotate/transcript.hpp"
#include "spiegel/annotate/webvtt.hpp"

#include <string>

using namespace spiegel::annotate;

namespace {
constexpr Micros kMs = 1'000;

WebVttFault faultOf(std::string_view text) {
  const WebVttResult r = parseWebVtt(text);
  REQUIRE(r.fault);
  CHECK(r.cues.empty());
  return *r.fault;
}

std::vector<WebVttCue> cuesOf(std::string_view text) {
  const WebVttResult r = parseWebVtt(text);
  INFO("line " << (r.fault ? r.fault->line : 0));
  REQUIRE_FALSE(r.fault);
  return r.cues;
}
} // namespace

TEST_CASE("WebVTT times: mm:ss.ttt and h:mm:ss.ttt, strictly", "[webvtt]") {
  CHECK(parseWebVttTime("00:01.500") == 1'500 * kMs);
  CHECK(parseWebVttTime("59:59.999") == (59 * 60 + 59) * 1'000 * kMs + 999 * kMs);
  CHECK(parseWebVttTime("01:02:03.456") == 3'723'456 * kMs);
  CHECK(parseWebVttTime("1:02:03.456") == 3'723'456 * kMs);   // the spec's parser takes one hour digit
  CHECK(parseWebVttTime("100:00:00.000") == 360'000'000 * kMs); // and more than two
  CHECK_FALSE(parseWebVttTime("1:02.000"));                     // minutes are two digits
  CHECK_FALSE(parseWebVttTime("00:60.000"));
  CHECK_FALSE(parseWebVttTime("00:01:60.000"));
  CHECK_FALSE(parseWebVttTime("00:60:00.000"));
  CHECK_FALSE(parseWebVttTime("00:01.5"));    // exactly three fraction digits
  CHECK_FALSE(parseWebVttTime("00:01.5000"));
  CHECK_FALSE(parseWebVttTime("00:01,500"));  // SubRip's comma
  CHECK_FALSE(parseWebVttTime("00:01"));
  CHECK_FALSE(parseWebVttTime("01.500"));
  CHECK_FALSE(parseWebVttTime("0:0:01:01.500"));
  CHECK_FALSE(parseWebVttTime("+0:01:01.500"));
  CHECK_FALSE(parseWebVttTime("-01:01.500"));
  CHECK_FALSE(parseWebVttTime(""));
}

TEST_CASE("WebVTT: the demo's shape, with ids, voices and multi-line cues", "[webvtt]") {
  const auto cues = cuesOf("WEBVTT\n\n"
                           "1\n00:00:01.000 --> 00:00:03.250\n<v Hulpverlener>Fijn dat jullie er zijn.\n\n"
                           "2\n00:00:04.000 --> 00:00:06.000\n<v Moeder>Ja.\nHet is druk thuis.\n");
  REQUIRE(cues.size() == 2);
  CHECK(cues[0] == WebVttCue{1'000 * kMs, 3'250 * kMs, "1", "Hulpverlener", "Fijn dat jullie er zijn."});
  CHECK(cues[1] == WebVttCue{4'000 * kMs, 6'000 * kMs, "2", "Moeder", "Ja.\nHet is druk thuis."});
}

TEST_CASE("WebVTT: BOM, CRLF and CR line ends, header text, cue settings, no ids", "[webvtt]") {
  const std::string crlf = "\xEF\xBB\xBFWEBVTT - gesprek 3\r\nKind: captions\r\n\r\n"
                           "00:01.000 --> 00:02.000 align:start position:10%\r\nEen\r\n\r\n\r\n"
                           "00:03.000\t-->\t00:04.000\r\nTwee\r\n";
  const auto cues = cuesOf(crlf);
  REQUIRE(cues.size() == 2);
  CHECK(cues[0] == WebVttCue{1'000 * kMs, 2'000 * kMs, "", "", "Een"});
  CHECK(cues[1] == WebVttCue{3'000 * kMs, 4'000 * kMs, "", "", "Twee"});
  const auto cr = cuesOf("WEBVTT\r\r00:01.000 --> 00:02.000\rEen\rregel twee\r");
  REQUIRE(cr.size() == 1);
  CHECK(cr[0].text == "Een\nregel twee");
  CHECK(cuesOf("WEBVTT").empty());
  CHECK(cuesOf("WEBVTT\n\nNOTE nothing yet\n").empty());
}

TEST_CASE("WebVTT: NOTE, STYLE and REGION blocks are skipped", "[webvtt]") {
  const auto cues = cuesOf("WEBVTT\n\nSTYLE\n::cue { color: yellow }\n\nREGION\nid:fred\n\n"
                           "NOTE\nDit gesprek is geanonimiseerd.\nTwee regels.\n\n"
                           "00:01.000 --> 00:02.000\nEen\n\nNOTE ook hier\n\n00:02.000 --> 00:03.000\nTwee\n");
  REQUIRE(cues.size() == 2);
  CHECK(cues[0].text == "Een");
  CHECK(cues[1].text == "Twee");
  // "NOTES" is not NOTE: a block with no times.
  CHECK(faultOf("WEBVTT\n\nNOTES\nx\n") == WebVttFault{WebVttProblem::MissingTiming, 3});
}

TEST_CASE("WebVTT: voice tags give the speaker, other tags go, entities decode", "[webvtt]") {
  const auto cues = cuesOf("WEBVTT\n\n00:01.000 --> 00:02.000\n"
                           "<v.loud Vader van Daan>Nee, <b>echt</b> <i>niet</i></v> &amp; <c.x>klaar</c>&lt;3 &gt;\n\n"
                           "00:02.000 --> 00:03.000\n<v Moeder>Ik<00:02.500> wacht</v>\n<v Jeugdige>Ik ook\n\n"
                           "00:03.000 --> 00:04.000\n<lang en>sorry</lang> &nbsp;&#233;&#xEB;&euro; &amp 5 < 6\n\n"
                           "00:04.000 --> 00:05.000\n<v>zonder naam\n");
  REQUIRE(cues.size() == 4);
  CHECK(cues[0].speaker == "Vader van Daan");
  CHECK(cues[0].text == "Nee, echt niet & klaar<3 >");
  CHECK(cues[1].speaker == "Moeder"); // the first voice of the cue
  CHECK(cues[1].text == "Ik wacht\nIk ook");
  CHECK(cues[2].speaker.empty());
  // Unknown or unterminated entities stay as written; a '<' starts a tag to the end.
  CHECK(cues[2].text == "sorry \xC2\xA0\xC3\xA9\xC3\xAB&euro; &amp 5 ");
  CHECK(cues[3].speaker.empty());
  CHECK(cues[3].text == "zonder naam");
}

TEST_CASE("WebVTT: malformed files are refused with the line at fault", "[webvtt]") {
  using enum WebVttProblem;
  CHECK(faultOf("") == WebVttFault{NotWebVtt, 1});
  CHECK(faultOf("1\n00:00:01,000 --> 00:00:02,000\nSubRip\n") == WebVttFault{NotWebVtt, 1});
  CHECK(faultOf("WEBVTTX\n") == WebVttFault{NotWebVtt, 1});
  CHECK(faultOf(" WEBVTT\n") == WebVttFault{NotWebVtt, 1});
  CHECK(faultOf("WEBVTT\n\n00:01.000 --> 00:02.000\nok\n\n00:02,000 --> 00:03,000\nkomma\n") ==
        WebVttFault{BadTiming, 6});
  CHECK(faultOf("WEBVTT\n\n00:01.000 --> \nnothing\n") == WebVttFault{BadTiming, 3});
  CHECK(faultOf("WEBVTT\n\nid\n00:01.000 -> 00:02.000\nx\n") == WebVttFault{MissingTiming, 3});
  CHECK(faultOf("WEBVTT\n\n00:01.000 --> 00:02.000x\nx\n") == WebVttFault{BadTiming, 3});
  CHECK(faultOf("WEBVTT\n\n00:02.000 --> 00:02.000\nx\n") == WebVttFault{EndNotAfterStart, 3});
  CHECK(faultOf("WEBVTT\n\n00:03.000 --> 00:02.000\nx\n") == WebVttFault{EndNotAfterStart, 3});
  CHECK(faultOf("WEBVTT\n\njust text\n") == WebVttFault{MissingTiming, 3});
  CHECK(faultOf("WEBVTT\n\n00:01.000 --> 00:02.000\nx\n00:02.000 --> 00:03.000\ny\n") ==
        WebVttFault{MissingBlankLine, 5});
  CHECK(faultOf("WEBVTT\n00:01.000 --> 00:02.000\nx\n") == WebVttFault{MissingBlankLine, 2});
  CHECK(faultOf("WEBVTT\n\nNOTE a\n00:01.000 --> 00:02.000\n") == WebVttFault{MissingBlankLine, 4});
}

TEST_CASE("WebVTT: text that is not UTF-8 is refused at its line", "[webvtt]") {
  using enum WebVttProblem;
  // "café" saved as Windows-1252 on the fourth line.
  CHECK(faultOf("WEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\ncaf\xE9\r\n") == WebVttFault{NotUtf8, 4});
  CHECK(faultOf("WEBVTT\n\n00:01.000 --> 00:02.000\n\xC0\xAF\n") == WebVttFault{NotUtf8, 4}); // overlong '/'
  CHECK(faultOf("WEBVTT\n\n00:01.000 --> 00:02.000\n\xED\xA0\x80\n") == WebVttFault{NotUtf8, 4}); // a surrogate
  CHECK(faultOf("WEBVTT\n\n00:01.000 --> 00:02.000\n\xF4\x90\x80\x80\n") == WebVttFault{NotUtf8, 4});
  CHECK(faultOf("WEBVTT\n\n00:01.000 --> 00:02.000\nab\xE2\x82") == WebVttFault{NotUtf8, 4}); // cut off
  CHECK(cuesOf("WEBVTT\n\n00:01.000 --> 00:02.000\nge\xC3\xAF" "nteresseerd \xE2\x82\xAC \xF0\x9F\x99\x82\n")[0].text ==
        "ge\xC3\xAF" "nteresseerd \xE2\x82\xAC \xF0\x9F\x99\x82");
}

TEST_CASE("Transcript: the cues spoken at a moment, overlaps included", "[webvtt]") {
  const Transcript t({{5'000 * kMs, 6'000 * kMs, "", "", "c"},
                      {0, 10'000 * kMs, "", "", "long"},
                      {1'000 * kMs, 2'000 * kMs, "", "", "a"},
                      {2'000 * kMs, 3'000 * kMs, "", "", "b"}});
  REQUIRE(t.cues().size() == 4);
  CHECK(t.cues()[0].text == "long"); // in start order
  CHECK(t.cues()[3].text == "c");
  using V = std::vector<std::size_t>;
  CHECK(t.activeAt(-1) == V{});
  CHECK(t.activeAt(0) == V{0});
  CHECK(t.activeAt(1'500 * kMs) == V{0, 1});
  CHECK(t.activeAt(2'000 * kMs) == V{0, 2}); // a cue ends where the next starts
  CHECK(t.activeAt(4'000 * kMs) == V{0});
  CHECK(t.activeAt(5'999 * kMs) == V{0, 3});
  CHECK(t.activeAt(10'000 * kMs) == V{});
  const Transcript gaps({{1'000 * kMs, 2'000 * kMs, "", "", "a"}, {3'000 * kMs, 4'000 * kMs, "", "", "b"}});
  CHECK(gaps.activeAt(2'500 * kMs) == V{});
  CHECK(gaps.activeAt(3'000 * kMs) == V{1});
  CHECK(Transcript().activeAt(0) == V{});
}
