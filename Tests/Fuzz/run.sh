#!/usr/bin/env bash
# Builds every libFuzzer harness in Tests/Fuzz/Harnesses against the module sources and runs
# each for a bounded time.
#
#   Tests/Fuzz/run.sh [SECONDS] [TARGET...]      default 30 s each, every target
#   Tests/Fuzz/run.sh 600 LoadJSON ParseQuery    longer runs of some targets
#
# Environment: FUZZ_BUILD (default /tmp/parley-fuzz) holds the instrumented libraries, the
# binaries, the grown corpora and any crash files; FUZZ_JOBS runs that many fuzzing workers
# per target (default 1); FUZZ_PARALLEL fuzzes that many targets at once (default 1; CI uses 2,
# one per core). Seeds in Tests/Fuzz/Corpus/<TARGET>/ are read, never written.
# Exit status: 0 when no target crashed, leaked, timed out or ran out of memory.
set -uo pipefail

seconds="${1:-30}"
shift || true
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${FUZZ_BUILD:-/tmp/parley-fuzz}"
jobs="${FUZZ_JOBS:-1}"
at_once="${FUZZ_PARALLEL:-1}"
trap 'kill $(jobs -p) 2>/dev/null || true' INT TERM
mkdir -p "$build/lib" "$build/bin"
export SWIFT_BACKTRACE=enable=no
flags=(-parse-as-library -sanitize=fuzzer,address -O -g -enable-testing)

# Harness name -> modules it needs, in dependency order.
modules_for() {
  case "$1" in
    Tokenize | ParseQuery) echo "ParleyCore ParleySearch" ;;
    *) echo "ParleyCore" ;;
  esac
}

# Builds Sources/<module> as an instrumented static library when a source is newer than it.
build_module() {
  local module="$1" lib="$build/lib/lib$1.a"
  local sources
  sources=$(find "$root/Sources/$module" -name '*.swift' | sort)
  if [[ -f "$lib" ]] && [[ -z "$(find "$root/Sources/$module" -name '*.swift' -newer "$lib")" ]]; then return 0; fi
  echo "building $module (instrumented)…"
  rm -f "$lib"
  # shellcheck disable=SC2086
  swiftc "${flags[@]}" -wmo -emit-library -static -emit-module -module-name "$module" \
    -I "$build/lib" -emit-module-path "$build/lib/$module.swiftmodule" $sources -o "$lib" 2>&1 \
    | grep -v -e "ld.gold: warning" -e "^$" || true
  [[ -f "$lib" ]]
}

targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
  for file in "$here"/Harnesses/*.swift; do targets+=("$(basename "$file" .swift)"); done
fi

# Builds (when needed) and links every target first, one at a time.
for target in "${targets[@]}"; do
  harness="$here/Harnesses/$target.swift"
  [[ -f "$harness" ]] || { echo "no harness $harness"; exit 2; }
  libs=()
  for module in $(modules_for "$target"); do
    build_module "$module" || { echo "cannot build $module"; exit 2; }
    libs+=("$build/lib/lib$module.a")
  done
  binary="$build/bin/$target"
  if [[ ! -x "$binary" || -n "$(find "$harness" "$here/Shared" "${libs[@]}" -newer "$binary" 2>/dev/null)" ]]; then
    echo "linking $target…"
    rm -f "$binary"
    swiftc "${flags[@]}" -I "$build/lib" "$harness" "$here"/Shared/*.swift "${libs[@]}" -o "$binary" 2>&1 \
      | grep -v -e "ld.gold: warning" -e "^$" || true
    [[ -x "$binary" ]] || { echo "cannot link $target"; exit 2; }
  fi
done

# Fuzzes one target; its exit status goes to $build/<target>.status.
fuzz() {
  local target="$1" work="$build/corpus/$1" seeds="$here/Corpus/$1"
  mkdir -p "$work" "$build/crashes"
  local dirs=("$work") parallel=()
  [[ -d "$seeds" ]] && dirs+=("$seeds")
  [[ "$jobs" -gt 1 ]] && parallel=(-jobs="$jobs" -workers="$jobs")
  "$build/bin/$target" "${dirs[@]}" "${parallel[@]}" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -artifact_prefix="$build/crashes/$target-" -print_final_stats=1 >"$build/$target.log" 2>&1
  echo $? >"$build/$target.status"
}

for target in "${targets[@]}"; do
  while [[ $(jobs -rp | wc -l) -ge $at_once ]]; do wait -n || true; done
  echo "fuzzing $target for ${seconds}s…"
  rm -f "$build/$target.status"
  fuzz "$target" &
done
wait

failed=()
for target in "${targets[@]}"; do
  status=$(cat "$build/$target.status" 2>/dev/null || echo 2)
  echo "$target:"
  grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb|cov:" "$build/$target.log" | tail -3 | sed "s/^/  /"
  if [[ $status -ne 0 ]]; then
    failed+=("$target")
    echo "  FAILED ($status): see $build/$target.log and $build/crashes/$target-*"
    grep -m3 -E "ERROR|Fatal error|precondition|SUMMARY" "$build/$target.log" | sed "s/^/  /"
  fi
done

if [[ ${#failed[@]} -gt 0 ]]; then
  echo "failed: ${failed[*]}"
  exit 1
fi
echo "all ${#targets[@]} targets ran ${seconds}s without a finding"
