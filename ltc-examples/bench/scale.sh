#!/usr/bin/env bash
# The whole pipeline at scale: generates 10,000, 100,000 and 1,000,000 realistic notes (clauses of the real
# statements in ../shared/data recombined, see ScaleNotes), then runs every themer through `ltc theme --json`
# as a user runs it, at -Xmx3g, printing one line per run: notes, themer, run, exit code, wall seconds, the
# phase times in seconds (read, redact, analyse, embed, cluster, label, digest, public knowledge, write),
# the peak heap after a garbage collection and the peak heap used before one (from -Xlog:gc), and the load
# average when the run ended. Run from anywhere:
#   bash ltc-examples/bench/scale.sh                       # every size, every themer, one run each
#   SIZES="100000" THEMERS="kmeans lda" RUNS=3 bash ltc-examples/bench/scale.sh
#   HEAP=4g bash ltc-examples/bench/scale.sh
#   JAR=/tmp/ltc-copy.jar bash ltc-examples/bench/scale.sh   # a copy, so a rebuild cannot change the jar mid-run
# Writes its notes, GC logs and outputs to ltc-examples/target/scale/. The semantic themer embeds every note
# with MiniLM: at 1,000,000 notes that is hours on two shared cores, so by default it runs up to 100,000 notes
# (SEMANTIC_MAX=1000000 to include it).
set -euo pipefail
source "$(dirname "$0")/jmh-env.sh"   # builds the test classes, moves to the project root, sets CP
JAR=${JAR:-ltc-examples/target/ltc.jar}
[ -f "$JAR" ] || mvn -B -ntp -q -DskipTests package
SIZES=${SIZES:-"10000 100000 1000000"}
THEMERS=${THEMERS:-"codebook kmeans lda semantic"}
RUNS=${RUNS:-1}
HEAP=${HEAP:-3g}
SEMANTIC_MAX=${SEMANTIC_MAX:-100000}
DATA=${DATA:-../shared/data}
DIR=ltc-examples/target/scale
mkdir -p "$DIR"
printf '%-8s %-9s %-3s %-3s %8s  %-70s %9s %9s  %s\n' notes themer run rc wall_s \
    "phases_s (read redact analyse embed cluster label digest publicKnowledge write)" \
    heapAfterGC heapPeak load
for n in $SIZES; do
    csv="$DIR/notes-$n.csv"
    [ -f "$csv" ] || java -cp "$CP" org.ltc.examples.bench.ScaleNotes "$DATA" "$csv" "$n"
    for t in $THEMERS; do
        if [ "$t" = semantic ] && [ "$n" -gt "$SEMANTIC_MAX" ]; then
            continue
        fi
        for r in $(seq 1 "$RUNS"); do
            base="$DIR/$t-$n-$r"
            start=$(date +%s.%N)
            set +e
            java -Xmx"$HEAP" -Xlog:gc:file="$base.gc.log" -jar "$JAR" theme --csv "$csv" \
                --text-column text --participant-column participant --conversation-column conversation \
                --themer "$t" --seed "$r" --json --out "$base.out" > "$base.json" 2> "$base.err"
            rc=$?
            set -e
            end=$(date +%s.%N)
            phases=$(python3 - "$base.json" <<'EOF'
import json, sys
try:
    p = json.load(open(sys.argv[1])).get("phaseMillis", {})
except Exception:
    p = {}
order = ["read", "redact", "analyse", "embed", "cluster", "label", "digest", "publicKnowledge", "write"]
print(" ".join("%s=%.1f" % (k[:7], p[k] / 1000) for k in order if k in p) or "-")
EOF
)
            heap=$(awk '/Pause/ { split($0, a, "->"); n = split(a[1], b, " "); pre = b[n]; sub("M", "", pre);
                        split(a[2], c, "("); post = c[1]; sub("M", "", post);
                        if (pre + 0 > mp) mp = pre + 0; if (post + 0 > ma) ma = post + 0 }
                        END { printf "%dM %dM", ma, mp }' "$base.gc.log")
            printf '%-8s %-9s %-3s %-3s %8.1f  %-70s %9s %9s  %s\n' "$n" "$t" "$r" "$rc" \
                "$(echo "$end - $start" | bc)" "$phases" ${heap} "$(cut -d' ' -f1-3 /proc/loadavg)"
        done
    done
done
