#!/usr/bin/env bash
# Runs once, when the postgres container creates its data directory (/docker-entrypoint-initdb.d): lets the replica
# of the scale profile (ops/postgres/replica-entrypoint.sh) stream this primary's WAL. For a data directory made
# before, docs/operations.md gives the same steps by hand.
set -euo pipefail

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  --set=password="${REPLICATION_PASSWORD:?set REPLICATION_PASSWORD}" <<'SQL'
create role replicator with replication login password :'password';
-- WAL kept for a replica that was away for a while; it uses no replication slot, which could fill the disk.
alter system set wal_keep_size = '1GB';
SQL
# Replication connections only from the container's own networks (samenet), with the password.
echo "host replication replicator samenet scram-sha-256" >> "$PGDATA/pg_hba.conf"
