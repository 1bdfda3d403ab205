#!/usr/bin/env bash
# Benchmark of issue 5 on the generated national data set (not a test; CI never runs it).
#
#   bench/run.sh            # from the project directory
#
# 1. Builds the jar and the test classes if needed, starts the portal's own embedded PostgreSQL 18 (io.zonky binaries,
#    fsync off, as in development) through the test-scope helper nl.motiemonitor.database.BenchDatabase, on
#    target/bench/pg, port 54330, database motiemonitor_bench. The first run fills it with `generate` (defaults,
#    seed 42, ~3.5 min) and extracts the realistic sets (bench/extract.sql, ~1.5 min); later runs reuse both.
# 2. Starts the production jar against it (no embedded server, no demo data, logging at WARN, Tomcat 32 threads,
#    Hikari pool 10, heap 1 GB), warms up every page, then runs wrk for 20 s per page at 32 connections.
# 3. Runs the same SQL as each page (bench/sql/*.sql) with pgbench at the same concurrency, writes one
#    EXPLAIN (ANALYZE, BUFFERS) of each to target/bench/explain.log, and prints page/SQL throughput.
# Output: the table on stdout; wrk and pgbench output in target/bench/.
# Settings: BENCH_DURATION (20s), BENCH_CONNECTIONS (32), BENCH_PAGES (all, e.g. "home motion"), BENCH_APP_ARGS
# (more arguments for the app, e.g. "--motiemonitor.page-cache.enabled=false" to measure pages rendered every time),
# BENCH_JAVA_OPTS (more JVM options, e.g. "-XX:StartFlightRecording=filename=target/bench/app.jfr,dumponexit=true"),
# BENCH_WRITES (changes per second during each measurement, 0: none): each touches one measured motion's title, so its
# body's kept pages and the national ones are dropped (ADR 0009), as clerks' work does on a real site.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/target/bench
mkdir -p "$OUT"
DURATION=${BENCH_DURATION:-20s}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
PG_PORT=54330
DB=motiemonitor_bench
APP_PORT=18080
PAGES=${BENCH_PAGES:-"home body-list body-deep motion search-rare search-common search-phrase search-facet search-deep"}
PSQL=(psql -h localhost -p $PG_PORT -U postgres -X -q -v ON_ERROR_STOP=1 $DB)

need() { # command, Debian package
  if ! command -v "$1" >/dev/null; then
    if [ "$(id -u)" = 0 ]; then
      echo "Installing $2 (for $1) with apt-get"
      apt-get install -y -q "$2" >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q "$2" >/dev/null; }
    else
      echo "$1 is missing: apt-get install $2" >&2; exit 1
    fi
  fi
}
need wrk wrk
need psql postgresql-client
need pgbench postgresql-client   # pgbench comes with postgresql-client on Debian 12+ (postgresql-contrib before)

DB_PID= APP_PID=
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  [ -n "$DB_PID" ] && kill "$DB_PID" 2>/dev/null && wait "$DB_PID" 2>/dev/null || true
}
trap cleanup EXIT

echo "== machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'),"\
     "$(free -g | awk '/Mem:/ {print $2 " GB RAM"}'), $(java -version 2>&1 | head -1), $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2), $(pgbench --version)"
echo "== load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# --- 1. build, database, data set -------------------------------------------------------------------------------
if [ ! -f target/motiemonitor.jar ] || [ -n "$(find src pom.xml -newer target/motiemonitor.jar -print -quit)" ]; then
  ./mvnw -B -ntp -q package -DskipTests
fi
if [ ! -f target/test-classes/nl/motiemonitor/database/BenchDatabase.class ] || [ ! -s "$OUT/cp.txt" ]; then
  ./mvnw -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile="$OUT/cp.txt" -Dmdep.includeScope=test
fi
echo "== database: embedded PostgreSQL 18 (io.zonky binaries, fsync off) on port $PG_PORT, data in $OUT/pg"
java -cp "target/test-classes:target/classes:$(cat "$OUT/cp.txt")" nl.motiemonitor.database.BenchDatabase \
  "$OUT/pg" $PG_PORT $DB >"$OUT/db.log" 2>&1 &
DB_PID=$!
for _ in $(seq 60); do grep -q '^JDBC_URL=' "$OUT/db.log" && break; sleep 1; done
grep -q '^JDBC_URL=' "$OUT/db.log" || { echo "PostgreSQL did not start: $OUT/db.log" >&2; exit 1; }
URL="jdbc:postgresql://localhost:$PG_PORT/$DB"
# production-like memory for PostgreSQL (the embedded default is 128 MB of shared buffers, and the search table alone
# is 1.3 GB): set once in the data directory, applied by a restart
if [ "$("${PSQL[@]}" -tAc "show shared_buffers")" != "2GB" ]; then
  "${PSQL[@]}" -c "alter system set shared_buffers = '2GB'" -c "alter system set effective_cache_size = '8GB'"
  kill "$DB_PID"; wait "$DB_PID" 2>/dev/null || true
  java -cp "target/test-classes:target/classes:$(cat "$OUT/cp.txt")" nl.motiemonitor.database.BenchDatabase \
    "$OUT/pg" $PG_PORT $DB >"$OUT/db.log" 2>&1 &
  DB_PID=$!
  for _ in $(seq 60); do grep -q '^JDBC_URL=' "$OUT/db.log" && break; sleep 1; done
fi
echo "== PostgreSQL: shared_buffers $("${PSQL[@]}" -tAc "show shared_buffers"), effective_cache_size $("${PSQL[@]}" -tAc "show effective_cache_size")"
BODIES=0
if [ -n "$("${PSQL[@]}" -tAc "select to_regclass('bodies')")" ]; then BODIES=$("${PSQL[@]}" -tAc "select count(*) from bodies"); fi
if [ "$BODIES" = 0 ]; then
  echo "== generating the national data set (seed 42), log in $OUT/generate.log"
  java -jar target/motiemonitor.jar generate --url "$URL" --user postgres >"$OUT/generate.log"
else
  echo "== reusing the data set ($BODIES bodies)"
fi
if [ -z "$("${PSQL[@]}" -tAc "select to_regclass('bench_facet')")" ]; then
  echo "== extracting the request sets (bench/extract.sql)"
  "${PSQL[@]}" -f bench/extract.sql >/dev/null
fi
"${PSQL[@]}" -tAc "select count(*) from motions where published" >/dev/null
paths() { "${PSQL[@]}" -tAc "$1" >"$OUT/paths-$2.txt"; }
enc="replace(replace(q, '\"', '%22'), ' ', '+')"
echo / >"$OUT/paths-home.txt"
paths "select '/' || slug from bench_body" body-list
paths "select '/' || slug || '?pagina=' || last_page from bench_body" body-deep
paths "select '/' || slug || '/moties/' || url_key from bench_motion" motion
for kind in rare common phrase; do paths "select '/zoeken?q=' || $enc from bench_word where kind = '$kind'" search-$kind; done
paths "select '/zoeken?q=' || $enc || '&pagina=50' from bench_word where kind = 'medium'" search-deep
paths "select '/zoeken?q=' || $enc || '&soort=motie&status=' || status_slug || '&jaar=' || year from bench_facet" search-facet
"${PSQL[@]}" -c "select kind, count(*) as queries, min(matches), avg(matches)::int as avg, max(matches) from bench_word group by kind order by 1"

# the search scripts from one template (bench/sql/search.sql.in): the query text, facet filters and page per kind
mkdir -p "$OUT/sql"
word="select q as query from bench_word where kind = 'KIND' and n = :n"
facet="select q as query, status, year from bench_facet where n = :n"
facet_filter=" and d.item_type = 'MOTION' and d.status = :status"
facet_filter+=" and d.item_date >= make_date(:year, 1, 1) and d.item_date < make_date(:year + 1, 1, 1)"
search_sql() { # page, query picking the text (and filters), filter, offset, description (& escaped for sed)
  sed -e "s|@PICK@|${2//&/\\&}|g" -e "s|@FILTER@|${3//&/\\&}|g" -e "s|@OFFSET@|$4|g" -e "s|@PAGE@|${5//&/\\&}|" \
    bench/sql/search.sql.in >"$OUT/sql/$1.sql"
}
for kind in rare common phrase; do search_sql search-$kind "${word/KIND/$kind}" "" 0 " $kind word(s)"; done
search_sql search-deep "${word/KIND/medium}" "" 980 "&pagina=50, a medium-frequency word"
search_sql search-facet "$facet" "$facet_filter" 0 "&soort=motie&status=…&jaar=…, a medium-frequency word"
for page in home body-list body-deep motion; do cp "bench/sql/$page.sql" "$OUT/sql/"; done

# --- 2. the portal under wrk ----------------------------------------------------------------------------------
APP_ARGS=${BENCH_APP_ARGS:-}
echo "== app: java -Xms1g -Xmx1g -jar target/motiemonitor.jar, Tomcat threads.max=32, Hikari maximum-pool-size=10,"\
     "logging WARN, GC log in $OUT/gc.log ${APP_ARGS:+, $APP_ARGS}"
# shellcheck disable=SC2086 # BENCH_APP_ARGS are words
SPRING_DATASOURCE_URL=$URL SPRING_DATASOURCE_USERNAME=postgres MOTIEMONITOR_DEMO_DATA=false \
  java -Xms1g -Xmx1g "-Xlog:gc:file=$OUT/gc.log" ${BENCH_JAVA_OPTS:-} -jar target/motiemonitor.jar --server.port=$APP_PORT $APP_ARGS \
  --server.tomcat.threads.max=32 --server.tomcat.threads.min-spare=32 \
  --spring.datasource.hikari.maximum-pool-size=10 --spring.datasource.hikari.minimum-idle=10 \
  --logging.level.root=WARN --spring.jpa.show-sql=false --motiemonitor.similar-motions.background=false \
  --motiemonitor.dashboards.background=false --motiemonitor.follow.background=false \
  >"$OUT/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 300); do curl -fs -o /dev/null "http://localhost:$APP_PORT/actuator/health" && break; sleep 1; done
curl -fs -o /dev/null "http://localhost:$APP_PORT/actuator/health" || { echo "the app did not start: $OUT/app.log" >&2; exit 1; }
# "Elders aangenomen" is computed in the background (docs/adr/0007-fast-pages.md); a site that has worked through its
# queue has every list. Here the background work is paused (it would compete with the measurement) and the lists of
# the measured motions are computed now, once, with the same function (V39).
start=$(date +%s)
"${PSQL[@]}" -c "insert into similar_motions (motion_id, similar_ids)
  select c.motion_id, c.similar_ids
  from similar_motions_compute(array(select b.id from bench_motion b
                                     where not exists (select 1 from similar_motions s where s.motion_id = b.id)),
                               10, 20) c"
echo "== lists of Elders aangenomen for the measured motions in $(( $(date +%s) - start )) s"
"${PSQL[@]}" -c "vacuum analyze"   # after the migrations: visibility map for index-only scans, fresh statistics

WRITES=${BENCH_WRITES:-0}
writes() { # until killed: BENCH_WRITES changes a second, each to a random measured motion (and so to its body)
  local pause; pause=$(awk -v r="$WRITES" 'BEGIN { printf "%.3f", 1 / r }')
  while :; do
    "${PSQL[@]}" -c "update motions set title = title where id = (select id from bench_motion
                     offset floor(random() * (select count(*) from bench_motion)) limit 1)" >/dev/null
    sleep "$pause"
  done
}
wrk_page() { # page, duration, connections → the BENCH line
  local writer=
  if [ "$WRITES" != 0 ]; then writes & writer=$!; fi
  BENCH_PATHS="$OUT/paths-$1.txt" wrk -t"$(( $3 < 2 ? $3 : 2 ))" -c"$3" -d"$2" --timeout 10s --latency -s bench/paths.lua "http://localhost:$APP_PORT" \
    >"$OUT/wrk-$1.txt" 2>&1 || true
  if [ -n "$writer" ]; then kill "$writer"; wait "$writer" 2>/dev/null || true; fi
  grep '^BENCH' "$OUT/wrk-$1.txt" || echo "BENCH requests=0 seconds=0 rps=0 p50_ms=0 p99_ms=0 max_ms=0 non2xx=0 socket_errors=0"
}
field() { sed -E "s/.* $2=([0-9.]+).*/\1/" <<<"$1"; }
[ "$WRITES" != 0 ] && echo "== $WRITES change(s) a second to a measured motion during each measurement (BENCH_WRITES)"
echo "== warming up: every path of the measured sets once (4 at a time), then 5 s per page at 8 connections"
for page in $PAGES; do
  sed -e "s|^|url = \"http://localhost:$APP_PORT|" -e 's|$|"\noutput = "/dev/null"|' "$OUT/paths-$page.txt" \
    >"$OUT/warm-$page.curl"
  start=$(date +%s)
  curl -s --parallel --parallel-max 4 -m 30 -K "$OUT/warm-$page.curl" 2>/dev/null || true
  echo "   $page: $(wc -l <"$OUT/paths-$page.txt") paths in $(( $(date +%s) - start )) s"
done
for page in $PAGES; do wrk_page "$page" 5s 8 >/dev/null; done
declare -A RPS P50 P99 ERR TPS
for page in $PAGES; do
  line=$(wrk_page "$page" "$DURATION" "$CONNECTIONS")
  RPS[$page]=$(field "$line" rps); P50[$page]=$(field "$line" p50_ms); P99[$page]=$(field "$line" p99_ms)
  ERR[$page]=$(( $(field "$line" non2xx) + $(field "$line" socket_errors) ))
  echo "   $page: $line"
  # requests wrk gave up on still run in the app: wait until it answers quickly again, so they do not slow the next page
  for _ in $(seq 120); do curl -fs -m 1 -o /dev/null "http://localhost:$APP_PORT/actuator/health" && break; sleep 1; done
done
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=

# --- 3. the same SQL under pgbench ----------------------------------------------------------------------------
count() {
  case $1 in
    home) echo 1 ;; body-*) echo 376 ;; motion) echo 1000 ;; search-facet) echo 500 ;;
    search-deep) "${PSQL[@]}" -tAc "select count(*) from bench_word where kind = 'medium'" ;;
    search-*) "${PSQL[@]}" -tAc "select count(*) from bench_word where kind = '${1#search-}'" ;;
  esac
}
: >"$OUT/explain.log"
for page in $PAGES; do
  n=$(count "$page")
  { echo "===== $page ($OUT/sql/$page.sql, n = 1)"
    # the file with \set n 1 and EXPLAIN (ANALYZE, BUFFERS) before every statement but the \gset ones, and the text
    # variables quoted the psql way
    sed -E -e 's/^\\set n .*/\\set n 1/' -e "s/:(query|status)\\b/:'\\1'/g" "$OUT/sql/$page.sql" \
      | awk 'BEGIN { s = 1 } s && /^(select|with) / && !/\\gset$/ { $0 = "explain (analyze, buffers) " $0 }
             { s = /;$/ || /^--/ || /^\\/ || /\\gset$/; print }' \
      | "${PSQL[@]}" -v count="$n" 2>&1; } >>"$OUT/explain.log"
  pgbench -n -h localhost -p $PG_PORT -U postgres -M prepared -c "$CONNECTIONS" -j "$(( CONNECTIONS < 2 ? CONNECTIONS : 2 ))" -T "${DURATION%s}" \
    -D count="$n" -f "$OUT/sql/$page.sql" $DB >"$OUT/pgbench-$page.txt" 2>&1 || true
  TPS[$page]=$(sed -nE 's/^tps = ([0-9.]+).*/\1/p' "$OUT/pgbench-$page.txt" | head -1)
  echo "   $page: SQL ${TPS[$page]:-?} tps"
done

echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
printf '| %-14s | %9s | %8s | %8s | %6s | %9s | %8s |\n' page "req/s" "p50 ms" "p99 ms" errors "SQL tps" "page/SQL"
printf '|%s|\n' "----------------|-----------|----------|----------|--------|-----------|----------"
for page in $PAGES; do
  ratio=$(awk -v a="${RPS[$page]}" -v b="${TPS[$page]:-0}" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "?" }')
  printf '| %-14s | %9s | %8s | %8s | %6s | %9s | %8s |\n' "$page" "${RPS[$page]}" "${P50[$page]}" "${P99[$page]}" \
    "${ERR[$page]}" "${TPS[$page]:-?}" "$ratio"
done
