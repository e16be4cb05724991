#!/usr/bin/env bash
# Benchmark of the respondent forms (issue 3). Not a test: it measures, prints a results
# table and keeps the raw output; it fails only when something did not work (a respondent
# got an unexpected page, a count does not add up).
#
#   scripts/bench-forms.sh            # everything, about 8 minutes on 2 cores
#
# Measures, in release mode, on this machine, with every program sharing its cores:
#   1. complete responses per second over HTTP (crates/web/examples/load_forms.rs: N
#      simulated respondents, landing to submit) at each concurrency of $CONCURRENCY;
#   2. PostgreSQL's own rate for the same writes (pgbench, scripts/bench/response.sql) and for
#      every statement the server sends (scripts/bench/response-full.sql), same concurrencies;
#      both are rewritten from a response of step 1 (scripts/bench/gen-response-sql.sh), so
#      they insert the same rows;
#   3. page renders per second with wrk: a question page with a valid session, and a bare
#      actix-web handler returning a static page of the same size (examples/bare_page.rs).
#
# Settings (environment): BENCH_DB (dropped and created again!), PG (PostgreSQL base URL),
# PG_QUERY (connection options for the server and pgbench alike; by default
# '?sslmode=disable', which is what atmos itself uses for a server on this machine when the
# URL does not say, so pgbench is measured the same way; '?sslmode=prefer' measures with TLS,
# libpq's own default, which encrypts even on 127.0.0.1 when the server has SSL),
# PORT, BARE_PORT, CONCURRENCY, RESPONSES (per HTTP run), HTTP_SECONDS (cap per HTTP run),
# PGBENCH_SECONDS, WRK_THREADS, WRK_CONNECTIONS, WRK_DURATION, PAGE (the page for wrk),
# LADDER_DURATION (wrk per step of the breakdown; 0 skips it), QUIET_WAIT (seconds to wait
# for other processes to calm down before each phase; 0 to measure at once), PHASES (a subset
# of "http wrk pairs pgbench bare", to measure a part again), PAIRS and PAIR_DURATION (the
# alternating page-render pairs, see below), OUT (results directory). Traffic goes to 127.0.0.1 only; every loop is bounded.
set -euo pipefail
cd "$(dirname "$0")/.."

PG=${PG:-postgres://postgres@127.0.0.1:5432}
PG_QUERY=${PG_QUERY-?sslmode=disable}
BENCH_DB=${BENCH_DB:-atmos_bench_forms}
PORT=${PORT:-18080}
BARE_PORT=${BARE_PORT:-18081}
CONCURRENCY=${CONCURRENCY:-8 16 32}
RESPONSES=${RESPONSES:-2000}
HTTP_SECONDS=${HTTP_SECONDS:-60}
PGBENCH_SECONDS=${PGBENCH_SECONDS:-30}
WRK_THREADS=${WRK_THREADS:-2}
WRK_CONNECTIONS=${WRK_CONNECTIONS:-32}
WRK_DURATION=${WRK_DURATION:-20s}
PAGE=${PAGE:-background}
LADDER_DURATION=${LADDER_DURATION:-10s}
QUIET_WAIT=${QUIET_WAIT:-600}
PHASES=${PHASES:-http wrk pairs pgbench bare}
PAIRS=${PAIRS:-5}
PAIR_DURATION=${PAIR_DURATION:-10s}
OUT=${OUT:-target/bench-forms/$(date -u +%Y%m%dT%H%M%SZ)}

case $BENCH_DB in
  atmos_bench*) ;;
  *) echo "BENCH_DB must start with atmos_bench (it is dropped)" >&2; exit 2 ;;
esac
for tool in psql pgbench wrk curl; do
  command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install wrk postgresql-client curl)" >&2; exit 2; }
done

mkdir -p "$OUT"
DB_URL="$PG/$BENCH_DB$PG_QUERY"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
}
trap cleanup EXIT
say() { printf '\n== %s\n' "$*" | tee -a "$OUT/log"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
port_free() {
  if curl -s -o /dev/null "http://127.0.0.1:$1/"; then
    echo "port $1 is already taken: set PORT / BARE_PORT" >&2
    exit 2
  fi
}
# Waits (at most 120 s: atmos up migrates and loads first) until process $2 answers on port $1.
wait_port() {
  for _ in $(seq 1 1200); do
    kill -0 "$2" 2>/dev/null || { echo "process $2 exited" >&2; return 1; }
    curl -s -o /dev/null "http://127.0.0.1:$1/" && return 0
    sleep 0.1
  done
  echo "nothing listens on port $1" >&2
  return 1
}
# The value of key $1 in a load_forms RESULT line $2.
want() { [[ " $PHASES " == *" $1 "* ]]; }
field() { tr ' ' '\n' <<<"$2" | awk -F= -v k="$1" '$1 == k { print $2 }'; }
wrk_rps() { [[ -f $1 ]] && grep -o 'Requests/sec: *[0-9.]*' "$1" | grep -o '[0-9.]*$' || echo -; }
wrk_pct() { [[ -f $1 ]] && awk -v p="$2" '$1 == p { print $2 }' "$1" || echo -; }
wrk_errors() { [[ -f $1 ]] && grep -E 'Non-2xx|Socket errors' "$1" || true; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a > 0 && b > 0) printf "%.0f%%", 100 * a / b; else print "-" }'; }

# The machine may be shared: a monitor logs, about every 2 s, the CPU of every process that
# is not part of the benchmark (at least 3% of a core), and each phase is marked, so the
# results can say which phases something else ran in. It costs about 1% of a core (top).
ours="release/atmos up --bind 127.0.0.1:$PORT|examples/load_forms|bare_page --bind 127.0.0.1:$BARE_PORT|(^|/)(wrk|pgbench|top|sleep) |^postgres: ([^ ]+: )?(postgres $BENCH_DB |walwriter|checkpointer|background writer|autovacuum|logical)|/usr/lib/postgresql/[0-9]+/bin/postgres |kworker|ksoftirqd|kdamond|rcu_"
monitor() {
  for _ in $(seq 1 1500); do
    top -b -c -n2 -d1 -w 400 | awk -v now="$(date +%s)" -v ours="$ours" '
      /^top -/ { n++ }
      n == 2 && /^ *PID/ { h = 1; next }
      n == 2 && h && $9 + 0 >= 3 {
        cmd = ""; for (i = 12; i <= NF; i++) cmd = cmd (i > 12 ? " " : "") $i
        if (cmd !~ ours) {
          total += $9; name = $12; sub(/.*\//, "", name)
          if (NF >= 13) name = name "_" $13
          if (NF >= 14 && $12 == "postgres:") name = name "_" $14
          gsub(/=/, "_", name); list = list sprintf(" %s=%s", substr(name, 1, 40), $9)
        }
      }
      END { printf "%s %.0f%s\n", now, total, list }' >>"$OUT/foreign-cpu.log"
  done
}
phase() { echo "$(date +%s) $1" >>"$OUT/phases"; }
# Before each measured phase, wait (at most QUIET_WAIT seconds) until the CPUs were at least
# 90% idle for 6 s: on a shared machine another build would otherwise take half the cores.
idle_pct() {
  local u n s i w x y z t1 i1 t2 i2
  read -r _ u n s i w x y z _ </proc/stat; t1=$((u + n + s + i + w + x + y + z)); i1=$((i + w))
  sleep "$1"
  read -r _ u n s i w x y z _ </proc/stat; t2=$((u + n + s + i + w + x + y + z)); i2=$((i + w))
  echo $((100 * (i2 - i1) / (t2 - t1 > 0 ? t2 - t1 : 1)))
}
wait_quiet() {
  local deadline=$((SECONDS + QUIET_WAIT)) pct
  while ((SECONDS < deadline)); do
    pct=$(idle_pct 6)
    ((pct >= 90)) && return 0
    echo "  (waiting for a quiet machine: ${pct}% idle)"
  done
  echo "  (machine still busy after ${QUIET_WAIT}s: measuring anyway, see the disturbance report)"
}

say "machine"
{
  echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "memory: $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "commit: $(git rev-parse HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD 2>/dev/null || echo ' (working tree has changes)')"
  echo "rustc: $(rustc --version)"
  echo "postgresql: $(psql "$PG/postgres" -Atc 'SHOW server_version')"
  echo "pg settings: $(psql "$PG/postgres" -Atc "SELECT string_agg(name || '=' || setting, ' ' ORDER BY name) FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'shared_buffers', 'max_connections')")"
  echo "wrk: $(wrk -v 2>&1 | head -1)"
  echo "load average before: $(load)"
} | tee "$OUT/machine.txt"

monitor &
pids+=($!)

say "build (release)"
cargo build --release --bin atmos 2>&1 | tail -1
cargo build --release -p atmos-web --example load_forms --example bare_page 2>&1 | tail -1
ATMOS=target/release/atmos
LOADGEN=target/release/examples/load_forms
BARE=target/release/examples/bare_page

say "fresh database $BENCH_DB, atmos up on 127.0.0.1:$PORT"
port_free "$PORT"
port_free "$BARE_PORT"
psql "$PG/postgres" -q -c "DROP DATABASE IF EXISTS $BENCH_DB" -c "CREATE DATABASE $BENCH_DB"
DATABASE_URL=$DB_URL ATMOS_LOG=warn "$ATMOS" up --bind "127.0.0.1:$PORT" --no-demo \
  --posts-per-minute 100000000 >"$OUT/atmos.out" 2>"$OUT/atmos.err" &
pids+=($!)
server=$!
wait_port "$PORT" "$server"
base=$(grep -o 'http://[^ ]*/s/oulu-atmosphere/[^ ]*' "$OUT/atmos.out" | head -1)
[[ -n $base ]] || { echo "atmos up printed no survey address" >&2; cat "$OUT/atmos.out" >&2; exit 1; }
echo "survey: $base" | tee -a "$OUT/log"

say "HTTP warm-up (100 responses)"
phase warm-up
"$LOADGEN" --base "$base" --concurrency 8 --responses 100 --seconds 30 | tee "$OUT/http-warmup.txt" | sed -n 1,2p

declare -A http
want http && for c in $CONCURRENCY; do
  say "HTTP: $c concurrent respondents, $RESPONSES responses or $HTTP_SECONDS s (load $(load))"
  wait_quiet
  phase "http-c$c"
  "$LOADGEN" --base "$base" --concurrency "$c" --responses "$RESPONSES" --seconds "$HTTP_SECONDS" \
    | tee "$OUT/http-c$c.txt"
  http[$c]=$(grep '^RESULT ' "$OUT/http-c$c.txt")
done

phase idle
say "check the database against the HTTP runs"
expected=100
want http && for c in $CONCURRENCY; do expected=$((expected + $(field responses "${http[$c]}"))); done
# Only the benchmark's wave: atmos up may have stored other waves (demo data) too.
label=${base##*/}
in_wave="r.wave_id = (SELECT id FROM waves WHERE survey_id = 'oulu-atmosphere' AND label = '$label')"
submitted=$(psql "$DB_URL" -Atc "SELECT count(*) FROM responses r WHERE $in_wave AND r.status = 'submitted'")
rows_per=$(psql "$DB_URL" -Atc "SELECT DISTINCT count(*) FROM answers a JOIN responses r ON r.id = a.response_id WHERE $in_wave AND r.status = 'submitted' GROUP BY a.response_id")
echo "submitted responses: $submitted (expected $expected); answer rows per response: $rows_per" | tee -a "$OUT/log"
[[ $submitted == "$expected" ]] || { echo "submitted count differs" >&2; exit 1; }
# pgbench's scripts are written from a response of this run, so they insert the same rows.
scripts/bench/gen-response-sql.sh "$DB_URL" | tee -a "$OUT/log"
sql_rows=$(grep -o '^-- [0-9]* answer rows in all' scripts/bench/response.sql | grep -o '[0-9]*')
[[ $rows_per == "$sql_rows" ]] || { echo "response.sql has $sql_rows rows, not $rows_per" >&2; exit 1; }
cp scripts/bench/response.sql scripts/bench/response-full.sql "$OUT/"
if ! git diff --quiet -- scripts/bench/ 2>/dev/null; then
  echo "note: scripts/bench/response*.sql changed (the survey or the answers changed): commit them" | tee -a "$OUT/log"
fi

say "wrk: GET $PAGE with a valid session (load $(load))"
jar="$OUT/cookies.txt"
curl -s -o /dev/null -c "$jar" -b "$jar" "$base"
csrf=$(awk '$6 == "atmos_csrf" { print $7 }' "$jar")
curl -s -o /dev/null -c "$jar" -b "$jar" -X POST --data "_csrf=$csrf" "$base/start"
rid=$(awk '$6 == "atmos_response" { print $7 }' "$jar")
cookie="atmos_response=$rid; atmos_csrf=$csrf"
page_url="$base/p/$PAGE"
page_bytes=$(curl -s -o "$OUT/page.html" -w '%{size_download}' -H "Cookie: $cookie" "$page_url")
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$page_url")
[[ $status == 200 ]] || { echo "GET $page_url answered $status" >&2; exit 1; }
want wrk && echo "page $PAGE: $page_bytes bytes; wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d$WRK_DURATION --latency -H 'Cookie: atmos_response=...; atmos_csrf=...' $page_url" | tee -a "$OUT/log"
if want wrk; then
  wait_quiet
  phase wrk-atmos
  wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$WRK_DURATION" --latency -H "Cookie: $cookie" "$page_url" | tee "$OUT/wrk-atmos.txt"
  phase idle
fi

# Where the time goes: the same wrk against routes that do less and less of a page's work.
declare -A ladder
ladder_steps=(
  "healthz|http://127.0.0.1:$PORT/healthz|no database, no template, 2 bytes"
  "readyz|http://127.0.0.1:$PORT/readyz|web::block, pool check-out (no test while busy) and a ping (SELECT 1)"
  "not-found|http://127.0.0.1:$PORT/no-such-page|404 page template on the async thread, no blocking thread, no connection"
  "resume|$base/resume|+ the wave (cached), small form template"
  "comments|$base/p/comments|+ the response (cached): a question page of 2 questions filled into its skeleton"
  "$PAGE|$page_url|the same with the $PAGE page"
)
if want wrk && [[ $LADDER_DURATION != 0 ]]; then
  for step in "${ladder_steps[@]}"; do
    IFS='|' read -r name url what <<<"$step"
    say "wrk breakdown: $name ($what) (load $(load))"
    bytes=$(curl -s -o /dev/null -w '%{http_code} %{size_download}' -H "Cookie: $cookie" "$url")
    wait_quiet
    phase "wrk-$name"
    wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$LADDER_DURATION" --latency -H "Cookie: $cookie" "$url" \
      >"$OUT/wrk-ladder-$name.txt"
    phase idle
    ladder[$name]="$bytes"
    grep -E 'Requests/sec|Non-2xx' "$OUT/wrk-ladder-$name.txt"
  done
fi
# Page renders against the bare handler in alternating pairs, both servers up: the machine's
# speed drifts from minute to minute (the bare page alone measured 70,000 to 200,000
# requests/s on different runs of the same day), so each ratio compares two measurements
# taken seconds apart, and the median of the pairs is the figure to quote.
declare -a pair_ratios=() pair_rows=()
if want pairs; then
  "$BARE" --bind "127.0.0.1:$BARE_PORT" --bytes "$page_bytes" >"$OUT/bare-pairs.out" 2>&1 &
  pids+=($!)
  pair_bare=$!
  wait_port "$BARE_PORT" "$pair_bare"
  for i in $(seq 1 "$PAIRS"); do
    say "pair $i of $PAIRS: atmos $PAGE page, then the bare page, wrk -d$PAIR_DURATION each (load $(load))"
    wait_quiet
    phase "pair-$i-atmos"
    wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$PAIR_DURATION" --latency -H "Cookie: $cookie" "$page_url" \
      >"$OUT/wrk-pair-$i-atmos.txt"
    phase "pair-$i-bare"
    wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$PAIR_DURATION" --latency "http://127.0.0.1:$BARE_PORT/page" \
      >"$OUT/wrk-pair-$i-bare.txt"
    phase idle
    a=$(wrk_rps "$OUT/wrk-pair-$i-atmos.txt")
    b=$(wrk_rps "$OUT/wrk-pair-$i-bare.txt")
    echo "  atmos $a/s, bare $b/s: $(ratio "$a" "$b")" | tee -a "$OUT/log"
    pair_ratios+=("$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.1f", 100 * a / b }')")
    pair_rows+=("| $i | $a | $(wrk_pct "$OUT/wrk-pair-$i-atmos.txt" 99%) | $b | $(wrk_pct "$OUT/wrk-pair-$i-bare.txt" 99%) | $(ratio "$a" "$b") |")
  done
  kill "$pair_bare"; wait "$pair_bare" 2>/dev/null || true
fi
kill "$server"; wait "$server" 2>/dev/null || true

declare -A pgb pgbfull
want pgbench && for c in $CONCURRENCY; do
  for script in response response-full; do
    say "pgbench $script.sql: -c $c -j 2 -T $PGBENCH_SECONDS (load $(load))"
    wait_quiet
    phase "pgbench-$script-c$c"
    pgbench -n -f "scripts/bench/$script.sql" -c "$c" -j 2 -T "$PGBENCH_SECONDS" "$DB_URL" 2>&1 \
      | tee "$OUT/pgbench-$script-c$c.txt" | grep -E 'processed|failed|latency average|^tps'
    phase idle
    tps=$(grep -o 'tps = [0-9.]*' "$OUT/pgbench-$script-c$c.txt" | head -1 | cut -d' ' -f3)
    if [[ $script == response ]]; then pgb[$c]=$tps; else pgbfull[$c]=$tps; fi
  done
done

if want bare; then
  say "wrk: bare actix-web page of $page_bytes bytes (load $(load))"
  "$BARE" --bind "127.0.0.1:$BARE_PORT" --bytes "$page_bytes" >"$OUT/bare.out" 2>&1 &
  pids+=($!)
  bare=$!
  wait_port "$BARE_PORT" "$bare"
  bare_bytes=$(curl -s -o /dev/null -w '%{size_download}' "http://127.0.0.1:$BARE_PORT/page")
  echo "bare page: $bare_bytes bytes" | tee -a "$OUT/log"
  wait_quiet
  phase wrk-bare
  wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$WRK_DURATION" --latency "http://127.0.0.1:$BARE_PORT/page" | tee "$OUT/wrk-bare.txt"
  phase idle
  kill "$bare"; wait "$bare" 2>/dev/null || true
fi


# Per measured phase: mean and peak CPU of processes outside the benchmark.
disturbed() {
  awk 'FNR == NR { t[++n] = $1; name[n] = $2; next }
       { for (i = n; i >= 1; i--) if ($1 >= t[i]) { p = name[i]; break }
         if (i < 1 || p == "idle" || p == "warm-up") next
         k[p]++; sum[p] += $2; if ($2 > max[p]) max[p] = $2
         if ($2 >= 10) for (j = 3; j <= NF; j++) { split($j, a, "=")
           if (!seen[p, a[1]]++) who[p] = who[p] " " a[1] } }
       END { for (i = 1; i <= n; i++) { p = name[i]; if (p == "idle" || p == "warm-up" || done[p]++ || !k[p]) continue
               w = who[p]
               printf "  %-28s mean %3.0f%%  max %3.0f%%%s\n", p, sum[p] / k[p], max[p],
                 (sum[p] / k[p] >= 5 || max[p] >= 30) ? "  DISTURBED by" w : "" } }' \
    "$OUT/phases" "$OUT/foreign-cpu.log"
}

say "results"
{
  echo "| concurrency | HTTP responses/s | pages/s | requests/s | p50 ms | p99 ms | pgbench response.sql tps | HTTP / pgbench | pgbench response-full.sql tps | HTTP / full |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for c in $CONCURRENCY; do
    r=${http[$c]:-}
    echo "| $c | $(field responses_per_s "$r") | $(field pages_per_s "$r") | $(field requests_per_s "$r") | $(field p50_ms "$r") | $(field p99_ms "$r") | ${pgb[$c]:--} | $(ratio "$(field responses_per_s "$r")" "${pgb[$c]:-}") | ${pgbfull[$c]:--} | $(ratio "$(field responses_per_s "$r")" "${pgbfull[$c]:-}") |"
  done
  echo
  echo "| wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d$WRK_DURATION | bytes | requests/s | p50 | p99 |"
  echo "|---|---:|---:|---:|---:|"
  echo "| atmos GET /p/$PAGE (session cookie) | $page_bytes | $(wrk_rps "$OUT/wrk-atmos.txt") | $(wrk_pct "$OUT/wrk-atmos.txt" 50%) | $(wrk_pct "$OUT/wrk-atmos.txt" 99%) |"
  echo "| bare actix-web static page | ${bare_bytes:--} | $(wrk_rps "$OUT/wrk-bare.txt") | $(wrk_pct "$OUT/wrk-bare.txt" 50%) | $(wrk_pct "$OUT/wrk-bare.txt" 99%) |"
  echo
  echo "page renders: atmos / bare = $(ratio "$(wrk_rps "$OUT/wrk-atmos.txt")" "$(wrk_rps "$OUT/wrk-bare.txt")") (one measurement each, minutes apart)"
  if ((${#pair_ratios[@]})); then
    echo
    echo "| pair (wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d$PAIR_DURATION each, atmos then bare) | atmos page/s | p99 | bare page/s | p99 | atmos / bare |"
    echo "|---:|---:|---:|---:|---:|---:|"
    printf '%s\n' "${pair_rows[@]}"
    median=$(printf '%s\n' "${pair_ratios[@]}" | sort -n \
      | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }')
    echo
    echo "page renders, median of ${#pair_ratios[@]} alternating pairs: atmos / bare = ${median}%"
  fi
  if want wrk && [[ $LADDER_DURATION != 0 ]]; then
    echo
    echo "| breakdown (wrk -t$WRK_THREADS -c$WRK_CONNECTIONS -d$LADDER_DURATION) | what it does | status, bytes | requests/s | core-µs per request (2 cores ÷ rate) |"
    echo "|---|---|---:|---:|---:|"
    for step in "${ladder_steps[@]}"; do
      IFS='|' read -r name url what <<<"$step"
      rps=$(wrk_rps "$OUT/wrk-ladder-$name.txt")
      echo "| ${url#http://127.0.0.1:"$PORT"} | $what | ${ladder[$name]} | $rps | $(awk -v r="$rps" 'BEGIN { printf "%.0f", 2e6 / r }') |"
    done
    rps=$(wrk_rps "$OUT/wrk-bare.txt")
    echo "| bare_page /page | static bytes, no middleware | 200 ${bare_bytes:--} | $rps | $(awk -v r="$rps" 'BEGIN { printf "%.0f", 2e6 / r }') |"
  fi
  wrk_errors "$OUT/wrk-atmos.txt"
  wrk_errors "$OUT/wrk-bare.txt"
  echo "load average after: $(load)"
  echo
  echo "Other processes' CPU during each phase (monitor: top every ~2 s; % of one core):"
  disturbed
} | tee "$OUT/results.md"
echo
echo "raw output in $OUT"
