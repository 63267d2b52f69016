#!/usr/bin/env bash
# Our LDA vs MALLET 2.1.1, side by side in one JVM: generated 5M-token corpus at K=50 and K=200, then the
# Bowling Green statements. Prints per-checkpoint held-out log-likelihoods and a Markdown table (also written
# to ltc-examples/target/bench-lda.md). About 8 minutes on 2 idle cores.
# Usage (from anywhere): ltc-examples/bench-lda.sh [K...]     e.g. ltc-examples/bench-lda.sh 50 200
# Another seed for both tools: LDA_BENCH_JAVA_OPTS="-Dlda.seed=2" ltc-examples/bench-lda.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q -pl ltc-examples -am test-compile \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
cd ltc-examples
exec java -Xms6g -Xmx6g -XX:+UseParallelGC -Dltc.shared="$(cd .. && pwd)/../shared" ${LDA_BENCH_JAVA_OPTS:-} \
    -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    org.ltc.examples.bench.LdaVsMallet "$@"
