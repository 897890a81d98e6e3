#!/usr/bin/env bash
# Usage: bench/jfr-hot.sh <recording.jfr> [top=25]
#
# Summarises a JFR recording's execution samples (jdk.ExecutionSample): the methods on top of
# the stack (self time), the first Olifant method on the stack (which of our code is running,
# library frames above it charged to it), and the methods present anywhere on the stack
# (inclusive time), each as a share of all samples.
set -euo pipefail
file=${1:?usage: $0 <recording.jfr> [top]}
top=${2:-25}
jfr=${JAVA_HOME:+$JAVA_HOME/bin/}jfr
"$jfr" print --events jdk.ExecutionSample --stack-depth 128 "$file" | python3 -c '
import re, sys, collections
top = int(sys.argv[1])
self_c, ours, incl = collections.Counter(), collections.Counter(), collections.Counter()
samples = 0
stack = None
frame = re.compile(r"^\s+([\w.$<>]+)\(.*\)\s+line:")
for line in sys.stdin:
    if line.startswith("jdk.ExecutionSample"):
        stack = []
    elif stack is not None and line.strip() == "]":
        if stack:
            samples += 1
            self_c[stack[0]] += 1
            first = next((f for f in stack if f.startswith("dev.olifant.")), "(no Olifant frame)")
            ours[first] += 1
            for f in set(stack):
                incl[f] += 1
        stack = None
    elif stack is not None:
        m = frame.match(line)
        if m:
            stack.append(m.group(1))
print(f"{samples} execution samples")
for title, c in (("self (top of stack)", self_c), ("first Olifant frame", ours), ("inclusive", incl)):
    print(f"\n== {title}")
    for name, n in c.most_common(top):
        print(f"{100.0 * n / max(samples, 1):6.1f}%  {name}")
' "$top"
