#!/usr/bin/env bash
# JMH: time per sweep of our LDA and per iteration of MALLET 2.1.1, side by side, on the generated 5M-token corpus
# at K = 50 and 200 (2 threads). The time-to-quality race is ltc-examples/bench-lda.sh.
# Run from anywhere:  bash ltc-examples/bench/lda-sweep.sh [JMH options]     e.g. -p k=50
source "$(dirname "$0")/jmh-env.sh"
java -cp "$CP" org.openjdk.jmh.Main 'org.ltc.examples.bench.LdaSweepBenchmark' "$@"
