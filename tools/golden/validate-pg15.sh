#!/usr/bin/env bash
# Usage: tools/golden/validate-pg15.sh [extra maven arguments...]
#
# Validates the golden harness and the expected files: starts a throwaway PostgreSQL 15
# (tools/pg15/start.sh), runs dev.olifant.golden.GoldenSqlIT against it with
# -Dgolden.target=pg15, and stops it. Every file must pass: the expected output was made by
# the same server and the same psql command line.
#
# Environment: GOLDEN_PG_PORT (default 5415); JAVA_HOME as for any build.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
port=${GOLDEN_PG_PORT:-5415}

"$root/tools/pg15/install.sh" >/dev/null

work=$(mktemp -d /tmp/olifant-golden-pg15.XXXXXX)
chmod 755 "$work"
cleanup() {
  "$root/tools/pg15/stop.sh" "$work" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

"$root/tools/pg15/start.sh" "$work" "$port"

cd "$root"
./mvnw -B -pl database verify -Dit.test=GoldenSqlIT -Dtest='dev.olifant.golden.*Test' \
  -Dgolden.target=pg15 -Dgolden.host=127.0.0.1 -Dgolden.port="$port" "$@"
cat database/target/golden/summary.txt
