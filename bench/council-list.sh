#!/usr/bin/env bash
# Benchmark of the council's list (CouncilLists, /{body}/lijst and its downloads) on the national data set (not a
# test; CI never runs it).
#
#   bench/council-list.sh            # from the project directory
#
# 1. As bench/run.sh: builds what is missing, starts the embedded PostgreSQL 18 (nl.motiemonitor.database.BenchDatabase)
#    on target/bench/pg, port 54330, database motiemonitor_bench, and generates the data set there on the first run
#    (`generate`, defaults, seed 42, ~4 min; BENCH_GENERATE_ARGS for a smaller one, e.g. "--motions 100000
#    --commitments 30000 --letters 120000"). The data set is shared with run.sh. Then starts the production jar on
#    port 18081 (no demo data, logging WARN, heap 1 GB, background work paused), which migrates the database.
# 2. Once per data set (kept afterwards): splits 5 % of the adopted motions of the 10 bodies with the most adopted
#    motions into requests as MotionRequests.split does (one per REQUEST/INSTRUCTION clause, the motion's status, a
#    move each with the date and letter of the motion's latest); of every third split motion in progress or proposed
#    with 2+ requests, request 1 is discharged in the last 120 days and the motion is partly_discharged; every other
#    letter about a split motion names its request 1; a third of the adopted motions and commitments get a
#    responsibility with a committee (the generator writes none), every 4th request its own department.
# 3. Times the list's SQL, CouncilLists.ROWS as it is in the source now, for the 3 bodies with the most adopted motions
#    (today in the Netherlands, recentFrom today - 90, publishedOnly true and false): BENCH_RUNS runs each (5), psql
#    \timing with the rows read and dropped (min and median); one EXPLAIN (ANALYZE, BUFFERS) of each in
#    target/bench/council-list-explain.log.
# 4. Renders the smallest body's list and downloads once to warm up, then times the first request of
#    /tweede-kamer/lijst (the public page cache keeps a page after its first request), of ?groep=commissie, and of the
#    .pdf, .xlsx and .csv (laid out anew on every request), and prints the PDF's size and page count. The files are
#    kept in target/bench/council-list.*.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/target/bench
mkdir -p "$OUT"
PG_PORT=54330
DB=motiemonitor_bench
APP_PORT=18081
RUNS=${BENCH_RUNS:-5}
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
need psql postgresql-client
need curl curl

DB_PID= APP_PID=
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  [ -n "$DB_PID" ] && kill "$DB_PID" 2>/dev/null && wait "$DB_PID" 2>/dev/null || true
}
trap cleanup EXIT

echo "== machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'),"\
     "$(free -g | awk '/Mem:/ {print $2 " GB RAM"}'), $(java -version 2>&1 | head -1), $(psql --version)"
echo "== load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# --- 1. build, database, data set (as bench/run.sh) -------------------------------------------------------------
if [ ! -f target/motiemonitor.jar ] || [ -n "$(find src pom.xml -newer target/motiemonitor.jar -print -quit)" ]; then
  ./mvnw -B -ntp -q package -DskipTests
fi
if [ ! -f target/test-classes/nl/motiemonitor/database/BenchDatabase.class ] || [ ! -s "$OUT/cp.txt" ]; then
  ./mvnw -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile="$OUT/cp.txt" -Dmdep.includeScope=test
fi
start_db() {
  java -cp "target/test-classes:target/classes:$(cat "$OUT/cp.txt")" nl.motiemonitor.database.BenchDatabase \
    "$OUT/pg" $PG_PORT $DB >"$OUT/db.log" 2>&1 &
  DB_PID=$!
  for _ in $(seq 60); do grep -q '^JDBC_URL=' "$OUT/db.log" && break; sleep 1; done
  grep -q '^JDBC_URL=' "$OUT/db.log" || { echo "PostgreSQL did not start: $OUT/db.log" >&2; exit 1; }
}
echo "== database: embedded PostgreSQL 18 (io.zonky binaries, fsync off) on port $PG_PORT, data in $OUT/pg"
start_db
URL="jdbc:postgresql://localhost:$PG_PORT/$DB"
if [ "$("${PSQL[@]}" -tAc "show shared_buffers")" != "2GB" ]; then
  "${PSQL[@]}" -c "alter system set shared_buffers = '2GB'" -c "alter system set effective_cache_size = '8GB'"
  kill "$DB_PID"; wait "$DB_PID" 2>/dev/null || true
  start_db
fi
BODIES=0
if [ -n "$("${PSQL[@]}" -tAc "select to_regclass('bodies')")" ]; then BODIES=$("${PSQL[@]}" -tAc "select count(*) from bodies"); fi
if [ "$BODIES" = 0 ]; then
  echo "== generating the national data set (seed 42${BENCH_GENERATE_ARGS:+, $BENCH_GENERATE_ARGS}), log in $OUT/generate.log"
  # shellcheck disable=SC2086 # BENCH_GENERATE_ARGS are words
  java -jar target/motiemonitor.jar generate --url "$URL" --user postgres ${BENCH_GENERATE_ARGS:-} >"$OUT/generate.log"
else
  echo "== reusing the data set ($BODIES bodies)"
fi

# the app first: it migrates the database to the current code (Flyway) before the data set is touched
echo "== app: java -Xms1g -Xmx1g -jar target/motiemonitor.jar, logging WARN, background work paused, log in $OUT/council-list-app.log"
SPRING_DATASOURCE_URL=$URL SPRING_DATASOURCE_USERNAME=postgres MOTIEMONITOR_DEMO_DATA=false \
  java -Xms1g -Xmx1g -jar target/motiemonitor.jar --server.port=$APP_PORT --logging.level.root=WARN \
  --spring.jpa.show-sql=false --motiemonitor.similar-motions.background=false \
  --motiemonitor.dashboards.background=false --motiemonitor.follow.background=false \
  >"$OUT/council-list-app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 300); do curl -fs -o /dev/null "http://localhost:$APP_PORT/actuator/health" && break; sleep 1; done
curl -fs -o /dev/null "http://localhost:$APP_PORT/actuator/health" || { echo "the app did not start: $OUT/council-list-app.log" >&2; exit 1; }

# --- 2. requests and responsibilities, once per data set ---------------------------------------------------------
if [ "$("${PSQL[@]}" -tAc "select exists (select 1 from motion_requests)")" = f ]; then
  echo "== splitting motions into requests and assigning responsibilities (once per data set)"
  "${PSQL[@]}" <<'SQL'
begin;
create temp table pick on commit drop as
select m.id, m.status, m.registration_number
from motions m
where m.status is not null
  and m.body_id in (select body_id from motions where status is not null group by body_id order by count(*) desc limit 10)
  and m.id % 20 = 7
  and exists (select 1 from clauses c where c.motion_id = m.id and c.kind in ('REQUEST', 'INSTRUCTION'));
create temp table req on commit drop as
select p.id as motion_id, p.status, p.registration_number,
       row_number() over (partition by p.id order by c.position)::int as position,
       count(*) over (partition by p.id)::int as n, c.text
from pick p join clauses c on c.motion_id = p.id and c.kind in ('REQUEST', 'INSTRUCTION');
insert into motion_requests (motion_id, position, text, status)
select motion_id, position, text, status from req;
-- the split's move of each request: the motion's status, with the date, letter and date_unknown of its latest move
insert into status_changes (motion_request_id, position, from_status, to_status, effective_on, recorded_at, recorded_by,
                            reason, letter_id, date_unknown)
select r.id, 0, null, r.status, l.effective_on, now(), 'bench',
       'Verzoek ' || q.position || ' van ' || q.n || ', gesplitst uit motie ' || q.registration_number
           || '; de status van de motie geldt voor dit verzoek.', l.letter_id, l.date_unknown
from req q
join motion_requests r on r.motion_id = q.motion_id and r.position = q.position
join lateral (select s.effective_on, s.letter_id, s.date_unknown from status_changes s
              where s.motion_id = q.motion_id order by s.position desc limit 1) l on true;
-- deels afgedaan: request 1 discharged recently; the motion's status stays (in progress, or proposed when the others are)
create temp table partly on commit drop as
select r.id as request_id, r.motion_id, r.status
from motion_requests r join motions m on m.id = r.motion_id
where r.position = 1 and m.status in ('IN_PROGRESS', 'DISCHARGE_PROPOSED') and m.id % 3 = 0
  and exists (select 1 from motion_requests o where o.motion_id = m.id and o.position = 2);
insert into status_changes (motion_request_id, position, from_status, to_status, effective_on, recorded_at, recorded_by,
                            reason)
select request_id, 1, status, 'DISCHARGED', current_date - (motion_id % 120)::int, now(), 'bench', 'Verzoek afgedaan (bench)'
from partly;
update motion_requests r set status = 'DISCHARGED' from partly p where r.id = p.request_id;
update motions m set partly_discharged = true from partly p where m.id = p.motion_id;
update letter_items i set request_ids = array[r.id]
from motion_requests r where r.motion_id = i.motion_id and r.position = 1 and i.letter_id % 2 = 0;
-- responsibilities: a third of the adopted motions and of the commitments, with a committee; every 4th request its own
insert into responsibilities (motion_id, department, portfolio_holder, recorded_at, recorded_by, committee)
select m.id, 'Afdeling ' || (m.id % 12), 'Wethouder ' || (m.id % 7), now(), 'bench', 'Commissie ' || (m.id % 5)
from motions m where m.status is not null and m.id % 3 = 1;
insert into responsibilities (commitment_id, department, portfolio_holder, recorded_at, recorded_by, committee)
select c.id, 'Afdeling ' || (c.id % 12), 'Wethouder ' || (c.id % 7), now(), 'bench', 'Commissie ' || (c.id % 5)
from commitments c where c.id % 3 = 1;
update motion_requests set department = 'Afdeling verzoek ' || (id % 4) where id % 4 = 0;
commit;
vacuum analyze;
SQL
fi
"${PSQL[@]}" -c "select count(distinct motion_id) as split_motions, count(*) as requests,
                        (select count(*) from motions where partly_discharged) as partly_discharged,
                        (select count(*) from responsibilities) as responsibilities from motion_requests"

# --- 3. the list's SQL ---------------------------------------------------------------------------------------------
TODAY=$(TZ=Europe/Amsterdam date +%F)
RECENT=$(TZ=Europe/Amsterdam date -d "$TODAY - 90 days" +%F)
# CouncilLists.ROWS as psql reads it: the named parameters as psql variables
sed -n '/String ROWS = """/,/""";/p' src/main/java/nl/motiemonitor/councillist/CouncilLists.java | sed -e '1d' -e 's/""";$//' \
  -e "s/:today/:'today'::date/g" -e "s/:recentFrom/:'recentFrom'::date/g" >"$OUT/council-list.sql"
echo "== the list's SQL (CouncilLists.ROWS, $OUT/council-list.sql), today $TODAY, recentFrom $RECENT, $RUNS runs each"
: >"$OUT/council-list-explain.log"
mapfile -t TOP < <("${PSQL[@]}" -tAc "select b.id || ' ' || b.slug from bodies b join motions m on m.body_id = b.id
                                       where m.status is not null group by b.id order by count(*) desc, b.id limit 3")
for entry in "${TOP[@]}"; do
  read -r id slug <<<"$entry"
  for published in true false; do
    vars=(-v today="$TODAY" -v recentFrom="$RECENT" -v body="$id" -v publishedOnly="$published")
    lines=$({ echo "select count(*) from ("; cat "$OUT/council-list.sql"; echo ") q;"; } | "${PSQL[@]}" -tA "${vars[@]}")
    times=$({ echo '\timing on'; for _ in $(seq "$RUNS"); do cat "$OUT/council-list.sql"; echo ";"; done; } \
      | "${PSQL[@]}" "${vars[@]}" -o /dev/null 2>&1 | sed -nE 's/^Time: ([0-9.]+) ms.*/\1/p' | sort -n)
    min=$(head -1 <<<"$times"); median=$(sed -n "$(( (RUNS + 1) / 2 ))p" <<<"$times")
    printf '   %-16s publishedOnly=%-5s %6s lines  min %8.1f ms  median %8.1f ms\n' "$slug" "$published" "$lines" "$min" "$median"
    { echo "===== $slug (body $id), publishedOnly $published"
      { echo "explain (analyze, buffers)"; cat "$OUT/council-list.sql"; echo ";"; } | "${PSQL[@]}" "${vars[@]}"; } \
      >>"$OUT/council-list-explain.log" 2>&1
  done
done

# --- 4. the pages over HTTP ----------------------------------------------------------------------------------------
get() { # path, file → "code seconds bytes"
  curl -s -m 600 -o "$2" -w '%{http_code} %{time_total} %{size_download}' "http://localhost:$APP_PORT$1" || echo "000 600 0"
}
small=$("${PSQL[@]}" -tAc "select b.slug from bodies b join motions m on m.body_id = b.id where m.status is not null
                           group by b.id order by count(*) limit 1")
for suffix in "" .pdf .xlsx .csv; do get "/$small/lijst$suffix" /dev/null >/dev/null; done
echo "   warmed up on /$small/lijst and its downloads"
# the Tweede Kamer's list is longer than a PDF may be (CouncilListDownloads.PDF_MAX_LINES: 303 back to the page), so
# the PDF is also timed for the fourth largest body, whose list fits
fits=$("${PSQL[@]}" -tAc "select b.slug from bodies b join motions m on m.body_id = b.id where m.status is not null
                          group by b.id order by count(*) desc offset 3 limit 1")
for path in /tweede-kamer/lijst "/tweede-kamer/lijst?groep=commissie" /tweede-kamer/lijst.pdf "/$fits/lijst.pdf" \
            /tweede-kamer/lijst.xlsx /tweede-kamer/lijst.csv; do
  file="$OUT/council-list.$(sed -E 's/.*lijst\.?//; s/\?groep=/html-/; s/^$/html/' <<<"$path")"
  [ "$path" = /tweede-kamer/lijst.pdf ] && file="$OUT/council-list.pdf-too-long"
  read -r code seconds bytes <<<"$(get "$path" "$file")"
  printf '   %-38s HTTP %s  %7.2f s  %10s bytes\n' "$path" "$code" "$seconds" "$bytes"
done
echo "   CSV lines (without the header): $(( $(wc -l <"$OUT/council-list.csv") - 1 ))"
cat >"$OUT/PdfPages.java" <<'JAVA'
public class PdfPages {
    public static void main(String[] args) throws Exception {
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(new java.io.File(args[0]))) {
            System.out.println(pdf.getNumberOfPages());
        }
    }
}
JAVA
echo "   PDF of /$fits: $(( $(stat -c %s "$OUT/council-list.pdf") / 1024 )) KB, $(java -cp "$(cat "$OUT/cp.txt")" "$OUT/PdfPages.java" "$OUT/council-list.pdf") pages"
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
