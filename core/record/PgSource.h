#pragma once

#include "AuditSource.h"
#include "Dialect.h"
#include "Libpq.h"

#include <memory>

namespace kj {

// A logbook on PostgreSQL as the verifier reads it: a connection of its own holding one
// REPEATABLE READ transaction, so the events, the tables and the catalog are one snapshot while
// the desks go on writing. It reads the rows through libpq as COPY streams them, in binary: Qt's
// driver would make a QVariant of each of the millions of values, and even libpq's own results
// cost the server and this end twice as much.
class PgSource final : public AuditSource
{
public:
    static Result<std::unique_ptr<PgSource>> open(const StoreLocation &location);
    ~PgSource() override;

    qint64 lastSeq() const override { return m_lastSeq; }
    Result<void> storedEvents(
        qint64 from, qint64 to, const std::function<Result<void>(const StoredEvent &)> &fn) override;
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
    explicit PgSource(libpq::Connection connection)
        : m_connection(std::move(connection))
    { }
    Error failure(const QString &context, const QString &detail) const;
    // A statement's result, or its failure.
    Result<libpq::ResultPtr> run(
        const QByteArray &sql, const QString &context, const QByteArray &parameter = {});
    // Every row a query selects, streamed by COPY; a row of another number of columns fails.
    Result<void> each(const QByteArray &query, int columns, const QString &context,
        const std::function<Result<void>(const libpq::CopyRow &)> &fn);
    Result<QStringList> dumpSchema();

    libpq::Connection m_connection;
    qint64 m_lastSeq = 0;
};

} // namespace kj
