#!/usr/bin/env bash
# Start-up benchmark: time from `java -jar` to the first 200 of /tr/ and resident memory after a quiet
# spell, for Köprü on the embedded database (first start on a fresh data folder, which imports the sample
# content, and the second start on that data), beside a bare Quarkus app (src/bench/bare: the same BOM,
# quarkus-rest and one endpoint) measured in the same run.
#
#   bash src/bench/startup.sh
#
# Environment (all optional):
#   RUNS=5          rounds; each starts Köprü twice and the bare app once. Medians are printed at the end
#   IDLE=10         seconds of idleness after the first page before resident memory (VmRSS) is read
#   JAVA_OPTS=...   JVM options for both apps (default: those of the README's run command)
#   REBUILD=1       build both jars even if they exist
#   JAR=path        another Köprü jar to measure (e.g. an older build kept for comparison)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
RUNS=${RUNS:-5}
IDLE=${IDLE:-10}
REBUILD=${REBUILD:-0}
JAVA_OPTS=${JAVA_OPTS-""}
JAR=${JAR:-$ROOT/target/quarkus-app/quarkus-run.jar}
BARE=$ROOT/target/bench-bare/quarkus-app/quarkus-run.jar
TIMEOUT=180

log() { printf '[startup] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

work=""
pid=""
# shellcheck disable=SC2317  # called by the trap
cleanup() {
    local status=$?
    set +e
    stop_app
    [ -n "$work" ] && rm -rf "$work"
    exit "$status"
}
# shellcheck disable=SC2317  # called by cleanup too
stop_app() {
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid"
        wait "$pid" 2>/dev/null
    fi
    pid=""
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

free_port() {
    local port _
    for _ in $(seq 1 50); do
        port=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    die "no free port found"
}

now_ms() { date +%s%3N; }

# Starts a jar with the given environment, prints "milliseconds-to-first-page resident-MB".
measure() {
    local jar=$1 logfile=$2
    shift 2
    local port start first rss
    port=$(free_port)
    start=$(now_ms)
    # JAVA_OPTS is meant to split into several options.
    # shellcheck disable=SC2086
    env "$@" QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$port" \
        QUARKUS_MANAGEMENT_HOST=127.0.0.1 QUARKUS_MANAGEMENT_PORT="$(free_port)" \
        java $JAVA_OPTS -jar "$jar" >"$logfile" 2>&1 &
    pid=$!
    until curl -fs -o /dev/null --max-time 5 "http://127.0.0.1:$port/tr/"; do
        kill -0 "$pid" 2>/dev/null || { tail -n 30 "$logfile" >&2; die "$jar exited during start"; }
        [ $(( $(now_ms) - start )) -lt $((TIMEOUT * 1000)) ] || { tail -n 30 "$logfile" >&2; die "no page after ${TIMEOUT}s"; }
        sleep 0.02
    done
    first=$(( $(now_ms) - start ))
    sleep "$IDLE"
    rss=$(awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' "/proc/$pid/status")
    stop_app
    echo "$first $rss"
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

command -v java >/dev/null || die "java not found"
command -v curl >/dev/null || bash "$ROOT/.ci/install-tools.sh" curl
if [ "$REBUILD" = 1 ] || [ ! -f "$JAR" ]; then
    log "building Köprü"
    (cd "$ROOT" && ./mvnw -B -q package -DskipTests)
fi
if [ "$REBUILD" = 1 ] || [ ! -f "$BARE" ]; then
    log "building the bare Quarkus app"
    (cd "$ROOT" && ./mvnw -B -q -f src/bench/bare/pom.xml package -DskipTests)
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/kopru-startup.XXXXXX")
log "JAVA_OPTS: $JAVA_OPTS; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-4s %18s %18s %18s\n' run "first start" "second start" "bare Quarkus" >&2
: >"$work/first"; : >"$work/second"; : >"$work/bare"
for run in $(seq 1 "$RUNS"); do
    data="$work/data-$run"
    mkdir -p "$data"
    first=$(measure "$JAR" "$work/first-$run.log" KOPRU_DATA_DIR="$data" KOPRU_CONTENT_DIR="$ROOT/content" \
        KOPRU_ADMIN_PASSWORD=startup-benchmark-password)
    second=$(measure "$JAR" "$work/second-$run.log" KOPRU_DATA_DIR="$data" KOPRU_CONTENT_DIR="$ROOT/content")
    bare=$(measure "$BARE" "$work/bare-$run.log")
    echo "$first" >>"$work/first"; echo "$second" >>"$work/second"; echo "$bare" >>"$work/bare"
    printf '%-4s %9s ms %4s MB %9s ms %4s MB %9s ms %4s MB\n' "$run" $first $second $bare >&2
done
printf '%-4s %9s ms %4s MB %9s ms %4s MB %9s ms %4s MB\n' median \
    "$(cut -d' ' -f1 "$work/first" | median)" "$(cut -d' ' -f2 "$work/first" | median)" \
    "$(cut -d' ' -f1 "$work/second" | median)" "$(cut -d' ' -f2 "$work/second" | median)" \
    "$(cut -d' ' -f1 "$work/bare" | median)" "$(cut -d' ' -f2 "$work/bare" | median)"
log "targets (second start, embedded database, 2 cores): first page ≤ 3000 ms, ≤ 300 MB resident"
