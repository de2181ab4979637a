#!/usr/bin/env bash
# Crashes a PostgreSQL server under a writing client, ROUNDS times (`pg_ctl stop -m immediate`, then
# start again), and checks after each that no acknowledged event was lost and the chain and the
# projections verify (kunjungan-crashtest --crash-server), on a throw-away cluster (pg-cluster.sh).
#   pg-server-crash.sh CRASHTEST [ROUNDS] [more crashtest options]
set -euo pipefail
crashtest=$1
rounds=${2:-50}
shift $(($# < 2 ? $# : 2))
exec "$(dirname "$0")/pg-cluster.sh" bash -c \
  'exec "$0" --rounds "$1" --db "$KJ_PG_URL" --crash-server "$KJ_PG_STOP" --start-server "$KJ_PG_START" "${@:2}"' \
  "$crashtest" "$rounds" "$@"
