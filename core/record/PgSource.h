#pragma once

#include "AuditSource.h"
#include "Dialect.h"
#include "Libpq.h"

#include <QHash>

#include <memory>

namespace kj {

// A logbook on PostgreSQL as the verifier reads it: a connection of its own holding one
// REPEATABLE READ transaction, so the events, the tables and the catalog are one snapshot while
// the desks go on writing. It reads through libpq in binary, a cursor's 20,000 rows at a time:
// Qt's driver would make a QVariant of each of the millions of values.
class PgSource final : public AuditSource
{
public:
    static Result<std::unique_ptr<PgSource>> open(const StoreLocation &location);
    // Another reader of this snapshot (pg_export_snapshot) on a connection of its own: the chain
    // walks it in one thread while the tables are replayed from this one in another.
    Result<std::unique_ptr<PgSource>> sameSnapshot() const;
    ~PgSource() override;

    qint64 lastSeq() const override { return m_lastSeq; }
    Result<void> events(
        qint64 from, qint64 to, const std::function<Result<void>(const Event &)> &fn) override;
    Result<void> rows(const Rows::Table &table, const std::function<void(const Rows::Cursor &)> &fn) override;
    // Tables with their columns, constraints, indexes, triggers, views and functions of the
    // logbook's schema, from the catalog.
    Result<QStringList> schema() override;
    // The same of a new logbook, created in a schema of its own inside the snapshot and rolled back.
    Result<QStringList> expectedSchema() override;
    // The expected schema's dump as server init stored it in meta (a JSON array of lines).
    static constexpr QLatin1String expectedSchemaKey { "expected_schema" };
    Result<QString> meta(const QString &key) override;

private:
    PgSource(libpq::Connection connection, const StoreLocation &location)
        : m_connection(std::move(connection))
        , m_location(location)
    { }
    static Result<std::unique_ptr<PgSource>> connect(
        const StoreLocation &location, const QByteArray &snapshot);
    Error failure(const QString &context, const QString &detail) const;
    // A statement's result (binary: the values as stored, for the cursors), or its failure.
    Result<libpq::ResultPtr> run(
        const QByteArray &sql, const QString &context, bool binary = false, const QByteArray &parameter = {});
    // Every row a query selects, a cursor's batch at a time.
    Result<void> each(const QByteArray &query, const QString &context,
        const std::function<Result<void>(const libpq::Cursor &)> &fn);
    Result<QStringList> dumpSchema();

    libpq::Connection m_connection;
    StoreLocation m_location;
    QByteArray m_snapshot; // pg_export_snapshot()'s name
    qint64 m_lastSeq = 0;
    QHash<qint64, QString> m_actors; // actor names by code, made once
};

} // namespace kj
