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
#    Hikari pool 10, heap 1 GB, the anonymous rate limit off: wrk's one address stands for many visitors), warms up every page, then runs wrk for 20 s per page at 32 connections.
# 3. Runs the same SQL as each page (bench/sql/*.sql) with pgbench at the same concurrency, writes one
#    EXPLAIN (ANALYZE, BUFFERS) of each to target/bench/explain.log, and prints page/SQL throughput.
# Output: the table on stdout; wrk and pgbench output in target/bench/.
# The long tail (issue 17): "motion-any" draws from every published motion, "body-any" a random page of a random
# body's list; pages nobody asked for recently, as crawlers walk them. Each page is measured twice: with the public page
# cache on (as in production) and off (every request rendered from SQL), in two runs of the app. With the cache on the
# script also times the first request for a page right after a change to it, unloaded (50 motions, 50 list pages).
# Settings: BENCH_DURATION (20s), BENCH_CONNECTIONS (32), BENCH_PAGES (all, e.g. "home motion"), BENCH_CACHE ("on off",
# or one of them), BENCH_APP_ARGS (more arguments for the app),
# BENCH_JAVA (the java that runs the app; default Temurin 25 where the machine has it, as production, ADR 0020),
# BENCH_JAVA_OPTS (more JVM options, e.g. "-XX:StartFlightRecording=filename=target/bench/app.jfr,dumponexit=true"),
# BENCH_SQL (0: skip the pgbench part, e.g. when only the app changed since the last run),
# BENCH_GZIP (1: wrk asks for gzip, as browsers and crawlers do; 0: it does not, and kept pages are inflated for it),
# BENCH_INSTANCES (issue 18: that many app instances behind nginx, see start_proxy),
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
# the long-tail sets last: they fill the page cache with pages asked for once, which would push out the hot sets'
PAGES=${BENCH_PAGES:-"home body-list body-deep motion search-rare search-common search-phrase search-facet search-deep body-any motion-any"}
CACHE_MODES=${BENCH_CACHE:-"on off"}
JAVA=${BENCH_JAVA:-java}
if [ -z "${BENCH_JAVA:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java; fi
JAVA_OPTS=()
# compact object headers from Java 25 on, as the production image (Dockerfile)
if [ "$("$JAVA" -XX:+UseCompactObjectHeaders -version >/dev/null 2>&1 && echo yes)" = yes ]; then JAVA_OPTS+=(-XX:+UseCompactObjectHeaders); fi
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
  [ -n "$APP_PID" ] && stop_app 2>/dev/null || true
  [ -n "$DB_PID" ] && kill "$DB_PID" 2>/dev/null && wait "$DB_PID" 2>/dev/null || true
}
trap cleanup EXIT

echo "== machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'),"\
     "$(free -g | awk '/Mem:/ {print $2 " GB RAM"}'), app on $("$JAVA" -version 2>&1 | head -1)${JAVA_OPTS[*]:+ ${JAVA_OPTS[*]}}, $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2), $(pgbench --version)"
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
if [ -z "$("${PSQL[@]}" -tAc "select to_regclass('bench_body_page')")" ]; then
  echo "== extracting the request sets (bench/extract.sql)"
  "${PSQL[@]}" -f bench/extract.sql >/dev/null
fi
# pgbench picks a row by n from these for every statement (extract.sql creates them; older data sets lack them)
"${PSQL[@]}" -c "create unique index if not exists bench_motion_all_n on bench_motion_all (n)" \
  -c "create unique index if not exists bench_body_page_n on bench_body_page (n)"
"${PSQL[@]}" -tAc "select count(*) from motions where published" >/dev/null
paths() { "${PSQL[@]}" -tAc "$1" >"$OUT/paths-$2.txt"; }
enc="replace(replace(q, '\"', '%22'), ' ', '+')"
echo / >"$OUT/paths-home.txt"
paths "select '/' || slug from bench_body" body-list
paths "select '/' || slug || '?pagina=' || last_page from bench_body" body-deep
paths "select '/' || slug || '/moties/' || url_key from bench_motion" motion
paths "select '/' || slug || '/moties/' || url_key from bench_motion_all" motion-any
paths "select '/' || slug || '?pagina=' || page from bench_body_page" body-any
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
# the long tail: the same statements, the motion or the page drawn from the long-tail tables
sed 's/bench_motion\b/bench_motion_all/g' bench/sql/motion.sql >"$OUT/sql/motion-any.sql"
sed 's/bench_body\b/bench_body_page/g' bench/sql/body-deep.sql >"$OUT/sql/body-any.sql"

# --- 2. the portal under wrk ----------------------------------------------------------------------------------
APP_ARGS=${BENCH_APP_ARGS:-}
INSTANCES=${BENCH_INSTANCES:-1}
start_app() { # cache mode (on/off)
  local cache=() i port suffix
  [ "$1" = off ] && cache=(--motiemonitor.page-cache.enabled=false)
  echo "== app, page cache $1: $INSTANCES instance(s) of $JAVA ${JAVA_OPTS[*]} -Xms1g -Xmx1g -jar target/motiemonitor.jar,"\
       "Tomcat threads.max=32, Hikari maximum-pool-size=10, logging WARN, GC log in $OUT/gc-$1*.log ${APP_ARGS:+, $APP_ARGS}"
  APP_PID=
  for i in $(seq "$INSTANCES"); do
    if [ "$INSTANCES" = 1 ]; then port=$APP_PORT suffix=; else port=$((APP_PORT + i)) suffix=-$i; fi
    # shellcheck disable=SC2086 # BENCH_APP_ARGS are words
    SPRING_DATASOURCE_URL=$URL SPRING_DATASOURCE_USERNAME=postgres MOTIEMONITOR_DEMO_DATA=false \
      "$JAVA" "${JAVA_OPTS[@]}" -Xms1g -Xmx1g "-Xlog:gc:file=$OUT/gc-$1$suffix.log" ${BENCH_JAVA_OPTS:-} -jar target/motiemonitor.jar \
      --server.port=$port --management.server.port=0 "${cache[@]}" $APP_ARGS \
      --server.tomcat.threads.max=32 --server.tomcat.threads.min-spare=32 \
      --spring.datasource.hikari.maximum-pool-size=10 --spring.datasource.hikari.minimum-idle=10 \
      --logging.level.root=WARN --spring.jpa.show-sql=false --motiemonitor.similar-motions.background=false \
      --motiemonitor.dashboards.background=false --motiemonitor.follow.background=false \
      --motiemonitor.rate-limit.enabled=false \
      >"$OUT/app-$1$suffix.log" 2>&1 &
    APP_PID="$APP_PID $!"
  done
  [ "$INSTANCES" = 1 ] || start_proxy
  for _ in $(seq 300); do curl -fs -o /dev/null "http://localhost:$APP_PORT/actuator/health" && break; sleep 1; done
  curl -fs -o /dev/null "http://localhost:$APP_PORT/actuator/health" || { echo "the app did not start: $OUT/app-$1*.log" >&2; exit 1; }
  for i in $(seq "$INSTANCES"); do # every instance, not only the first the proxy found
    [ "$INSTANCES" = 1 ] || for _ in $(seq 300); do curl -fs -o /dev/null "http://localhost:$((APP_PORT + i))/actuator/health" && break; sleep 1; done
  done
}
# BENCH_INSTANCES > 1 (issue 18): that many instances on the ports after APP_PORT, behind nginx on APP_PORT (round
# robin, keep-alive to the instances), as several app servers behind a proxy; each keeps its own page cache, and every
# instance hears every change (LISTEN public_pages), so a change drops the kept pages everywhere.
start_proxy() {
  need nginx nginx-light
  local servers= i
  for i in $(seq "$INSTANCES"); do servers="$servers server 127.0.0.1:$((APP_PORT + i));"; done
  mkdir -p "$OUT/nginx"
  cat >"$OUT/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $OUT/nginx/nginx.pid;
error_log $OUT/nginx/error.log warn;
events { worker_connections 2048; }
http {
  access_log off;
  client_body_temp_path $OUT/nginx; proxy_temp_path $OUT/nginx;
  upstream motiemonitor { $servers keepalive 64; }
  server {
    listen $APP_PORT;
    location / {
      proxy_pass http://motiemonitor;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_buffers 32 16k;
    }
  }
}
CONF
  nginx -p "$OUT/nginx" -c "$OUT/nginx/nginx.conf"
}
stop_app() {
  local pid
  [ "$INSTANCES" = 1 ] || { [ -f "$OUT/nginx/nginx.pid" ] && kill "$(cat "$OUT/nginx/nginx.pid")" 2>/dev/null; } || true
  for pid in $APP_PID; do kill "$pid"; wait "$pid" 2>/dev/null || true; done
  APP_PID=
}

# "Elders aangenomen" is computed in the background (docs/adr/0007-fast-pages.md); a site that has worked through its
# queue has every list. Here the background work is paused (it would compete with the measurement) and the lists the
# data set lacks are computed now with the same function (V39), in two sessions: the first run takes ~7 minutes for
# the whole country (the long-tail sets show any motion), later runs find them stored.
start=$(date +%s)
missing=$("${PSQL[@]}" -tAc "select count(*) from motions m where m.published
                             and not exists (select 1 from similar_motions s where s.motion_id = m.id)")
lists() { # remainder of id / 2 this session takes
  "${PSQL[@]}" -c "do \$\$ declare batch bigint[]; begin
    loop
      select array_agg(id) into batch from (select m.id from motions m where m.published and m.id % 2 = $1
        and not exists (select 1 from similar_motions s where s.motion_id = m.id) order by m.id limit 1000) b;
      exit when batch is null;
      insert into similar_motions (motion_id, similar_ids)
      select c.motion_id, c.similar_ids from similar_motions_compute(batch, 10, 20) c;
      commit;
    end loop; end \$\$" >/dev/null
}
if [ "$missing" != 0 ]; then lists 0 & first=$!; lists 1; wait $first; fi
echo "== lists of Elders aangenomen: $missing computed in $(( $(date +%s) - start )) s"
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
wrk_page() { # page, duration, connections, mode → the BENCH line
  local writer=
  if [ "$WRITES" != 0 ]; then writes & writer=$!; fi
  BENCH_PATHS="$OUT/paths-$1.txt" BENCH_GZIP=${BENCH_GZIP:-1} wrk -t"$(( $3 < 2 ? $3 : 2 ))" -c"$3" -d"$2" --timeout 10s --latency -s bench/paths.lua "http://localhost:$APP_PORT" \
    >"$OUT/wrk-$1-$4.txt" 2>&1 || true
  if [ -n "$writer" ]; then kill "$writer"; wait "$writer" 2>/dev/null || true; fi
  grep '^BENCH' "$OUT/wrk-$1-$4.txt" || echo "BENCH requests=0 seconds=0 rps=0 p50_ms=0 p99_ms=0 max_ms=0 non2xx=0 socket_errors=0"
}
field() { sed -E "s/.* $2=([0-9.]+).*/\1/" <<<"$1"; }
long_tail() { [ "$1" = motion-any ] || [ "$1" = body-any ]; }
# the first request for a page right after a change to it (unloaded, page cache on): 50 motions and 50 list pages; the
# change is an update of one motion (its body's pages are dropped when the notification arrives, ADR 0009)
after_change() { # kind (motion/list) → "median max" in ms
  local sql
  if [ "$1" = motion ]; then
    sql="select id, '/' || slug || '/moties/' || url_key from bench_motion_all order by random() limit 50"
  else
    sql="select (select m.id from motions m where m.body_id = p.id and m.published limit 1),
                '/' || slug || '?pagina=' || page from bench_body_page p order by random() limit 50"
  fi
  "${PSQL[@]}" -tA -F' ' -c "$sql" | while read -r id path; do
    curl -fs -o /dev/null "http://localhost:$APP_PORT$path"   # kept before the change
    "${PSQL[@]}" -c "update motions set title = title where id = $id" >/dev/null
    sleep 0.2
    curl -fs -o /dev/null -w '%{time_total}\n' "http://localhost:$APP_PORT$path"
  done | sort -n | awk '{ t[NR] = $1 * 1000 } END { printf "%.1f %.1f", t[int((NR + 1) / 2)], t[NR] }'
}
[ "$WRITES" != 0 ] && echo "== $WRITES change(s) a second to a measured motion during each measurement (BENCH_WRITES)"
declare -A RPS P50 P99 ERR TPS
AFTER_MOTION= AFTER_LIST=
for mode in $CACHE_MODES; do
  start_app "$mode"
  echo "== each page warmed right before it is measured (a search's results are kept for a minute, which warming all"\
       "pages first would outlast): every path of its set once (4 at a time; the long-tail sets not), then 5 s at 8"\
       "connections (30 s at 16 for the long-tail sets: the JIT compiler needs a minute of rendering to settle)"
  for page in $PAGES; do
    if ! long_tail "$page"; then
      sed -e "s|^|url = \"http://localhost:$APP_PORT|" -e 's|$|"\noutput = "/dev/null"|' "$OUT/paths-$page.txt" \
        >"$OUT/warm-$page.curl"
      start=$(date +%s)
      curl -s --parallel --parallel-max 4 -m 30 -K "$OUT/warm-$page.curl" 2>/dev/null || true
      echo "   $page: $(wc -l <"$OUT/paths-$page.txt") paths in $(( $(date +%s) - start )) s"
    fi
    if long_tail "$page"; then wrk_page "$page" 30s 16 "$mode" >/dev/null; else wrk_page "$page" 5s 8 "$mode" >/dev/null; fi
    line=$(wrk_page "$page" "$DURATION" "$CONNECTIONS" "$mode")
    RPS[$page,$mode]=$(field "$line" rps); P50[$page,$mode]=$(field "$line" p50_ms); P99[$page,$mode]=$(field "$line" p99_ms)
    ERR[$page,$mode]=$(( $(field "$line" non2xx) + $(field "$line" socket_errors) ))
    echo "   $page, cache $mode: $line"
    # requests wrk gave up on still run in the app: wait until it answers quickly again, so they do not slow the next page
    for _ in $(seq 120); do curl -fs -m 1 -o /dev/null "http://localhost:$APP_PORT/actuator/health" && break; sleep 1; done
  done
  if [ "$mode" = on ]; then
    AFTER_MOTION=$(after_change motion); AFTER_LIST=$(after_change list)
    echo "   first request after a change, unloaded (median max ms): motion $AFTER_MOTION, list page $AFTER_LIST"
  fi
  stop_app
done

# --- 3. the same SQL under pgbench ----------------------------------------------------------------------------
count() {
  case $1 in
    home) echo 1 ;; motion) echo 1000 ;; search-facet) echo 500 ;;
    motion-any) "${PSQL[@]}" -tAc "select count(*) from bench_motion_all" ;;
    body-any) "${PSQL[@]}" -tAc "select count(*) from bench_body_page" ;;
    body-*) echo 376 ;;
    search-deep) "${PSQL[@]}" -tAc "select count(*) from bench_word where kind = 'medium'" ;;
    search-*) "${PSQL[@]}" -tAc "select count(*) from bench_word where kind = '${1#search-}'" ;;
  esac
}
: >"$OUT/explain.log"
for page in $PAGES; do
  [ "${BENCH_SQL:-1}" = 0 ] && break
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
# page/SQL: the page's throughput with the cache off (rendered from SQL every time) against its SQL alone
printf '| %-14s | %s | %s | %9s | %13s |\n' page "cache on: req/s | p50 ms | p99 ms | errors" \
  "cache off: req/s | p50 ms | p99 ms | errors" "SQL tps" "page/SQL (off)"
printf '|%s|\n' "----------------|---|---|---|---|---|---|---|---|-----------|---------------"
cell() { if [ -n "${RPS[$1,$2]:-}" ]; then echo "${RPS[$1,$2]} | ${P50[$1,$2]} | ${P99[$1,$2]} | ${ERR[$1,$2]}"; else echo "– | – | – | –"; fi; }
for page in $PAGES; do
  ratio=$(awk -v a="${RPS[$page,off]:-0}" -v b="${TPS[$page]:-0}" 'BEGIN { if (a > 0 && b > 0) printf "%.2f", a / b; else print "–" }')
  printf '| %-14s | %s | %s | %9s | %13s |\n' "$page" "$(cell "$page" on)" "$(cell "$page" off)" "${TPS[$page]:-?}" "$ratio"
done
[ -n "$AFTER_MOTION" ] && echo && echo "First request after a change, unloaded (median, max of 50): motion page ${AFTER_MOTION% *} ms, ${AFTER_MOTION#* } ms; list page ${AFTER_LIST% *} ms, ${AFTER_LIST#* } ms"
true
