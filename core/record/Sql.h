#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <optional>

class QSqlError;

namespace kj {

// Statements as the record runs them: prepared, forward-only, every failure a database Error.
class Sql
{
    Q_DECLARE_TR_FUNCTIONS(Sql)

public:
    // One statement with positional values.
    static Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
    // One statement without values, sent as it is: schema and transaction statements, which
    // PostgreSQL does not prepare.
    static Result<void> exec(const QSqlDatabase &db, const QString &sql);
    // The first column of the first row as a number (0 when there is no row).
    static Result<qint64> number(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
    // SQL NULL as a bound value.
    static QVariant null();
};

// Rows into one table, many to a statement: one round trip to a server per few hundred rows, not
// per row. add() may run a statement; finish() runs the last one.
class BulkInsert
{
public:
    // columns: "a, b, c"; suffix: what follows the values ("ON CONFLICT DO NOTHING"), if anything.
    BulkInsert(
        const QSqlDatabase &db, const QString &table, const QString &columns, const QString &suffix = {});
    Result<void> add(const QVariantList &row);
    Result<void> finish();

private:
    Result<void> flush();

    QSqlDatabase m_db;
    QString m_table;
    QString m_columns;
    QString m_suffix;
    qsizetype m_columnCount;
    qsizetype m_batchRows;
    QVariantList m_values;
    std::optional<QSqlQuery> m_full; // prepared once for a whole batch
};

// The database failure as a value, with one Indonesian (translated) line for people.
Error databaseError(const QSqlError &error, const QString &context = {});
// A logbook whose server does not answer (Logbook::online): nothing was done.
Error offlineError(const QString &detail);
// The same for PostgreSQL's errors (PgDialect.cpp).
Error postgresError(const QSqlError &error, const QString &context);

} // namespace kj
