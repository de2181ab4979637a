#include "PgSource.h"

#include "Schema.h"
#include "Sql.h"
#include "SqlRows.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QUuid>

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
    const QString connection = u"audit-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<PgSource> source(new PgSource(connection));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
        if (auto opened = Dialect::of(location).open(db, location, 5000); !opened)
            return opened.error();
    }
    // Not READ ONLY: the expected schema is created (and rolled back) inside the same snapshot.
    for (const QString &statement :
        { u"BEGIN ISOLATION LEVEL REPEATABLE READ"_s, u"SET LOCAL lock_timeout = 5000"_s }) {
        if (auto r = Sql::exec(source->database(), statement); !r)
            return r.error();
    }
    auto head = Sql::number(source->database(), u"SELECT coalesce(max(seq), 0) FROM events"_s);
    if (!head)
        return head.error();
    source->m_lastSeq = *head;
    return source;
}

PgSource::~PgSource()
{
    {
        QSqlDatabase db = database();
        if (db.isOpen()) {
            QSqlQuery(db).exec(u"ROLLBACK"_s);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase PgSource::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

Error PgSource::failure(const QString &context, const QString &detail) const
{
    return Error { ErrorKind::Database, u"verify-read"_s,
        Tr::tr("The logbook could not be read to check it."), context + u": "_s + detail };
}

Result<void> PgSource::events(qint64 from, qint64 to, const std::function<Result<void>(const Event &)> &fn)
{
    // In slices, so that the client never holds more than one of them.
    constexpr qint64 slice = 50'000;
    Event e;
    for (qint64 first = from; first <= to; first += slice) {
        auto q = Sql::run(database(),
            u"SELECT seq, at, utc_offset, type, actor, station, ticket, payload, hash FROM events "
            "WHERE seq BETWEEN ? AND ? ORDER BY seq"_s,
            { first, qMin(to, first + slice - 1) });
        if (!q)
            return failure(u"events"_s, q.error().detail);
        while (q->next()) {
            e.seq = q->value(0).toLongLong();
            e.atMs = q->value(1).toLongLong();
            e.utcOffsetMinutes = q->value(2).toInt();
            e.type = EventType::text(q->value(3).toInt());
            const qint64 actor = q->value(4).toLongLong();
            auto known = m_actors.constFind(actor);
            if (known == m_actors.cend())
                known = m_actors.insert(actor, Actor::name(actor));
            e.actor = *known;
            e.station = q->value(5).toInt();
            e.ticket = q->value(6).toInt();
            e.payloadJson = q->value(7).toString().toUtf8();
            e.hash = q->value(8).toByteArray();
            if (auto r = fn(e); !r)
                return r;
        }
        if (q->lastError().isValid())
            return failure(u"events"_s, q->lastError().text());
    }
    return {};
}

Result<void> PgSource::rows(const Rows::Table &table, const std::function<void(const Rows::Cursor &)> &fn)
{
    auto q = Sql::run(database(),
        u"SELECT %1 FROM %2 ORDER BY %3"_s.arg(
            QLatin1String(table.columns), QLatin1String(table.name), QLatin1String(table.key)));
    if (!q)
        return failure(QString::fromLatin1(table.name), q.error().detail);
    const SqlCursor cursor(*q);
    while (q->next())
        fn(cursor);
    return {};
}

Result<QStringList> PgSource::dumpSchema()
{
    auto schema = Sql::run(database(), u"SELECT current_schema()"_s);
    if (!schema || !schema->next())
        return failure(u"schema"_s, schema ? QString() : schema.error().detail);
    const QString qualifier = schema->value(0).toString() + u'.';
    auto q = Sql::run(database(), catalogDump);
    if (!q)
        return failure(u"schema"_s, q.error().detail);
    QStringList objects;
    while (q->next())
        objects.append(q->value(0).toString().replace(qualifier, QString()));
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
    if (auto r = Sql::exec(database(), u"SAVEPOINT expected"_s); !r)
        return failure(u"schema"_s, r.error().detail);
    const QString name = u"kj_expected_"_s + QUuid::createUuid().toString(QUuid::Id128);
    QStringList statements { u"CREATE SCHEMA "_s + name, u"SET LOCAL search_path = "_s + name };
    statements += createStatements(Dialect::postgres());
    Result<QStringList> objects = QStringList();
    std::optional<Error> denied;
    for (const QString &statement : std::as_const(statements)) {
        if (auto r = Sql::exec(database(), statement); !r) {
            if (r.error().reason == u"db-denied")
                denied = r.error();
            objects = failure(u"schema"_s, r.error().detail);
            break;
        }
    }
    if (objects)
        objects = dumpSchema();
    // Undoes the schema and the search path alike.
    if (auto r = Sql::exec(database(), u"ROLLBACK TO SAVEPOINT expected"_s); !r)
        return failure(u"schema"_s, r.error().detail);
    if (!denied)
        return objects;
    auto stored = meta(QString(expectedSchemaKey));
    if (!stored)
        return stored.error();
    if (stored->isEmpty())
        return failure(u"schema"_s, denied->detail);
    QStringList lines;
    for (const QJsonValue line : QJsonDocument::fromJson(stored->toUtf8()).array())
        lines.append(line.toString());
    return lines;
}

Result<QString> PgSource::meta(const QString &key)
{
    auto q = Sql::run(database(), u"SELECT value FROM meta WHERE key = ?"_s, { key });
    if (!q)
        return failure(u"meta"_s, q.error().detail);
    return q->next() ? q->value(0).toString() : QString();
}

} // namespace kj
