#!/usr/bin/env bash
# JMH: the kmeans themer on 100,000 and 1,000,000 generated notes (k = 50, 2 threads) under -Xmx4g, printing
# seconds per run and the peak heap of each iteration. Run from anywhere:  bash ltc-examples/bench/kmeans.sh [JMH options]
# e.g. only 100,000 notes:  bash ltc-examples/bench/kmeans.sh -p notes=100000
source "$(dirname "$0")/jmh-env.sh"
java -cp "$CP" org.openjdk.jmh.Main 'org.ltc.examples.bench.KMeansBenchmark' "$@"
