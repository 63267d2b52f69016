#!/usr/bin/env bash
# JMH: draft an action plan and run the intentionality check over generated public knowledge (25 and 250 themes).
# Run from anywhere:  bash ltc-examples/bench/action-planning.sh [JMH options]
source "$(dirname "$0")/jmh-env.sh"
java -cp "$CP" org.openjdk.jmh.Main 'org.ltc.examples.bench.ActionPlanningBenchmark' "$@"
