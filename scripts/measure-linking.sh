#!/usr/bin/env bash
# Measures utterance linking on generated corpora: LinkingBenchmark loads N generated articles for each size, then
# K more one by one, timing the load and linking's index look-up per article and counting the candidates it returns,
# and scores the utterances against the generator's ground truth (the numbers in re-reported statements' ids).
# Usage: scripts/measure-linking.sh [SIZES] [K] [HEAP]   (defaults 1000,10000 300 2g; needs mvn test-compile first)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${1:-1000,10000}
sample=${2:-300}
heap=${3:-2g}
mvn -o -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark.classpath
echo "$(nproc) cores, $(java -version 2>&1 | sed -n 1p), -Xmx$heap"
java -Xmx"$heap" -cp "target/test-classes:target/classes:$(cat target/benchmark.classpath)" \
  org.saidgraph.load.LinkingBenchmark "$sizes" "$sample"
