#!/usr/bin/env bash
# Entrypoint of postgres-replica (docker-compose.yml, profile scale): on its first start it copies the primary with
# pg_basebackup and makes the copy a standby that follows the primary's WAL (--write-recovery-conf), then it starts
# PostgreSQL as the image always does. A standby answers reads only: the portal sends it those through
# MOTIEMONITOR_REPLICA_URL.
set -euo pipefail

: "${PGDATA:?}" "${PRIMARY_HOST:?set PRIMARY_HOST}" "${REPLICATION_PASSWORD:?set REPLICATION_PASSWORD}"
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_isready --host="$PRIMARY_HOST" --quiet; do
    echo "Waiting for the primary at $PRIMARY_HOST"
    sleep 2
  done
  mkdir -p "$PGDATA"
  chown postgres:postgres "$PGDATA"
  chmod 700 "$PGDATA"
  PGPASSWORD=$REPLICATION_PASSWORD gosu postgres pg_basebackup --host="$PRIMARY_HOST" --username=replicator \
    --pgdata="$PGDATA" --wal-method=stream --write-recovery-conf --checkpoint=fast
  echo "Copied the primary at $PRIMARY_HOST: starting as its standby"
fi
exec docker-entrypoint.sh postgres
