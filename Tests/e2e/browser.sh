#!/usr/bin/env bash
# End-to-end test of the terminal browser: runs the real binary in a fresh tmux server,
# drives it with keys and checks what tmux shows (text and attributes).
#
#   Tests/e2e/browser.sh            # uses $(swift build --show-bin-path)/parley
#   PARLEY_BIN=path Tests/e2e/browser.sh
#
# Exits 0 when every step passes; prints the screen and exits 1 at the first failure.
set -euo pipefail
cd "$(dirname "$0")/../.."
REPO="$PWD"
BIN="${PARLEY_BIN:-$(swift build --show-bin-path 2>/dev/null)/parley}"
[ -x "$BIN" ] || { echo "e2e: no parley binary at $BIN (run swift build)"; exit 1; }
command -v tmux >/dev/null || { echo "e2e: tmux is not installed"; exit 1; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/parley-e2e.XXXXXX")"
SOCKET="parley-e2e-$$"
T() { tmux -L "$SOCKET" "$@"; }
cleanup() { T kill-server 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

STEP=""
fail() {
  echo "e2e FAILED at: $STEP — $1"
  echo "----- screen -----"
  T capture-pane -p -t 0 2>/dev/null || true
  echo "------------------"
  exit 1
}
screen() { T capture-pane -p -t 0; }
screen_attrs() { T capture-pane -p -e -t 0; }
# wait_for TEXT [SECONDS]: poll the screen until it shows TEXT.
wait_for() {
  local deadline=$((SECONDS + ${2:-10}))
  while [ $SECONDS -lt $deadline ]; do
    if screen | grep -qF -- "$1"; then return 0; fi
    sleep 0.1
  done
  fail "screen never showed “$1”"
}
wait_gone() {
  local deadline=$((SECONDS + ${2:-10}))
  while [ $SECONDS -lt $deadline ]; do
    if ! screen | grep -qF -- "$1"; then return 0; fi
    sleep 0.1
  done
  fail "screen still shows “$1”"
}
keys() { T send-keys -t 0 "$@"; }
step() { STEP="$1"; echo "e2e: $1"; }
# expect_exit STATUS WHAT: wait up to 3 s for the pane's command to end, then check its exit
# status and that it left the terminal in canonical mode with echo.
expect_exit() {
  local deadline=$((SECONDS + 3))
  while [ ! -s "$WORK/stty" ] && [ $SECONDS -lt $deadline ]; do sleep 0.05; done
  [ "$(cat "$WORK/status" 2>/dev/null)" = "$1" ] || fail "$2: exit status $(cat "$WORK/status" 2>/dev/null) (or still running after 3 s)"
  grep -qE '(^| )icanon( |$)' "$WORK/stty" && grep -qE '(^| )echo( |$)' "$WORK/stty" || fail "terminal not restored after $2"
}

step "start on data/ at 120x40"
T -f /dev/null new-session -d -x 120 -y 40 -s e2e \
  "cd '$REPO' && '$BIN' data/articles; echo \$? > '$WORK/status'; stty -a > '$WORK/stty' 2>&1; sleep 60"
T set-option -t e2e window-size manual >/dev/null 2>&1 || true
wait_for "5 articles" 20
wait_for "Articles"
wait_for "1/5 "

step "move down the list"
keys j
wait_for "2/5 "
keys k
wait_for "1/5 "

step "search Crimea"
keys /
wait_for "/" 
keys -l "Crimea"
keys Enter
wait_for "/Crimea:"
wait_for "matching"

step "open an article and find the highlighted hit"
keys Enter n
wait_for "hit 1 of"
screen_attrs | grep -qP '\e\[[0-9;]*7m(\e\[[0-9;]*m)*Crimea' || fail "no reverse-video highlight on “Crimea”"

step "back to the list"
keys Escape Escape
wait_gone "/Crimea:"

step "search with the analysis filters; an unknown party lists the choices"
# The filters need the background analysis: wait until it landed (the key hints are back).
wait_for "? help  q quit"
keys /
keys -l "entity:zelenskiy topic:crimea"
keys Enter
wait_for "/entity:zelenskiy topic:crimea:"
wait_for "matching"
keys /
keys -l "party:mars"
keys Enter
wait_for "unknown party 'mars'"
keys Escape
wait_gone "/entity:zelenskiy"

step "entity pane, then filter the list by an entity"
keys e
wait_for "Entities ·"
wait_for "People ·"
keys Enter
wait_for "entity: "
wait_for "matching"

step "comparison, then follow a cell to its evidence"
keys Escape
wait_gone "entity: "
keys c
wait_for "Compare · topic"
wait_for "support"
keys Enter
wait_for "Articles"
wait_gone "Compare · topic"
# The evidence sentence is drawn reversed and underlined: a long run of highlighted text.
screen_attrs | grep -qP '\e\[[0-9;]*(4;7|7;4)m(\e\[[0-9;]*m)*[^\e]{20}' \
  || screen_attrs | grep -qP '\e\[[0-9;]*7m(\e\[[0-9;]*m)*\e\[[0-9;]*4m[^\e]{20}' \
  || screen_attrs | grep -qP '\e\[[0-9;]*4m(\e\[[0-9;]*m)*\e\[[0-9;]*7m[^\e]{20}' \
  || fail "no highlighted evidence sentence"
keys Escape
wait_for "Compare · topic"

step "resize to 80x24 and back"
T resize-window -t e2e -x 80 -y 24
wait_for "t next · T choose"
[ "$(screen | LC_ALL=C.UTF-8 wc -L)" -le 80 ] || fail "lines wider than 80 columns"
T resize-window -t e2e -x 60 -y 20
wait_for "terminal too small (need 80x24)"
T resize-window -t e2e -x 120 -y 40
wait_for "Compare · topic"
keys Escape
wait_for "Articles"

step "help overlay"
keys '?'
wait_for "Keys · any key closes"
keys x
wait_gone "Keys · any key closes"

step "quit and check the terminal is restored"
keys q
deadline=$((SECONDS + 10))
while [ ! -s "$WORK/status" ] && [ $SECONDS -lt $deadline ]; do sleep 0.1; done
[ -s "$WORK/status" ] || fail "parley did not exit after q"
[ "$(cat "$WORK/status")" = "0" ] || fail "exit status $(cat "$WORK/status")"
while [ ! -s "$WORK/stty" ] && [ $SECONDS -lt $deadline ]; do sleep 0.1; done
grep -qE '(^| )icanon( |$)' "$WORK/stty" || fail "icanon not restored: $(cat "$WORK/stty")"
grep -qE '(^| )echo( |$)' "$WORK/stty" || fail "echo not restored: $(cat "$WORK/stty")"

step "Ctrl-C leaves a sane terminal too"
rm -f "$WORK/status" "$WORK/stty"
T respawn-pane -k -t e2e "cd '$REPO' && '$BIN' data/articles; echo \$? > '$WORK/status'; stty -a > '$WORK/stty' 2>&1; sleep 60"
wait_for "5 articles" 20
keys C-c
deadline=$((SECONDS + 10))
while [ ! -s "$WORK/stty" ] && [ $SECONDS -lt $deadline ]; do sleep 0.1; done
[ "$(cat "$WORK/status" 2>/dev/null)" = "130" ] || fail "Ctrl-C exit status $(cat "$WORK/status" 2>/dev/null)"
grep -qE '(^| )icanon( |$)' "$WORK/stty" && grep -qE '(^| )echo( |$)' "$WORK/stty" || fail "terminal not restored after Ctrl-C"

step "a folder of 3,000 files: the bar shows a percentage while reading; q then quits at once"
mkdir -p "$WORK/many"
body="The ceasefire held overnight, officials in Kyiv said. Moscow said talks would go on next week."
for i in $(seq 1 3000); do
  printf 'Report %d from the front\n\n%s %s %s\n\n%s %s\n\n%s\n' "$i" "$body" "$body" "$body" "$body" "$body" "$body" > "$WORK/many/r$i.txt"
done
rm -f "$WORK/status" "$WORK/stty"
T respawn-pane -k -t e2e "cd '$REPO' && '$BIN' '$WORK/many'; echo \$? > '$WORK/status'; stty -a > '$WORK/stty' 2>&1; sleep 60"
wait_for "reading articles" 20
# One capture showing the stage “reading articles” and a bar line that ends in a percentage.
deadline=$((SECONDS + 10))
until shown="$(screen)"; grep -qF "reading articles" <<<"$shown" && grep -qE "(█|░) +[0-9]+%$" <<<"$shown"; do
  [ $SECONDS -lt $deadline ] || fail "no percentage while reading articles"
  sleep 0.05
done
keys q
expect_exit 0 "q while reading"

step "the same folder opens before its analysis: search works, the status bar shows the analysis, filters wait"
rm -f "$WORK/status" "$WORK/stty"
T respawn-pane -k -t e2e "cd '$REPO' && '$BIN' '$WORK/many'; echo \$? > '$WORK/status'; stty -a > '$WORK/stty' 2>&1; sleep 60"
wait_for "· 3000 articles" 60
# One capture showing the open browser and the analysis still running with its percentage
# (a fast release build may finish first: then say so and go on).
deadline=$((SECONDS + 10))
until shown="$(screen)"; grep -qF "Articles" <<<"$shown" && grep -qE "analysing( entities and stances)? [0-9]+%" <<<"$shown"; do
  if grep -qF "? help  q quit" <<<"$shown"; then echo "e2e: note: the analysis finished before the first capture"; break; fi
  [ $SECONDS -lt $deadline ] || fail "no analysis progress in the open browser"
  sleep 0.05
done
keys /
keys -l "ceasefire"
keys Enter
wait_for "/ceasefire: 3000 articles"
if screen | grep -qF "analysing"; then
  keys /
  keys -l "party:russia"
  keys Enter
  wait_for "once the analysis finishes"
fi
wait_for "? help  q quit" 180
wait_for "/ceasefire: 3000 articles"
keys /
keys -l "party:russia"
keys Enter
wait_for "/party:russia: 3000 articles"

step "q while the analysis runs quits at once"
rm -f "$WORK/status" "$WORK/stty"
T respawn-pane -k -t e2e "cd '$REPO' && '$BIN' '$WORK/many'; echo \$? > '$WORK/status'; stty -a > '$WORK/stty' 2>&1; sleep 60"
wait_for "· 3000 articles" 60
screen | grep -qF "analysing" || echo "e2e: note: the analysis finished before q"
keys q
expect_exit 0 "q while analysing"

step "a skipped file: the loader's summary shows in the input line, not drawn over the screen"
mkdir -p "$WORK/some"
printf 'First report\n\nThe ceasefire held overnight.\n' > "$WORK/some/a.txt"
printf 'Second report\n\nTalks went on in Geneva.\n' > "$WORK/some/b.txt"
: > "$WORK/some/empty.txt"
T respawn-pane -k -t e2e "cd '$REPO' && '$BIN' '$WORK/some'; sleep 60"
wait_for "· 2 articles" 20
wait_for "skipped 1: 1 empty" 10
shown="$(screen)"
[ "$(grep -c "skipped 1: 1 empty" <<<"$shown")" = "1" ] || fail "the load summary shows more than once"
tail -1 <<<"$shown" | grep -qF "skipped 1: 1 empty" || fail "the load summary is not in the input line"
keys q

step "not a terminal: one line pointing at the subcommands, exit 2"
set +e
message="$("$BIN" data/articles </dev/null 2>&1 >/dev/null)"
status=$?
set -e
[ "$status" = "2" ] || fail "piped run exited $status"
[ "$(printf '%s\n' "$message" | wc -l)" = "1" ] || fail "expected one line, got: $message"
printf '%s' "$message" | grep -q "parley list" || fail "message does not point at the subcommands: $message"
set +e
TERM=dumb script -qec "'$BIN' data/articles" /dev/null > "$WORK/dumb" 2>&1
set -e
grep -q "TERM is “dumb”" "$WORK/dumb" || fail "TERM=dumb not refused: $(cat "$WORK/dumb")"

echo "e2e: all steps passed"
