#!/usr/bin/env bash
# Runs one libFuzzer target for a bounded time and fails on any finding: a crash, a failed invariant (abort), a
# leak (LeakSanitizer), any AddressSanitizer or UBSan report, an input that takes too long (timeout) or too much
# memory (rss limit). Seeds are read from SEED_DIR...; new inputs go to WORKDIR/corpus (never into the source
# tree), findings to WORKDIR/artifacts/, where they are kept for reproduction:
#     BINARY WORKDIR/artifacts/crash-...
#
#   run-fuzzer.sh BINARY SECONDS WORKDIR DICT SEED_DIR...
set -euo pipefail

if [ $# -lt 5 ]; then
    echo "usage: run-fuzzer.sh BINARY SECONDS WORKDIR DICT SEED_DIR..." >&2
    exit 2
fi
binary=$1 seconds=$2 work=$3 dict=$4
shift 4
name=$(basename "$binary")

mkdir -p "$work/corpus" "$work/artifacts"
rm -f "$work/artifacts/"*

# Leaks are findings here (the ASan test preset turns them off for the Qt test suite, not for the fuzzers).
export ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1:handle_abort=1:symbolize=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# The parsers' warnings are silenced by the targets; make sure nothing tries to reach a display or a bus.
export QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="*=false"

args=(-max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -malloc_limit_mb=1024 -max_len=65536
      -print_final_stats=1 -artifact_prefix="$work/artifacts/")
[ -f "$dict" ] && args+=(-dict="$dict")

echo "== $name: ${seconds}s from $* (new inputs in $work/corpus)"
status=0
"$binary" "${args[@]}" "$work/corpus" "$@" 2>"$work/log.txt" || status=$?
grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss_mb|INFO: seed corpus)' "$work/log.txt" || true

findings=$(find "$work/artifacts" -type f | sort)
if [ "$status" -ne 0 ] || [ -n "$findings" ]; then
    echo "FAIL: $name exited with $status" >&2
    # The report: sanitizer or libFuzzer output around the finding.
    grep -n -A40 -E 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:|fuzz invariant failed|==[0-9]+==' \
        "$work/log.txt" | head -120 >&2 || tail -60 "$work/log.txt" >&2
    for f in $findings; do
        echo "finding: $f  (reproduce: $binary $f)" >&2
    done
    exit 1
fi
echo "PASS: $name ran ${seconds}s without findings"
