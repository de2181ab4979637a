#include "Sql.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace kj {

Result<QSqlQuery> Sql::run(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    // Forward-only spares SQLite a copy of the rows; PostgreSQL's driver would then stream them,
    // and the next statement on the connection would drop those not yet read.
    q.setForwardOnly(db.driverName() == u"QSQLITE");
    if (!q.prepare(sql))
        return databaseError(q.lastError(), sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return databaseError(q.lastError(), sql);
    return q;
}

Result<void> Sql::exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return databaseError(q.lastError(), sql);
    return {};
}

Result<qint64> Sql::number(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto q = run(db, sql, values);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

QVariant Sql::null()
{
    return QVariant(QMetaType::fromType<QString>());
}

BulkInsert::BulkInsert(
    const QSqlDatabase &db, const QString &table, const QString &columns, const QString &suffix)
    : m_db(db)
    , m_table(table)
    , m_columns(columns)
    , m_suffix(suffix)
    , m_columnCount(columns.count(u',') + 1)
    // Under SQLite's 32766 bound values to a statement (PostgreSQL allows 65535).
    , m_batchRows(std::min<qsizetype>(500, 30'000 / m_columnCount))
{
    m_values.reserve(m_batchRows * m_columnCount);
}

Result<void> BulkInsert::add(const QVariantList &row)
{
    Q_ASSERT(row.size() == m_columnCount);
    m_values.append(row);
    if (m_values.size() < m_batchRows * m_columnCount)
        return {};
    return flush();
}

Result<void> BulkInsert::finish()
{
    return m_values.isEmpty() ? Result<void>() : flush();
}

Result<void> BulkInsert::flush()
{
    const qsizetype rows = m_values.size() / m_columnCount;
    auto statement = [&] {
        QStringList marks(m_columnCount, u"?"_s);
        const QString row = u'(' + marks.join(u", "_s) + u')';
        return u"INSERT INTO %1(%2) VALUES %3 %4"_s.arg(
            m_table, m_columns, QStringList(rows, row).join(u", "_s), m_suffix);
    };
    std::optional<QSqlQuery> partial;
    QSqlQuery *q = nullptr;
    if (rows == m_batchRows) {
        if (!m_full) {
            m_full.emplace(m_db);
            if (!m_full->prepare(statement()))
                return databaseError(m_full->lastError(), m_table);
        }
        q = &*m_full;
    } else {
        partial.emplace(m_db);
        if (!partial->prepare(statement()))
            return databaseError(partial->lastError(), m_table);
        q = &*partial;
    }
    for (qsizetype i = 0; i < m_values.size(); ++i)
        q->bindValue(int(i), m_values.at(i));
    if (!q->exec())
        return databaseError(q->lastError(), m_table);
    m_values.clear();
    return {};
}

Error offlineError(const QString &detail)
{
    return Error { ErrorKind::Database, u"db-offline"_s,
        Sql::tr("The logbook's database server does not answer, so nothing was done. Kunjungan "
                "connects again by itself as soon as it answers."),
        detail };
}

Error databaseError(const QSqlError &error, const QString &context)
{
    // A statement that never ran leaves no error: its connection is closed, as a Logbook's is
    // while its server does not answer.
    if (error.type() == QSqlError::NoError && error.text().trimmed().isEmpty())
        return offlineError(context);
    // PostgreSQL names its errors by five-character SQLSTATEs; SQLite's codes have four digits
    // at most.
    if (error.nativeErrorCode().size() == 5)
        return postgresError(error, context);
    const int code = error.nativeErrorCode().toInt() & 0xff;
    QString reason;
    QString message;
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        reason = u"db-locked"_s;
        message = Sql::tr("The logbook is locked by another program for too long. Try again; if it "
                          "stays locked, close the other Kunjungan windows.");
        break;
    case 13: // SQLITE_FULL
        reason = u"db-full"_s;
        message = Sql::tr("The disk is full: nothing was written. Free some space and try again.");
        break;
    case 8: // SQLITE_READONLY
        reason = u"db-readonly"_s;
        message = Sql::tr("The logbook file is read-only: nothing was written. Check the file's "
                          "permissions.");
        break;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        reason = u"db-corrupt"_s;
        message = Sql::tr("The file is not a Kunjungan logbook or it is damaged. Restore it from a "
                          "backup.");
        break;
    case 14: // SQLITE_CANTOPEN
        reason = u"db-cantopen"_s;
        message = Sql::tr("The logbook file cannot be opened. Check that the folder exists and may "
                          "be written.");
        break;
    case 10: // SQLITE_IOERR
        reason = u"db-io"_s;
        message = Sql::tr("Reading or writing the logbook failed (disk error): nothing was written.");
        break;
    default:
        reason = u"db-error"_s;
        message = Sql::tr("Database error: nothing was written.");
        break;
    }
    QString detail = error.text();
    if (!context.isEmpty())
        detail = context + u": "_s + detail;
    return Error { ErrorKind::Database, reason, message, detail };
}

} // namespace kj
