#!/usr/bin/env bash
# Usage: bench/pgbench-compare.sh
#
# Runs pgbench side by side against PostgreSQL 15 and Olifant on this machine and prints, per
# workload, the median TPS of each and the ratio Olifant/PostgreSQL.
#
# Both servers run at the same time (different ports, throwaway data directories under /tmp)
# and the runs alternate server by server (PostgreSQL, Olifant, PostgreSQL, Olifant, ...), so
# that a noisy neighbour on a shared machine slows both alike. Every run uses pgbench's default
# behaviour (vacuum the branch/teller tables and truncate pgbench_history first). After every
# TPC-B run the balances are checked: the sums of branch, teller and account balances agree,
# the branch sum grew by exactly the sum of the history deltas, and the history holds one row
# per transaction pgbench reported.
#
# Settings (environment variables):
#   SCALE=10              pgbench -i scale factor (10 = 1,000,000 accounts)
#   ROUNDS=3              runs per server and workload; the table shows medians
#   DURATION=20           seconds per run (pgbench -T)
#   WARMUP=10             seconds of unrecorded select-only load on each server before the
#                         first measured run, so that Olifant's JIT compiler has done its work
#   CLIENTS="1 8"         client counts (pgbench -c); threads are min(clients, JOBS)
#   JOBS=2                pgbench -j for multi-client runs (the machine has 2 cores)
#   MODES="simple prepared"       pgbench -M query modes
#   WORKLOADS="select tpcb"       select = pgbench -S (select-only), tpcb = the default script
#   DURABILITY=off        off: both servers run without waiting for the disk: PostgreSQL with
#                         fsync, synchronous_commit and full_page_writes off, Olifant with
#                         fsync and synchronous_commit off (its commits are logged, not forced).
#                         on: both durable, each commit's WAL flushed to disk before it is
#                         acknowledged: PostgreSQL with fsync, synchronous_commit and
#                         full_page_writes on, Olifant with its defaults (fsync and
#                         synchronous_commit on; it needs no full-page images).
#   PG_SHARED_BUFFERS=512MB   so that PostgreSQL, too, holds the whole data set in memory
#   PG_PORT=56132 OLIFANT_PORT=56133 OLIFANT_HTTP_PORT=56134
#   OLIFANT_OPTS=""       extra -D options for the Olifant server
#   OLIFANT_JAVA_OPTS=""  extra JVM options for the Olifant server (heap, GC, ...)
#   PROFILE=0             1: record a JFR profile of the Olifant server over all runs
#                         (OUT/olifant.jfr; summarise with bench/jfr-hot.sh)
#   BUILD=auto            auto: build the server when its jar is missing or older than the
#                         sources; always; never
#   OUT=bench/out/<time>  where the raw pgbench output, the profile and summary.md go
#   KEEP_WORK=0           1: keep the servers' data directories after the run
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

SCALE=${SCALE:-10}
ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-10}
CLIENTS=${CLIENTS:-"1 8"}
JOBS=${JOBS:-2}
MODES=${MODES:-"simple prepared"}
WORKLOADS=${WORKLOADS:-"select tpcb"}
DURABILITY=${DURABILITY:-off}
PG_SHARED_BUFFERS=${PG_SHARED_BUFFERS:-512MB}
PG_PORT=${PG_PORT:-56132}
OLIFANT_PORT=${OLIFANT_PORT:-56133}
OLIFANT_HTTP_PORT=${OLIFANT_HTTP_PORT:-56134}
OLIFANT_OPTS=${OLIFANT_OPTS:-}
OLIFANT_JAVA_OPTS=${OLIFANT_JAVA_OPTS:-}
PROFILE=${PROFILE:-0}
BUILD=${BUILD:-auto}
OUT=${OUT:-$root/bench/out/$(date -u +%Y%m%d-%H%M%S)}
KEEP_WORK=${KEEP_WORK:-0}

case "$DURABILITY" in
  off) pg_durable=off; olifant_durability=(-Dolifant.settings.fsync=off -Dolifant.settings.synchronous_commit=off) ;;
  on) pg_durable=on; olifant_durability=(-Dolifant.settings.fsync=on -Dolifant.settings.synchronous_commit=on) ;;
  *) echo "DURABILITY must be off or on" >&2; exit 2 ;;
esac

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# ---- Java and the Olifant server jar --------------------------------------------------------
if [[ -z "${JAVA_HOME:-}" ]]; then
  for j in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
    [[ -x $j/bin/java ]] && { export JAVA_HOME=$j; break; }
  done
fi
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
jar=database/target/quarkus-app/quarkus-run.jar
if [[ $BUILD == always || ( $BUILD == auto && ( ! -f $jar ||
      -n "$(find database/src database/pom.xml pom.xml -newer "$jar" -print -quit)" ) ) ]]; then
  log "building the Olifant server"
  ./mvnw -B -q -pl database -am package -DskipTests
fi
[[ -f $jar ]] || { echo "no server jar at $jar (BUILD=never?)" >&2; exit 1; }

for p in "$PG_PORT" "$OLIFANT_PORT" "$OLIFANT_HTTP_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
    echo "port $p is in use; choose others with PG_PORT, OLIFANT_PORT, OLIFANT_HTTP_PORT" >&2
    exit 1
  fi
done

# ---- PostgreSQL 15 ----------------------------------------------------------------------------
tools/pg15/install.sh >/dev/null

mkdir -p "$OUT"
work=$(mktemp -d /tmp/olifant-bench.XXXXXX)
chmod 755 "$work"   # the postgres OS user must reach its data directory below it
olifant_pid=""

cleanup() {
  set +e
  if [[ -n $olifant_pid ]] && kill -0 "$olifant_pid" 2>/dev/null; then
    log "stopping Olifant (pid $olifant_pid)"
    kill "$olifant_pid"
    wait "$olifant_pid" 2>/dev/null
  fi
  if [[ -f $work/pg/data/postmaster.pid ]]; then
    log "stopping PostgreSQL"
    tools/pg15/stop.sh "$work/pg" >/dev/null
  fi
  cp "$work/olifant.log" "$OUT/olifant.log" 2>/dev/null
  cp "$work/pg/server.log" "$OUT/postgresql.log" 2>/dev/null
  if [[ $KEEP_WORK == 1 ]]; then log "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log "starting PostgreSQL 15 on port $PG_PORT (durability $DURABILITY, shared_buffers $PG_SHARED_BUFFERS)"
tools/pg15/start.sh "$work/pg" "$PG_PORT" >/dev/null
# start.sh writes a golden-test configuration; ALTER SYSTEM (postgresql.auto.conf) overrides
# it with the benchmark's settings, applied by a restart.
psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 <<SQL
ALTER SYSTEM SET fsync = $pg_durable;
ALTER SYSTEM SET synchronous_commit = $pg_durable;
ALTER SYSTEM SET full_page_writes = $pg_durable;
ALTER SYSTEM SET shared_buffers = '$PG_SHARED_BUFFERS';
SQL
tools/pg15/stop.sh "$work/pg" >/dev/null
tools/pg15/start.sh "$work/pg" "$PG_PORT" >/dev/null
psql -X -At -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -c \
  "select string_agg(name || '=' || setting, ' ' order by name) from pg_settings where name in ('fsync','synchronous_commit','full_page_writes','shared_buffers','autovacuum')" \
  | sed 's/^/    PostgreSQL settings: /' >&2

# ---- Olifant ------------------------------------------------------------------------------------
java_opts=(--sun-misc-unsafe-memory-access=allow)
"$java" --sun-misc-unsafe-memory-access=allow -version >/dev/null 2>&1 || java_opts=()
if [[ $PROFILE == 1 ]]; then
  java_opts+=("-XX:StartFlightRecording=filename=$OUT/olifant.jfr,settings=profile,dumponexit=true")
fi
log "starting Olifant on port $OLIFANT_PORT (durability $DURABILITY)"
mkdir -p "$work/olifant"
# shellcheck disable=SC2086
"$java" "${java_opts[@]}" $OLIFANT_JAVA_OPTS \
  -Dolifant.port="$OLIFANT_PORT" -Dolifant.data-directory="$work/olifant/data" \
  -Dolifant.unix-socket-directories="$work/olifant" -Dolifant.http-port="$OLIFANT_HTTP_PORT" \
  -Dquarkus.http.port="$OLIFANT_HTTP_PORT" "${olifant_durability[@]}" $OLIFANT_OPTS \
  -jar "$jar" >"$work/olifant.log" 2>&1 &
olifant_pid=$!
for _ in $(seq 1 120); do
  pg_isready -q -h 127.0.0.1 -p "$OLIFANT_PORT" -U postgres -d postgres && break
  kill -0 "$olifant_pid" 2>/dev/null || { tail -n 40 "$work/olifant.log" >&2; exit 1; }
  sleep 1
done
pg_isready -q -h 127.0.0.1 -p "$OLIFANT_PORT" -U postgres -d postgres \
  || { echo "Olifant not ready after 120 s" >&2; tail -n 40 "$work/olifant.log" >&2; exit 1; }
psql -X -At -h 127.0.0.1 -p "$OLIFANT_PORT" -U postgres -d postgres -c \
  "select name || '=' || setting from pg_settings where name in ('fsync','synchronous_commit','wal_sync_method') order by name" \
  | paste -sd ' ' \
  | sed 's/^/    Olifant settings: /' >&2

# ---- helpers ----------------------------------------------------------------------------------
port_of() { if [[ $1 == pg ]]; then echo "$PG_PORT"; else echo "$OLIFANT_PORT"; fi; }
name_of() { if [[ $1 == pg ]]; then echo PostgreSQL; else echo Olifant; fi; }
sql() { psql -X -At -h 127.0.0.1 -p "$(port_of "$1")" -U postgres -d postgres -v ON_ERROR_STOP=1 -c "$2"; }

# CPU time (clock ticks) the server has used so far: Olifant's JVM process; for PostgreSQL the
# postmaster, its living children (backends, checkpointer, ...) and the children it has reaped
# (cutime/cstime), so a backend that exits between two readings is counted once either way.
clk_tck=$(getconf CLK_TCK)
proc_ticks() { # $1 pid, $2 1: add the reaped children's times
  sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null | awk -v c="$2" '{print $12 + $13 + (c ? $14 + $15 : 0)}' || echo 0
}
cpu_ticks() {
  local total pid child
  if [[ $1 == pg ]]; then
    pid=$(head -n 1 "$work/pg/data/postmaster.pid")
    total=$(proc_ticks "$pid" 1)
    for child in $(pgrep -P "$pid"); do total=$((total + $(proc_ticks "$child" 0))); done
    echo "$total"
  else
    proc_ticks "$olifant_pid" 0
  fi
}

median() {  # numbers on stdin, one per line
  sort -g | awk '{v[NR]=$1} END {if (NR==0) print "NaN"; else if (NR%2) print v[(NR+1)/2]; else printf "%.6f\n", (v[NR/2]+v[NR/2+1])/2}'
}

failures=0
# Checks TPC-B's invariants after one run. $1 server, $2 branch balance before the run,
# $3 transactions pgbench reported.
check_tpcb() {
  local s=$1 before=$2 processed=$3 row b t a h n
  row=$(sql "$s" "select (select sum(bbalance) from pgbench_branches), (select sum(tbalance) from pgbench_tellers),
                        (select sum(abalance) from pgbench_accounts), (select coalesce(sum(delta), 0) from pgbench_history),
                        (select count(*) from pgbench_history)")
  IFS='|' read -r b t a h n <<<"$row"
  if [[ $b != "$t" || $b != "$a" || $((b - before)) != "$h" || $n != "$processed" ]]; then
    log "CHECK FAILED on $(name_of "$s"): branches $b, tellers $t, accounts $a, branch sum before $before, history sum $h, history rows $n, transactions reported $processed"
    failures=$((failures + 1))
    return 1
  fi
  log "    check ok on $(name_of "$s"): balances agree ($b), history sum $h = branch growth, $n history rows = transactions"
}

# ---- initialise -------------------------------------------------------------------------------
for s in pg olifant; do
  log "pgbench -i -s $SCALE on $(name_of "$s")"
  start=$(date +%s.%N)
  pgbench -i -q -s "$SCALE" -h 127.0.0.1 -p "$(port_of "$s")" -U postgres postgres >"$OUT/init-$s.log" 2>&1 \
    || { cat "$OUT/init-$s.log" >&2; exit 1; }
  secs=$(echo "$(date +%s.%N) - $start" | bc)
  printf '%s\t%.1f\n' "$s" "$secs" >>"$OUT/init-times.tsv"
  log "    done in $(printf %.1f "$secs") s"
done

if [[ $WARMUP -gt 0 ]]; then
  for s in pg olifant; do
    log "warming up $(name_of "$s") for ${WARMUP}s (pgbench -S -M prepared -c $JOBS, not recorded)"
    pgbench -S -M prepared -c "$JOBS" -j "$JOBS" -T "$WARMUP" -h 127.0.0.1 -p "$(port_of "$s")" -U postgres postgres \
      >"$OUT/warmup-$s.log" 2>&1 || { tail -n 20 "$OUT/warmup-$s.log" >&2; exit 1; }
  done
fi

# ---- runs -------------------------------------------------------------------------------------
summary_tsv=$OUT/summary.tsv
printf 'workload\tpg_tps\tolifant_tps\tratio\tpg_cpu_us\tolifant_cpu_us\n' >"$summary_tsv"
{
  echo "| workload | PostgreSQL TPS (median) | Olifant TPS (median) | Olifant/PostgreSQL | server CPU µs/tx PostgreSQL | server CPU µs/tx Olifant |"
  echo "|---|---:|---:|---:|---:|---:|"
} >"$OUT/summary.md"

total=0
for _w in $WORKLOADS; do for _m in $MODES; do for _c in $CLIENTS; do total=$((total + 1)); done; done; done
n=0
for w in $WORKLOADS; do
  case "$w" in
    select) script=(-S) ;;
    tpcb) script=() ;;
    *) echo "unknown workload $w (select or tpcb)" >&2; exit 2 ;;
  esac
  for m in $MODES; do
    for c in $CLIENTS; do
      n=$((n + 1))
      j=$((c < JOBS ? c : JOBS))
      label="$w -M $m -c $c"
      log "[$n/$total] $label: $ROUNDS rounds of ${DURATION}s, alternating PostgreSQL and Olifant"
      : >"$work/tps-pg"; : >"$work/tps-olifant"; : >"$work/cpu-pg"; : >"$work/cpu-olifant"
      for r in $(seq 1 "$ROUNDS"); do
        for s in pg olifant; do
          before=0
          [[ $w == tpcb ]] && before=$(sql "$s" "select sum(bbalance) from pgbench_branches")
          raw="$OUT/run-$w-$m-c$c-r$r-$s.log"
          ticks=$(cpu_ticks "$s")
          pgbench "${script[@]}" -M "$m" -c "$c" -j "$j" -T "$DURATION" \
            -h 127.0.0.1 -p "$(port_of "$s")" -U postgres postgres >"$raw" 2>&1 \
            || { log "pgbench failed on $(name_of "$s"):"; tail -n 20 "$raw" >&2; exit 1; }
          tps=$(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' "$raw" | tail -n 1)
          processed=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$raw")
          failed=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$raw")
          sleep 0.2   # let the postmaster reap the run's backends, whose CPU time it then holds
          cpu_us=$(echo "scale=1; ($(cpu_ticks "$s") - $ticks) * 1000000 / $clk_tck / $processed" | bc)
          echo "$tps" >>"$work/tps-$s"
          echo "$cpu_us" >>"$work/cpu-$s"
          log "    round $r $(name_of "$s"): $tps tps ($processed transactions, ${failed:-0} failed, server CPU $cpu_us µs per transaction)"
          if [[ $w == tpcb ]]; then check_tpcb "$s" "$before" "$processed" || true; fi
        done
      done
      pg_tps=$(median <"$work/tps-pg")
      ol_tps=$(median <"$work/tps-olifant")
      ratio=$(echo "scale=3; $ol_tps / $pg_tps" | bc)
      pg_cpu=$(median <"$work/cpu-pg")
      ol_cpu=$(median <"$work/cpu-olifant")
      printf '%s\t%.0f\t%.0f\t%.2f\t%.1f\t%.1f\n' "$label" "$pg_tps" "$ol_tps" "$ratio" "$pg_cpu" "$ol_cpu" >>"$summary_tsv"
      printf '| %s | %.0f | %.0f | %.2f | %.1f | %.1f |\n' "$label" "$pg_tps" "$ol_tps" "$ratio" "$pg_cpu" "$ol_cpu" >>"$OUT/summary.md"
    done
  done
done

{
  echo
  echo "SCALE=$SCALE ROUNDS=$ROUNDS DURATION=${DURATION}s WARMUP=${WARMUP}s CLIENTS=\"$CLIENTS\" JOBS=$JOBS DURABILITY=$DURABILITY" \
       "PG shared_buffers=$PG_SHARED_BUFFERS; $(nproc) CPUs; $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "pgbench -i times (s): $(tr '\t\n' '= ' <"$OUT/init-times.tsv")"
  echo "TPC-B balance checks failed: $failures"
} >>"$OUT/summary.md"

echo
column -t -s $'\t' "$summary_tsv"
echo
tail -n 3 "$OUT/summary.md"
echo "raw output: $OUT"
[[ $failures == 0 ]]
