#include "Event.h"

#include "Projector.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTimeZone>

#include <charconv>

using namespace Qt::StringLiterals;

namespace kj {

int EventType::code(QAnyStringView type)
{
    for (qsizetype i = 0; i < qsizetype(std::size(all)); ++i) {
        if (QAnyStringView::compare(type, all[i]) == 0)
            return int(i) + 1;
    }
    return 0;
}

QLatin1String EventType::name(int code)
{
    return code >= 1 && code <= int(std::size(all)) ? all[code - 1] : QLatin1String();
}

namespace {
constexpr qint64 kioskCode = 0;
constexpr qint64 systemCode = -1;
constexpr qint64 cliCode = -2;
constexpr QLatin1String officerPrefix{"officer:"};
} // namespace

QString Actor::officer(qint64 officerId)
{
    return officerPrefix + QString::number(officerId);
}

std::optional<qint64> Actor::code(QStringView actor)
{
    if (actor == Kiosk)
        return kioskCode;
    if (actor == System)
        return systemCode;
    if (actor == Cli)
        return cliCode;
    if (actor.startsWith(officerPrefix)) {
        bool ok = false;
        const qint64 id = actor.mid(officerPrefix.size()).toLongLong(&ok);
        if (ok && id > 0)
            return id;
    }
    return std::nullopt;
}

void Actor::appendName(QByteArray &out, qint64 code)
{
    switch (code) {
    case kioskCode:
        out.append(Kiosk.data(), Kiosk.size());
        return;
    case systemCode:
        out.append(System.data(), System.size());
        return;
    case cliCode:
        out.append(Cli.data(), Cli.size());
        return;
    default: {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, code).ptr;
        out.append(officerPrefix.data(), officerPrefix.size()).append(digits, end - digits);
    }
    }
}

QString Actor::name(qint64 code)
{
    QByteArray name;
    appendName(name, code);
    return QString::fromLatin1(name);
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

namespace {
int localDayKey(qint64 atMs, int utcOffsetMinutes)
{
    return Projector::dayKey(QDateTime::fromMSecsSinceEpoch(atMs + qint64(utcOffsetMinutes) * 60'000, Qt::UTC).date());
}
} // namespace

int Event::day() const
{
    if (ticket == 0)
        return 0;
    if (payloadJson.contains("\"day\"")) {
        if (const QJsonValue day = payload().value(u"day"_s); day.isDouble())
            return day.toInt();
    }
    return localDayKey(atMs, utcOffsetMinutes);
}

QByteArray Event::storedPayload(const EventDraft &draft, qint64 atMs, int utcOffsetMinutes)
{
    QJsonObject payload = draft.payload;
    if (draft.ticket != 0 && draft.day != 0 && draft.day != localDayKey(atMs, utcOffsetMinutes))
        payload.insert(u"day"_s, draft.day);
    return payload.isEmpty() ? QByteArray() : canonicalJson(payload);
}

QByteArray canonicalJson(const QJsonObject &payload)
{
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

void appendCanonical(QByteArray &out, qint64 seq, qint64 atMs, int utcOffsetMinutes, QLatin1String type,
                     QByteArrayView actor, int station, int ticket, QByteArrayView payload)
{
    constexpr char sep = '\x1f';
    auto number = [&out](qint64 value) {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
        out.append(digits, end - digits).append(sep);
    };
    number(seq);
    number(atMs);
    number(utcOffsetMinutes);
    out.append(type.data(), type.size()).append(sep);
    out.append(actor).append(sep);
    number(station);
    number(ticket);
    out.append(payload);
}

QByteArray Event::canonicalBytes() const
{
    QByteArray bytes;
    bytes.reserve(96 + payloadJson.size());
    const QByteArray typeName = type.toLatin1();
    appendCanonical(bytes, seq, atMs, utcOffsetMinutes, QLatin1String(typeName), actor.toUtf8(), station,
                    ticket, payloadJson);
    return bytes;
}

QByteArray chainDigest(QByteArrayView previous, QByteArrayView canonical)
{
    QCryptographicHash sha(QCryptographicHash::Sha256);
    sha.addData(previous);
    sha.addData(canonical);
    return sha.result().left(16);
}

QByteArray Event::chainHash(const QByteArray &previousHash) const
{
    return chainDigest(previousHash, canonicalBytes());
}

} // namespace kj
