#!/usr/bin/env bash
# Text analysis and public-knowledge assembly timed on a CSV of notes, with a fingerprint of each result (see
# AnalysisProbe). Run from anywhere:
#   bash ltc-examples/bench/analysis.sh CSV TEXT_COLUMN [THREADS] [REPEATS] [THEME_SET_JSON]
# e.g. the notes of a `ltc theme --csv` run and the theme set it wrote:
#   bash ltc-examples/bench/analysis.sh notes.csv text 2 3 out/theme-set.json
source "$(dirname "$0")/jmh-env.sh"
csv=$(realpath "$1"); shift
col=$1; shift
threads=${1:-2}; repeats=${2:-3}
themes=${3:+$(realpath "$3")}
java -Xmx3g -cp "$CP" org.ltc.examples.bench.AnalysisProbe "$csv" "$col" "$threads" "$repeats" $themes
