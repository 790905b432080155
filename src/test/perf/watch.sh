#!/bin/bash
# The analyst loop's figure (README, "Rule cache and the analyst loop"): starts `watch` on a copy of the rules and the
# bundled fixtures, then saves a threshold change to parameters.json (overlap.minForums 2 -> 3 and back) a number of
# times and measures, for each save, the time until the diff's summary line is on stdout; prints each and the median.
#
#   src/test/perf/watch.sh                                # the launcher, target/briefing
#   src/test/perf/watch.sh java -jar target/briefing.jar  # any other way of starting briefing
#   SAVES=11 src/test/perf/watch.sh                       # more saves (default 7)
#
# Run it from the project folder after `mvn package`. Every save is timed from just before the file is written.
set -euo pipefail

cd "$(dirname "$0")/../../.."
saves=${SAVES:-7}
if [ $# -eq 0 ]; then
    set -- target/briefing
fi
work=$(mktemp -d)
cp -r rules "$work/rules"
"$@" watch --period 2021-Q4 --facts fixtures --rules "$work/rules" >"$work/stdout" 2>"$work/stderr" &
watcher=$!
trap 'kill $watcher 2>/dev/null; wait $watcher 2>/dev/null; rm -rf "$work"' EXIT

# wait_for PATTERN COUNT: until stdout holds COUNT lines matching PATTERN (at most 120 s)
wait_for() {
    local deadline=$((SECONDS + 120))
    until [ "$(grep -c -E "$1" "$work/stdout" || true)" -ge "$2" ]; do
        if [ $SECONDS -ge $deadline ] || ! kill -0 $watcher 2>/dev/null; then
            echo "watch did not print '$1' (stderr follows)" >&2
            cat "$work/stderr" >&2
            exit 1
        fi
        sleep 0.01
    done
}

wait_for '^[0-9]+ findings in 2021-Q4$' 1
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
params="$work/rules/parameters.json"
for i in $(seq 1 "$saves"); do
    if [ $((i % 2)) -eq 1 ]; then from=2 to=3; else from=3 to=2; fi
    changed=$(sed "s/\"overlap.minForums\": {\"value\": $from/\"overlap.minForums\": {\"value\": $to/" "$params")
    started=$(date +%s.%N)
    printf '%s\n' "$changed" >"$params"   # written in place, as an editor's save
    wait_for 'appeared, [0-9]+ disappeared$' "$i"
    ended=$(date +%s.%N)
    awk -v a="$started" -v b="$ended" -v i="$i" 'BEGIN { printf "save %d: %.3f s\n", i, b - a }' | tee -a "$work/times"
done
awk '{ print $3 }' "$work/times" | sort -n \
    | awk -v n="$saves" '{ v[NR] = $1 } END { printf "median of %d saves: %.3f s\n", n, (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
