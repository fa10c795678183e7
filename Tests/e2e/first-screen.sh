#!/usr/bin/env bash
# Time to the browser's first screen, and to its background analysis landing, read from tmux.
#
#   Tests/e2e/first-screen.sh BIN FOLDER      # e.g. .build/release/parley /tmp/c20k
#
# Starts BIN FOLDER in a fresh tmux server at 120x40 and polls the screen every 50 ms: the first
# screen is the first capture that shows the article list box; the analysis has landed when the
# status bar shows the key hints (`? help  q quit`) again. Prints both in seconds, then quits.
set -euo pipefail
BIN="$1"
FOLDER="$2"
LIMIT="${LIMIT:-1800}"
SOCKET="parley-first-screen-$$"
T() { tmux -L "$SOCKET" "$@"; }
trap 'T kill-server 2>/dev/null || true' EXIT
now() { date +%s.%N; }
start=$(now)
T -f /dev/null new-session -d -x 120 -y 40 -s first "'$BIN' '$FOLDER'; sleep 60"
first=""
landed=""
while [ "$(echo "$(now) - $start < $LIMIT" | bc)" = 1 ]; do
  shown="$(T capture-pane -p -t 0 2>/dev/null || true)"
  elapsed=$(echo "$(now) - $start" | bc)
  if [ -z "$first" ] && grep -qF "─ Articles" <<<"$shown"; then first=$elapsed; fi
  if [ -n "$first" ] && head -1 <<<"$shown" | grep -qF "? help  q quit"; then landed=$elapsed; break; fi
  sleep 0.05
done
echo "first screen: ${first:-none} s  analysis landed: ${landed:-none} s"
T send-keys -t 0 q
