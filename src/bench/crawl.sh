#!/usr/bin/env bash
# Page cache benchmark (not a test): crawls every list, tag and feed page of a generated site and prints the heap
# used after a full GC before and after the crawl, beside the page cache's bound. See src/bench/README.md.
#
#   bash src/bench/crawl.sh [stories=100000]
#
# Needs: Java 17 (jcmd), python3, psql, and the PostgreSQL at 127.0.0.1:5432 (user postgres). Uses the database
# crawl_bench (dropped and re-created) and target/bench-crawl/.
set -euo pipefail
cd "$(dirname "$0")/../.."
STORIES=${1:-100000}
PG_HOST=${PG_HOST:-127.0.0.1}
DB=crawl_bench
PORT=${BENCH_PORT:-18081}
THREADS=${THREADS:-4}
OUT=target/bench-crawl
# the documented default of kopru.page-cache.max-bytes unless set
BOUND=${KOPRU_PAGE_CACHE_MAX_BYTES:-67108864}
mkdir -p "$OUT"

if [ ! -f target/quarkus-app/quarkus-run.jar ] || [ -n "${REBUILD:-}" ]; then
  echo "== build (PostgreSQL variant)"
  ./mvnw -B -q package -DskipTests -Dquarkus.datasource.db-kind=postgresql
fi
JAR=target/quarkus-app/quarkus-run.jar
export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PG_HOST:5432/$DB" QUARKUS_DATASOURCE_USERNAME=postgres
export QUARKUS_DATASOURCE_PASSWORD=${PGPASSWORD:-} KOPRU_DATA_DIR=$OUT/data QUARKUS_HTTP_PORT=$PORT KOPRU_ADMIN_PASSWORD=bench-crawl
export KOPRU_PAGE_CACHE_MAX_BYTES=$BOUND
rm -rf "$OUT/data"

echo "== database $DB: the content folder, then $STORIES generated stories"
bash src/bench/load_corpus.sh "$DB" "$STORIES" "$OUT"
ARTICLES=$(psql -h "$PG_HOST" -U postgres -At -d $DB -c "SELECT count(*) FROM article WHERE status = 'published'")
echo "== search index of $ARTICLES articles (built before the server starts, so that it is not in the heap measured)"
java -jar $JAR reindex > "$OUT/reindex.txt"

echo "== server"
java ${JAVA_OPTS:-} -jar $JAR > "$OUT/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  curl -fs "http://127.0.0.1:$PORT/tr/" -o /dev/null && break
  sleep 1
done

# heap in use after a full collection, in MB
heap() {
  jcmd $SERVER GC.run > /dev/null
  sleep 2
  jcmd $SERVER GC.heap_info | sed -n 's/.*used \([0-9]*\)K.*/\1/p' | head -1 | awk '{printf "%.1f", $1 / 1024}'
}
metric() {
  curl -fs "http://127.0.0.1:$PORT/q/metrics" | awk -v name="$1" 'index($0, name "{") == 1 && index($0, "cache=\"pages\"") { sum += $NF } END { printf "%.0f", sum }'
}

curl -fs "http://127.0.0.1:$PORT/tr/" -o /dev/null
BEFORE=$(heap)
echo "== crawl ($THREADS clients): every home, tag and feed page of both languages, page after page until a 404"
python3 src/bench/crawl.py "http://127.0.0.1:$PORT" content/tags.yaml "$THREADS" | tee "$OUT/crawl.txt"
AFTER=$(heap)
ENTRIES=$(metric cache_size)
EVICTIONS=$(metric cache_evictions_total)
EVICTED=$(metric cache_eviction_weight_total)

echo
echo "stories: $STORIES, articles: $ARTICLES; $(grep RESULT "$OUT/crawl.txt" | cut -d' ' -f2-)"
printf '%-44s %10s MB\n' "heap used after a full GC, before the crawl" "$BEFORE"
printf '%-44s %10s MB\n' "heap used after a full GC, after the crawl" "$AFTER"
printf '%-44s %10s MB\n' "growth" "$(awk -v a="$AFTER" -v b="$BEFORE" 'BEGIN { printf "%.1f", a - b }')"
printf '%-44s %10s MB\n' "page cache bound (kopru.page-cache.max-bytes)" "$(awk -v b="$BOUND" 'BEGIN { printf "%.1f", b / 1048576 }')"
printf '%-44s %10s\n' "pages held at the end" "$ENTRIES"
printf '%-44s %10s (%s MB)\n' "pages evicted" "$EVICTIONS" "$(awk -v b="$EVICTED" 'BEGIN { printf "%.1f", b / 1048576 }')"
