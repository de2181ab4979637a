#include "Dialect.h"

#include "Sql.h"
#include "SqliteSource.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace kj {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Logbook)
};

Error badAddress(const QString &why)
{
    return Error { ErrorKind::Database, u"db-address"_s, why };
}

class SqliteDialect final : public Dialect
{
public:
    bool onServer() const override { return false; }
    QString driver() const override { return u"QSQLITE"_s; }

    Result<void> open(QSqlDatabase &db, const StoreLocation &location, int busyTimeoutMs) const override
    {
        db.setDatabaseName(location.database);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs)); // milliseconds
        if (!db.open())
            return databaseError(db.lastError(), u"open"_s);
        return {};
    }

    QStringList connectionSetup(int busyTimeoutMs) const override
    {
        // The header is read first: a file that is not SQLite fails now, with a clear message.
        // secure_delete: a redacted name or phone number is overwritten with zeros in the file,
        // not merely unlinked from its page.
        return { u"PRAGMA schema_version"_s, u"PRAGMA busy_timeout = %1"_s.arg(busyTimeoutMs),
            u"PRAGMA foreign_keys = ON"_s, u"PRAGMA synchronous = FULL"_s, u"PRAGMA secure_delete = ON"_s,
            u"PRAGMA journal_mode = WAL"_s };
    }

    QStringList beginWrite() const override { return { u"BEGIN IMMEDIATE"_s }; }
    QStringList beginOnKnownHead() const override { return {}; }
    QString insertEvent() const override
    {
        return u"INSERT INTO events(seq, at, utc_offset, type, actor, station, ticket, payload, hash) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
    }
    QString countTables() const override { return u"SELECT count(*) FROM sqlite_master"_s; }
    QString countMeta() const override { return u"SELECT count(*) FROM sqlite_master WHERE name = 'meta'"_s; }
    QString dataVersion() const override { return u"PRAGMA data_version"_s; }
    bool versionCountsOwnCommits() const override { return false; }
    QString syncEveryCommit(bool sync) const override
    {
        return sync ? u"PRAGMA synchronous = FULL"_s : u"PRAGMA synchronous = NORMAL"_s;
    }
    QString flush() const override { return u"PRAGMA wal_checkpoint(TRUNCATE)"_s; }

    Result<void> purgeOldCopies(const QSqlDatabase &db) const override
    {
        // The pages that held the values are still in the WAL until a checkpoint copies the new
        // ones into the file; TRUNCATE then empties the WAL, so no copy is left behind.
        auto checkpoint = Sql::run(db, flush());
        if (!checkpoint)
            return checkpoint.error();
        if (!checkpoint->next() || checkpoint->value(0).toInt() != 0) {
            return Error { ErrorKind::Database, u"redact-checkpoint"_s,
                Tr::tr("The data was destroyed, but another program is reading the logbook, so an old "
                       "copy is still in the -wal file. Close Kunjungan on this PC and run the command "
                       "again.") };
        }
        return {};
    }

    QString translate(const QString &statement) const override { return statement; }

    QStringList eventLogView() const override
    {
        return { u"CREATE VIEW event_log AS SELECT e.seq,"
                 " strftime('%Y-%m-%d %H:%M:%f', (e.at + e.utc_offset * 60000) / 1000.0, 'unixepoch') AS "
                 "local_time,"
                 " e.utc_offset, t.name AS type,"
                 " CASE e.actor WHEN 0 THEN 'kiosk' WHEN -1 THEN 'system' WHEN -2 THEN 'cli'"
                 " ELSE 'officer:' || e.actor END AS actor,"
                 " e.station, e.ticket, e.payload, hex(e.hash) AS hash"
                 " FROM events e LEFT JOIN event_types t ON t.code = e.type"_s };
    }

    QStringList schemaUpgrade(int) const override { return {}; }
    QString changeNotice() const override { return {}; }
    QStringList kioskReads() const override { return {}; }
    QString kioskContact() const override
    {
        return u"SELECT n.value, p.value FROM contacts c"
               " LEFT JOIN personal_data n ON lower(hex(n.digest)) = c.name_digest"
               " LEFT JOIN personal_data p ON lower(hex(p.digest)) = c.phone_digest WHERE c.id = ?"_s;
    }
    QStringList eventTriggers() const override
    {
        return { u"CREATE TRIGGER events_no_update BEFORE UPDATE ON events "
                 "BEGIN SELECT RAISE(ABORT, 'the logbook is append-only: an event cannot be changed'); END"_s,
            u"CREATE TRIGGER events_no_delete BEFORE DELETE ON events "
            "BEGIN SELECT RAISE(ABORT, 'the logbook is append-only: an event cannot be deleted'); END"_s };
    }

    Result<std::unique_ptr<AuditSource>> openSource(const StoreLocation &location) const override
    {
        auto source = SqliteSource::open(location.database);
        if (!source)
            return source.error();
        return std::unique_ptr<AuditSource>(std::move(*source));
    }
};

} // namespace

Result<StoreLocation> StoreLocation::parse(const QString &text)
{
    StoreLocation location;
    location.text = text;
    if (!text.startsWith(u"postgresql://"_s) && !text.startsWith(u"postgres://"_s)) {
        location.database = text;
        return location;
    }
    location.postgres = true;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return badAddress(Tr::tr("The database address %1 cannot be read. Write it as "
                                 "postgresql://user@host:port/database.")
                              .arg(text));
    if (!url.password().isEmpty())
        return badAddress(Tr::tr("The database address holds a password. Remove it and put the password in "
                                 "~/.pgpass (or the file PGPASSFILE names) instead."));
    location.text = url.toString(QUrl::RemovePassword);
    location.host = url.host();
    location.port = url.port(-1);
    location.user = url.userName();
    location.database = url.path().mid(1);
    if (location.database.isEmpty() || location.database.contains(u'/'))
        return badAddress(Tr::tr("The database address %1 names no database. Write it as "
                                 "postgresql://user@host:port/database.")
                              .arg(location.text));
    // libpq's own settings that an address may carry; a server that does not answer fails in
    // seconds, not after the system's TCP timeout.
    static const QStringList known { u"sslmode"_s, u"sslrootcert"_s, u"sslcert"_s, u"sslkey"_s, u"sslcrl"_s,
        u"connect_timeout"_s, u"application_name"_s, u"target_session_attrs"_s };
    QStringList options;
    bool timeout = false;
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (!known.contains(key) || value.contains(u';'))
            return badAddress(
                Tr::tr("The database address has a setting Kunjungan does not know: %1.").arg(key));
        options.append(key + u'=' + value);
        timeout = timeout || key == u"connect_timeout";
    }
    if (!timeout)
        options.append(u"connect_timeout=10"_s);
    location.options = options.join(u';');
    return location;
}

QString StoreLocation::server() const
{
    QString server = host.isEmpty() ? u"localhost"_s : host;
    if (port > 0)
        server += u':' + QString::number(port);
    return server;
}

const Dialect &Dialect::sqlite()
{
    static const SqliteDialect dialect;
    return dialect;
}

const Dialect &Dialect::of(const StoreLocation &location)
{
    return location.postgres ? postgres() : sqlite();
}

} // namespace kj
