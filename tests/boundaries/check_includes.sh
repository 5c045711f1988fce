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
if [ $bad -eq 0 ]; then echo "module boundaries: ok"; fi
exit $bad
