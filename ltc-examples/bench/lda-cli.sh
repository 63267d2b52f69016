#!/usr/bin/env bash
# The whole `ltc theme --themer lda` command, as a user runs it (a fresh JVM: start, CSV read, analysis, LDA,
# labels, public knowledge, output), side by side with MALLET 2.1.1's command line (import-file, then
# train-topics for 100 iterations, each a fresh JVM) on the same generated 5M-token corpus as bench-lda.sh
# (100,000 documents x 50 tokens, V = 20,000; org.ltc.examples.bench.LdaCliBench writes it and scores both).
# Wall time of each, their ratio, NPMI of the top 10 words and true topics recovered, as a Markdown table
# (also in ltc-examples/target/bench-lda-cli/table.md).
# Usage (from anywhere): bash ltc-examples/bench/lda-cli.sh [K...]    (default: 50 200)
# Environment: SEEDS (default "1 2"), THREADS for both tools (default 2), LTC_JAVA_OPTS, MALLET_JAVA_OPTS,
# DOCS (training documents, default 100000; fewer only to check the script works).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
mvn -B -ntp -q -pl ltc-examples -am -DskipTests package \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
CP="ltc-examples/target/test-classes:ltc-examples/target/classes:$(cat ltc-examples/target/bench.classpath)"
KS=("$@")
[ ${#KS[@]} -gt 0 ] || KS=(50 200)
SEEDS=${SEEDS:-"1 2"}
THREADS=${THREADS:-2}
DOCS=${DOCS:-100000}
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
rows=()
for k in "${KS[@]}"; do
    [ -f "$W/corpus-$k.csv" ] ||
        java -Dlda.docs="$DOCS" -cp "$CP" org.ltc.examples.bench.LdaCliBench generate "$k" "$W"
    for seed in $SEEDS; do
        echo "K=$k seed=$seed: ltc theme ..." >&2
        ours=$(timed "$W/ltc-$k-$seed.terms" java ${LTC_JAVA_OPTS:-} -jar ltc-examples/target/ltc.jar theme \
            --csv "$W/corpus-$k.csv" --text-column text --no-redact --themer lda --k "$k" --seed "$seed" \
            --threads "$THREADS" --format terms --out "$W/ltc-$k-$seed")
        echo "K=$k seed=$seed: MALLET import-file + train-topics ..." >&2
        mallet=$(timed "$W/mallet-$k-$seed.log" bash -c "java ${MALLET_JAVA_OPTS:--Xmx4g} -cp '$CP' \
            cc.mallet.classify.tui.Csv2Vectors --input '$W/mallet-$k.txt' --output '$W/mallet-$k-$seed.mallet' \
            --keep-sequence 2>&1 && java ${MALLET_JAVA_OPTS:--Xmx4g} -cp '$CP' cc.mallet.topics.tui.TopicTrainer \
            --input '$W/mallet-$k-$seed.mallet' --num-topics $k --num-iterations 100 --num-threads $THREADS \
            --random-seed $seed --optimize-interval 0 --output-topic-keys '$W/mallet-$k-$seed.keys' \
            --num-top-words 10 2>&1")
        read -r _ npmiOurs recOurs < <(java -Dlda.docs="$DOCS" -cp "$CP" org.ltc.examples.bench.LdaCliBench score "$k" ltc \
            "$W/ltc-$k-$seed.terms")
        read -r _ npmiMallet recMallet < <(java -Dlda.docs="$DOCS" -cp "$CP" org.ltc.examples.bench.LdaCliBench score "$k" mallet \
            "$W/mallet-$k-$seed.keys")
        # How the sweeps stopped, from the theme set's provenance (the lda-sampling step).
        stop=$(grep -o '"sweeps" *: *"[0-9]*"\|"stoppedBy" *: *"[a-z-]*"' "$W/ltc-$k-$seed/theme-set.json" \
            | sed 's/.*: *"\(.*\)"/\1/' | paste -sd' ' - || true)
        row=$(printf '| %s | %s | %.1f | %.1f | **%.2f** | %s / %s | %s / %s | %s |' "$k" "$seed" "$ours" \
            "$mallet" "$(echo "$ours / $mallet" | bc -l)" "$npmiOurs" "$npmiMallet" "$recOurs/$k" "$recMallet/$k" \
            "${stop:--}")
        echo "$row" >&2
        rows+=("$row")
    done
done
{
    echo "Load: $(uptime)"
    echo
    echo "| K | seed | ltc theme wall s | MALLET import + 100 it wall s | ratio | NPMI ltc / MALLET | true topics ltc / MALLET | ltc sweeps after warm start, stop |"
    echo "|---|---|---|---|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
} | tee "$W/table.md"
