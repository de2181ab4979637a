#!/usr/bin/env bash
# Runs a command beside a throw-away PostgreSQL cluster of its own, which the command may stop,
# start, pause and resume: a temporary folder, run as user postgres when started by root (initdb
# refuses root), on a free local port; stopped and removed at the end, whatever happens.
#   pg-cluster.sh COMMAND [ARGS...]
# The command finds in its environment:
#   KJ_PG_URL     postgresql://kunjungan@127.0.0.1:PORT/kunjungan (trust; a superuser)
#   KJ_PG_STOP    stops the server at once (pg_ctl stop -m immediate: a crash for the clients)
#   KJ_PG_START   starts it again and waits until it accepts connections
#   KJ_PG_PAUSE   SIGSTOP on the server and all its processes (a hung server: sockets stay open)
#   KJ_PG_RESUME  SIGCONT on them
set -euo pipefail
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "skipped: no PostgreSQL server installed (package postgresql)"
  exit 77
fi
dir=$(mktemp -d)
chmod 755 "$dir"
as=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres "$dir"
  as=(runuser -u postgres --)
fi
# A port nothing answers on (bash's /dev/tcp connects, or fails when the port is free).
port=0
for _ in $(seq 50); do
  candidate=$((20000 + RANDOM % 30000))
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
    port=$candidate
    break
  fi
done
[ "$port" -ne 0 ] || { echo "no free local port" >&2; exit 1; }
pgctl="${as[*]} $bindir/pg_ctl -D $dir/data -l $dir/server.log -o '-p $port -k $dir -c listen_addresses=127.0.0.1'"
# The postmaster's processes: it first, then its children (none may start a new one meanwhile).
postmaster="\$(head -n 1 $dir/data/postmaster.pid)"
export KJ_PG_URL="postgresql://kunjungan@127.0.0.1:$port/kunjungan"
export KJ_PG_STOP="$pgctl -m immediate stop"
export KJ_PG_START="$pgctl -w start"
export KJ_PG_PAUSE="kill -STOP $postmaster && pkill -STOP -P $postmaster"
export KJ_PG_RESUME="pkill -CONT -P $postmaster; kill -CONT $postmaster"
cleanup() {
  eval "$KJ_PG_RESUME" >/dev/null 2>&1 || true
  eval "$pgctl -m immediate stop" >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT
"${as[@]}" "$bindir/initdb" -D "$dir/data" -A trust -U kunjungan >/dev/null
eval "$KJ_PG_START" >/dev/null
"${as[@]}" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U kunjungan kunjungan
"$@"
