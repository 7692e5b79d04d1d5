# Sourced by .ci/run: installs (if needed) and starts a throwaway PostgreSQL on 127.0.0.1 and
# exports ORDERDESK_TEST_PG for the test suite's pg project. Needs root (as CI is).
# ORDERDESK_CI_PG_PORT picks the port (default 55432).
pg_setup() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "installing PostgreSQL (Debian package postgresql)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null || return 1
    apt-get install -y -qq --no-install-recommends postgresql >/dev/null || return 1
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  fi
  [ -x "$bin/initdb" ] || return 1
  id postgres >/dev/null 2>&1 || return 1
  PG_CI_BIN=$bin
  PG_CI_PORT=${ORDERDESK_CI_PG_PORT:-55432}
  PG_CI_DATA=$(mktemp -d /tmp/orderdesk-ci-pg.XXXXXX) || return 1
  chown postgres "$PG_CI_DATA"
  # C.UTF-8: UTF-8 text; the test databases themselves are made with the C (byte order) collation
  runuser -u postgres -- "$bin/initdb" -D "$PG_CI_DATA/data" -E UTF8 --locale=C.UTF-8 -A trust -U postgres >"$PG_CI_DATA/initdb.log" 2>&1 || { cat "$PG_CI_DATA/initdb.log"; return 1; }
  # a test server: no durability needed (fsync off), loopback only, room for the stress test's clients
  runuser -u postgres -- "$bin/pg_ctl" -D "$PG_CI_DATA/data" -l "$PG_CI_DATA/server.log" -w -t 60 \
    -o "-p $PG_CI_PORT -k $PG_CI_DATA -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null || { cat "$PG_CI_DATA/server.log"; return 1; }
  trap pg_teardown EXIT
  "$bin/psql" -h 127.0.0.1 -p "$PG_CI_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qc "create role orderdesk_ci login createdb" || return 1
  export ORDERDESK_TEST_PG="postgres://orderdesk_ci@127.0.0.1:$PG_CI_PORT/postgres"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_CI_PORT for the pg tests"
}

pg_teardown() {
  [ -n "${PG_CI_DATA:-}" ] || return 0
  runuser -u postgres -- "$PG_CI_BIN/pg_ctl" -D "$PG_CI_DATA/data" -m fast -w stop >/dev/null 2>&1
  rm -rf "$PG_CI_DATA"
}

pg_setup
