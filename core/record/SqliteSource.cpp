#include "SqliteSource.h"

#include "Dialect.h"
#include "Schema.h"
#include "SqliteStatement.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace kj {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Logbook)
};

class SqliteCursor final : public Rows::Cursor
{
public:
    explicit SqliteCursor(sqlite3_stmt *stmt)
        : m_stmt(stmt)
    { }
    bool isNull(int column) const override { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    qint64 integer(int column) const override { return sqlite3_column_int64(m_stmt, column); }
    QString text(int column) const override
    {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
    }
    QByteArray bytes(int column) const override
    {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
        return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
    }

private:
    sqlite3_stmt *m_stmt;
};

Result<QStringList> dumpSchema(sqlite3 *db)
{
    SqliteStatement q(db,
        "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema "
        "WHERE name NOT LIKE 'sqlite_autoindex_%' ORDER BY name");
    if (!q.ok())
        return Error { ErrorKind::Database, u"verify-read"_s,
            Tr::tr("The logbook could not be read to check it."), QString::fromUtf8(sqlite3_errmsg(db)) };
    QStringList objects;
    const SqliteCursor c(q.get());
    while (sqlite3_step(q.get()) == SQLITE_ROW)
        objects.append(u"%1 %2 on %3: %4"_s.arg(c.text(0), c.text(1), c.text(2), c.text(3)));
    return objects;
}

} // namespace

Result<std::unique_ptr<SqliteSource>> SqliteSource::open(const QString &path)
{
    // An absolute plain path: a name beginning "file:" would otherwise be read as a URI.
    const QByteArray name = QFile::encodeName(QFileInfo(path).absoluteFilePath());
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK) {
        Error e { ErrorKind::Database, u"verify-read"_s, Tr::tr("The logbook could not be read to check it."),
            QString::fromUtf8(sqlite3_errmsg(db)) };
        sqlite3_close(db);
        return e;
    }
    std::unique_ptr<SqliteSource> source(new SqliteSource(db));
    sqlite3_busy_timeout(db, 5000);
    // The snapshot starts at the first read of the transaction.
    if (sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
        return source->failure(u"begin"_s);
    SqliteStatement head(db, "SELECT coalesce(max(seq), 0) FROM events");
    if (!head.ok() || sqlite3_step(head.get()) != SQLITE_ROW)
        return source->failure(u"head"_s);
    source->m_lastSeq = sqlite3_column_int64(head.get(), 0);
    return source;
}

SqliteSource::~SqliteSource()
{
    sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(m_db);
}

Error SqliteSource::failure(const QString &context) const
{
    return Error { ErrorKind::Database, u"verify-read"_s,
        Tr::tr("The logbook could not be read to check it."),
        context + u": "_s + QString::fromUtf8(sqlite3_errmsg(m_db)) };
}

Result<void> SqliteSource::storedEvents(
    qint64 from, qint64 to, const std::function<Result<void>(const StoredEvent &)> &fn)
{
    SqliteStatement q(m_db,
        "SELECT seq, at, utc_offset, type, actor, station, ticket, payload, hash FROM events "
        "WHERE seq BETWEEN ? AND ? ORDER BY seq");
    if (!q.ok())
        return failure(u"events"_s);
    sqlite3_bind_int64(q.get(), 1, from);
    sqlite3_bind_int64(q.get(), 2, to);
    sqlite3_stmt *s = q.get();
    auto bytes = [s](int column) {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(s, column)); // then its size,
        return QByteArrayView(data, sqlite3_column_bytes(s, column)); // as SQLite asks
    };
    int rc;
    StoredEvent e;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        e.seq = sqlite3_column_int64(s, 0);
        e.atMs = sqlite3_column_int64(s, 1);
        e.utcOffsetMinutes = sqlite3_column_int(s, 2);
        e.typeCode = sqlite3_column_int(s, 3);
        e.actorCode = sqlite3_column_int64(s, 4);
        e.station = sqlite3_column_int(s, 5);
        e.ticket = sqlite3_column_int(s, 6);
        e.payload = bytes(7);
        e.hash = bytes(8);
        if (auto r = fn(e); !r)
            return r;
    }
    if (rc != SQLITE_DONE)
        return failure(u"events"_s);
    return {};
}

Result<void> SqliteSource::rows(const Rows::Table &table, const std::function<void(const Rows::Cursor &)> &fn)
{
    SqliteStatement q(
        m_db, QByteArray("SELECT ") + table.columns + " FROM " + table.name + " ORDER BY " + table.key);
    if (!q.ok())
        return failure(QString::fromLatin1(table.name));
    const SqliteCursor cursor(q.get());
    int rc;
    while ((rc = sqlite3_step(q.get())) == SQLITE_ROW)
        fn(cursor);
    if (rc != SQLITE_DONE)
        return failure(QString::fromLatin1(table.name));
    return {};
}

Result<QStringList> SqliteSource::schema()
{
    return dumpSchema(m_db);
}

Result<QStringList> SqliteSource::expectedSchema()
{
    sqlite3 *fresh = nullptr;
    if (sqlite3_open(":memory:", &fresh) != SQLITE_OK) {
        sqlite3_close(fresh);
        return failure(u"schema"_s);
    }
    for (const QString &statement : createStatements(Dialect::sqlite())) {
        if (sqlite3_exec(fresh, statement.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
            Error e { ErrorKind::Database, u"verify-read"_s,
                Tr::tr("The logbook could not be read to check it."),
                QString::fromUtf8(sqlite3_errmsg(fresh)) };
            sqlite3_close(fresh);
            return e;
        }
    }
    auto objects = dumpSchema(fresh);
    sqlite3_close(fresh);
    return objects;
}

Result<QString> SqliteSource::meta(const QString &key)
{
    SqliteStatement q(m_db, "SELECT value FROM meta WHERE key = ?");
    if (!q.ok())
        return failure(u"meta"_s);
    const QByteArray k = key.toUtf8();
    sqlite3_bind_text(q.get(), 1, k.constData(), int(k.size()), SQLITE_TRANSIENT);
    if (sqlite3_step(q.get()) != SQLITE_ROW)
        return QString();
    return SqliteCursor(q.get()).text(0);
}

} // namespace kj
