#!/usr/bin/env bash
# Measures the main job's start: from launching the JVM to /actuator/health answering UP with the datasets loaded.
# Each run starts over an empty data directory (fresh), then again over the same directory (restart), with the
# README's command (the class-data archive target/saidgraph.jsa), and once more fresh with a plain `java -jar`.
# Beside each wall time, the CPU time the JVM had used when it answered (user + system, all its threads): on a machine
# shared with other work the wall time says as much about the neighbours as about the start, the CPU time much less.
# Then the phases as the server's own log times them: the embedded database's start, Spring's start, the start-up load.
# Start-up at size: with --over DATA_DIR --datasets DIR, each run is a restart (the README command) over that data
# directory, which already holds the datasets of DIR (load them first, e.g. with `load DIR --saidgraph.data-dir=…`):
# nothing is created or deleted, and the start-up load should find every file unchanged by its stamp and read none
# (the log line "Datasets in …" says how many). JAVA_OPTS (e.g. -Xmx2g) is passed to every JVM started.
# Usage: scripts/measure-startup.sh [RUNS]   (build first: mvn -DskipTests package)
#        scripts/measure-startup.sh --over DATA_DIR --datasets DIR [RUNS]
set -euo pipefail
over=""; datasets=""
while [ $# -gt 0 ]; do
  case $1 in
    --over) over=$(realpath "$2"); shift 2 ;;
    --datasets) datasets=$(realpath "$2"); shift 2 ;;
    *) break ;;
  esac
done
[ -z "$over" ] || [ -d "$over" ] || { echo "--over $over: no such data directory" >&2; exit 1; }
[ -z "$over" ] || [ -n "$datasets" ] || { echo "--over needs --datasets DIR (what that data directory holds)" >&2; exit 1; }
cd "$(dirname "$0")/.."
runs=${1:-3}
jar=target/saidgraph.jar
archive=target/saidgraph.jsa
[ -f "$jar" ] && [ -f "$archive" ] || { echo "build first: mvn -DskipTests package" >&2; exit 1; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
# CPU seconds process $1 has used so far (utime + stime of /proc/PID/stat, in clock ticks).
cpu_seconds() { awk -v tick="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.1f", ($12 + $13) / tick }' "/proc/$1/stat"; }
measure() { # $1 = data dir, then JVM options
  local dir=$1 http bolt start pid elapsed cpu from
  shift
  from=0; [ ! -f "$dir.log" ] || from=$(wc -l < "$dir.log")
  http=$(free_port); bolt=$(free_port)
  start=$(date +%s%N)
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  java ${JAVA_OPTS:-} "$@" -jar "$jar" --server.port="$http" --saidgraph.bolt.port="$bolt" --saidgraph.data-dir="$dir" \
    ${datasets:+--saidgraph.datasets="$datasets"} >>"$dir.log" 2>&1 &
  pid=$!
  # Health is UP only once the datasets are loaded (the startupDatasets indicator).
  until curl -fs "http://127.0.0.1:$http/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
    kill -0 "$pid" 2>/dev/null || { echo "the server died; see $dir.log" >&2; exit 1; }
    sleep 0.1
  done
  elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
  cpu=$(cpu_seconds "$pid")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  local note=""
  if tail -n +"$((from + 1))" "$dir.log" | grep -q "Unable to use shared archive"; then
    # Over an existing data directory (--over) the figure still counts, said to be without the archive; a fresh
    # start's comparison with the plain java -jar would be meaningless.
    [ -n "$over" ] || { echo "the class-data archive does not fit this jar or JDK; rebuild with mvn -DskipTests package" >&2; exit 1; }
    note=", without the class-data archive: it did not load with these options"
  fi
  echo "$elapsed ms (CPU ${cpu} s; $(phases "$dir.log" "$from")$note)"
}
# The log's own timings of a start whose lines follow line $2 of log $1.
phases() {
  tail -n +"$(($2 + 1))" "$1" | sed -n -E \
    -e 's/.*Embedded Neo4j started in ([0-9]+) ms.*/neo4j \1 ms,/p' \
    -e 's/.*Started SaidgraphApplication in ([0-9.]+) seconds.*/spring \1 s,/p' \
    -e 's/.*Datasets in .*: .* in ([0-9.]+ ?m?s) .*/start-up load \1/p' | tr '\n' ' ' | sed 's/, *$//'
}
if [ -n "$over" ]; then
  echo "$(nproc) cores, $(java -version 2>&1 | sed -n 1p), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "over $over ($(du -sh "$over" | cut -f1)), datasets $datasets ($(find "$datasets" -name '*.json' | wc -l) files)"
  for i in $(seq "$runs"); do
    echo "run $i: restart $(measure "$over" -XX:SharedArchiveFile="$archive"); load average $(cut -d' ' -f1-3 /proc/loadavg)"
    grep "Datasets in" "$over.log" | tail -1
  done
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "$(nproc) cores, $(java -version 2>&1 | sed -n 1p), load average $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq "$runs"); do
  fresh=$(measure "$work/data-$i" -XX:SharedArchiveFile="$archive")
  again=$(measure "$work/data-$i" -XX:SharedArchiveFile="$archive")
  plain=$(measure "$work/plain-$i")
  echo "run $i: README command: fresh start ${fresh}, restart ${again}; plain java -jar: fresh start ${plain};" \
    "load average $(cut -d' ' -f1-3 /proc/loadavg)"
done
