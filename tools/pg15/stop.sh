#!/usr/bin/env bash
# Usage: tools/pg15/stop.sh <dir>
# Stops the PostgreSQL 15 that start.sh started in <dir> (fast shutdown). Succeeds when it
# is not running. The data directory is left in place; remove <dir> to discard it.
set -euo pipefail

if [[ $# -ne 1 ]]; then
  echo "usage: $0 <dir>" >&2
  exit 2
fi

PG_BIN=/usr/lib/postgresql/15/bin
dir=$(realpath -m "$1")

if [[ ! -f "$dir/data/postmaster.pid" ]]; then
  echo "PostgreSQL 15 in $dir is not running"
  exit 0
fi

as_pg=()
if [[ $(id -u) -eq 0 ]]; then
  as_pg=(runuser -u postgres --)
fi
"${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop
