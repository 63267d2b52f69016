#!/usr/bin/env bash
# JMH: one assessment by the rubric calibrator (a Community Readiness study, 1,000 resamples) and by the
# signals calibrator (the Bowling Green Polis conversation). Run from anywhere:
#   bash ltc-examples/bench/calibration.sh [JMH options]      e.g. -wi 2 -i 3
source "$(dirname "$0")/jmh-env.sh"
java -cp "$CP" org.openjdk.jmh.Main 'org.ltc.examples.bench.CalibrationBenchmark' "$@"
