#include <catch2/catch.hpp>

#include "tasks/task_runner.hpp"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <stdexcept>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

using namespace spiegel::app::tasks;
using namespace std::chrono_literals;

namespace {

// Drains as a UI loop would until `done` holds; false after `limit` (a
// bound that keeps a hung task from hanging the suite, not a speed check).
template <class Pred> bool drainUntil(TaskRunner &runner, Pred done, std::chrono::milliseconds limit = 10s) {
  const auto until = std::chrono::steady_clock::now() + limit;
  while (std::chrono::steady_clock::now() < until) {
    runner.drain();
    if (done())
      return true;
    std::this_thread::sleep_for(1ms);
  }
  return false;
}

template <class Pred> bool waitFor(Pred done, std::chrono::milliseconds limit = 10s) {
  const auto until = std::chrono::steady_clock::now() + limit;
  while (!done() && std::chrono::steady_clock::now() < until)
    std::this_thread::sleep_for(1ms);
  return done();
}

// Blocks the worker until the stop is requested, as a blocking read that
// watches its stop token does.
void waitForStop(TaskContext &ctx) {
  std::mutex m;
  std::condition_variable_any cv;
  std::unique_lock lock(m);
  cv.wait(lock, ctx.stopToken(), [] { return false; });
}

} // namespace

TEST_CASE("TaskRunner: posts arrive in drain(), on the draining thread, in posting order", "[tasks]") {
  TaskRunner runner;
  std::vector<std::string> got;
  std::vector<std::thread::id> threads;
  std::atomic<int> step{0};
  std::atomic<bool> workEnded{false};
  const auto record = [&](const std::string &what) {
    got.push_back(what);
    threads.push_back(std::this_thread::get_id());
  };
  // A posts, then B, then A again: the order spans tasks.
  auto a = runner.submit([&](TaskContext &ctx) {
    ctx.post([&] { record("a1"); });
    step = 1;
    while (step != 2)
      std::this_thread::yield();
    ctx.post([&] { record("a2"); });
    workEnded = true;
  });
  auto b = runner.submit([&](TaskContext &ctx) {
    while (step != 1)
      std::this_thread::yield();
    ctx.post([&] { record("b1"); });
    step = 2;
  });
  REQUIRE(waitFor([&] { return workEnded.load(); }));
  std::this_thread::sleep_for(20ms); // the worker sends its end after the work returns
  CHECK(got.empty());                // nothing reaches the UI outside drain()
  CHECK(a.running());                // nor its end
  CHECK(runner.busy());
  REQUIRE(drainUntil(runner, [&] { return !a.running() && !b.running(); }));
  CHECK(got == std::vector<std::string>{"a1", "b1", "a2"});
  for (const auto &id : threads)
    CHECK(id == std::this_thread::get_id());
  CHECK(a.done());
  CHECK(b.done());
  CHECK(a.progress() == 1.0f);
  CHECK_FALSE(a.errorCode());
  CHECK_FALSE(runner.busy());
  CHECK(runner.drain() == 0); // both ends were counted by the drains above, once
}

TEST_CASE("TaskRunner: drain() counts the tasks that ended in it", "[tasks]") {
  TaskRunner runner;
  auto h = runner.submit([](TaskContext &ctx) { ctx.post([] {}); });
  REQUIRE(drainUntil(runner, [&] { return !h.running(); }));
  CHECK(runner.drain() == 0);
  int ended = 0;
  auto g = runner.submit([](TaskContext &) {});
  const auto until = std::chrono::steady_clock::now() + 10s;
  while (ended == 0 && std::chrono::steady_clock::now() < until) {
    ended += runner.drain();
    std::this_thread::sleep_for(1ms);
  }
  CHECK(ended == 1);
  CHECK(g.done());
}

TEST_CASE("TaskRunner: progress is read while the task runs, clamped to 0 … 1", "[tasks]") {
  TaskRunner runner;
  std::atomic<bool> release{false};
  auto h = runner.submit([&](TaskContext &ctx) {
    ctx.progress(0.25f);
    while (!release)
      std::this_thread::yield();
    ctx.progress(7.0f);
    while (release)
      std::this_thread::yield();
  });
  CHECK(waitFor([&] { return h.progress() == 0.25f; }));
  CHECK(h.running());
  release = true;
  CHECK(waitFor([&] { return h.progress() == 1.0f; }));
  CHECK(h.running()); // a task at 100 % is done only when it returns
  release = false;
  REQUIRE(drainUntil(runner, [&] { return h.done(); }));
}

TEST_CASE("TaskRunner: cancel stops the work at once and drops its posts", "[tasks]") {
  TaskRunner runner;
  int delivered = 0;
  std::atomic<int> posted{0};
  std::atomic<bool> stopped{false};
  auto h = runner.submit([&](TaskContext &ctx) {
    while (!ctx.stopRequested()) {
      ctx.post([&] { ++delivered; });
      ++posted;
      std::this_thread::sleep_for(1ms);
    }
    stopped = true;
  });
  REQUIRE(drainUntil(runner, [&] { return delivered >= 3; }));
  REQUIRE(waitFor([&] { return posted > delivered + 2; })); // some posts wait for the next drain
  h.cancel();
  CHECK(h.status() == TaskStatus::Cancelled); // at once, before the worker noticed
  CHECK_FALSE(runner.busy());
  const int before = delivered;
  REQUIRE(waitFor([&] { return stopped.load(); }));
  runner.drain();
  runner.drain();
  CHECK(delivered == before); // neither the waiting posts nor later ones arrive
  CHECK(h.status() == TaskStatus::Cancelled);
}

TEST_CASE("TaskRunner: destroying the handle cancels the task", "[tasks]") {
  TaskRunner runner;
  std::atomic<bool> ended{false};
  {
    auto h = runner.submit([&](TaskContext &ctx) {
      waitForStop(ctx);
      ended = true;
    });
  }
  CHECK(waitFor([&] { return ended.load(); }));
  CHECK(drainUntil(runner, [&] { return !runner.busy(); }));
}

TEST_CASE("TaskRunner: an exception fails the task with its code, after what it posted", "[tasks]") {
  TaskRunner runner;
  std::vector<int> got;
  auto coded = runner.submit([&](TaskContext &ctx) {
    ctx.post([&] { got.push_back(1); });
    throw std::system_error(std::make_error_code(std::errc::io_error), "disk gone");
  });
  auto plain = runner.submit([](TaskContext &) { throw std::runtime_error("no code"); });
  REQUIRE(drainUntil(runner, [&] { return !coded.running() && !plain.running(); }));
  CHECK(got == std::vector<int>{1});
  CHECK(coded.failed());
  CHECK(coded.errorCode() == std::errc::io_error);
  CHECK(coded.errorText().find("disk gone") != std::string::npos);
  CHECK(plain.failed());
  CHECK_FALSE(plain.errorCode());
  CHECK(plain.errorText() == "no code");
  CHECK(plain.progress() < 1.0f);
}

TEST_CASE("TaskRunner: a task that returns after a stop request ends Cancelled", "[tasks]") {
  TaskRunner runner;
  auto h = runner.submit([](TaskContext &ctx) {
    waitForStop(ctx);
    throw std::runtime_error("interrupted read"); // an interrupted read is a stop, not a failure
  });
  h.cancel();
  runner.drain();
  CHECK(h.status() == TaskStatus::Cancelled);
  CHECK(h.errorText().empty());
}

TEST_CASE("TaskRunner: wakes the UI for posts and ends, throttles progress", "[tasks]") {
  std::atomic<int> wakes{0};
  TaskRunner runner([&] { ++wakes; });
  std::atomic<bool> go{false};
  auto h = runner.submit([&](TaskContext &ctx) {
    for (int i = 0; i < 10'000; ++i)
      ctx.progress(static_cast<float>(i) / 10'000.0f);
    while (!go)
      std::this_thread::yield();
  });
  REQUIRE(waitFor([&] { return h.progress() > 0.99f; }));
  CHECK(wakes >= 1);
  CHECK(wakes < 10); // 10 000 reports in far less than a second: a wake or two, not thousands
  const int beforeEnd = wakes;
  go = true;
  CHECK(waitFor([&] { return wakes > beforeEnd; })); // the end wakes at once, however soon it comes
  runner.drain();
  CHECK(h.done());
}

TEST_CASE("TaskRunner: destroying the runner stops running tasks promptly", "[tasks]") {
  std::atomic<int> wakes{0}, ended{0};
  int delivered = 0;
  const auto start = std::chrono::steady_clock::now();
  TaskHandle blocked, looping;
  {
    TaskRunner runner([&] { ++wakes; });
    blocked = runner.submit([&](TaskContext &ctx) {
      ctx.post([&] { ++delivered; });
      waitForStop(ctx);
      ++ended;
    });
    looping = runner.submit([&](TaskContext &ctx) {
      while (!ctx.stopRequested())
        ctx.progress(0.5f);
      ctx.post([&] { ++delivered; });
      ++ended;
    });
    REQUIRE(waitFor([&] { return looping.progress() == 0.5f; }));
  } // joins both: returns only when they ended
  CHECK(ended == 2);
  const int wakesAfter = wakes;
  std::this_thread::sleep_for(20ms);
  CHECK(wakes == wakesAfter); // no worker is left to call wake
  CHECK(delivered == 0);      // undelivered posts are dropped, never run later
  CHECK(blocked.status() == TaskStatus::Cancelled);
  CHECK(looping.status() == TaskStatus::Cancelled);
  CHECK(std::chrono::steady_clock::now() - start < 5s);
}
