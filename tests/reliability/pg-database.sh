#!/bin/sh
# Runs a program on PostgreSQL in a database of its own on the server KUNJUNGAN_TEST_PG names,
# dropped afterwards: $1 the program, then its options; it gets --db ADDRESS first.
if [ -z "$KUNJUNGAN_TEST_PG" ]; then
  echo "skipped: KUNJUNGAN_TEST_PG not set"
  exit 77
fi
name="kj_run_$$"
psql -q "$KUNJUNGAN_TEST_PG" -c "CREATE DATABASE $name" || exit 1
program=$1
shift
"$program" --db "${KUNJUNGAN_TEST_PG%/*}/$name" "$@"
status=$?
psql -q "$KUNJUNGAN_TEST_PG" -c "DROP DATABASE $name WITH (FORCE)" || status=1
exit $status
