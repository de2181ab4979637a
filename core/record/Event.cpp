#include "Event.h"

#include "DayKey.h"
#include "Sha256.h"
#include "Text.h"

#include <QJsonDocument>
#include <QTimeZone>

#include <charconv>
#include <cstring>
#include <string>
#include <vector>

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

QString EventType::text(int code)
{
    static const std::vector<std::u16string> texts = [] {
        std::vector<std::u16string> names;
        for (const QLatin1String name : all)
            names.push_back(QString(name).toStdU16String());
        return names;
    }();
    if (code < 1 || code > int(texts.size()))
        return {};
    const std::u16string &name = texts[size_t(code - 1)];
    return QString::fromRawData(reinterpret_cast<const QChar *>(name.data()), qsizetype(name.size()));
}

namespace {
constexpr qint64 kioskCode = 0;
constexpr qint64 systemCode = -1;
constexpr qint64 cliCode = -2;
constexpr QLatin1String officerPrefix { "officer:" };
} // namespace

QString Actor::officer(qint64 officerId)
{
    return officerPrefix + QString::number(officerId);
}

namespace {
constexpr QLatin1String cliPrefix { "cli:" };
constexpr qsizetype maxUserName = 64;

QString cleanUserName(const QString &user)
{
    QList<uint> clean = QStringView(user).left(maxUserName).toUcs4();
    for (uint &c : clean) {
        if (c == U':' || isControlCharacter(c) || isBidiControl(c))
            c = U'?';
    }
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(clean.constData()), clean.size());
}
} // namespace

QString Actor::cli(const QString &osUser, const QString &sudoUser)
{
    if (osUser.isEmpty())
        return Cli;
    QString actor = cliPrefix + cleanUserName(osUser);
    if (!sudoUser.isEmpty())
        actor += u':' + cleanUserName(sudoUser);
    return actor;
}

std::optional<Actor::CliUsers> Actor::cliUsers(QStringView actor)
{
    if (actor == Cli)
        return CliUsers {};
    if (!actor.startsWith(cliPrefix))
        return std::nullopt;
    const QStringView users = actor.mid(cliPrefix.size());
    const qsizetype colon = users.indexOf(u':');
    if (colon < 0)
        return CliUsers { users.toString(), {} };
    return CliUsers { users.left(colon).toString(), users.mid(colon + 1).toString() };
}

std::optional<qint64> Actor::code(QStringView actor)
{
    if (actor == Kiosk)
        return kioskCode;
    if (actor == System)
        return systemCode;
    if (cliUsers(actor))
        return cliCode;
    if (actor.startsWith(officerPrefix)) {
        bool ok = false;
        const qint64 id = actor.mid(officerPrefix.size()).toLongLong(&ok);
        if (ok && id > 0)
            return id;
    }
    return std::nullopt;
}

namespace {

char *writeNumber(char *out, qint64 value)
{
    return std::to_chars(out, out + 24, value).ptr;
}

char *writeText(char *out, QByteArrayView text)
{
    if (text.isEmpty()) // an empty view may carry a null pointer, which memcpy must not be given
        return out;
    std::memcpy(out, text.data(), size_t(text.size()));
    return out + text.size();
}

// At most 8 + 20 bytes.
char *writeActor(char *out, qint64 code)
{
    switch (code) {
    case kioskCode:
        return writeText(out, QByteArrayView(Actor::Kiosk.data(), Actor::Kiosk.size()));
    case systemCode:
        return writeText(out, QByteArrayView(Actor::System.data(), Actor::System.size()));
    case cliCode:
        return writeText(out, QByteArrayView(Actor::Cli.data(), Actor::Cli.size()));
    default:
        return writeNumber(writeText(out, QByteArrayView(officerPrefix.data(), officerPrefix.size())), code);
    }
}

} // namespace

QString Actor::name(qint64 code)
{
    char name[32];
    return QString::fromLatin1(name, writeActor(name, code) - name);
}

QString Actor::stored(qint64 code, QByteArrayView payloadJson)
{
    if (code != cliCode || !payloadJson.contains("\"os\""))
        return name(code);
    const QJsonObject payload = QJsonDocument::fromJson(payloadJson.toByteArray()).object();
    return cli(payload.value(u"os"_s).toString(), payload.value(u"sudo"_s).toString());
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
    // The local day counted from the epoch (rounded down), without building a QDateTime.
    constexpr qint64 msPerDay = 86'400'000;
    constexpr qint64 epochJulianDay = 2'440'588; // 1970-01-01
    const qint64 localMs = atMs + qint64(utcOffsetMinutes) * 60'000;
    const qint64 days = localMs / msPerDay - (localMs % msPerDay < 0 ? 1 : 0);
    return dayKey(QDate::fromJulianDay(epochJulianDay + days));
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
    if (const auto users = Actor::cliUsers(draft.actor); users && !users->os.isEmpty()) {
        payload.insert(u"os"_s, users->os);
        if (!users->sudo.isEmpty())
            payload.insert(u"sudo"_s, users->sudo);
    }
    return payload.isEmpty() ? QByteArray() : canonicalJson(payload);
}

QByteArray canonicalJson(const QJsonObject &payload)
{
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

qsizetype writeCanonical(char *out, qint64 seq, qint64 atMs, int utcOffsetMinutes, QLatin1String type,
    qint64 actorCode, int station, int ticket, QByteArrayView payload)
{
    constexpr char sep = '\x1f';
    char *p = out;
    p = writeNumber(p, seq);
    *p++ = sep;
    p = writeNumber(p, atMs);
    *p++ = sep;
    p = writeNumber(p, utcOffsetMinutes);
    *p++ = sep;
    p = writeText(p, QByteArrayView(type.data(), type.size()));
    *p++ = sep;
    p = writeActor(p, actorCode);
    *p++ = sep;
    p = writeNumber(p, station);
    *p++ = sep;
    p = writeNumber(p, ticket);
    *p++ = sep;
    p = writeText(p, payload);
    return p - out;
}

QByteArray Event::canonicalBytes() const
{
    const QByteArray typeName = type.toLatin1();
    QByteArray bytes(canonicalCapacity(typeName.size(), payloadJson.size()), Qt::Uninitialized);
    bytes.truncate(writeCanonical(bytes.data(), seq, atMs, utcOffsetMinutes, QLatin1String(typeName),
        Actor::code(actor).value_or(0), station, ticket, payloadJson));
    return bytes;
}

QByteArray chainDigest(QByteArrayView previous, QByteArrayView canonical)
{
    const Sha256Digest digest = sha256({ previous, canonical });
    return QByteArray(reinterpret_cast<const char *>(digest.data()), chainHashSize);
}

QByteArray Event::chainHash(const QByteArray &previousHash) const
{
    return chainDigest(previousHash, canonicalBytes());
}

} // namespace kj
