#!/bin/bash
# Start-up figures (README, "Start-up"): times `--version` and the seed pack (`run` on the bundled fixtures, the
# rule cache warm) five times each, alternating, and prints the medians of wall and CPU time and the wall ratio.
#
#   src/test/perf/startup.sh                               # the launcher, target/briefing
#   src/test/perf/startup.sh java -jar target/briefing.jar # any other way of starting briefing
#   RUNS=9 src/test/perf/startup.sh                        # more rounds
#   AGAINST=/tmp/old/target/briefing src/test/perf/startup.sh   # A/B: each round also times the other command
#
# Run it from the project folder after `mvn package`. The machine's load average is printed with the figures:
# on a shared machine compare two commands in the same run (AGAINST), never figures taken at different times.
# CPU time (user + sys) moves far less with load than wall time does.
set -euo pipefail

cd "$(dirname "$0")/../../.."
runs=${RUNS:-5}
if [ $# -eq 0 ]; then
    set -- target/briefing
fi
read -r -a against <<<"${AGAINST:-}"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# "wall cpu" in seconds (three decimals) one command takes; its output is kept in $out, and a failure stops the script
timed() {
    local TIMEFORMAT='%R %U %S'
    { time "$@" >"$out/stdout" 2>"$out/stderr"; } 2>"$out/time" \
        || { echo "failed: $*" >&2; cat "$out/stderr" >&2; exit 1; }
    awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }' "$out/time"
}

median() {
    sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# round LABEL COMMAND...: one --version and one seed pack, appended to $out/LABEL.version and $out/LABEL.pack
round() {
    local label=$1
    shift
    timed "$@" --version >>"$out/$label.version"
    timed "$@" run --out "$out/reports-$label" --quiet >>"$out/$label.pack"
    echo "round $i, $label: --version $(tail -1 "$out/$label.version" | cut -d' ' -f1) s," \
        "seed pack $(tail -1 "$out/$label.pack" | cut -d' ' -f1) s"
}

# summary LABEL COMMAND...: the medians
summary() {
    local label=$1 version pack version_cpu pack_cpu
    shift
    version=$(cut -d' ' -f1 "$out/$label.version" | median)
    pack=$(cut -d' ' -f1 "$out/$label.pack" | median)
    version_cpu=$(cut -d' ' -f2 "$out/$label.version" | median)
    pack_cpu=$(cut -d' ' -f2 "$out/$label.pack" | median)
    echo "$label ($*): median of $runs: --version $version s, seed pack $pack s," \
        "ratio $(awk -v p="$pack" -v v="$version" 'BEGIN { printf "%.1f", p / v }')x;" \
        "CPU --version $version_cpu s, seed pack $pack_cpu s"
}

echo "command: $*${AGAINST:+ against: $AGAINST}"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# One seed pack first, so the rule cache and the file-system cache are warm for every timed run.
timed "$@" run --out "$out/reports" --quiet >/dev/null
[ ${#against[@]} -eq 0 ] || timed "${against[@]}" run --out "$out/reports" --quiet >/dev/null
for ((i = 1; i <= runs; i++)); do
    round this "$@"
    [ ${#against[@]} -eq 0 ] || round against "${against[@]}"
done
summary this "$@"
[ ${#against[@]} -eq 0 ] || summary against "${against[@]}"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
