#!/bin/bash
# Start-up figures (README, "Start-up"): times `--version` and the seed pack (`run` on the bundled fixtures, the
# rule cache warm) five times each, alternating, and prints the medians and their ratio.
#
#   src/test/perf/startup.sh                               # the launcher, target/briefing
#   src/test/perf/startup.sh java -jar target/briefing.jar # any other way of starting briefing
#   RUNS=9 src/test/perf/startup.sh                        # more rounds
#
# Run it from the project folder after `mvn package`. The machine's load average is printed with the figures:
# on a shared machine compare two commands in the same minute, never figures taken at different times.
set -euo pipefail

cd "$(dirname "$0")/../../.."
runs=${RUNS:-5}
if [ $# -eq 0 ]; then
    set -- target/briefing
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# seconds (three decimals) one command takes; its output is kept in $out, and a failure stops the script
timed() {
    local start end
    start=$(date +%s%N)
    "$@" >"$out/stdout" 2>"$out/stderr" || { echo "failed: $*" >&2; cat "$out/stderr" >&2; exit 1; }
    end=$(date +%s%N)
    awk -v ns=$((end - start)) 'BEGIN { printf "%.3f\n", ns / 1e9 }'
}

median() {
    sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

echo "command: $*"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# One seed pack first, so the rule cache and the file-system cache are warm for every timed run.
timed "$@" run --out "$out/reports" --quiet >/dev/null
versions=()
packs=()
for ((i = 1; i <= runs; i++)); do
    versions+=("$(timed "$@" --version)")
    packs+=("$(timed "$@" run --out "$out/reports" --quiet)")
    echo "round $i: --version ${versions[-1]} s, seed pack ${packs[-1]} s"
done
version=$(printf '%s\n' "${versions[@]}" | median)
pack=$(printf '%s\n' "${packs[@]}" | median)
echo "median of $runs: --version $version s, seed pack $pack s, ratio $(awk -v p="$pack" -v v="$version" 'BEGIN { printf "%.1f", p / v }')x"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
