#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster on 127.0.0.1 and a spare port, for tests and benchmarks.
#
# Sourced (the caller owns the trap, so the cluster goes away on success, failure and Ctrl-C):
#   source scripts/pg-throwaway.sh
#   trap pg_throwaway_stop EXIT; trap 'exit 130' INT; trap 'exit 143' TERM
#   pg_throwaway_start            # exports PG_THROWAWAY_URL and PG_THROWAWAY_DIR
#   TEST_DATABASE_URL="$PG_THROWAWAY_URL" npm test
#   pg_throwaway_stop
#
# Executed (for programs such as bench/run.ts, which set PG_THROWAWAY_OWNER_PID to their own pid):
#   scripts/pg-throwaway.sh start        # prints PG_THROWAWAY_URL=… and PG_THROWAWAY_DIR=… on stdout
#   scripts/pg-throwaway.sh stop DIR
#   scripts/pg-throwaway.sh cleanup      # removes clusters left behind by killed runs
#
# Each cluster lives in /tmp/huifang-pg-XXXXXX with an `owner` file naming the process that started it
# (pid and start time, so a recycled pid does not count). A cluster whose owner is gone was left by a killed
# run: the next start stops its postmaster and removes its directory. Clusters of live owners are left alone,
# so two runs (CI and a benchmark, say) can each have their own at the same time.
# Trust authentication, fsync off: for throwaway data only, never for anything worth keeping.

PG_THROWAWAY_PREFIX="${PG_THROWAWAY_PREFIX:-/tmp/huifang-pg-}"
# A directory without an owner file (half-created, or from an older version of this script) counts as
# stale after this many minutes if its postmaster is not running, and after PG_THROWAWAY_MAX_AGE_MINUTES if it is.
PG_THROWAWAY_GRACE_MINUTES="${PG_THROWAWAY_GRACE_MINUTES:-5}"
PG_THROWAWAY_MAX_AGE_MINUTES="${PG_THROWAWAY_MAX_AGE_MINUTES:-720}"

_pg_say() { printf 'pg-throwaway: %s\n' "$*" >&2; }

_pg_bin() {
  if [ -n "${PG_BIN:-}" ]; then
    printf '%s\n' "$PG_BIN"
  elif [ -x /usr/lib/postgresql/15/bin/initdb ]; then
    printf '%s\n' /usr/lib/postgresql/15/bin
  elif command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
    pg_config --bindir
  elif command -v initdb >/dev/null 2>&1; then
    dirname "$(command -v initdb)"
  else
    _pg_say "cannot find PostgreSQL's initdb (set PG_BIN to the directory holding initdb and pg_ctl)"
    return 1
  fi
}

# PostgreSQL refuses to run as root: as root, run its tools as the postgres user (from /, which it can read).
_pg_as_postgres() {
  if [ "$(id -u)" = 0 ]; then
    (cd / && runuser -u postgres -- "$@")
  else
    (cd / && "$@")
  fi
}

# The start time of a live process in clock ticks since boot (field 22 of /proc/PID/stat; comm may hold spaces).
_pg_proc_start() {
  local stat
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
  stat=${stat##*) }
  # shellcheck disable=SC2086
  set -- $stat
  case "$1" in Z | X) return 1 ;; esac # a zombie has exited already
  printf '%s\n' "${20}"
}

_pg_owner_stamp() {
  printf '%s %s\n' "$1" "$(_pg_proc_start "$1" || echo 0)"
}

_pg_owner_alive() {
  local pid start
  read -r pid start <"$1" 2>/dev/null || return 1
  case "$pid" in '' | *[!0-9]*) return 1 ;; esac
  if [ -d /proc/self ]; then
    [ "$(_pg_proc_start "$pid" 2>/dev/null)" = "$start" ]
  else
    kill -0 "$pid" 2>/dev/null
  fi
}

# The pid of the postmaster running on DIR/data, if one is.
_pg_postmaster_pid() {
  local pid
  [ -f "$1/data/postmaster.pid" ] || return 1
  read -r pid <"$1/data/postmaster.pid" 2>/dev/null || return 1
  case "$pid" in '' | *[!0-9]*) return 1 ;; esac
  kill -0 "$pid" 2>/dev/null || return 1
  if [ -r "/proc/$pid/cmdline" ]; then
    tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$1/data" || return 1
  fi
  printf '%s\n' "$pid"
}

_pg_older_than() { [ -n "$(find "$1" -maxdepth 0 -mmin "+$2" 2>/dev/null)" ]; }

# Stops the postmaster on DIR (if any) and removes DIR.
_pg_remove_cluster() {
  local dir=$1 mode=${2:-fast} bin pid i
  case "$dir" in "$PG_THROWAWAY_PREFIX"?*) ;; *)
    _pg_say "refusing to remove $dir: not a throwaway cluster"
    return 1
    ;;
  esac
  if pid=$(_pg_postmaster_pid "$dir"); then
    bin=$(_pg_bin) || bin=""
    if [ -n "$bin" ]; then
      _pg_as_postgres "$bin/pg_ctl" -D "$dir/data" stop -m "$mode" -w -t 30 >/dev/null 2>&1 ||
        _pg_as_postgres "$bin/pg_ctl" -D "$dir/data" stop -m immediate -w -t 30 >/dev/null 2>&1 || true
    fi
    if kill -0 "$pid" 2>/dev/null; then
      kill -KILL "$pid" 2>/dev/null || true
      for i in 1 2 3 4 5 6 7 8 9 10; do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
      done
    fi
  fi
  rm -rf -- "$dir"
}

pg_throwaway_cleanup_stale() {
  local dir
  for dir in "$PG_THROWAWAY_PREFIX"*; do
    [ -d "$dir" ] || continue
    [ "$dir" = "${PG_THROWAWAY_DIR:-}" ] && continue
    if [ -f "$dir/owner" ]; then
      _pg_owner_alive "$dir/owner" && continue
    elif _pg_postmaster_pid "$dir" >/dev/null; then
      _pg_older_than "$dir" "$PG_THROWAWAY_MAX_AGE_MINUTES" || continue
    else
      _pg_older_than "$dir" "$PG_THROWAWAY_GRACE_MINUTES" || continue
    fi
    _pg_say "removing $dir, left behind by an earlier run"
    _pg_remove_cluster "$dir" immediate || true
  done
  return 0
}

_pg_spare_port() {
  node -e '
    const s = require("node:net").createServer();
    s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

pg_throwaway_start() {
  if [ -n "${PG_THROWAWAY_DIR:-}" ] && [ -d "$PG_THROWAWAY_DIR" ]; then
    _pg_say "already running at ${PG_THROWAWAY_URL:-?} ($PG_THROWAWAY_DIR)"
    return 0
  fi
  local bin dir port attempt started=""
  bin=$(_pg_bin) || return 1
  pg_throwaway_cleanup_stale

  dir=$(mktemp -d "${PG_THROWAWAY_PREFIX}XXXXXX") || {
    _pg_say "cannot create a directory under ${PG_THROWAWAY_PREFIX%/*}"
    return 1
  }
  # Set at once, so the caller's trap removes the directory even if the start fails half-way.
  PG_THROWAWAY_DIR=$dir
  export PG_THROWAWAY_DIR
  _pg_owner_stamp "${PG_THROWAWAY_OWNER_PID:-$$}" >"$dir/owner"
  chmod 755 "$dir"
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || {
      _pg_say "running as root needs a postgres user to run the server as"
      return 1
    }
    chown postgres: "$dir"
  fi

  if ! _pg_as_postgres "$bin/initdb" -A trust -U postgres -E UTF8 --locale=C.UTF-8 -D "$dir/data" \
    >"$dir/initdb.log" 2>&1; then
    _pg_say "initdb failed:"
    cat "$dir/initdb.log" >&2
    return 1
  fi

  # A port found free can be taken by someone else before the server binds it: try a few.
  for attempt in 1 2 3 4 5; do
    port=$(_pg_spare_port) || {
      _pg_say "cannot find a spare port on 127.0.0.1 (is node on PATH?)"
      return 1
    }
    if _pg_as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir -c max_connections=200 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >/dev/null 2>&1; then
      started=1
      break
    fi
    _pg_say "start on port $port failed (attempt $attempt)"
    _pg_as_postgres "$bin/pg_ctl" -D "$dir/data" stop -m immediate >/dev/null 2>&1 || true
  done
  if [ -z "$started" ]; then
    _pg_say "PostgreSQL did not start; its log:"
    tail -n 30 "$dir/server.log" >&2 2>/dev/null || true
    return 1
  fi

  PG_THROWAWAY_URL="postgres://postgres@127.0.0.1:$port/postgres"
  export PG_THROWAWAY_URL
  _pg_say "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') at $PG_THROWAWAY_URL ($dir)"
}

# Stops the cluster this shell started and removes its directory. Safe to call twice, or when none started.
pg_throwaway_stop() {
  local dir=${1:-${PG_THROWAWAY_DIR:-}}
  if [ -n "$dir" ] && [ -d "$dir" ]; then
    if _pg_remove_cluster "$dir" fast; then _pg_say "stopped and removed $dir"; fi
  fi
  if [ -z "${1:-}" ] || [ "$dir" = "${PG_THROWAWAY_DIR:-}" ]; then
    unset PG_THROWAWAY_DIR PG_THROWAWAY_URL
  fi
  return 0
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  case "${1:-}" in
    start)
      # The cluster belongs to the process that asked for it (PG_THROWAWAY_OWNER_PID), not to this shell.
      PG_THROWAWAY_OWNER_PID="${PG_THROWAWAY_OWNER_PID:-$PPID}"
      if ! pg_throwaway_start; then
        pg_throwaway_stop
        exit 1
      fi
      printf 'PG_THROWAWAY_URL=%s\nPG_THROWAWAY_DIR=%s\n' "$PG_THROWAWAY_URL" "$PG_THROWAWAY_DIR"
      ;;
    stop)
      [ -n "${2:-}" ] || {
        echo "usage: $0 stop DIR" >&2
        exit 2
      }
      case "$2" in "$PG_THROWAWAY_PREFIX"?*) ;; *)
        echo "$0: $2 is not a throwaway cluster (${PG_THROWAWAY_PREFIX}*)" >&2
        exit 2
        ;;
      esac
      pg_throwaway_stop "$2"
      ;;
    cleanup) pg_throwaway_cleanup_stale ;;
    *)
      echo "usage: $0 start | stop DIR | cleanup   (or source it: see the comment at the top)" >&2
      exit 2
      ;;
  esac
fi
