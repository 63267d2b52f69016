#!/usr/bin/env bash
# The whole `ltc theme --themer lda` command, as a user runs it (a fresh JVM: start, CSV read, analysis, LDA,
# labels, public knowledge, output), side by side with MALLET 2.1.1's command line (import-file, then
# train-topics for 100 iterations, each a fresh JVM) on the same generated 5M-token corpus as bench-lda.sh
# (100,000 documents x 50 tokens, V = 20,000; org.ltc.examples.bench.LdaCliBench writes it and scores both).
# Wall time of each, their ratio, NPMI of the top 10 words and true topics recovered, as a Markdown table
# (also in ltc-examples/target/bench-lda-cli/table.md).
# Usage (from anywhere): bash ltc-examples/bench/lda-cli.sh [K...]    (default: 50 200)
# Environment: SEEDS (default "1 2"), THREADS for both tools (default 2), LTC_JAVA_OPTS, MALLET_JAVA_OPTS,
# DOCS (training documents, default 100000; fewer only to check the script works), RUNS (default 1): each K and
# seed runs RUNS times, ours then MALLET's in turn, and the row gives the median of the wall times and the ratio
# of those medians, with every run's ratio after it (a shared machine's speed moves by a quarter within minutes).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
mvn -B -ntp -q -pl ltc-examples -am -DskipTests package \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >&2
CP="ltc-examples/target/test-classes:ltc-examples/target/classes:$(cat ltc-examples/target/bench.classpath)"
KS=("$@")
[ ${#KS[@]} -gt 0 ] || KS=(50 200)
SEEDS=${SEEDS:-"1 2"}
THREADS=${THREADS:-2}
DOCS=${DOCS:-100000}
RUNS=${RUNS:-1}
W=ltc-examples/target/bench-lda-cli/$DOCS
mkdir -p "$W"
# wall seconds of a command (stdout to $1, the rest of the arguments the command)
timed() {
    local out=$1 t0 t1
    shift
    t0=$(date +%s.%N)
    "$@" >"$out"
    t1=$(date +%s.%N)
    echo "$t1 - $t0" | bc
}
# the median of the numbers given
median() {
    printf '%s\n' "$@" | sort -g | awk '{a[NR] = $1} END {print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2)}'
}
rows=()
for k in "${KS[@]}"; do
    [ -f "$W/corpus-$k.csv" ] ||
        java -Dlda.docs="$DOCS" -cp "$CP" org.ltc.examples.bench.LdaCliBench generate "$k" "$W"
    for seed in $SEEDS; do
        oursRuns=()
        malletRuns=()
        ratios=()
        for run in $(seq 1 "$RUNS"); do
            echo "K=$k seed=$seed run $run/$RUNS: ltc theme ..." >&2
            t=$(timed "$W/ltc-$k-$seed.terms" java ${LTC_JAVA_OPTS:-} -jar ltc-examples/target/ltc.jar theme \
                --csv "$W/corpus-$k.csv" --text-column text --no-redact --themer lda --k "$k" --seed "$seed" \
                --threads "$THREADS" --format terms --out "$W/ltc-$k-$seed")
            oursRuns+=("$t")
            echo "K=$k seed=$seed run $run/$RUNS: MALLET import-file + train-topics ..." >&2
            m=$(timed "$W/mallet-$k-$seed.log" bash -c "java ${MALLET_JAVA_OPTS:--Xmx4g} -cp '$CP' \
                cc.mallet.classify.tui.Csv2Vectors --input '$W/mallet-$k.txt' --output '$W/mallet-$k-$seed.mallet' \
                --keep-sequence 2>&1 && java ${MALLET_JAVA_OPTS:--Xmx4g} -cp '$CP' cc.mallet.topics.tui.TopicTrainer \
                --input '$W/mallet-$k-$seed.mallet' --num-topics $k --num-iterations 100 --num-threads $THREADS \
                --random-seed $seed --optimize-interval 0 --output-topic-keys '$W/mallet-$k-$seed.keys' \
                --num-top-words 10 2>&1")
            malletRuns+=("$m")
            ratios+=("$(printf '%.2f' "$(echo "$t / $m" | bc -l)")")
        done
        ours=$(median "${oursRuns[@]}")
        mallet=$(median "${malletRuns[@]}")
        read -r _ npmiOurs recOurs < <(java -Dlda.docs="$DOCS" -cp "$CP" org.ltc.examples.bench.LdaCliBench score "$k" ltc \
            "$W/ltc-$k-$seed.terms")
        read -r _ npmiMallet recMallet < <(java -Dlda.docs="$DOCS" -cp "$CP" org.ltc.examples.bench.LdaCliBench score "$k" mallet \
            "$W/mallet-$k-$seed.keys")
        # How the sweeps stopped, from the theme set's provenance (the lda-sampling step).
        json="$W/ltc-$k-$seed/theme-set.json"
        stop="$(grep -o '"sweeps" *: *"[0-9]*"' "$json" | grep -o '[0-9]*' || true), $(grep -o \
            '"stoppedBy" *: *"[a-z-]*"' "$json" | sed 's/.*: *"\(.*\)"/\1/' || true)"
        each=""
        [ "$RUNS" -gt 1 ] && each=" (runs: ${ratios[*]})"
        row=$(printf '| %s | %s | %.1f | %.1f | **%.2f**%s | %s / %s | %s / %s | %s |' "$k" "$seed" "$ours" \
            "$mallet" "$(echo "$ours / $mallet" | bc -l)" "$each" "$npmiOurs" "$npmiMallet" "$recOurs/$k" \
            "$recMallet/$k" "${stop:--}")
        echo "$row" >&2
        rows+=("$row")
    done
done
{
    echo "Load: $(uptime)"
    echo
    of=""
    [ "$RUNS" -gt 1 ] && of=", median of $RUNS"
    echo "| K | seed | ltc theme wall s$of | MALLET import + 100 it wall s$of | ratio | NPMI ltc / MALLET | true topics ltc / MALLET | ltc sweeps after warm start, stop |"
    echo "|---|---|---|---|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
} | tee "$W/table.md"
