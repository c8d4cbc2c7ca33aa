#!/usr/bin/env bash
# Backup benchmark (not a test): export and import of N generated stories through the command line, in
# stories/s, then export → empty database → import → export again, checked byte-identical. See README.md.
#
#   bash src/bench/backup.sh [stories=100000]
#
# Needs: Java 17, python3, psql, and the PostgreSQL at 127.0.0.1:5432 (user postgres). Uses the databases
# backup_bench and backup_bench_restore (dropped and re-created) and target/bench-backup/.
set -euo pipefail
cd "$(dirname "$0")/../.."
STORIES=${1:-100000}
PG_HOST=${PG_HOST:-127.0.0.1}
OUT=target/bench-backup
PSQL="psql -h $PG_HOST -U postgres -v ON_ERROR_STOP=1 -q"
rm -rf "$OUT" && mkdir -p "$OUT"

if [ ! -f target/quarkus-app/quarkus-run.jar ] || [ "${REBUILD:-0}" = 1 ]; then
  echo "== build (PostgreSQL variant)"
  ./mvnw -B -q package -DskipTests -Dquarkus.datasource.db-kind=postgresql
fi
JAR=target/quarkus-app/quarkus-run.jar
export QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=${PGPASSWORD:-}
export KOPRU_DATA_DIR=$OUT/data KOPRU_ADMIN_PASSWORD=bench
use_db() { export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PG_HOST:5432/$1"; }

echo "== database backup_bench: schema, the content folder, then $STORIES generated stories"
$PSQL -c "DROP DATABASE IF EXISTS backup_bench" -c "CREATE DATABASE backup_bench"
use_db backup_bench
java -jar $JAR import content > "$OUT/seed.log" 2>&1
python3 src/bench/generate_corpus.py content "$OUT/corpus" "$STORIES"
$PSQL -d backup_bench <<SQL
\copy story (id, story_key, kind, original_lang, embargo, first_published, created_at) from '$OUT/corpus/story.tsv'
\copy story_tag (story_id, tag_id) from '$OUT/corpus/story_tag.tsv'
\copy article (id, story_id, lang, slug, title, summary, body, html, dateline, author, status, published_at, updated_at, version, translated_from_revision) from '$OUT/corpus/article.tsv'
SELECT setval(pg_get_serial_sequence('story', 'id'), (SELECT max(id) FROM story));
SELECT setval(pg_get_serial_sequence('article', 'id'), (SELECT max(id) FROM article));
VACUUM ANALYZE;
CHECKPOINT;
SQL
TOTAL=$($PSQL -d backup_bench -At -c "SELECT count(*) FROM story")

echo "== export of $TOTAL stories"
java -jar $JAR export "$OUT/first" 2>"$OUT/export.log" | tee "$OUT/export.txt"

echo "== import of the export into an empty database"
$PSQL -c "DROP DATABASE IF EXISTS backup_bench_restore" -c "CREATE DATABASE backup_bench_restore"
use_db backup_bench_restore
KOPRU_CONTENT_DIR=$OUT/none java -jar $JAR import "$OUT/first" 2>"$OUT/import.log" | tee "$OUT/import.txt"

echo "== re-import of the same folder (must change nothing)"
java -jar $JAR import "$OUT/first" 2>"$OUT/reimport.log" | tee "$OUT/reimport.txt"

echo "== export again and compare"
java -jar $JAR export "$OUT/second" 2>"$OUT/export2.log" > "$OUT/export2.txt"
if diff -rq "$OUT/first" "$OUT/second" > "$OUT/diff.txt"; then SAME=yes; else SAME="NO (see $OUT/diff.txt)"; fi

echo
echo "stories:        $TOTAL"
echo "export:         $(grep -o '[0-9]* stories/s' "$OUT/export.txt")   (target ≥ 2,000/s)"
echo "import (empty): $(grep -o '[0-9]* stories/s' "$OUT/import.txt")   (target ≥ 1,000/s)"
echo "re-import:      $(grep -o 'created.*problems [0-9]*' "$OUT/reimport.txt")"
echo "byte-identical: $SAME"
