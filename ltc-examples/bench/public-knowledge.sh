#!/usr/bin/env bash
# JMH: codebook theming and public-knowledge assembly on the Bowling Green Polis conversation.
# Run from anywhere:  bash ltc-examples/bench/public-knowledge.sh [JMH options]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -ntp -q -pl ltc-examples -am test-compile \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
CP="ltc-examples/target/test-classes:ltc-examples/target/classes:$(cat ltc-examples/target/bench.classpath)"
java -cp "$CP" org.openjdk.jmh.Main 'org.ltc.examples.bench.PublicKnowledgeBenchmark' "$@"
