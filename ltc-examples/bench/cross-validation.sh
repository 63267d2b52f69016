#!/usr/bin/env bash
# JMH: 10 x 10-fold cross-validation of the logistic calibrator on 10,000 synthetic cases x 20 features.
# Run from anywhere:  bash ltc-examples/bench/cross-validation.sh [JMH options]
# e.g. one configuration:  bash ltc-examples/bench/cross-validation.sh -p model=multinomial -p threads=1
source "$(dirname "$0")/jmh-env.sh"
java -cp "$CP" org.openjdk.jmh.Main 'org.ltc.examples.bench.CrossValidationBenchmark' "$@"
