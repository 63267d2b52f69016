#!/usr/bin/env bash
# JMH: time per sweep of our LDA and per iteration of MALLET 2.1.1, side by side, on the generated 5M-token corpus
# at K = 50 and 200 (2 threads). The time-to-quality race is ltc-examples/bench-lda.sh.
# Run from anywhere:  bash ltc-examples/bench/lda-sweep.sh [JMH options]     e.g. -p k=50
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -ntp -q -pl ltc-examples -am test-compile \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
CP="ltc-examples/target/test-classes:ltc-examples/target/classes:$(cat ltc-examples/target/bench.classpath)"
java -cp "$CP" org.openjdk.jmh.Main 'org.ltc.examples.bench.LdaSweepBenchmark' "$@"
