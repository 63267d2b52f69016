#!/usr/bin/env bash
# JMH: 10 x 10-fold cross-validation of the logistic calibrator on 10,000 synthetic cases x 20 features.
# Run from anywhere:  bash ltc-examples/bench/cross-validation.sh [JMH options]
# e.g. one configuration:  bash ltc-examples/bench/cross-validation.sh -p model=multinomial -p threads=1
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -ntp -q -pl ltc-examples -am test-compile \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
CP="ltc-examples/target/test-classes:ltc-examples/target/classes:$(cat ltc-examples/target/bench.classpath)"
java -cp "$CP" org.openjdk.jmh.Main 'org.ltc.examples.bench.CrossValidationBenchmark' "$@"
