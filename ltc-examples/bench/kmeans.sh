#!/usr/bin/env bash
# JMH: the kmeans themer on 100,000 and 1,000,000 generated notes (k = 50, 2 threads) under -Xmx4g, printing
# seconds per run and the peak heap of each iteration. Run from anywhere:  bash ltc-examples/bench/kmeans.sh [JMH options]
# e.g. only 100,000 notes:  bash ltc-examples/bench/kmeans.sh -p notes=100000
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -ntp -q -pl ltc-examples -am test-compile \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
CP="ltc-examples/target/test-classes:ltc-examples/target/classes:$(cat ltc-examples/target/bench.classpath)"
java -cp "$CP" org.openjdk.jmh.Main 'org.ltc.examples.bench.KMeansBenchmark' "$@"
