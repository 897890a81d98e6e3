#!/usr/bin/env bash
# Usage: tools/golden/regenerate.sh [name...]
#
# Produces database/src/test/expected/NAME.out for each database/src/test/sql/NAME.sql
# (all of them when no name is given) by running the file through psql against a
# throwaway PostgreSQL 15 started with tools/pg15/start.sh. This is the only way expected
# files are made; never edit them by hand.
#
# Environment: GOLDEN_PG_PORT (default 5415) is the port of the throwaway server.
#
# Each file runs in a database of its own, created fresh and named golden_NAME, with
# exactly the psql command line dev.olifant.golden.GoldenSqlIT uses against Olifant:
#   psql -X -w -a -v ON_ERROR_STOP=0 -v VERBOSITY=default -P pager=off \
#        -h HOST -p PORT -U postgres -d golden_NAME -f NAME.sql   (run from the sql directory)
# with stdout and stderr merged into one stream, in a clean environment (no PG* variables,
# LC_ALL=C.UTF-8). Keep the two in step.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
sql_dir="$root/database/src/test/sql"
expected_dir="$root/database/src/test/expected"
pg_bin=/usr/lib/postgresql/15/bin
port=${GOLDEN_PG_PORT:-5415}

names=()
if [[ $# -gt 0 ]]; then
  for arg in "$@"; do
    name=$(basename "$arg" .sql)
    if [[ ! -f "$sql_dir/$name.sql" ]]; then
      echo "regenerate.sh: no such file: $sql_dir/$name.sql" >&2
      exit 2
    fi
    names+=("$name")
  done
else
  for f in "$sql_dir"/*.sql; do
    names+=("$(basename "$f" .sql)")
  done
fi
if [[ ${#names[@]} -eq 0 ]]; then
  echo "regenerate.sh: no .sql files in $sql_dir" >&2
  exit 2
fi

"$root/tools/pg15/install.sh" >/dev/null

work=$(mktemp -d /tmp/olifant-golden-pg15.XXXXXX)
chmod 755 "$work"
cleanup() {
  "$root/tools/pg15/stop.sh" "$work" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

"$root/tools/pg15/start.sh" "$work" "$port"

# psql in a clean, fixed environment: nothing from the caller's PG* variables, locale or
# psqlrc may change what it prints.
run_psql() {
  env -i PATH="$pg_bin:/usr/bin:/bin" HOME="$work" LC_ALL=C.UTF-8 LANG=C.UTF-8 \
    "$pg_bin/psql" -X "$@"
}

mkdir -p "$expected_dir"
cd "$sql_dir"
for name in "${names[@]}"; do
  run_psql -w -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres \
    -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS \"golden_$name\"" \
    -c "CREATE DATABASE \"golden_$name\"" >/dev/null
  # ON_ERROR_STOP=0: errors are part of the expected output, the file runs to its end.
  set +e
  run_psql -w -a -v ON_ERROR_STOP=0 -v VERBOSITY=default -P pager=off \
    -h 127.0.0.1 -p "$port" -U postgres -d "golden_$name" -f "$name.sql" \
    >"$expected_dir/$name.out" 2>&1
  status=$?
  set -e
  if [[ $status -ne 0 ]]; then
    echo "regenerate.sh: psql exited with $status on $name.sql; see $expected_dir/$name.out" >&2
    exit 1
  fi
  echo "wrote database/src/test/expected/$name.out ($(wc -l <"$expected_dir/$name.out") lines)"
done
