#!/usr/bin/env bash
# Shared by the benchmarks: (re)creates database $1, imports content/ into it, then generates and loads $2 stories
# (generate_corpus.py, as if published through the server: one change-log row per article). Expects the jar built
# and QUARKUS_DATASOURCE_* / KOPRU_DATA_DIR exported by the caller; $3 is the work folder.
#
#   bash src/bench/load_corpus.sh <database> <stories> <work-folder>
set -euo pipefail
DB=$1
STORIES=$2
OUT=$3
PSQL="psql -h ${PG_HOST:-127.0.0.1} -U postgres -v ON_ERROR_STOP=1 -q"
JAR=target/quarkus-app/quarkus-run.jar

$PSQL -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
java -jar $JAR import content > "$OUT/import.log" 2>&1
python3 src/bench/generate_corpus.py content "$OUT/corpus" "$STORIES"
$PSQL -d "$DB" > /dev/null <<SQL
\copy story (id, story_key, kind, original_lang, embargo, first_published, created_at) from '$OUT/corpus/story.tsv'
\copy story_tag (story_id, tag_id) from '$OUT/corpus/story_tag.tsv'
\copy article (id, story_id, lang, slug, title, summary, body, html, dateline, author, status, published_at, updated_at, version, translated_from_revision) from '$OUT/corpus/article.tsv'
\copy change_log (id, story_key, lang, action, created_at) from '$OUT/corpus/change_log.tsv'
SELECT setval(pg_get_serial_sequence('story', 'id'), (SELECT max(id) FROM story));
SELECT setval(pg_get_serial_sequence('article', 'id'), (SELECT max(id) FROM article));
SELECT setval(pg_get_serial_sequence('change_log', 'id'), (SELECT max(id) FROM change_log));
-- the generated history is no news for partners: without this, the webhook fan-out (kopru.partner) works
-- through the whole change log beside what is measured, and the figures depend on how far it got
INSERT INTO change_consumer (name, position) SELECT 'webhooks', max(id) FROM change_log
  ON CONFLICT (name) DO UPDATE SET position = EXCLUDED.position;
VACUUM ANALYZE;
-- the bulk load's dirty pages are written now, not by the checkpointer during what is measured next
CHECKPOINT;
SQL
