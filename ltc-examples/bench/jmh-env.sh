#!/usr/bin/env bash
# Sourced by the JMH scripts beside it: builds the test classes, moves to the project root and sets CP to the
# test classpath (JMH, MALLET and the project's test jars included).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
mvn -B -ntp -q -pl ltc-examples -am test-compile \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
CP="ltc-examples/target/test-classes:ltc-examples/target/classes:$(cat ltc-examples/target/bench.classpath)"
