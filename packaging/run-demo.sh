#!/usr/bin/env bash
# Starts the built app. With a display it opens the window; without one (a server, CI, SSH) it
# runs the app under Xvfb, saves screenshots and prints where they are. Options after the build
# folder go to the app, e.g. --db postgresql://… for the demo on a PostgreSQL server.
#   run-demo.sh [BUILD] [APP OPTIONS…]
set -euo pipefail
build=${1:-build}
shift $(($# > 0 ? 1 : 0))
app="$build/bin/kunjungan"
[ -x "$app" ] || { echo "run-demo: $app is not built" >&2; exit 1; }
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$app" --demo "$@"
fi
shots="$build/screenshots"
mkdir -p "$shots"
echo "run-demo: no display found: running Kunjungan under Xvfb and saving screenshots."
xvfb-run -a -s "-screen 0 1366x768x24" bash -c '
  "$1" --demo --screenshots "$2" "${@:3}" &
  pid=$!
  for _ in $(seq 1 240); do # up to 2 minutes: filling a demo on a server takes longer
    [ -f "$2/.done" ] && break
    kill -0 $pid 2>/dev/null || break
    sleep 0.5
  done
  kill $pid 2>/dev/null || true
  wait $pid 2>/dev/null || true
' _ "$app" "$(realpath "$shots")" "$@"
rm -f "$shots/.done"
echo "run-demo: screenshots:"
ls -1 "$(realpath "$shots")"/*.png | sed 's/^/  /'
