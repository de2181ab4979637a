#include "Sql.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace kj {

Result<QSqlQuery> Sql::run(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return databaseError(q.lastError(), sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return databaseError(q.lastError(), sql);
    return q;
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

Error databaseError(const QSqlError &error, const QString &context)
{
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
