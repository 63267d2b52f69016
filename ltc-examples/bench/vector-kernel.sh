#!/usr/bin/env bash
# JMH: the spherical k-means similarity kernel over 384-dimension embeddings stored as float32 or as int8 with a
# per-vector scale (VectorBlock). Run from anywhere:  bash ltc-examples/bench/vector-kernel.sh [JMH options]
source "$(dirname "$0")/jmh-env.sh"
java -cp "$CP" org.openjdk.jmh.Main 'org.ltc.examples.bench.VectorKernelBenchmark' "$@"
