#!/usr/bin/env bash
# Makes sure the PostgreSQL server the tests use (127.0.0.1:5432, database "test", user
# "postgres", trust auth) is up. On this kind of machine it is installed and usually
# started before the session; this starts it again if it has stopped.
set -euo pipefail

ready() { pg_isready -q -h 127.0.0.1 -p 5432; }

if ! ready; then
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  pg_ctlcluster --skip-systemctl-redirect "$version" main start
  for _ in $(seq 1 30); do ready && break; sleep 1; done
fi
ready || { echo "PostgreSQL is not answering on 127.0.0.1:5432" >&2; exit 1; }
psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'test'" | grep -q 1 \
  || psql -h 127.0.0.1 -U postgres -c "CREATE DATABASE test"
