#include "Event.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace kj {

QString Actor::officer(qint64 officerId)
{
    return u"officer:"_s + QString::number(officerId);
}

QDateTime Event::atUtc() const
{
    return QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
}

QDateTime Event::atLocal() const
{
    return QDateTime::fromMSecsSinceEpoch(atMs, QTimeZone(utcOffsetMinutes * 60));
}

QJsonObject Event::payload() const
{
    return QJsonDocument::fromJson(payloadJson).object();
}

QByteArray canonicalJson(const QJsonObject &payload)
{
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

QByteArray Event::canonicalBytes() const
{
    const char sep = '\x1f';
    QByteArray bytes;
    bytes.reserve(128);
    bytes.append(QByteArray::number(seq)).append(sep);
    bytes.append(QByteArray::number(atMs)).append(sep);
    bytes.append(QByteArray::number(utcOffsetMinutes)).append(sep);
    bytes.append(type.toUtf8()).append(sep);
    bytes.append(actor.toUtf8()).append(sep);
    bytes.append(QByteArray::number(station)).append(sep);
    bytes.append(payloadJson);
    return bytes;
}

QByteArray Event::chainHash(const QByteArray &previousHash) const
{
    QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.addData(previousHash);
    sha.addData(canonicalBytes());
    return sha.result().left(16);
}

} // namespace kj
