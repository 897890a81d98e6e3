#!/usr/bin/env bash
# Usage: bench/jmh.sh [JMH options and benchmark regexps]
#
# Builds and runs the JMH benchmarks of bench/jmh (parser, analyzer + planner, executor, and
# pgbench's transactions end to end through Session, all in process). With no arguments it runs
# every benchmark with short settings; any argument is passed to JMH, e.g.
#   bench/jmh.sh ParserBench                 only the parser
#   bench/jmh.sh -p scale=10 SessionBench    pgbench's transactions on 1,000,000 accounts
#   bench/jmh.sh -prof gc ExecutorBench      with allocation rates
#   bench/jmh.sh -h                          JMH's options
#
# Settings (environment variables):
#   FORKS=1 WARMUP=3 WARMUP_TIME=2s ITERATIONS=5 TIME=2s   JMH's -f, -wi, -w, -i, -r
#   INSTALL=auto   auto: install olifant-database into ~/.m2 when it is missing or older than
#                  the sources; always; never
#   OUT=bench/out/jmh-<time>.json   JMH's JSON result file
set -euo pipefail
cd "$(dirname "$0")/.."

FORKS=${FORKS:-1}
WARMUP=${WARMUP:-3}
WARMUP_TIME=${WARMUP_TIME:-2s}
ITERATIONS=${ITERATIONS:-5}
TIME=${TIME:-2s}
INSTALL=${INSTALL:-auto}
mkdir -p bench/out
OUT=${OUT:-bench/out/jmh-$(date -u +%Y%m%d-%H%M%S).json}

if [[ -z "${JAVA_HOME:-}" ]]; then
  for j in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64; do
    [[ -x $j/bin/java ]] && { export JAVA_HOME=$j; break; }
  done
fi
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

installed=~/.m2/repository/dev/olifant/olifant-database/0.1.0-SNAPSHOT/olifant-database-0.1.0-SNAPSHOT.jar
if [[ $INSTALL == always || ( $INSTALL == auto && ( ! -f $installed ||
      -n "$(find database/src database/pom.xml pom.xml -newer "$installed" -print -quit)" ) ) ]]; then
  echo "installing olifant-database into the local Maven repository" >&2
  ./mvnw -B -q -pl database -am install -DskipTests
fi

echo "building bench/jmh" >&2
./mvnw -B -q -f bench/jmh/pom.xml package -DskipTests

opts=()
"$java" --sun-misc-unsafe-memory-access=allow -version >/dev/null 2>&1 \
  && opts+=(-jvmArgsAppend --sun-misc-unsafe-memory-access=allow)
args=("$@")
[[ ${#args[@]} -eq 0 ]] && args=(dev.olifant.bench)

exec "$java" -cp "bench/jmh/target/classes:$(cat bench/jmh/target/classpath.txt)" org.openjdk.jmh.Main \
  -f "$FORKS" -wi "$WARMUP" -w "$WARMUP_TIME" -i "$ITERATIONS" -r "$TIME" -rf json -rff "$OUT" \
  "${opts[@]}" "${args[@]}"
