#!/usr/bin/env bash
# Measures the main job's fresh start: from `java -jar` to /actuator/health answering UP with the seed loaded,
# over an empty data directory, then again over the same directory (a restart). Prints one line per run.
# Usage: scripts/measure-startup.sh [RUNS]   (build first: mvn -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
jar=target/saidgraph.jar
[ -f "$jar" ] || { echo "build first: mvn -DskipTests package" >&2; exit 1; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
measure() { # $1 = data dir
  local http bolt start pid elapsed
  http=$(free_port); bolt=$(free_port)
  start=$(date +%s%N)
  java -jar "$jar" --server.port="$http" --saidgraph.bolt.port="$bolt" --saidgraph.data-dir="$1" >"$1.log" 2>&1 &
  pid=$!
  # Health is UP only once the datasets are loaded (the startupDatasets indicator).
  until curl -fs "http://127.0.0.1:$http/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
    kill -0 "$pid" 2>/dev/null || { echo "the server died; see $1.log" >&2; exit 1; }
    sleep 0.1
  done
  elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$elapsed"
}
work=$(mktemp -d)
for i in $(seq "$runs"); do
  fresh=$(measure "$work/data-$i")
  again=$(measure "$work/data-$i")
  echo "run $i: fresh start to healthy with the seed loaded: ${fresh} ms; restart over the same data: ${again} ms"
done
rm -rf "$work"
