#!/usr/bin/env bash
# JMH: redaction of the 896 Bowling Green statements (with planted personal data, 0 or 1,000 listed names)
# and DocumentValidator on the whole Bowling Green conversation set (about 20 MB of JSON).
# Run from anywhere:  bash ltc-examples/bench/privacy-validation.sh [JMH options]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -ntp -q -pl ltc-examples -am test-compile \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
CP="ltc-examples/target/test-classes:ltc-examples/target/classes:$(cat ltc-examples/target/bench.classpath)"
java -cp "$CP" org.openjdk.jmh.Main 'org.ltc.examples.bench.PrivacyValidationBenchmark' "$@"
