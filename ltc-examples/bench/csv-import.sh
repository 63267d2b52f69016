#!/usr/bin/env bash
# JMH: import 1,000,000 generated notes from CSV (stream and whole conversation set), then the heap probe
# under -Xmx256m. Run from anywhere:  bash ltc-examples/bench/csv-import.sh [JMH options]
# e.g. a quick run:  bash ltc-examples/bench/csv-import.sh -p rows=100000 -wi 1 -i 2
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -ntp -q -pl ltc-examples -am test-compile \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
CP="ltc-examples/target/test-classes:ltc-examples/target/classes:$(cat ltc-examples/target/bench.classpath)"
java -cp "$CP" org.openjdk.jmh.Main 'org.ltc.examples.bench.CsvImportBenchmark' "$@"
echo "--- heap probe: streaming 1,000,000 notes under -Xmx256m ---"
java -Xmx256m -cp "$CP" org.ltc.examples.bench.CsvImportHeap 1000000
