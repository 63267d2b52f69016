#!/usr/bin/env bash
# JMH: redaction of the 896 Bowling Green statements (with planted personal data, 0 or 1,000 listed names)
# and DocumentValidator on the whole Bowling Green conversation set (about 20 MB of JSON).
# Run from anywhere:  bash ltc-examples/bench/privacy-validation.sh [JMH options]
source "$(dirname "$0")/jmh-env.sh"
java -cp "$CP" org.openjdk.jmh.Main 'org.ltc.examples.bench.PrivacyValidationBenchmark' "$@"
