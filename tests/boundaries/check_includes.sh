#!/usr/bin/env bash
# Enforces the module table of STYLE.md by reading every #include.
# Usage: check_includes.sh SOURCE_DIR. Prints each violation; exit 1 if any.
set -u
root=${1:-.}
bad=0
# check DIR REGEX WHY: any #include in DIR matching REGEX is a violation.
check() {
  local dir=$1 regex=$2 why=$3 hits
  [ -d "$root/$dir" ] || return 0
  hits=$(grep -rnE --include='*.hpp' --include='*.cpp' --include='*.h' \
           "^[[:space:]]*#[[:space:]]*include[[:space:]]*[<\"]($regex)" "$root/$dir" || true)
  if [ -n "$hits" ]; then
    echo "$why:"; echo "$hits" | sed "s|$root/||"; bad=1
  fi
}
third='libav|libsw|SDL|sqlite3|GLFW|imgui|nlohmann|GL/|catch2'
check annotate "$third|spiegel/(media|store)|thread|mutex|condition_variable|future|atomic|fstream|filesystem|chrono|cstdio|stdio|iostream|ctime|random" \
  "annotate/ may use only the standard library, without threads, files or clocks"
check media "spiegel/(annotate|store)|imgui|GLFW|sqlite3|nlohmann|GL/" \
  "media/ may not use annotate, store, ImGui, GLFW, SQLite or JSON"
check store "spiegel/media|libav|libsw|SDL|imgui|GLFW|GL/" \
  "store/ may not use media, FFmpeg, SDL, ImGui or GLFW"
for m in media store annotate; do
  check "$m/include" "$third" "public headers of $m/ may not expose third-party types"
done
# The folders of app/: the window's code stays in gui/, cli never includes
# it (commands.cpp and cmd_bench.cpp only declare the GUI's entry points),
# and the review library, the view models and the shared pieces know
# nothing of either. review/ is below all of app/src: it includes none of it.
ui='imgui|GLFW|GL/'
check app/src/cli "gui/|$ui" "app/src/cli may not include the window (gui/, ImGui, GLFW, OpenGL)"
check app/src/common "gui/|cli/|bench/|demo/|$ui" "app/src/common may not include cli/, gui/, bench/, demo/ or the window's libraries"
check app/review "spiegel/media|libav|libsw|SDL|common/|gui/|cli/|bench/|demo/|viewmodels/|$ui|nlohmann" \
  "app/review (the review library: store and annotate only, no language) may not include media, app/src or the window's libraries"
check app/src/viewmodels "gui/|cli/|bench/|demo/|$ui" "app/src/viewmodels (rows for the panels, no drawing) may not include cli/, gui/, bench/, demo/ or the window's libraries"
check app/src/bench "gui/|cli/|$ui" "app/src/bench may not include cli/, gui/ or the window's libraries"
check app/src/demo "gui/|cli/|bench/|$ui" "app/src/demo may not include cli/, gui/, bench/ or the window's libraries"
check app/src/gui "cli/" "app/src/gui may not include cli/ (shared pieces live in common/)"
# The task runner is the standard library and threads only, so anything
# (the window, the bench, later the review library) can run work on it.
check app/src/tasks "(gui|cli|common|workspace|review|bench|demo)/|spiegel/|$third" "app/src/tasks may use only the standard library (no other folder of app/, no Spiegel library)"
if [ $bad -eq 0 ]; then echo "module boundaries: ok"; fi
exit $bad
