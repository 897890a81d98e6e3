#!/usr/bin/env bash
# Usage: tools/pg15/start.sh <dir> <port>
#
# Starts a throwaway PostgreSQL 15 whose data directory is <dir>/data, listening on
# 127.0.0.1:<port> and on a Unix socket in <dir>/socket, with trust authentication for
# everyone and settings pinned so that output is deterministic. Creates the cluster with
# initdb on first use. Waits until the server accepts connections.
#
# PostgreSQL refuses to run as root: when run as root, initdb and the server run as the
# postgres OS user (runuser), so <dir> must be reachable by that user (e.g. under /tmp).
set -euo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 <dir> <port>" >&2
  exit 2
fi

PG_BIN=/usr/lib/postgresql/15/bin
dir=$(realpath -m "$1")
port=$2

if [[ ! -x "$PG_BIN/postgres" ]]; then
  echo "start.sh: $PG_BIN/postgres not found; run tools/pg15/install.sh first" >&2
  exit 1
fi

as_pg=()
if [[ $(id -u) -eq 0 ]]; then
  as_pg=(runuser -u postgres --)
fi

mkdir -p "$dir/socket"
if [[ $(id -u) -eq 0 ]]; then
  chown postgres: "$dir" "$dir/socket"
fi

# Locale-neutral environment: the server and the tools must not pick up the caller's
# PG* variables or locale.
unset PGHOST PGPORT PGUSER PGDATABASE PGOPTIONS PGTZ PGDATESTYLE PGCLIENTENCODING PGDATA
export LC_ALL=C.UTF-8 LANG=C.UTF-8 TZ=Etc/UTC

if [[ ! -s "$dir/data/PG_VERSION" ]]; then
  "${as_pg[@]}" "$PG_BIN/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 \
    --locale=C.UTF-8 --no-instructions >"$dir/initdb.log" 2>&1 || {
      cat "$dir/initdb.log" >&2
      exit 1
    }
  # Settings that decide how values and messages are printed. They equal the defaults a
  # fresh Olifant session reports (its TimeZone is the JVM's zone, Etc/UTC on the test
  # machines), so the expected files are valid for both servers.
  cat >>"$dir/data/postgresql.conf" <<CONF

# --- golden test settings (tools/pg15/start.sh) ---
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir/socket'
timezone = 'Etc/UTC'
log_timezone = 'Etc/UTC'
datestyle = 'iso, mdy'
intervalstyle = 'postgres'
extra_float_digits = 1
lc_messages = 'C'
lc_monetary = 'C'
lc_numeric = 'C'
lc_time = 'C'
client_min_messages = notice
default_text_search_config = 'pg_catalog.english'
# a throwaway server: durability is irrelevant, speed is welcome
fsync = off
synchronous_commit = off
full_page_writes = off
autovacuum = off
max_connections = 30
logging_collector = off
CONF
fi

"${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -o "-p $port" -w -t 60 start >/dev/null || {
  echo "start.sh: PostgreSQL 15 did not start; server log:" >&2
  tail -n 40 "$dir/server.log" >&2 || true
  exit 1
}

for _ in $(seq 1 60); do
  if "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres; then
    echo "PostgreSQL 15 ready on 127.0.0.1:$port and $dir/socket (data: $dir/data)"
    exit 0
  fi
  sleep 1
done
echo "start.sh: PostgreSQL 15 not ready after 60 s" >&2
tail -n 40 "$dir/server.log" >&2 || true
exit 1
