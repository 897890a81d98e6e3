#!/usr/bin/env bash
# Usage: bench/crash-soak.sh [ROUNDS]
#
# A long kill-and-restart soak: runs CrashRecoveryIT (concurrent pgjdbc clients committing rows,
# the server killed with SIGKILL at random moments, some during CHECKPOINT, every acknowledged
# commit checked after each restart) with many more rounds than the normal build's 20.
#   ROUNDS=200 (first argument or environment)
#   KEEP=0     1: keep the server's data directory and log under /tmp/olifant-it-* for inspection
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-${ROUNDS:-200}}
if [ -z "${JAVA_HOME:-}" ]; then
  for j in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
    [[ -x $j/bin/java ]] && { export JAVA_HOME=$j; break; }
  done
fi
keep=()
[ "${KEEP:-0}" = 1 ] && keep=(-Dolifant.it.keep=true)
exec nice ./mvnw -B -q -pl database verify -Dit.test=CrashRecoveryIT -Dtest=NoSuchTest \
  -Dsurefire.failIfNoSpecifiedTests=false -Dolifant.it.crash-rounds="$ROUNDS" "${keep[@]}"
