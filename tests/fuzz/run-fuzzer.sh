#!/usr/bin/env bash
# Runs the libFuzzer targets (roster CSV, contacts CSV, phone normaliser) for MINUTES minutes
# each, one after the other, under AddressSanitizer and UndefinedBehaviorSanitizer, and prints the
# executions of each. Needs clang and its runtimes (Debian: clang libclang-rt-14-dev).
# Usage: tests/fuzz/run-fuzzer.sh MINUTES [BUILD_DIR]
# New inputs go to BUILD_DIR/fuzz-corpus/<target> (seeded from tests/fuzz/corpus); findings go
# to BUILD_DIR/fuzz-findings/. Exit status: 0 when no target found anything.
set -euo pipefail
minutes=${1:?usage: $0 MINUTES [BUILD_DIR]}
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build=${2:-$source_dir/build-fuzz}
flags="-fsanitize=address,undefined -fsanitize=fuzzer-no-link -fno-omit-frame-pointer -fno-sanitize-recover=undefined -g"

cmake -S "$source_dir" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++ -DKUNJUNGAN_BUILD_UI=OFF -DKUNJUNGAN_FUZZ=ON \
  -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
cmake --build "$build" -j2 --target fuzz-roster fuzz-contacts fuzz-phone

status=0
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
for target in roster contacts phone; do
  corpus=$build/fuzz-corpus/$target
  findings=$build/fuzz-findings/$target/
  mkdir -p "$corpus" "$findings"
  log=$build/fuzz-$target.log
  echo "== fuzz-$target for $minutes min"
  if ! "$build/bin/fuzz-$target" -max_total_time=$((minutes * 60)) -timeout=10 -rss_limit_mb=2048 \
       -artifact_prefix="$findings" -print_final_stats=1 \
       "$corpus" "$source_dir/tests/fuzz/corpus/$target" >"$log" 2>&1; then
    echo "fuzz-$target FOUND A PROBLEM: see $log and $findings" >&2
    status=1
  fi
  runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo '?')
  cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 || true)
  echo "fuzz-$target: $runs executions in $minutes min, $cov, corpus $(ls "$corpus" | wc -l) files"
done
exit $status
