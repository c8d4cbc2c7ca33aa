#!/usr/bin/env bash
# Search benchmark (not a test): Lucene through the JSON API against PostgreSQL full-text search,
# on the same generated corpus, printed side by side. See README ("Search benchmark").
#
#   bash src/bench/run.sh [stories=100000]
#
# Needs: Java 17, python3, psql, and the PostgreSQL at 127.0.0.1:5432 (user postgres). Uses the database
# search_bench (dropped and re-created) and target/bench/ for data, the index and the server log.
set -euo pipefail
cd "$(dirname "$0")/../.."
STORIES=${1:-100000}
PG_HOST=${PG_HOST:-127.0.0.1}
DB=search_bench
JDBC="jdbc:postgresql://$PG_HOST:5432/$DB"
PORT=${BENCH_PORT:-18080}
OUT=target/bench
PSQL="psql -h $PG_HOST -U postgres -v ON_ERROR_STOP=1 -q"
mkdir -p "$OUT"

echo "== build (PostgreSQL variant)"
./mvnw -B -q package -DskipTests -Dquarkus.datasource.db-kind=postgresql
JAR=target/quarkus-app/quarkus-run.jar
export QUARKUS_DATASOURCE_JDBC_URL=$JDBC QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=${PGPASSWORD:-}
export KOPRU_DATA_DIR=$OUT/data QUARKUS_HTTP_PORT=$PORT KOPRU_ADMIN_PASSWORD=bench-admin-password
rm -rf "$OUT/data"

echo "== database $DB: schema, the content folder, then $STORIES generated stories"
bash src/bench/load_corpus.sh "$DB" "$STORIES" "$OUT"
ARTICLES=$($PSQL -d $DB -At -c "SELECT count(*) FROM article WHERE status = 'published'")

echo "== Lucene: full reindex of $ARTICLES articles"
java -jar $JAR reindex | tee "$OUT/reindex.txt"

echo "== PostgreSQL FTS: tsvector table (turkish / simple) with a GIN index"
PG_BUILD_START=$(date +%s%N)
$PSQL -d $DB <<'SQL'
DROP TABLE IF EXISTS bench_fts;
CREATE TABLE bench_fts AS
  SELECT a.id, s.story_key, a.lang,
         to_tsvector(CASE a.lang WHEN 'tr' THEN 'turkish'::regconfig ELSE 'simple'::regconfig END,
                     a.title || ' ' || coalesce(a.summary, '') || ' ' || a.body) AS fts
  FROM article a JOIN story s ON s.id = a.story_id WHERE a.status = 'published';
CREATE INDEX bench_fts_gin ON bench_fts USING gin (fts);
ANALYZE bench_fts;
SQL
PG_BUILD=$(( ($(date +%s%N) - PG_BUILD_START) / 1000000 ))

echo "== server"
java -jar $JAR > "$OUT/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/api/v1/search?q=deprem" -o /dev/null && break
  sleep 1
done

DRIVER=$(find ~/.m2/repository/org/postgresql/postgresql -name 'postgresql-*.jar' | sort | tail -1)
LOAD="java -cp $DRIVER src/bench/LoadTest.java"
PGURL="$JDBC?user=postgres"
# rounds of the query mix per client: a p99 is only as steady as the number of samples beyond it (60 rounds at one
# client make 1,500 queries, the 15 slowest beyond the p99); PostgreSQL answers too slowly for as many
API_ROUNDS=${API_ROUNDS:-60}
PG_ROUNDS=${PG_ROUNDS:-20}
{
  $LOAD latency api "http://127.0.0.1:$PORT" src/bench/queries.txt 1 "$API_ROUNDS"
  $LOAD latency api "http://127.0.0.1:$PORT" src/bench/queries.txt 8 "$API_ROUNDS"
  $LOAD latency pg "$PGURL" src/bench/queries.txt 1 "$PG_ROUNDS"
  $LOAD latency pg "$PGURL" src/bench/queries.txt 8 "$PG_ROUNDS"
  $LOAD recall api "http://127.0.0.1:$PORT" src/test/resources/search/judgements.tsv
  $LOAD recall pg "$PGURL" src/test/resources/search/judgements.tsv
} | tee "$OUT/results.txt"

python3 - "$OUT/results.txt" "$OUT/reindex.txt" "$PG_BUILD" "$ARTICLES" <<'PY'
import re, sys
lines = open(sys.argv[1]).read().splitlines()
reindex = open(sys.argv[2]).read()
def get(mode, clients):
    for l in lines:
        if l.startswith("RESULT %s clients=%s " % (mode, clients)):
            return dict(re.findall(r"(\w+)=([\d.]+)", l))
    return {}
def recall(mode):
    for l in lines:
        if l.startswith("RESULT recall %s" % mode):
            return re.search(r"recall@10=([\d.]+)", l).group(1), re.search(r"no hit: (\d+/\d+)", l).group(1)
    return ("?", "?")
rate = re.search(r"([\d.]+) articles/s", reindex)
print()
print("%-34s %18s %18s" % ("%s articles" % sys.argv[4], "Lucene (API)", "PostgreSQL FTS"))
print("%-34s %18s %18s" % ("full index build", (rate.group(1) + " art/s") if rate else "?",
                           "%.0f art/s" % (int(sys.argv[4]) / (float(sys.argv[3]) / 1000))))
for c in ("1", "8"):
    a, p = get("api", c), get("pg", c)
    for k, label in (("p50", "p50"), ("p99", "p99"), ("throughput", "queries/s")):
        print("%-34s %18s %18s" % ("%s, %s client%s" % (label, c, "" if c == "1" else "s"), a.get(k, "?") + ("" if k == "throughput" else " ms"),
                                   p.get(k, "?") + ("" if k == "throughput" else " ms")))
ra, rp = recall("api"), recall("pg")
print("%-34s %18s %18s" % ("recall@10 (judged set)", ra[0], rp[0]))
print("%-34s %18s %18s" % ("no-answer queries with no hit", ra[1], rp[1]))
PY
