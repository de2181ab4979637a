#!/bin/sh
# A short run of kunjungan-notify-bench on PostgreSQL (LISTEN/NOTIFY between two processes), in a
# database of its own on the server KUNJUNGAN_TEST_PG names; dropped afterwards. $1: the bench
# binary; $2: sign-ins to time.
if [ -z "$KUNJUNGAN_TEST_PG" ]; then
  echo "skipped: KUNJUNGAN_TEST_PG not set"
  exit 77
fi
name="notify_bench_$$"
psql -q "$KUNJUNGAN_TEST_PG" -c "CREATE DATABASE $name" || exit 1
"$1" --db "${KUNJUNGAN_TEST_PG%/*}/$name" --sign-ins "$2"
status=$?
psql -q "$KUNJUNGAN_TEST_PG" -c "DROP DATABASE $name" || status=1
exit $status
