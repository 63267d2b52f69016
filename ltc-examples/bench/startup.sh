#!/usr/bin/env bash
# Fixed cost: how long a small conversation takes end to end, as a user runs it. For each themer, themes the Polis
# Bowling Green conversation (896 statements) with `java -jar ltc.jar theme --polis ...`, and as a floor runs
# `ltc --version` (JVM start, class loading of the CLI, picocli). One line per run: what ran, wall seconds, user
# and system CPU seconds (/usr/bin/time), the classes the JVM loaded (-Xlog:class+load, shared-archive ones
# included) and the load average when it ended. Wall seconds on a shared machine are the share of the cores the
# run got; the CPU seconds say what it cost. Run from anywhere:
#   bash ltc-examples/bench/startup.sh
#   RUNS=3 THEMERS="codebook kmeans" bash ltc-examples/bench/startup.sh
#   JAVA_OPTS="-XX:TieredStopAtLevel=1" bash ltc-examples/bench/startup.sh     # opt-in JVM flags, measured
#   JAR=/tmp/ltc-before.jar bash ltc-examples/bench/startup.sh                   # another build, for before/after
# Writes its outputs to ltc-examples/target/startup/.
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=${JAR:-ltc-examples/target/ltc.jar}
[ -f "$JAR" ] || mvn -B -ntp -q -DskipTests package
THEMERS=${THEMERS:-"codebook kmeans lda semantic"}
RUNS=${RUNS:-1}
JAVA_OPTS=${JAVA_OPTS:-}
DATA=${DATA:-../shared/data}
DIR=${DIR:-ltc-examples/target/startup}
mkdir -p "$DIR"
printf '%-14s %-3s %-3s %7s %7s %7s %8s  %s\n' what run rc wall_s user_s sys_s classes load
measure() {   # name run command...
    local name=$1 run=$2
    shift 2
    local base="$DIR/$name-$run"
    set +e
    /usr/bin/time -o "$base.time" -f '%e %U %S' java $JAVA_OPTS -Xlog:class+load:file="$base.classes" \
        -jar "$JAR" "$@" > "$base.out" 2> "$base.err"
    local rc=$?
    set -e
    read -r wall user sys < <(tail -1 "$base.time")
    printf '%-14s %-3s %-3s %7.2f %7.2f %7.2f %8d  %s\n' "$name" "$run" "$rc" "$wall" "$user" "$sys" \
        "$(grep -c 'class,load' "$base.classes")" "$(cut -d' ' -f1-3 /proc/loadavg)"
}
for r in $(seq 1 "$RUNS"); do
    measure version "$r" --version
    for t in $THEMERS; do
        rm -rf "$DIR/bg-$t-$r.themes"
        measure "bg-$t" "$r" theme --polis "$DATA/polis-bowling-green" --themer "$t" --seed 1 \
            --out "$DIR/bg-$t-$r.themes"
    done
done
