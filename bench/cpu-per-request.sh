#!/bin/bash
# The app's own CPU time per answered request: user + system time of the process listening on PORT (from
# /proc/<pid>/stat) read around a wrk run of SECONDS on PATH. Steadier than requests per second when wrk, the app and
# PostgreSQL share two cores; used to compare two builds started side by side (docs/benchmarks.md, issue 18).
#   bench/cpu-per-request.sh PORT PATH [SECONDS]      e.g. bench/cpu-per-request.sh 18092 /den-haag/moties/ris323480 10
set -euo pipefail
PORT=$1 PAGE=$2 SECONDS_=${3:-10}
PID=$(ss -ltnpH "sport = :$PORT" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
[ -n "$PID" ] || { echo "nothing listens on port $PORT" >&2; exit 1; }
cpu_ms() { awk -v tck="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / tck)}' "/proc/$PID/stat"; }
before=$(cpu_ms)
out=$(wrk -t1 -c4 -d"${SECONDS_}s" "http://localhost:$PORT$PAGE")
after=$(cpu_ms)
requests=$(echo "$out" | awk '/requests in/ {print $1}')
failed=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
awk -v c=$((after - before)) -v r="$requests" -v p="$PORT $PAGE" -v f="${failed:-0}" \
  'BEGIN {printf "%s: %d requests (%d not 2xx), %d ms CPU, %.3f ms CPU/request\n", p, r, f, c, c / r}'
