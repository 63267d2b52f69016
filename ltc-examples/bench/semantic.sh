#!/usr/bin/env bash
# The semantic themer's speed (see SemanticBench): embedding throughput, Bowling Green end to end, and
# 100,000 notes in a 4 GB heap. Run from anywhere:
#   bash ltc-examples/bench/semantic.sh throughput 3080
#   bash ltc-examples/bench/semantic.sh bowling-green ../shared/data/polis-bowling-green
#   bash ltc-examples/bench/semantic.sh scale 100000
source "$(dirname "$0")/jmh-env.sh"
java -Xmx4g -cp "$CP" org.ltc.examples.bench.SemanticBench "$@"
