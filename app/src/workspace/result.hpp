#pragma once
// What a workspace operation hands back to the GUI: the value, or one
// sentence for the reviewer in the current language (what is wrong, what to
// do). Operations never throw to the GUI.
//   if (auto r = ws.tagNow(1, false, pos)) editor.open(*r.value); else toast(r.error);
#include <optional>
#include <string>
#include <utility>

namespace spiegel::app::workspace {

template <class T> struct Result {
  std::optional<T> value;
  std::string error; // empty when value is set

  static Result ok(T v) { return Result{std::move(v), {}}; }
  static Result fail(std::string sentence) { return Result{std::nullopt, std::move(sentence)}; }
  [[nodiscard]] explicit operator bool() const { return value.has_value(); }
};

// For operations without a value.
struct Status {
  std::string error; // empty = done
  static Status ok() { return {}; }
  static Status fail(std::string sentence) { return Status{std::move(sentence)}; }
  [[nodiscard]] explicit operator bool() const { return error.empty(); }
};

} // namespace spiegel::app::workspace
