// The logbook's personal data: family names and phone numbers stored beside the events (which
// carry only a salted digest), read back, shown to the kiosk in part, and destroyed on request.
#include "Logbook.h"

#include "Clock.h"
#include "Dialect.h"
#include "Sha256.h"
#include "Sql.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kj {

namespace {

// The salted digest an event carries instead of a family name or phone number.
QByteArray personalDigest(const QByteArray &salt, const QString &value)
{
    const Sha256Digest digest = sha256({ salt, value.toUtf8() });
    return QByteArray(reinterpret_cast<const char *>(digest.data()), qsizetype(digest.size()));
}

} // namespace

Result<QString> Logbook::storePersonalInTransaction(const QString &value)
{
    QByteArray salt(16, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), 4);
    const QByteArray digest = personalDigest(salt, value);
    QSqlQuery q(database());
    q.prepare(u"INSERT INTO personal_data(id, digest, salt, value, created) "
              "VALUES ((SELECT coalesce(max(id), 0) + 1 FROM personal_data), ?, ?, ?, ?)"_s);
    q.addBindValue(digest);
    q.addBindValue(salt);
    q.addBindValue(value);
    q.addBindValue(m_clock.nowUtc().toMSecsSinceEpoch());
    if (!q.exec())
        return databaseError(q.lastError(), u"personal data"_s);
    return QString::fromLatin1(digest.toHex());
}

QString Logbook::personal(const QString &digest) const
{
    QSqlQuery q(database());
    q.prepare(u"SELECT value FROM personal_data WHERE digest = ?"_s);
    q.addBindValue(QByteArray::fromHex(digest.toLatin1()));
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

std::pair<QString, QString> Logbook::kioskContact(qint64 contactId) const
{
    QSqlQuery q(database());
    q.prepare(m_dialect.kioskContact());
    q.addBindValue(contactId);
    if (!q.exec() || !q.next())
        return {};
    QString digits = q.value(1).toString();
    digits.removeIf([](QChar c) { return !c.isDigit(); });
    return { q.value(0).toString().section(u' ', 0, 0, QString::SectionSkipEmpty), digits.right(4) };
}

Result<int> Logbook::redactPersonalBefore(const QDateTime &utc, const QString &actor)
{
    auto redacted = write<int>([&](WriteTransaction &tx) -> Result<int> {
        QSqlQuery q(database());
        q.prepare(u"UPDATE personal_data SET value = NULL, salt = NULL, redacted = ? "
                  "WHERE created < ? AND value IS NOT NULL"_s);
        q.addBindValue(m_clock.nowUtc().toMSecsSinceEpoch());
        q.addBindValue(utc.toMSecsSinceEpoch());
        if (!q.exec())
            return databaseError(q.lastError(), u"redact"_s);
        const int count = q.numRowsAffected();
        auto event = tx.append({ EventType::PersonalDataRedacted, actor, 0,
            QJsonObject { { u"before"_s, utc.toString(Qt::ISODate) }, { u"count"_s, count } } });
        if (!event)
            return event.error();
        return count;
    });
    if (!redacted)
        return redacted;
    if (auto purged = m_dialect.purgeOldCopies(database()); !purged)
        return purged.error();
    return redacted;
}

} // namespace kj
