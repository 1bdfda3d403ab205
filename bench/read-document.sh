#!/usr/bin/env bash
# Benchmark of the document reader (issue 4): how long reading a 20-page PDF takes.
# Builds the jar (tests skipped), writes a 20-page PDF made of the five seed letters with PDFBox,
# then prints (1) the warm time per document inside one JVM and (2) the wall time of the real command line,
# java -jar target/motiemonitor.jar read-document, cold (JVM start included) for one file and for N copies.
# Usage: bench/read-document.sh [RUNS]   (default 50). Not a test: nothing fails on a slow machine.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-50}"
OUT=target/bench
mkdir -p "$OUT"

./mvnw -B -ntp -q package -DskipTests
./mvnw -B -ntp -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath.txt"
CP="target/test-classes:target/classes:$(cat "$OUT/classpath.txt")"

java -cp "$CP" nl.motiemonitor.importing.ReadDocumentBenchmark "$OUT/twenty-pages.pdf" "$RUNS"

ms() { date +%s%N | cut -c1-13; }
t0=$(ms)
java -jar target/motiemonitor.jar read-document "$OUT/twenty-pages.pdf" > "$OUT/one.jsonl"
t1=$(ms)
echo "command line, cold, 1 file: $((t1 - t0)) ms (JVM start included)"

FILES=()
for _ in $(seq "$RUNS"); do FILES+=("$OUT/twenty-pages.pdf"); done
t0=$(ms)
java -jar target/motiemonitor.jar read-document "${FILES[@]}" > "$OUT/many.jsonl"
t1=$(ms)
echo "command line, $RUNS files in one run: $(( (t1 - t0) / RUNS )) ms per document (JVM start shared)"
echo "machine: $(nproc) CPU ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(java -version 2>&1 | head -1)"
