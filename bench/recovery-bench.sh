#!/usr/bin/env bash
# Usage: bench/recovery-bench.sh
#
# Measures crash-recovery replay speed: loads pgbench data into an Olifant server, checkpoints,
# runs TPC-B for DURATION seconds (so the WAL after the checkpoint holds only that run), kills
# the server with SIGKILL, restarts it and prints the server's own "redo done" line (records,
# MB replayed, MB/s). With PG=1 it does the same with PostgreSQL 15 (pg_ctl, immediate stop)
# and prints the duration of its redo from the server log.
#   SCALE=10 DURATION=30 CLIENTS=4 PORT=56140 HTTP_PORT=56141 PG=0 PG_PORT=56142
set -euo pipefail
cd "$(dirname "$0")/.."
SCALE=${SCALE:-10}; DURATION=${DURATION:-30}; CLIENTS=${CLIENTS:-4}
PORT=${PORT:-56140}; HTTP_PORT=${HTTP_PORT:-56141}; PG=${PG:-0}; PG_PORT=${PG_PORT:-56142}
if [ -z "${JAVA_HOME:-}" ]; then
  for j in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
    [[ -x $j/bin/java ]] && { export JAVA_HOME=$j; break; }
  done
fi
jar=database/target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || ./mvnw -B -q -pl database -am package -DskipTests
work=$(mktemp -d /tmp/olifant-recovery-XXXXXX)
trap 'kill -9 ${pid:-0} 2>/dev/null || true; rm -rf "$work"' EXIT

start() {
  "$JAVA_HOME/bin/java" --sun-misc-unsafe-memory-access=allow -Xmx4g -Dolifant.port="$PORT" \
    -Dolifant.unix-socket-directories="$work" -Dolifant.data-directory="$work/data" \
    -Dolifant.settings.checkpoint_timeout=86400 -Dolifant.settings.max_wal_size=100000 \
    -Dquarkus.http.port="$HTTP_PORT" -jar "$jar" >>"$work/server.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:$HTTP_PORT/q/health/ready" >/dev/null 2>&1 && return
    sleep 0.5
  done
  echo "server did not start"; tail -20 "$work/server.log"; exit 1
}

start
pgbench -h 127.0.0.1 -p "$PORT" -U postgres -i -q -s "$SCALE" postgres >/dev/null 2>&1
psql -h 127.0.0.1 -p "$PORT" -U postgres -qc checkpoint postgres
pgbench -h 127.0.0.1 -p "$PORT" -U postgres -n -M prepared -c "$CLIENTS" -j 2 -T "$DURATION" postgres | grep -E "^tps"
kill -9 "$pid"; wait "$pid" 2>/dev/null || true
t0=$(date +%s.%N)
start
t1=$(date +%s.%N)
echo "Olifant: $(grep 'redo done' "$work/server.log" | tail -1 | sed 's/.*redo done/redo done/')"
echo "Olifant: restart until ready $(echo "$t1 - $t0" | bc) s"

if [ "$PG" = 1 ]; then
  pgdata="$work/pg"; bin=$(ls -d /usr/lib/postgresql/15/bin)
  "$bin/initdb" -D "$pgdata" -U postgres >/dev/null
  "$bin/pg_ctl" -D "$pgdata" -o "-p $PG_PORT -k $work -c max_wal_size=100GB -c checkpoint_timeout=1d" -l "$work/pg.log" -w start >/dev/null
  pgbench -h "$work" -p "$PG_PORT" -U postgres -i -q -s "$SCALE" postgres >/dev/null 2>&1
  psql -h "$work" -p "$PG_PORT" -U postgres -qc checkpoint postgres
  pgbench -h "$work" -p "$PG_PORT" -U postgres -n -M prepared -c "$CLIENTS" -j 2 -T "$DURATION" postgres | grep -E "^tps"
  "$bin/pg_ctl" -D "$pgdata" -m immediate stop >/dev/null
  t0=$(date +%s.%N)
  "$bin/pg_ctl" -D "$pgdata" -o "-p $PG_PORT -k $work" -l "$work/pg.log" -w start >/dev/null
  t1=$(date +%s.%N)
  echo "PostgreSQL: $(grep -E 'redo done' "$work/pg.log" | tail -1)"
  echo "PostgreSQL: restart until ready $(echo "$t1 - $t0" | bc) s"
  "$bin/pg_ctl" -D "$pgdata" -m fast stop >/dev/null
fi
