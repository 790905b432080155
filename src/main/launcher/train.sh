#!/bin/sh
# Called by `mvn package` (exec-maven-plugin) after the jar is built:
#   train.sh PROJECT_DIR TARGET_DIR SKIP JAVA17 [JAVA25]
# Installs the launcher as TARGET_DIR/briefing, then trains a start-up archive for it on the bundled fixtures:
# a class-data-sharing archive (briefing.jsa) for JAVA17, or an AOT cache (briefing.aot) when JAVA25 is given
# (-Dbriefing.archive.java25=/path/to/java) and installed. An archive that cannot be built is skipped with a note: it never fails the build (the launcher runs
# without it). SKIP=true (-Dbriefing.archive.skip=true) installs the launcher only.
set -u

project=$1
target=$2
skip_all=${3:-false}
java17=${4:-}
java25=${5:-}
jar=$target/briefing.jar
work=$target/start-up

install -m 755 "$project/src/main/launcher/briefing" "$target/briefing" || exit 1
rm -rf "$work"
rm -f "$target"/briefing.aot "$target"/briefing.aot.jvm "$target"/briefing.jsa "$target"/briefing.jsa.jvm
[ "$skip_all" != true ] && [ -n "$java17" ] || { echo "briefing: start-up archive skipped"; exit 0; }
mkdir -p "$work"
# The launcher's options for a short run: the archive is trained as it will be used.
short="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djava.awt.headless=true"
cd "$work" || exit 0 # a crashing JVM writes its hs_err file here, not into the project

skip() {
    echo "briefing: start-up archive skipped: $1 (see $work)"
    rm -f "$target/$2"
    exit 0
}

# The training runs keep their compiled rules in a rule cache of their own (README, "Rule cache").
BRIEFING_RULE_CACHE_DIR=$work/rule-cache
export BRIEFING_RULE_CACHE_DIR

# The seed pack, twice: the first run compiles the rules, the second loads them from the rule cache; the archive
# then holds the classes of both.
train() {
    for round in cold warm; do
        "$@" -XX:DumpLoadedClassList="$work/classes-$round.raw" $short -jar "$jar" run --facts "$project/fixtures" --rules "$project/rules" \
            --out "$work/reports-$round" --quiet >"$work/$round.log" 2>&1 || return 1
    done
}

if [ -n "$java25" ] && [ -x "$java25" ]; then
    # Records the warm run (rules loaded from the rule cache), the one that counts; a cold run fills that cache.
    "$java25" $short -jar "$jar" run --facts "$project/fixtures" --rules "$project/rules" --out "$work/reports-cold" \
        --quiet >"$work/cold.log" 2>&1 || skip "the training run on $java25 failed" briefing.aot
    "$java25" -XX:AOTMode=record -XX:AOTConfiguration="$work/briefing.aotconf" $short \
        -jar "$jar" run --facts "$project/fixtures" --rules "$project/rules" --out "$work/reports-record" --quiet \
        >"$work/record.log" 2>&1 || skip "the training run on $java25 failed" briefing.aot
    "$java25" -XX:AOTMode=create -XX:AOTConfiguration="$work/briefing.aotconf" -XX:AOTCache="$target/briefing.aot" \
        $short -jar "$jar" >"$work/create.log" 2>&1 || skip "creating the AOT cache failed" briefing.aot
    echo "$java25" >"$target/briefing.aot.jvm"
    echo "briefing: AOT cache for $java25 written to $target/briefing.aot"
    exit 0
fi

train "$java17" || skip "the training run failed" briefing.jsa
# JDK-8274944: the signed ECJ jar's classes are left out of the archive, so a lambda proxy that refers to them
# must be too, or the JVM crashes.
# A class listed twice crashes the dump: keep each line's first occurrence.
awk '!seen[$0]++' "$work"/classes-cold.raw "$work"/classes-warm.raw | grep -v 'org/eclipse/jdt' >"$work/classes.lst"
"$java17" -Xshare:dump -XX:SharedClassListFile="$work/classes.lst" -XX:SharedArchiveFile="$target/briefing.jsa" \
    -cp "$jar" >"$work/dump.log" 2>&1 || skip "the archive dump failed" briefing.jsa
echo "$java17" >"$target/briefing.jsa.jvm"
echo "briefing: class-data-sharing archive for $java17 written to $target/briefing.jsa"
