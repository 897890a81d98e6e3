#!/usr/bin/env bash
# Usage: bench/recovery-bench.sh
#
# Measures crash-recovery replay speed: loads pgbench data into an Olifant server, checkpoints,
# runs TPC-B for DURATION seconds (so the WAL after the checkpoint holds only that run), kills
# the server with SIGKILL, restarts it and prints the server's own "redo done" line (records,
# MB replayed, MB/s), the time until it is ready and until its background index rebuild ended.
# With PG=1 it does the same with PostgreSQL 15 (pg_ctl, immediate stop) at the same durability
# (fsync, synchronous_commit on; full_page_writes as PG_FPW, default on, PostgreSQL's default and
# what a torn page needs) and prints its "redo done" line (PostgreSQL 15 reports the elapsed time
# of its redo). The summary gives both servers' redo in MB/s of WAL (MB = 2^20 bytes, as the
# servers' own lines) and per transaction of the run being replayed.
# DURATION defaults to 120 s: PostgreSQL checkpoints every 5 minutes by default, so a crash
# replays on average about 2.5 minutes of WAL. Olifant keeps every table in the JVM heap, and
# after a restart nearly everything recovery allocates stays live: OLIFANT_HEAP gives it a young
# generation large enough that recovery is not interrupted by collections copying it.
# With AOT=1 (the default, on JDK 25 or newer) Olifant starts with its ahead-of-time cache
# (tools/aot/train.sh, recorded first when missing or older than the jar), as `./olifant run`
# does; AOT=0 starts it without.
# With PROFILE=FILE the restarted Olifant server records a JFR profile of its startup into FILE
# (summarise with bench/jfr-hot.sh). KEEP_LOG=FILE keeps a copy of the Olifant server log.
#   SCALE=10 DURATION=120 CLIENTS=4 PORT=56140 HTTP_PORT=56141 PG=0 PG_PORT=56142 PG_FPW=on
#   OLIFANT_HEAP="-Xmx4g -Xmn1g" AOT=1 PROFILE=
set -euo pipefail
cd "$(dirname "$0")/.."
SCALE=${SCALE:-10}; DURATION=${DURATION:-120}; CLIENTS=${CLIENTS:-4}; PG_FPW=${PG_FPW:-on}
OLIFANT_HEAP=${OLIFANT_HEAP:--Xmx4g -Xmn1g}
PORT=${PORT:-56140}; HTTP_PORT=${HTTP_PORT:-56141}; PG=${PG:-0}; PG_PORT=${PG_PORT:-56142}
PROFILE=${PROFILE:-}
if [ -z "${JAVA_HOME:-}" ]; then
  for j in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
    [[ -x $j/bin/java ]] && { export JAVA_HOME=$j; break; }
  done
fi
jar=database/target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || ./mvnw -B -q -pl database -am package -DskipTests
aot_opts=()
if [ "${AOT:-1}" = 1 ] && "$JAVA_HOME/bin/java" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q AOTCacheOutput; then
  cache=database/target/quarkus-app/olifant.aot
  if [ ! -f "$cache" ] || [ "$jar" -nt "$cache" ]; then
    tools/aot/train.sh "$cache" | tail -1
  fi
  aot_opts=(-XX:AOTCache="$cache")
fi
work=$(mktemp -d /tmp/olifant-recovery-XXXXXX)
trap 'kill -9 ${pid:-0} 2>/dev/null || true; [ -f "$work/pg/data/postmaster.pid" ] && tools/pg15/stop.sh "$work/pg" >/dev/null; rm -rf "$work"' EXIT

start() {
  "$JAVA_HOME/bin/java" --sun-misc-unsafe-memory-access=allow $OLIFANT_HEAP "${aot_opts[@]}" "$@" -Dolifant.port="$PORT" \
    -Dolifant.unix-socket-directories="$work" -Dolifant.data-directory="$work/data" \
    -Dolifant.settings.checkpoint_timeout=86400 -Dolifant.settings.max_wal_size=100000 \
    -Dquarkus.http.port="$HTTP_PORT" -jar "$jar" >>"$work/server.log" 2>&1 &
  pid=$!
  # Polled every 0.1 s, as pg_ctl -w polls PostgreSQL.
  for _ in $(seq 1 3000); do
    curl -fs "http://127.0.0.1:$HTTP_PORT/q/health/ready" >/dev/null 2>&1 && return
    sleep 0.1
  done
  echo "server did not start"; tail -20 "$work/server.log"; exit 1
}

start
pgbench -h 127.0.0.1 -p "$PORT" -U postgres -i -q -s "$SCALE" postgres >/dev/null 2>&1
psql -h 127.0.0.1 -p "$PORT" -U postgres -qc checkpoint postgres
olifant_tx=$(pgbench -h 127.0.0.1 -p "$PORT" -U postgres -n -M prepared -c "$CLIENTS" -j 2 -T "$DURATION" postgres \
  | sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p')
echo "Olifant: TPC-B for $DURATION s: $olifant_tx transactions"
kill -9 "$pid"; wait "$pid" 2>/dev/null || true
t0=$(date +%s.%N)
if [ -n "$PROFILE" ]; then
  start "-XX:StartFlightRecording=name=startup,settings=profile"
else
  start
fi
t1=$(date +%s.%N)
t0o=$t0; t1o=$t1
# Indexes are rebuilt in the background after the server opens: wait for that too (up to 120 s).
for _ in $(seq 1 1200); do grep -q 'indexes rebuilt' "$work/server.log" && break; sleep 0.1; done
t2=$(date +%s.%N)
if [ -n "$PROFILE" ]; then "$JAVA_HOME/bin/jcmd" "$pid" JFR.dump name=startup filename="$PROFILE" >/dev/null; fi
echo "Olifant: $(grep 'redo done' "$work/server.log" | tail -1 | sed 's/.*redo done/redo done/')"
grep -E 'indexes rebuilt|tuple versions loaded' "$work/server.log" | tail -2 | sed -E 's/^.*(redo starts|indexes rebuilt)/Olifant: \1/' || true
echo "Olifant: restart until ready $(echo "$t1 - $t0" | bc) s, until its indexes are built $(echo "$t2 - $t0" | bc) s; the restart's log:"
awk '/database system was not properly shut down/{p=1} p' "$work/server.log" \
  | grep -E 'not properly|redo|indexes rebuilt|listening|checkpoint complete|started in' | cut -c1-220 | sed 's/^/  /'
if [ -n "${KEEP_LOG:-}" ]; then cp "$work/server.log" "$KEEP_LOG"; fi

if [ "$PG" = 1 ]; then
  # A throwaway PostgreSQL 15 (tools/pg15/start.sh: initdb, runs as the postgres OS user when
  # started as root), made durable and kept from checkpointing during the run, as Olifant above.
  chmod 755 "$work"
  pg="$work/pg"; bin=/usr/lib/postgresql/15/bin
  as_pg=(); [ "$(id -u)" -eq 0 ] && as_pg=(runuser -u postgres --)
  tools/pg15/start.sh "$pg" "$PG_PORT" >/dev/null
  psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 postgres <<SQL
ALTER SYSTEM SET fsync = on;
ALTER SYSTEM SET synchronous_commit = on;
ALTER SYSTEM SET full_page_writes = $PG_FPW;
ALTER SYSTEM SET shared_buffers = '512MB';
ALTER SYSTEM SET max_wal_size = '100GB';
ALTER SYSTEM SET checkpoint_timeout = '1d';
SQL
  tools/pg15/stop.sh "$pg" >/dev/null
  tools/pg15/start.sh "$pg" "$PG_PORT" >/dev/null
  pgbench -h 127.0.0.1 -p "$PG_PORT" -U postgres -i -q -s "$SCALE" postgres >/dev/null 2>&1
  psql -X -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc checkpoint postgres
  pg_tx=$(pgbench -h 127.0.0.1 -p "$PG_PORT" -U postgres -n -M prepared -c "$CLIENTS" -j 2 -T "$DURATION" postgres \
    | sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p')
  echo "PostgreSQL: TPC-B for $DURATION s: $pg_tx transactions"
  wal_bytes=$(psql -X -At -h 127.0.0.1 -p "$PG_PORT" -U postgres -c \
    "select pg_current_wal_lsn() - redo_lsn from pg_control_checkpoint()" postgres)
  "${as_pg[@]}" "$bin/pg_ctl" -D "$pg/data" -m immediate -w stop >/dev/null
  t0=$(date +%s.%N)
  "${as_pg[@]}" "$bin/pg_ctl" -D "$pg/data" -l "$pg/server.log" -o "-p $PG_PORT" -w -t 600 start >/dev/null
  t1=$(date +%s.%N)
  echo "PostgreSQL: $(echo "scale=1; $wal_bytes / 1048576" | bc) MB of WAL after the checkpoint"
  echo "PostgreSQL: $(grep -E 'redo done' "$pg/server.log" | tail -1 | sed 's/.*LOG: *//')"
  echo "PostgreSQL: restart until ready $(echo "$t1 - $t0" | bc) s"
  pg_ready=$(echo "$t1 - $t0" | bc)
  pg_redo=$(grep -E 'redo done' "$pg/server.log" | tail -1 | sed -n 's/.*elapsed: \([0-9.]*\) s.*/\1/p')
  tools/pg15/stop.sh "$pg" >/dev/null
  # Both redo lines: Olifant's "N records, X MB replayed in S s", PostgreSQL's "elapsed: S s".
  read -r o_mb o_redo < <(grep 'redo done' "$work/server.log" | tail -1 \
    | sed -n 's/.* \([0-9.]*\) MB replayed in \([0-9.]*\) s.*/\1 \2/p')
  pg_mb=$(echo "scale=1; $wal_bytes / 1048576" | bc)
  echo
  printf '%-34s %12s %12s\n' "" Olifant "PostgreSQL 15"
  printf '%-34s %12s %12s\n' "transactions replayed" "$olifant_tx" "$pg_tx"
  printf '%-34s %12s %12s\n' "WAL after the checkpoint (MB)" "$o_mb" "$pg_mb"
  printf '%-34s %12s %12s\n' "redo (s)" "$o_redo" "$pg_redo"
  printf '%-34s %12.1f %12.1f\n' "redo MB/s" "$(echo "$o_mb / $o_redo" | bc -l)" "$(echo "$pg_mb / $pg_redo" | bc -l)"
  printf '%-34s %12.2f %12.2f\n' "redo µs per replayed transaction" \
    "$(echo "$o_redo * 1000000 / $olifant_tx" | bc -l)" "$(echo "$pg_redo * 1000000 / $pg_tx" | bc -l)"
  printf '%-34s %12.2f %12.2f\n' "restart until ready (s)" "$(echo "$t1o - $t0o" | bc -l)" "$pg_ready"
fi
