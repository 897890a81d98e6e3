#!/usr/bin/env bash
# Usage: tools/aot/train.sh [CACHE]
#
# Records the JDK's ahead-of-time cache for the server (JDK 25 or newer: classes loaded and
# linked ahead of time, and method profiles, JEP 483/514/515) into CACHE, by default
# database/target/quarkus-app/olifant.aot, next to the jar it belongs to. `./olifant run` and
# bench/recovery-bench.sh start the server with it when it is newer than the jar; a server
# started with a cache that does not match its jars warns and starts without it.
#
# The training run is what a restarted server does: a throwaway server is loaded with pgbench
# data and killed with SIGKILL; the recorded run then recovers from that crash, serves pgbench
# (simple and prepared, TPC-B and select-only) and a few psql meta-commands, and is stopped;
# the JVM writes the cache as it exits. Needs psql and pgbench (tools/pg15/install.sh).
#   PORT=56190 HTTP_PORT=56191
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=database/target/quarkus-app/quarkus-run.jar
cache=$(realpath -m "${1:-database/target/quarkus-app/olifant.aot}")
PORT=${PORT:-56190}; HTTP_PORT=${HTTP_PORT:-56191}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
[ -f "$jar" ] || { echo "train.sh: $jar is missing; build first (./olifant build)" >&2; exit 1; }
work=$(mktemp -d /tmp/olifant-aot-XXXXXX)
trap 'kill -9 ${pid:-0} 2>/dev/null || true; rm -rf "$work"' EXIT

start() {
  "$java" --sun-misc-unsafe-memory-access=allow "$@" -Dolifant.port="$PORT" -Dolifant.listen-addresses=127.0.0.1 \
    -Dolifant.unix-socket-directories="$work" -Dolifant.data-directory="$work/data" \
    -Dquarkus.http.port="$HTTP_PORT" -jar "$jar" >>"$work/server.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:$HTTP_PORT/q/health/ready" >/dev/null 2>&1 && return
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  echo "train.sh: the server did not start"; tail -20 "$work/server.log"; exit 1
}
bench() { pgbench -h 127.0.0.1 -p "$PORT" -U postgres -n -c 2 -j 2 "$@" postgres >/dev/null; }

start
pgbench -h 127.0.0.1 -p "$PORT" -U postgres -i -q -s 2 postgres >/dev/null 2>&1
psql -X -q -h 127.0.0.1 -p "$PORT" -U postgres -c checkpoint postgres
bench -T 3 -M prepared
kill -9 "$pid"; wait "$pid" 2>/dev/null || true

rm -f "$cache"
start -XX:AOTCacheOutput="$cache"
bench -T 3 -M simple
bench -T 3 -M prepared
bench -T 3 -M prepared -S
psql -X -q -h 127.0.0.1 -p "$PORT" -U postgres postgres >/dev/null <<'SQL'
\dt
\d pgbench_accounts
\du
\dn
\l
create table aot_training (id serial primary key, note text, at timestamptz default now());
insert into aot_training (note) select 'row ' || g from generate_series(1, 1000) g;
select count(*), min(at) from aot_training join pgbench_branches on bid = id % 2 + 1 group by bid;
drop table aot_training;
SQL
kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
[ -s "$cache" ] || { echo "train.sh: no cache was written"; tail -20 "$work/server.log"; exit 1; }
echo "AOT cache written: $cache ($(du -h "$cache" | cut -f1))"
