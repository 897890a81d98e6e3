#!/usr/bin/env bash
# Makes sure the distribution's PostgreSQL 15 server and client are installed.
# Idempotent: does nothing when /usr/lib/postgresql/15/bin/postgres and psql exist.
# Installing needs root (CI runs as root); elsewhere it uses sudo when available.
set -euo pipefail

PG_BIN=/usr/lib/postgresql/15/bin

if [[ -x "$PG_BIN/postgres" && -x "$PG_BIN/psql" && -x "$PG_BIN/initdb" ]]; then
  echo "PostgreSQL 15 already installed: $("$PG_BIN/postgres" --version)"
  exit 0
fi

SUDO=()
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
  else
    echo "install.sh: PostgreSQL 15 is missing and installing it needs root" >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update
# The package's post-install creates the postgres OS user; the main cluster it may create
# (Debian's pg_createcluster) is not used by the golden tests, which start their own.
"${SUDO[@]}" apt-get install -y --no-install-recommends postgresql-15 postgresql-client-15

"$PG_BIN/postgres" --version
