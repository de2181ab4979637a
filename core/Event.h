#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QLatin1String>
#include <QString>

namespace kj {

// The kinds of event the logbook records. The strings are stored; never rename one.
namespace EventType {
inline constexpr QLatin1String SignedIn{"queue.signin"};
inline constexpr QLatin1String Called{"queue.call"};
inline constexpr QLatin1String Recalled{"queue.recall"};
inline constexpr QLatin1String NoShow{"queue.noshow"};
inline constexpr QLatin1String NoAnswer{"queue.noanswer"};
inline constexpr QLatin1String Cancelled{"queue.cancel"};
inline constexpr QLatin1String CallStarted{"call.start"};
inline constexpr QLatin1String CallWarning{"call.warning"};
inline constexpr QLatin1String CallTimeUp{"call.timeup"};
inline constexpr QLatin1String CallExtended{"call.extend"};
inline constexpr QLatin1String CallDropped{"call.drop"};
inline constexpr QLatin1String CallResumed{"call.resume"};
inline constexpr QLatin1String CallEnded{"call.end"};
inline constexpr QLatin1String CallRecovered{"call.recover"};
inline constexpr QLatin1String Amended{"session.amend"};
inline constexpr QLatin1String RosterImported{"roster.import"};
inline constexpr QLatin1String ContactAdded{"contact.add"};
inline constexpr QLatin1String ContactChanged{"contact.change"};
inline constexpr QLatin1String RestrictionAdded{"restriction.add"};
inline constexpr QLatin1String RestrictionLifted{"restriction.lift"};
inline constexpr QLatin1String SettingChanged{"settings.change"};
inline constexpr QLatin1String OfficerAdded{"officer.add"};
inline constexpr QLatin1String OfficerPinSet{"officer.pin"};
inline constexpr QLatin1String OfficerLogin{"officer.login"};
inline constexpr QLatin1String OfficerLogout{"officer.logout"};
inline constexpr QLatin1String OfficerPinFailed{"officer.pinfail"};
inline constexpr QLatin1String PersonalDataRedacted{"privacy.redact"};
inline constexpr QLatin1String ClockJumped{"clock.jump"};
inline constexpr QLatin1String OfficerActiveSet{"officer.active"}; // payload: id, active (bool)
} // namespace EventType

// Who caused an event: an officer ("officer:3"), the kiosk, the admin CLI or the system itself.
namespace Actor {
inline constexpr QLatin1String Kiosk{"kiosk"};
inline constexpr QLatin1String System{"system"};
inline constexpr QLatin1String Cli{"cli"};
QString officer(qint64 officerId);
} // namespace Actor

// What a caller asks to append; the logbook adds sequence number, time and hash.
struct EventDraft
{
    QLatin1String type;
    QString actor;
    int station = 0;
    QJsonObject payload;
};

// One line of the append-only record.
struct Event
{
    qint64 seq = 0;
    qint64 atMs = 0;         // UTC, milliseconds since the epoch
    int utcOffsetMinutes = 0; // the facility's offset at that instant (facility-local = at + offset)
    QString type;
    QString actor;
    int station = 0;
    QByteArray payloadJson; // exactly as stored and hashed
    QByteArray hash;        // chain value, see chainHash()

    QJsonObject payload() const;

    QDateTime atUtc() const;
    QDateTime atLocal() const;

    // The exact bytes the chain covers: every field but the hash, in a fixed order.
    QByteArray canonicalBytes() const;
    // First 16 bytes of SHA-256(previous hash ‖ canonical bytes). 128 bits keep a forgery
    // infeasible while halving the record's size.
    QByteArray chainHash(const QByteArray &previousHash) const;
};

// The payload as stored: compact JSON with sorted keys.
QByteArray canonicalJson(const QJsonObject &payload);

} // namespace kj
