#!/usr/bin/env bash
# Measures the exports' memory on a generated graph of STATEMENTS statements (default 1,000,000): ExportMemoryBenchmark
# fills an in-process Neo4j, then writes every export format to a stream that only counts bytes, under a fixed heap.
# Usage: scripts/measure-export-memory.sh [STATEMENTS] [HEAP]   (default HEAP 512m; needs mvn test-compile first)
set -euo pipefail
cd "$(dirname "$0")/.."
statements=${1:-1000000}
heap=${2:-512m}
# Not offline: the dependency plugin is no part of the build, so a machine that has only built the project has yet to
# download it (Maven fetches only what is missing; the project's own dependencies are already there).
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/benchmark.classpath
echo "$(nproc) cores, $(java -version 2>&1 | sed -n 1p), -Xmx$heap"
java -Xmx"$heap" -cp "target/test-classes:target/classes:$(cat target/benchmark.classpath)" \
  org.saidgraph.export.ExportMemoryBenchmark "$statements"
