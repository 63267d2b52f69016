#!/usr/bin/env bash
# JMH: one assessment by the rubric calibrator (a Community Readiness study, 1,000 resamples) and by the
# signals calibrator (the Bowling Green Polis conversation). Run from anywhere:
#   bash ltc-examples/bench/calibration.sh [JMH options]      e.g. -wi 2 -i 3
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -ntp -q -pl ltc-examples -am test-compile \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
CP="ltc-examples/target/test-classes:ltc-examples/target/classes:$(cat ltc-examples/target/bench.classpath)"
java -cp "$CP" org.openjdk.jmh.Main 'org.ltc.examples.bench.CalibrationBenchmark' "$@"
