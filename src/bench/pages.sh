#!/usr/bin/env bash
# Page-speed benchmark: Köprü's cached public pages against nginx serving the very same bytes
# as static files, on the same machine, with the same wrk settings.
#
# nginx serving a file is about the fastest a page can be had over HTTP/1.1 here, so the
# ratio Köprü/nginx says how much the Java side costs on top of "just send the bytes". The
# target: on an article page Köprü reaches at least 50 % of nginx's requests per second.
#
#   bash src/bench/pages.sh
#
# Environment (all optional):
#   DURATION=15s  CONNECTIONS=32  THREADS=2   wrk settings, the same for both servers
#   WARMUP=10s      wrk run per server and page before measuring: a JVM that has not compiled
#                   its hot path yet measured at a third of its warm speed here
#   REBUILD=1       build the jar even if target/quarkus-app/quarkus-run.jar exists
#   JAVA_OPTS=...   extra JVM options for Köprü (e.g. -Xmx512m)
#   VERBOSE=1       also print wrk's own output
#   STRICT=1        exit 1 when the target is missed (for use in CI)
#
# Everything runs on 127.0.0.1 in a temporary folder that is removed on exit, failure included.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-10s}
REBUILD=${REBUILD:-0}
VERBOSE=${VERBOSE:-0}
STRICT=${STRICT:-0}
TARGET_PERCENT=50
READY_TIMEOUT=60

log() { printf '[bench] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

work=""
kopru_pid=""
# shellcheck disable=SC2317  # called by the trap
cleanup() {
    local status=$?
    set +e
    if [ -n "$kopru_pid" ] && kill -0 "$kopru_pid" 2>/dev/null; then
        kill "$kopru_pid"
        wait_gone "$kopru_pid" 15 || kill -KILL "$kopru_pid"
    fi
    if [ -n "$work" ] && [ -s "$work/nginx/nginx.pid" ]; then
        local nginx_pid
        nginx_pid=$(cat "$work/nginx/nginx.pid")
        # TERM is nginx's fast shutdown; its workers follow the master.
        kill "$nginx_pid" 2>/dev/null && { wait_gone "$nginx_pid" 10 || kill -KILL "$nginx_pid"; }
    fi
    [ -n "$work" ] && rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# shellcheck disable=SC2317  # called by cleanup
# Waits at most $2 seconds for process $1 to end. A zombie counts as ended: Köprü is our own
# child and nobody reaps it before the script exits, so `kill -0` alone would wait in vain.
wait_gone() {
    local pid=$1 deadline=$((SECONDS + $2)) state
    while [ -r "/proc/$pid/stat" ]; do
        state=$(sed -e 's/^.*) //' "/proc/$pid/stat" 2>/dev/null | cut -c1)
        [ "$state" != Z ] || return 0
        [ "$SECONDS" -lt "$deadline" ] || return 1
        sleep 0.2
    done
}

# wrk takes 15s, 2m or 1h; `timeout` around it needs plain seconds.
seconds_of() {
    case $1 in
        *h) echo $((${1%h} * 3600)) ;;
        *m) echo $((${1%m} * 60)) ;;
        *s) echo "${1%s}" ;;
        *) echo "$1" ;;
    esac
}

# A port nothing listens on. The kernel may hand it to someone else before we bind it, but on a
# benchmark machine that race is rare and the server's start then fails loudly.
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

# Runs wrk with the common settings; wrk has its own -d, timeout only guards against a hang.
# bash runs a trap only once the foreground command ends: a TERM sent to the script alone acts
# after the current run (at most its duration + 30 s); Ctrl-C reaches wrk too and acts at once.
run_wrk() {
    local duration=$1 url=$2
    timeout $(( $(seconds_of "$duration") + 30 )) \
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --latency "$url"
}

# Prints "requests/s p50 p99 errors" from wrk's report.
parse_wrk() {
    awk '
        /^Requests\/sec:/ { rps = $2 }
        /^ +50%/ { p50 = $2 }
        /^ +99%/ { p99 = $2 }
        /Socket errors:/ { gsub(",", ""); errors += $4 + $6 + $8 + $10 }
        /Non-2xx or 3xx responses:/ { errors += $5 }
        END {
            if (rps == "" || p50 == "" || p99 == "") exit 1
            print rps, p50, p99, errors + 0
        }'
}

# --- tools and jar -------------------------------------------------------------------------
bash "$ROOT/.ci/install-tools.sh" nginx wrk curl
command -v java >/dev/null || die "java not found"
NGINX=$(command -v nginx || echo /usr/sbin/nginx)   # /usr/sbin is not on every user's PATH
[ -x "$NGINX" ] || die "nginx not found"

jar="$ROOT/target/quarkus-app/quarkus-run.jar"
if [ "$REBUILD" = 1 ] || [ ! -f "$jar" ]; then
    log "building the jar"
    (cd "$ROOT" && ./mvnw -B -q package -DskipTests)
fi
[ -f "$jar" ] || die "no jar at $jar after the build"

# 755: when started as root, nginx's workers run as nobody and must reach the page files.
work=$(mktemp -d "${TMPDIR:-/tmp}/kopru-bench.XXXXXX")
chmod 755 "$work"
mkdir -p "$work/data" "$work/nginx/root"

# --- Köprü ---------------------------------------------------------------------------------
kopru_port=$(free_port)
management_port=$(free_port)
log "starting Köprü on 127.0.0.1:$kopru_port"
# JAVA_OPTS is meant to split into several options.
# shellcheck disable=SC2086
KOPRU_DATA_DIR="$work/data" KOPRU_CONTENT_DIR="$ROOT/content" \
    QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$kopru_port" \
    QUARKUS_MANAGEMENT_HOST=127.0.0.1 QUARKUS_MANAGEMENT_PORT="$management_port" \
    java ${JAVA_OPTS:-} -jar "$jar" >"$work/kopru.log" 2>&1 &
kopru_pid=$!
kopru="http://127.0.0.1:$kopru_port"

deadline=$((SECONDS + READY_TIMEOUT))
until curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$management_port/q/health/ready"; do
    if ! kill -0 "$kopru_pid" 2>/dev/null; then
        tail -n 30 "$work/kopru.log" >&2
        die "Köprü exited during start"
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
        tail -n 30 "$work/kopru.log" >&2
        die "Köprü not ready after ${READY_TIMEOUT}s"
    fi
    sleep 0.5
done
log "Köprü ready after ${SECONDS}s"

article=$(curl -fsS --max-time 10 "$kopru/tr/" | grep -o '<h2><a href="/tr/[^"]*"' | head -n 1 \
    | sed -e 's/^<h2><a href="//' -e 's/"$//' || true)
[ -n "$article" ] || die "no article link found on /tr/"
log "article: $article"

# Each page becomes a file at its own URL path, so both servers answer the same request line.
# A path ending in / is stored as index.html there.
pages=("$article" /tr/)
for path in "${pages[@]}"; do
    file="$work/nginx/root$path"
    [[ $path == */ ]] && file="${file}index.html"
    mkdir -p "$(dirname "$file")"
    # The first request renders the page and fills the cache; the second is the fast path.
    curl -fsS --max-time 10 -o "$work/first.html" "$kopru$path"
    curl -fsS --max-time 10 -o "$file" "$kopru$path"
    cmp -s "$work/first.html" "$file" || die "Köprü served different bytes twice for $path"
done
chmod -R a+rX "$work/nginx"

# --- nginx ---------------------------------------------------------------------------------
nginx_port=$(free_port)
[ "$nginx_port" != "$kopru_port" ] || nginx_port=$(free_port)
nginx_dir="$work/nginx"
# Its own config, so that the system's nginx setup neither helps nor hurts. No mime.types:
# every file is the HTML page, as Köprü's content type says.
cat >"$nginx_dir/nginx.conf" <<EOF
worker_processes auto;
pid $nginx_dir/nginx.pid;
error_log $nginx_dir/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    types {}
    default_type text/html;
    charset utf-8;
    sendfile on;
    tcp_nopush on;
    # Köprü keeps a connection open for as many requests as wrk sends; nginx's default of
    # 1000 would add reconnects that only nginx pays for.
    keepalive_requests 1000000;
    client_body_temp_path $nginx_dir/tmp/body;
    proxy_temp_path $nginx_dir/tmp/proxy;
    fastcgi_temp_path $nginx_dir/tmp/fastcgi;
    uwsgi_temp_path $nginx_dir/tmp/uwsgi;
    scgi_temp_path $nginx_dir/tmp/scgi;
    server {
        listen 127.0.0.1:$nginx_port;
        root $nginx_dir/root;
        index index.html;
    }
}
EOF
mkdir -p "$nginx_dir/tmp"
log "starting nginx on 127.0.0.1:$nginx_port"
# -e: the error log before the config is read; the compiled-in one may not be writable.
"$NGINX" -p "$nginx_dir" -c "$nginx_dir/nginx.conf" -e "$nginx_dir/error.log"
nginx="http://127.0.0.1:$nginx_port"

deadline=$((SECONDS + 10))
until curl -fs -o /dev/null --max-time 2 "$nginx/tr/"; do
    if [ "$SECONDS" -ge "$deadline" ]; then
        cat "$nginx_dir/error.log" >&2 || true
        die "nginx not answering after 10s"
    fi
    sleep 0.2
done

for path in "${pages[@]}"; do
    curl -fsS --max-time 10 -o "$work/kopru.html" "$kopru$path"
    curl -fsS --max-time 10 -o "$work/nginx.html" "$nginx$path"
    cmp "$work/kopru.html" "$work/nginx.html" >&2 || die "nginx and Köprü differ on $path"
done
log "both servers send the same bytes for: ${pages[*]}"

# --- measure -------------------------------------------------------------------------------
log "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency; warm-up $WARMUP per run"
# Other work on the machine skews both servers' figures: the load is printed with the table.
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
declare -A result
for path in "${pages[@]}"; do
    for server in nginx kopru; do
        base=${!server}
        run_wrk "$WARMUP" "$base$path" >/dev/null
        run_wrk "$DURATION" "$base$path" >"$work/wrk.out"
        [ "$VERBOSE" = 1 ] && cat "$work/wrk.out" >&2
        result[$server$path]=$(parse_wrk <"$work/wrk.out") || {
            cat "$work/wrk.out" >&2
            die "could not read wrk's report for $server $path"
        }
        log "$server $path: ${result[$server$path]}"
    done
done

# --- report --------------------------------------------------------------------------------
echo
echo "Köprü vs nginx (same bytes), wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $(nproc) CPUs," \
    "load average before: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg)"
# Written out rather than padded by printf, which counts the bytes of ö and ü, not letters.
echo "page     |  nginx req/s       p50       p99 |  Köprü req/s       p50       p99 | Köprü %"
met=""
errors_seen=0
for path in "${pages[@]}"; do
    read -r n_rps n_p50 n_p99 n_err <<<"${result[nginx$path]}"
    read -r k_rps k_p50 k_p99 k_err <<<"${result[kopru$path]}"
    percent=$(awk -v k="$k_rps" -v n="$n_rps" 'BEGIN { printf "%.1f", 100 * k / n }')
    name=home
    [ "$path" = "$article" ] && name=article
    printf '%-8s | %12s %9s %9s | %12s %9s %9s | %6s%%\n' \
        "$name" "$n_rps" "$n_p50" "$n_p99" "$k_rps" "$k_p50" "$k_p99" "$percent"
    if [ "$n_err" != 0 ] || [ "$k_err" != 0 ]; then
        errors_seen=1
        echo "  warning: errors during the $name run: nginx $n_err, Köprü $k_err"
    fi
    if [ "$path" = "$article" ]; then
        met=$(awk -v p="$percent" -v t="$TARGET_PERCENT" 'BEGIN { print (p >= t) ? "yes" : "no" }')
        article_percent=$percent
    fi
done
echo "article: $article"
if [ "$met" = yes ] && [ "$errors_seen" = 0 ]; then
    echo "target met: Köprü reaches ${article_percent}% of nginx on the article page (target ≥ ${TARGET_PERCENT}%)"
else
    echo "target NOT met: Köprü reaches ${article_percent}% of nginx on the article page (target ≥ ${TARGET_PERCENT}%)"
    [ "$errors_seen" = 0 ] || echo "(errors occurred: the figures are not trustworthy)"
    [ "$STRICT" = 1 ] && exit 1
fi
exit 0
