#!/usr/bin/env bash
# JMH: draft an action plan and run the intentionality check over generated public knowledge (25 and 250 themes).
# Run from anywhere:  bash ltc-examples/bench/action-planning.sh [JMH options]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -ntp -q -pl ltc-examples -am test-compile \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
CP="ltc-examples/target/test-classes:ltc-examples/target/classes:$(cat ltc-examples/target/bench.classpath)"
java -cp "$CP" org.openjdk.jmh.Main 'org.ltc.examples.bench.ActionPlanningBenchmark' "$@"
