#!/bin/sh
# Runs the tests of the logbook, the Desk, the CLI and the reports again on PostgreSQL, each in a
# database of its own (tests/TestStore.h), on the server KUNJUNGAN_TEST_PG names (.ci/run starts a
# throw-away one). Tests tagged [sqlite] are about the file itself (disk full, WAL, a read-only file,
# backups by VACUUM INTO) and run on SQLite only. $1: the core_tests binary; the rest go to it.
if [ -z "$KUNJUNGAN_TEST_PG" ]; then
  echo "skipped: KUNJUNGAN_TEST_PG not set"
  exit 77
fi
spec=""
for file in test_logbook test_desk test_reports test_visiting_book test_statistics test_clock_jumps \
            test_admin_cli test_report_cli test_admin_authority test_demo_history test_pg_store; do
  spec="${spec:+$spec,}[#$file]~[sqlite]"
done
# [pg]: what only a server has (hidden from the SQLite run).
binary=$1
shift
KUNJUNGAN_TEST_STORE=pg exec "$binary" -# "$spec,[pg]" "$@"
