#!/usr/bin/env bash
# Crashes a PostgreSQL server under a writing client, ROUNDS times (`pg_ctl stop -m immediate`, then
# start again), and checks after each that no acknowledged event was lost and the chain and the
# projections verify (kunjungan-crashtest --crash-server). The server is a throw-away cluster in a
# temporary folder, run as user postgres when started by root (initdb refuses root), on a free
# local port; it is stopped and removed at the end, whatever happens.
#   pg-server-crash.sh CRASHTEST [ROUNDS] [more crashtest options]
set -euo pipefail
crashtest=$1
rounds=${2:-50}
shift $(($# < 2 ? $# : 2))
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
cleanup() {
  eval "$pgctl -m immediate stop" >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT
"${as[@]}" "$bindir/initdb" -D "$dir/data" -A trust -U kunjungan >/dev/null
eval "$pgctl -w start" >/dev/null
"${as[@]}" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U kunjungan crash
"$crashtest" --rounds "$rounds" --db "postgresql://kunjungan@127.0.0.1:$port/crash" \
  --crash-server "$pgctl -m immediate stop" --start-server "$pgctl -w start" "$@"
