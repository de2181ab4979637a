#include "Dialect.h"

#include "PgSource.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace kj {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Logbook)
};

// The advisory lock every writer takes first ("KJLB"): one writer at a time per database, so two
// desks never append the same seq. kunjungan-bench measured it against a row lock on meta.
constexpr qint64 chainLock = 0x4B4A4C42;

// A connection that failed has no SQLSTATE: libpq's words say why.
Error connectionError(const QSqlError &error, const StoreLocation &location)
{
    const QString text = error.databaseText();
    if (text.contains(u"password"_s) || text.contains(u"authentication"_s)
        || (text.contains(u"role"_s) && text.contains(u"does not exist"_s))) {
        return Error { ErrorKind::Database, u"db-auth"_s,
            Tr::tr("The database server %1 refused the user: wrong or missing password. Put the password "
                   "in ~/.pgpass (or the file PGPASSFILE names) and check the user name.")
                .arg(location.server()),
            text };
    }
    if (text.contains(u"database"_s) && text.contains(u"does not exist"_s)) {
        return Error { ErrorKind::Database, u"db-missing"_s,
            Tr::tr("The database %1 does not exist on the server %2. Create it (createdb) or check the "
                   "address.")
                .arg(location.database, location.server()),
            text };
    }
    return Error { ErrorKind::Database, u"db-unreachable"_s,
        Tr::tr("The database server %1 does not answer. Check the address, the network and that "
               "PostgreSQL runs on the server.")
            .arg(location.server()),
        text };
}

class PgDialect final : public Dialect
{
public:
    bool onServer() const override { return true; }
    QString driver() const override { return u"QPSQL"_s; }

    Result<void> open(QSqlDatabase &db, const StoreLocation &location, int) const override
    {
        if (!db.isValid()) {
            return Error { ErrorKind::Database, u"db-driver"_s,
                Tr::tr("Qt's PostgreSQL driver is not installed (Debian package libqt6sql6-psql).") };
        }
        // No password is set: libpq reads it from ~/.pgpass or PGPASSFILE.
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setUserName(location.user);
        db.setDatabaseName(location.database);
        db.setConnectOptions(location.options);
        if (!db.open())
            return connectionError(db.lastError(), location);
        return {};
    }

    QStringList connectionSetup(int busyTimeoutMs) const override
    {
        // lock_timeout: a writer waits for another's lock as long as SQLite's busy timeout.
        return { u"SET client_min_messages = warning"_s, u"SET synchronous_commit = on"_s,
            u"SET lock_timeout = %1"_s.arg(busyTimeoutMs) };
    }

    QStringList beginWrite() const override
    {
        // READ COMMITTED after the lock: every statement then sees what the writer before committed.
        return { u"BEGIN ISOLATION LEVEL READ COMMITTED"_s,
            u"SELECT pg_advisory_xact_lock(%1)"_s.arg(chainLock) };
    }
    // Two round trips fewer than under the lock (it and the head): an append costs what a raw
    // insert does. A writer that appends after a head it knows inserts its seq + 1; the primary
    // key refuses it when another writer took that seq, and the retry takes the lock first. What
    // such a transaction read before its insert missed nothing: every event up to the head was
    // committed before it began, and one committed since takes the seq it inserts.
    QStringList beginOnKnownHead() const override { return { u"BEGIN ISOLATION LEVEL READ COMMITTED"_s }; }
    // The lock is taken (again, at no cost, under beginWrite) by the insert itself, so a writer
    // that holds it from its BEGIN never finds its head taken by one appending after a known head:
    // only the latter can be refused, and its retry runs under the lock. The change notice comes
    // with it too (the server sends it at the commit, once per transaction): a trigger that sent
    // it cost the append a fifth of a raw insert more (kunjungan-bench).
    QString insertEvent() const override
    {
        return u"WITH chain AS (SELECT pg_advisory_xact_lock(%1), pg_notify('%2', '')) "
               "INSERT INTO events(seq, at, utc_offset, type, actor, station, ticket, payload, hash) "
               "SELECT CAST(? AS bigint), CAST(? AS bigint), CAST(? AS bigint), CAST(? AS bigint), "
               "CAST(? AS bigint), CAST(? AS bigint), CAST(? AS bigint), CAST(? AS text), CAST(? AS bytea) "
               "FROM chain"_s.arg(chainLock)
                   .arg(changeNotice());
    }

    QString countTables() const override
    {
        return u"SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
               "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')"_s;
    }
    QString countMeta() const override
    {
        return u"SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
               "WHERE n.nspname = current_schema() AND c.relname = 'meta' AND c.relkind = 'r'"_s;
    }
    // Every change appends an event, so the head moves with every commit.
    QString dataVersion() const override { return u"SELECT coalesce(max(seq), 0) FROM events"_s; }
    bool versionCountsOwnCommits() const override { return true; }
    QString syncEveryCommit(bool sync) const override
    {
        return sync ? u"SET synchronous_commit = on"_s : u"SET synchronous_commit = off"_s;
    }
    // The server writes its WAL itself.
    QString flush() const override { return {}; }

    Result<void> purgeOldCopies(const QSqlDatabase &db) const override
    {
        // An UPDATE leaves the old row version in the table's file until a vacuum; VACUUM FULL
        // writes the table anew, without them.
        if (auto vacuumed = Sql::exec(db, u"VACUUM FULL personal_data"_s); !vacuumed) {
            return Error { ErrorKind::Database, u"redact-vacuum"_s,
                Tr::tr("The data was destroyed, but old copies stay in the database server's files until "
                       "it is vacuumed. Ask the server's administrator to run VACUUM FULL personal_data."),
                vacuumed.error().detail };
        }
        return {};
    }

    QString translate(const QString &statement) const override
    {
        QString s = statement;
        if (s.startsWith(u"CREATE TABLE"_s)) {
            // STRICT is what PostgreSQL always is. Text compares byte by byte, as in SQLite, so
            // every list is in the same order on both stores.
            static const QRegularExpression strict(uR"(\)\s*STRICT(,\s*WITHOUT ROWID)?\s*$)"_s);
            static const QRegularExpression integer(uR"(\bINTEGER\b)"_s);
            static const QRegularExpression blob(uR"(\bBLOB\b)"_s);
            static const QRegularExpression text(uR"(\bTEXT\b)"_s);
            s.replace(strict, u")"_s).replace(integer, u"BIGINT"_s).replace(blob, u"BYTEA"_s);
            s.replace(text, u"TEXT COLLATE \"C\""_s);
        }
        static const QRegularExpression nocase(uR"((\w+) COLLATE NOCASE)"_s);
        return s.replace(nocase, u"lower(\\1)"_s);
    }

    QStringList eventLogView() const override
    {
        return { u"CREATE VIEW event_log AS SELECT e.seq,"
                 " to_char(to_timestamp((e.at + e.utc_offset * 60000) / 1000.0) AT TIME ZONE 'UTC',"
                 " 'YYYY-MM-DD HH24:MI:SS.MS') AS local_time,"
                 " e.utc_offset, t.name AS type,"
                 " CASE e.actor WHEN 0 THEN 'kiosk' WHEN -1 THEN 'system' WHEN -2 THEN 'cli'"
                 " ELSE 'officer:' || e.actor END AS actor,"
                 " e.station, e.ticket, e.payload, upper(encode(e.hash, 'hex')) AS hash"
                 " FROM events e LEFT JOIN event_types t ON t.code = e.type"_s };
    }

    QStringList schemaUpgrade(int toVersion) const override
    {
        if (toVersion != 2)
            return {};
        // The trigger that sent the change notice goes (the append sends it, see insertEvent);
        // kiosk_contact, which logbooks made before it lack, is made (again, keeping its grants).
        return QStringList { u"DROP TRIGGER IF EXISTS events_notice ON events"_s,
            u"DROP FUNCTION IF EXISTS events_notice()"_s }
        + kioskReads();
    }
    QString changeNotice() const override { return u"kunjungan_events"_s; }
    QString kioskContact() const override { return u"SELECT first_name, phone_tail FROM kiosk_contact(?)"_s; }
    QStringList kioskReads() const override
    {
        // SECURITY DEFINER: runs with its owner's rights, so the kiosk's role reads these two
        // things of a contact and nothing else of the personal data.
        return { u"CREATE OR REPLACE FUNCTION kiosk_contact(contact BIGINT, OUT first_name TEXT, OUT "
                 u"phone_tail TEXT) "
                 "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$"
                 " SELECT split_part(btrim(n.value), ' ', 1),"
                 " right(regexp_replace(coalesce(p.value, ''), '[^0-9]', '', 'g'), 4)"
                 " FROM contacts c"
                 " LEFT JOIN personal_data n ON n.digest = decode(c.name_digest, 'hex')"
                 " LEFT JOIN personal_data p ON p.digest = decode(c.phone_digest, 'hex')"
                 " WHERE c.id = contact $$"_s };
    }
    QStringList eventTriggers() const override
    {
        // The triggers hold for every role, the owner too; TRUNCATE is refused as well.
        return { u"CREATE FUNCTION events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                 " RAISE EXCEPTION 'the logbook is append-only: an event cannot be %',"
                 " CASE TG_OP WHEN 'UPDATE' THEN 'changed' ELSE 'deleted' END; END $$"_s,
            u"CREATE TRIGGER events_no_update BEFORE UPDATE ON events "
            "FOR EACH ROW EXECUTE FUNCTION events_append_only()"_s,
            u"CREATE TRIGGER events_no_delete BEFORE DELETE ON events "
            "FOR EACH ROW EXECUTE FUNCTION events_append_only()"_s,
            u"CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events "
            "FOR EACH STATEMENT EXECUTE FUNCTION events_append_only()"_s };
    }

    Result<std::unique_ptr<AuditSource>> openSource(const StoreLocation &location) const override
    {
        auto source = PgSource::open(location);
        if (!source)
            return source.error();
        return std::unique_ptr<AuditSource>(std::move(*source));
    }
};

} // namespace

const Dialect &Dialect::postgres()
{
    static const PgDialect dialect;
    return dialect;
}

Error postgresError(const QSqlError &error, const QString &context)
{
    const QString state = error.nativeErrorCode();
    QString reason = u"db-error"_s;
    QString message = Sql::tr("Database error: nothing was written.");
    if (state == u"40001" || state == u"40P01") {
        // Retried by Logbook::write; seen only when every retry failed.
        reason = u"db-retry"_s;
        message = Sql::tr("The logbook is locked by another program for too long. Try again; if it "
                          "stays locked, close the other Kunjungan windows.");
    } else if (state == u"23505") {
        // A row another writer inserted at the same moment (an append after a known head, see
        // Dialect::beginOnKnownHead): the Logbook runs such a transaction again under the lock.
        reason = u"db-conflict"_s;
        message = Tr::tr("Another desk wrote at the same moment: nothing was written. Try again.");
    } else if (state == u"55P03" || state == u"57014") {
        reason = u"db-locked"_s;
        message = Sql::tr("The logbook is locked by another program for too long. Try again; if it "
                          "stays locked, close the other Kunjungan windows.");
    } else if (state.startsWith(u"53")) {
        reason = u"db-full"_s;
        message = Sql::tr("The disk is full: nothing was written. Free some space and try again.");
    } else if (state == u"25006") {
        reason = u"db-readonly"_s;
        message = Tr::tr("The database server accepts no changes (a read-only server): nothing was written.");
    } else if (state == u"42501") {
        reason = u"db-denied"_s;
        message = Tr::tr("The database user may not do this: nothing was written. Check its rights on the "
                         "server.");
    } else if (state.startsWith(u"08") || state.startsWith(u"57P")) {
        reason = u"db-unreachable"_s;
        message = Tr::tr("The connection to the database server was lost. The last change may or may not "
                         "have been kept: check the visiting book when the server answers again.");
    } else if (state.startsWith(u"XX")) {
        reason = u"db-corrupt"_s;
        message = Tr::tr("The database server reports damaged data. Ask its administrator to restore it from "
                         "a backup.");
    } else if (state == u"58030") {
        reason = u"db-io"_s;
        message = Sql::tr("Reading or writing the logbook failed (disk error): nothing was written.");
    }
    QString detail = state + u' ' + error.text();
    if (!context.isEmpty())
        detail = context + u": "_s + detail;
    return Error { ErrorKind::Database, reason, message, detail };
}

} // namespace kj
