#!/usr/bin/env bash
# Measures the main job's start: from launching the JVM to /actuator/health answering UP with the datasets loaded.
# Each run starts over an empty data directory (fresh), then again over the same directory (restart), with the
# README's command (the class-data archive target/saidgraph.jsa), and once more fresh with a plain `java -jar`.
# Usage: scripts/measure-startup.sh [RUNS]   (build first: mvn -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
jar=target/saidgraph.jar
archive=target/saidgraph.jsa
[ -f "$jar" ] && [ -f "$archive" ] || { echo "build first: mvn -DskipTests package" >&2; exit 1; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
measure() { # $1 = data dir, then JVM options
  local dir=$1 http bolt start pid elapsed
  shift
  http=$(free_port); bolt=$(free_port)
  start=$(date +%s%N)
  java "$@" -jar "$jar" --server.port="$http" --saidgraph.bolt.port="$bolt" --saidgraph.data-dir="$dir" \
    >>"$dir.log" 2>&1 &
  pid=$!
  # Health is UP only once the datasets are loaded (the startupDatasets indicator).
  until curl -fs "http://127.0.0.1:$http/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
    kill -0 "$pid" 2>/dev/null || { echo "the server died; see $dir.log" >&2; exit 1; }
    sleep 0.1
  done
  elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
  kill "$pid"; wait "$pid" 2>/dev/null || true
  if grep -q "Unable to use shared archive" "$dir.log"; then
    echo "the class-data archive does not fit this jar or JDK; rebuild with mvn -DskipTests package" >&2; exit 1
  fi
  echo "$elapsed"
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "$(nproc) cores, $(java -version 2>&1 | sed -n 1p)"
for i in $(seq "$runs"); do
  fresh=$(measure "$work/data-$i" -XX:SharedArchiveFile="$archive")
  again=$(measure "$work/data-$i" -XX:SharedArchiveFile="$archive")
  plain=$(measure "$work/plain-$i")
  echo "run $i: README command: fresh start ${fresh} ms, restart ${again} ms; plain java -jar: fresh start ${plain} ms"
done
