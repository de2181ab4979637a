#include "PgSource.h"

#include "Schema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <utility>

using namespace Qt::StringLiterals;

namespace kj {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Logbook)
};

// One line per object of the current schema, named "<kind> <name>" before the colon. The catalog
// prints some names with their schema; the caller strips it, so two schemas compare.
const QString catalogDump = uR"(
SELECT 'table ' || c.relname || ': ' || string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
         || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
         || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '')
         || coalesce(' collate ' || co.collname, ''), ', ' ORDER BY a.attnum)
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
  LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
  LEFT JOIN pg_collation co ON co.oid = a.attcollation AND a.attcollation <> 100
  WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') GROUP BY c.relname
UNION ALL
SELECT 'constraint ' || con.conname || ' on ' || c.relname || ': ' || pg_get_constraintdef(con.oid)
  FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = current_schema()
UNION ALL
SELECT 'index ' || i.relname || ' on ' || c.relname || ': ' || pg_get_indexdef(i.oid)
  FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema()
UNION ALL
SELECT 'trigger ' || t.tgname || ' on ' || c.relname || ': ' || pg_get_triggerdef(t.oid)
  FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = current_schema() AND NOT t.tgisinternal
UNION ALL
SELECT 'view ' || c.relname || ': ' || pg_get_viewdef(c.oid)
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = current_schema() AND c.relkind IN ('v', 'm')
UNION ALL
SELECT 'relation ' || c.relname || ': kind ' || c.relkind::text
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = current_schema() AND c.relkind NOT IN ('r', 'p', 'i', 'v', 'm')
UNION ALL
SELECT 'function ' || p.proname || ': ' || pg_get_functiondef(p.oid)
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = current_schema()
ORDER BY 1)"_s;

} // namespace

Result<std::unique_ptr<PgSource>> PgSource::open(const StoreLocation &location)
{
    libpq::Connection connection(
        PQconnectdb(libpq::conninfo(location, "kunjungan-verify", true).constData()));
    std::unique_ptr<PgSource> source(new PgSource(std::move(connection)));
    if (PQstatus(source->m_connection.get()) != CONNECTION_OK)
        return source->failure(u"connect"_s, QString::fromUtf8(PQerrorMessage(source->m_connection.get())));
    // Not READ ONLY: the expected schema is created (and rolled back) inside the same snapshot.
    for (const char *statement :
        { "BEGIN ISOLATION LEVEL REPEATABLE READ", "SET LOCAL lock_timeout = 5000" }) {
        if (auto r = source->run(statement, u"begin"_s); !r)
            return r.error();
    }
    auto head = source->run("SELECT coalesce(max(seq), 0) FROM events", u"events"_s);
    if (!head)
        return head.error();
    source->m_lastSeq = QByteArray(PQgetvalue(head->get(), 0, 0)).toLongLong();
    return source;
}

PgSource::~PgSource()
{
    if (m_connection && PQstatus(m_connection.get()) == CONNECTION_OK)
        PQclear(PQexec(m_connection.get(), "ROLLBACK"));
}

Error PgSource::failure(const QString &context, const QString &detail) const
{
    return Error { ErrorKind::Database, u"verify-read"_s,
        Tr::tr("The logbook could not be read to check it."), context + u": "_s + detail.trimmed() };
}

Result<libpq::ResultPtr> PgSource::run(
    const QByteArray &sql, const QString &context, const QByteArray &parameter)
{
    const char *value = parameter.constData();
    libpq::ResultPtr result(PQexecParams(m_connection.get(), sql.constData(), parameter.isNull() ? 0 : 1,
        nullptr, parameter.isNull() ? nullptr : &value, nullptr, nullptr, 0));
    const ExecStatusType status = PQresultStatus(result.get());
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_COPY_OUT)
        return result;
    Error error = failure(context, QString::fromUtf8(PQerrorMessage(m_connection.get())));
    if (const char *state = PQresultErrorField(result.get(), PG_DIAG_SQLSTATE);
        state && qstrcmp(state, "42501") == 0)
        error.reason = u"db-denied"_s;
    return error;
}

Result<void> PgSource::each(const QByteArray &query, int columns, const QString &context,
    const std::function<Result<void>(const libpq::CopyRow &)> &fn)
{
    // The server streams the rows while they are read here, one buffer each.
    if (auto copy = run("COPY (" + query + ") TO STDOUT WITH (FORMAT binary)", context); !copy)
        return copy.error();
    PGconn *connection = m_connection.get();
    Result<void> outcome;
    libpq::CopyRow row;
    char *data = nullptr;
    int size = 0;
    // After a failure the rest is read and dropped: the COPY must end before the next statement.
    while ((size = PQgetCopyData(connection, &data, 0)) > 0) {
        const std::unique_ptr<char, decltype(&PQfreemem)> owned(data, &PQfreemem);
        if (!outcome)
            continue;
        if (!row.read(data, size) || (row.kind() == libpq::CopyRow::Kind::Row && row.size() != columns))
            outcome = failure(context, u"a row of the copy cannot be read"_s);
        else if (row.kind() == libpq::CopyRow::Kind::Row)
            outcome = fn(row);
    }
    if (size == -2) {
        // The copy could not go on (the connection lost, or libpq out of memory): no result comes
        // that would end it, and the connection is of no more use.
        return outcome ? failure(context, QString::fromUtf8(PQerrorMessage(connection))) : outcome;
    }
    const libpq::ResultPtr end(PQgetResult(connection)); // the COPY's own result, then none
    while (PGresult *after = PQgetResult(connection))
        PQclear(after);
    if (outcome && PQresultStatus(end.get()) != PGRES_COMMAND_OK)
        outcome = failure(context, QString::fromUtf8(PQerrorMessage(connection)));
    return outcome;
}

Result<void> PgSource::storedEvents(
    qint64 from, qint64 to, const std::function<Result<void>(const StoredEvent &)> &fn)
{
    StoredEvent e;
    return each(
        "SELECT seq, at, utc_offset, type, actor, station, ticket, payload, hash FROM events WHERE seq "
        "BETWEEN "
            + QByteArray::number(from) + " AND " + QByteArray::number(to) + " ORDER BY seq",
        9, u"events"_s, [&](const libpq::CopyRow &c) -> Result<void> {
            e.seq = c.integer(0);
            e.atMs = c.integer(1);
            e.utcOffsetMinutes = int(c.integer(2));
            e.typeCode = int(c.integer(3));
            e.actorCode = c.integer(4);
            e.station = int(c.integer(5));
            e.ticket = int(c.integer(6));
            e.payload = c.view(7);
            e.hash = c.view(8);
            return fn(e);
        });
}

Result<void> PgSource::rows(const Rows::Table &table, const std::function<void(const Rows::Cursor &)> &fn)
{
    const QByteArray columns(table.columns);
    return each("SELECT " + columns + " FROM " + table.name + " ORDER BY " + table.key,
        int(columns.count(',')) + 1, QString::fromLatin1(table.name),
        [&](const libpq::CopyRow &c) -> Result<void> {
            fn(c);
            return {};
        });
}

Result<QStringList> PgSource::dumpSchema()
{
    auto schema = run("SELECT current_schema()", u"schema"_s);
    if (!schema)
        return schema.error();
    const QString qualifier = QString::fromUtf8(PQgetvalue(schema->get(), 0, 0)) + u'.';
    auto dump = run(catalogDump.toUtf8(), u"schema"_s);
    if (!dump)
        return dump.error();
    QStringList objects;
    for (int row = 0; row < PQntuples(dump->get()); ++row)
        objects.append(QString::fromUtf8(PQgetvalue(dump->get(), row, 0)).replace(qualifier, QString()));
    return objects;
}

Result<QStringList> PgSource::schema()
{
    return dumpSchema();
}

Result<QStringList> PgSource::expectedSchema()
{
    // Built in a schema of its own inside the snapshot, then undone. A role that may not create a
    // schema (the desk's, see ServerSetup) compares with the dump server init stored instead.
    if (auto r = run("SAVEPOINT expected", u"schema"_s); !r)
        return r.error();
    const QString name = u"kj_expected_"_s + QUuid::createUuid().toString(QUuid::Id128);
    QStringList statements { u"CREATE SCHEMA "_s + name, u"SET LOCAL search_path = "_s + name };
    statements += createStatements(Dialect::postgres());
    Result<QStringList> objects = QStringList();
    bool denied = false;
    for (const QString &statement : std::as_const(statements)) {
        if (auto r = run(statement.toUtf8(), u"schema"_s); !r) {
            denied = r.error().reason == u"db-denied";
            objects = r.error();
            break;
        }
    }
    if (objects)
        objects = dumpSchema();
    // Undoes the schema and the search path alike.
    if (auto r = run("ROLLBACK TO SAVEPOINT expected", u"schema"_s); !r)
        return r.error();
    if (!denied)
        return objects;
    auto stored = meta(QString(expectedSchemaKey));
    if (!stored)
        return stored.error();
    if (stored->isEmpty())
        return objects;
    QStringList lines;
    for (const QJsonValue line : QJsonDocument::fromJson(stored->toUtf8()).array())
        lines.append(line.toString());
    return lines;
}

Result<QString> PgSource::meta(const QString &key)
{
    auto q = run("SELECT value FROM meta WHERE key = $1", u"meta"_s, key.toUtf8());
    if (!q)
        return q.error();
    return PQntuples(q->get()) ? QString::fromUtf8(PQgetvalue(q->get(), 0, 0)) : QString();
}

} // namespace kj
