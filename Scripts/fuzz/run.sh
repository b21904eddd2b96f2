#!/usr/bin/env bash
# Runs every libFuzzer target of Fuzz/ for a bounded time (default 60 s each; FUZZ_SECONDS=N to
# change, or name targets as arguments). Crashing inputs land in Fuzz/artifacts/<target>/; copy them
# to Tests/HoneKitTests/Fixtures/fuzz-regressions/<target>/ once fixed, where `swift test` replays them.
set -euo pipefail
cd "$(dirname "$0")/../../Fuzz"
seconds=${FUZZ_SECONDS:-60}
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(DeckJSON JournalLines Settings Snapshot Grading ImportCSV ImportMarkdown ImportQuizlet ImportApkg)

swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -use-ld=lld >/dev/null
bin=$(swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -use-ld=lld --show-bin-path)

printf '%-14s %10s %12s %8s  %s\n' target seconds executions exec/s result
for target in "${targets[@]}"; do
    work=$(mktemp -d)
    mkdir -p "artifacts/$target" "$work/corpus"
    cp -r "corpus/$target/." "$work/corpus/"
    set +e
    "$bin/Fuzz$target" "$work/corpus" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="artifacts/$target/" -print_final_stats=1 > "$work/log" 2>&1
    status=$?
    set -e
    runs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$work/log" | grep -Eo '[0-9]+$' || echo 0)
    rate=$(grep -Eo 'stat::average_exec_per_sec: *[0-9]+' "$work/log" | grep -Eo '[0-9]+$' || echo 0)
    result=$([ $status -eq 0 ] && echo "no crash" || echo "CRASH (see Fuzz/artifacts/$target, log $work/log)")
    printf '%-14s %10s %12s %8s  %s\n' "$target" "$seconds" "$runs" "$rate" "$result"
done
