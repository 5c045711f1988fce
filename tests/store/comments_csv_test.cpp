// Comments as CSV (docs/formats.md "Comments as CSV"): the tag CSV's
// dialect, one row per comment in reading order, text guarded.
#include "store_fixture.hpp"

using namespace spiegel;
using namespace spiegel::test;

TEST_CASE("comments as CSV for Excel: reading order, element, reply_to, guarded text", "[exchange][csv]") {
  const auto dir = scratch("comments-csv");
  auto p = makeProject(dir);
  const auto lisa = p.saveReviewer({.name = "Lisa", .profile = "p-lisa"});
  auto tag = tagAt(p, 12.5);
  tag.reviewer = lisa.id;
  tag = p.addAnnotation(tag);
  const auto thread = p.saveThread({.recording = tag.recording, .tag = tag.id, .start = tag.start, .end = tag.end,
                                    .createdBy = lisa.id});
  const auto first = p.addComment({.thread = thread.id, .author = lisa.id, .text = "Band; sterk \"echt\""});
  const auto reply = p.addComment({.thread = thread.id, .parent = first.id, .author = lisa.id, .text = "=SOM(1)"});

  const auto threads = p.threads();
  const auto comments = p.comments();
  const auto csv = store::commentsToCsv(p, threads, comments, {.separator = ';', .lang = "en"});
  REQUIRE(csv.rfind("\xEF\xBB\xBF", 0) == 0);
  const auto lines = [&] {
    std::vector<std::string> out;
    std::size_t at = 3;
    while (at < csv.size()) {
      const auto end = csv.find("\r\n", at);
      REQUIRE(end != std::string::npos);
      out.push_back(csv.substr(at, end - at));
      at = end + 2;
    }
    return out;
  }();
  REQUIRE(lines.size() == 3);
  CHECK(lines[0] == "thread_id;start;start_s;end;end_s;tag_id;element_name;resolved;comment_id;reply_to;author;"
                    "author_id;created_at;updated_at;text");
  const auto prefix = thread.id + ";00:00:12.500;12,500;00:00:12.500;12,500;" + tag.id + ";bond;0;";
  CHECK(lines[1] == prefix + first.id + ";;Lisa;" + lisa.id + ";" + std::to_string(first.createdAt) + ";" +
                        std::to_string(first.updatedAt) + ";\"Band; sterk \"\"echt\"\"\"");
  CHECK(lines[2] == prefix + reply.id + ";" + first.id + ";Lisa;" + lisa.id + ";" +
                        std::to_string(reply.createdAt) + ";" + std::to_string(reply.updatedAt) + ";'=SOM(1)");
  // With ',' the seconds take a decimal point.
  CHECK(store::commentsToCsv(p, threads, comments, {.separator = ','}).find(",12.500,") != std::string::npos);
}
