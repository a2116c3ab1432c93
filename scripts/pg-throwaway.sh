#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster on 127.0.0.1 for tests and benchmarks.
#   source scripts/pg-throwaway.sh; pg_throwaway_start; trap pg_throwaway_stop EXIT
# Exports PG_THROWAWAY_URL (superuser, trust auth). Clusters left by killed runs are cleaned up first.

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
PG_THROWAWAY_PREFIX=/tmp/huifang-pg-

_pg_as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

_pg_spare_port() {
  node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

pg_throwaway_cleanup_stale() {
  local dir
  for dir in "${PG_THROWAWAY_PREFIX}"*; do
    [ -d "$dir" ] || continue
    if [ -f "$dir/data/postmaster.pid" ]; then
      _pg_as_postgres "$PG_BIN/pg_ctl" -D "$dir/data" stop -m immediate >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
  done
}

pg_throwaway_start() {
  pg_throwaway_cleanup_stale
  PG_THROWAWAY_DIR=$(mktemp -d "${PG_THROWAWAY_PREFIX}XXXXXX")
  chmod 755 "$PG_THROWAWAY_DIR"
  [ "$(id -u)" = 0 ] && chown postgres "$PG_THROWAWAY_DIR"
  local port
  port=$(_pg_spare_port)
  _pg_as_postgres "$PG_BIN/initdb" -A trust -U postgres -E UTF8 --locale=C.UTF-8 -D "$PG_THROWAWAY_DIR/data" >/dev/null
  _pg_as_postgres "$PG_BIN/pg_ctl" -D "$PG_THROWAWAY_DIR/data" -l "$PG_THROWAWAY_DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c unix_socket_directories=$PG_THROWAWAY_DIR" \
    start >/dev/null
  export PG_THROWAWAY_DIR
  export PG_THROWAWAY_URL="postgres://postgres@127.0.0.1:$port/postgres"
  echo "throwaway PostgreSQL at $PG_THROWAWAY_URL"
}

pg_throwaway_stop() {
  if [ -n "${PG_THROWAWAY_DIR:-}" ] && [ -d "$PG_THROWAWAY_DIR" ]; then
    _pg_as_postgres "$PG_BIN/pg_ctl" -D "$PG_THROWAWAY_DIR/data" stop -m fast >/dev/null 2>&1 || true
    rm -rf "$PG_THROWAWAY_DIR"
  fi
  unset PG_THROWAWAY_DIR PG_THROWAWAY_URL
}
