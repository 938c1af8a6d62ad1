#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the storage tests and print its URL on stdout.
#
#   export PRESSWATCH_TEST_POSTGRES_URL=$(bash scripts/start_postgres.sh)
#
# Installs Debian's postgresql package when no server is installed, creates a cluster in
# $PRESSWATCH_PG_DIR (default /tmp/presswatch-pg) listening only on a unix socket in that
# folder, on port $PRESSWATCH_PG_PORT (default 55432), and a database presswatch_test.
# Running it again reuses the running server. Stop it with:
#   pg_ctl -D /tmp/presswatch-pg/data stop     (as the postgres user when run as root)
set -euo pipefail
PORT=${PRESSWATCH_PG_PORT:-55432}
DIR=${PRESSWATCH_PG_DIR:-/tmp/presswatch-pg}
DB=presswatch_test
USER_NAME=presswatch

if ! compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
  {
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql
  } >&2
fi
INITDB=$(compgen -G "/usr/lib/postgresql/*/bin/initdb" | sort -V | tail -1)
BIN=$(dirname "$INITDB")

# The server refuses to run as root: run it as the package's postgres user then.
AS=()
mkdir -p "$DIR"
if [ "$(id -u)" = 0 ]; then
  AS=(runuser -u postgres --)
  chown postgres "$DIR"
fi
chmod 700 "$DIR"

if [ ! -s "$DIR/data/PG_VERSION" ]; then
  "${AS[@]}" "$BIN/initdb" -D "$DIR/data" -U "$USER_NAME" --auth=trust -E UTF8 \
    --locale=C.UTF-8 >&2
fi
if ! "${AS[@]}" "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
  "${AS[@]}" "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
    -o "-p $PORT -k $DIR -c listen_addresses='' -c fsync=off -c full_page_writes=off" \
    start >&2
fi
if ! "${AS[@]}" "$BIN/psql" -h "$DIR" -p "$PORT" -U "$USER_NAME" -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
  "${AS[@]}" "$BIN/createdb" -h "$DIR" -p "$PORT" -U "$USER_NAME" "$DB" >&2
fi
echo "postgresql+psycopg://$USER_NAME@/$DB?host=$DIR&port=$PORT"
