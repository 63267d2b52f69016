#!/usr/bin/env bash
# JMH: import 1,000,000 generated notes from CSV (stream and whole conversation set), then the heap probe
# under -Xmx256m. Run from anywhere:  bash ltc-examples/bench/csv-import.sh [JMH options]
# e.g. a quick run:  bash ltc-examples/bench/csv-import.sh -p rows=100000 -wi 1 -i 2
source "$(dirname "$0")/jmh-env.sh"
java -cp "$CP" org.openjdk.jmh.Main 'org.ltc.examples.bench.CsvImportBenchmark' "$@"
echo "--- heap probe: streaming 1,000,000 notes under -Xmx256m ---"
java -Xmx256m -cp "$CP" org.ltc.examples.bench.CsvImportHeap 1000000
