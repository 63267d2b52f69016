#!/usr/bin/env bash
# JMH: codebook theming and public-knowledge assembly on the Bowling Green Polis conversation.
# Run from anywhere:  bash ltc-examples/bench/public-knowledge.sh [JMH options]
source "$(dirname "$0")/jmh-env.sh"
java -cp "$CP" org.openjdk.jmh.Main 'org.ltc.examples.bench.PublicKnowledgeBenchmark' "$@"
