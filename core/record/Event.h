#pragma once

#include <QAnyStringView>
#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QLatin1String>
#include <QString>

#include <optional>

namespace kj {

// The kinds of event the logbook records. The strings are stored; never rename one.
namespace EventType {
inline constexpr QLatin1String SignedIn { "queue.signin" };
inline constexpr QLatin1String Called { "queue.call" };
inline constexpr QLatin1String Recalled { "queue.recall" };
inline constexpr QLatin1String NoShow { "queue.noshow" };
inline constexpr QLatin1String NoAnswer { "queue.noanswer" };
inline constexpr QLatin1String Cancelled { "queue.cancel" };
inline constexpr QLatin1String CallStarted { "call.start" };
inline constexpr QLatin1String CallWarning { "call.warning" };
inline constexpr QLatin1String CallTimeUp { "call.timeup" };
inline constexpr QLatin1String CallExtended { "call.extend" };
inline constexpr QLatin1String CallDropped { "call.drop" };
inline constexpr QLatin1String CallResumed { "call.resume" };
inline constexpr QLatin1String CallEnded { "call.end" };
inline constexpr QLatin1String CallRecovered { "call.recover" };
inline constexpr QLatin1String Amended { "session.amend" };
inline constexpr QLatin1String RosterImported { "roster.import" };
inline constexpr QLatin1String ContactAdded { "contact.add" };
inline constexpr QLatin1String ContactChanged { "contact.change" };
inline constexpr QLatin1String RestrictionAdded { "restriction.add" };
inline constexpr QLatin1String RestrictionLifted { "restriction.lift" };
inline constexpr QLatin1String SettingChanged { "settings.change" };
inline constexpr QLatin1String OfficerAdded { "officer.add" };
inline constexpr QLatin1String OfficerPinSet { "officer.pin" };
inline constexpr QLatin1String OfficerLogin { "officer.login" };
inline constexpr QLatin1String OfficerLogout { "officer.logout" };
inline constexpr QLatin1String OfficerPinFailed { "officer.pinfail" };
inline constexpr QLatin1String PersonalDataRedacted { "privacy.redact" };
inline constexpr QLatin1String ClockJumped { "clock.jump" };
inline constexpr QLatin1String SurveyAnswered { "survey.answer" }; // the kiosk's satisfaction survey
inline constexpr QLatin1String ComplaintAdded { "complaint.add" };
inline constexpr QLatin1String ComplaintUpdated { "complaint.update" };
inline constexpr QLatin1String OfficerActiveSet { "officer.active" }; // payload: id, active (bool)
// An officer closed the kiosk with their PIN at its pad (the record only: the console's sign-in and
// its wrong-PIN count are not touched). Payload: id.
inline constexpr QLatin1String KioskClosed { "kiosk.close" };

// The events table stores a type as its position in this list (from 1), so append only.
inline constexpr QLatin1String all[] = {
    SignedIn,
    Called,
    Recalled,
    NoShow,
    NoAnswer,
    Cancelled,
    CallStarted,
    CallWarning,
    CallTimeUp,
    CallExtended,
    CallDropped,
    CallResumed,
    CallEnded,
    CallRecovered,
    Amended,
    RosterImported,
    ContactAdded,
    ContactChanged,
    RestrictionAdded,
    RestrictionLifted,
    SettingChanged,
    OfficerAdded,
    OfficerPinSet,
    OfficerLogin,
    OfficerPinFailed,
    OfficerLogout,
    PersonalDataRedacted,
    ClockJumped,
    SurveyAnswered,
    ComplaintAdded,
    ComplaintUpdated,
    OfficerActiveSet,
    KioskClosed,
};
// The stored code of a type (0 if unknown) and back (empty if unknown).
int code(QAnyStringView type);
QLatin1String name(int code);
// The name as an Event's type: a QString over text built once, so that reading millions of events
// neither allocates it nor counts references to it.
QString text(int code);
} // namespace EventType

// Who caused an event: an officer ("officer:3"), the kiosk, the admin CLI or the system itself.
namespace Actor {
inline constexpr QLatin1String Kiosk { "kiosk" };
inline constexpr QLatin1String System { "system" };
inline constexpr QLatin1String Cli { "cli" };
QString officer(qint64 officerId);
// The admin CLI run by an operating-system user and, under sudo, the user who ran sudo:
// "cli:root:budi". Stored as the CLI's code, the users in the payload ("os", "sudo"), so they are
// part of the hash. A ':' or a control character in a name becomes '?'.
QString cli(const QString &osUser, const QString &sudoUser = {});
struct CliUsers
{
    QString os; // empty for a plain "cli" (events written before the users were recorded)
    QString sudo; // empty when not run through sudo
};
std::optional<CliUsers> cliUsers(QStringView actor); // nullopt if not the CLI
// Stored as a number: the officer's id, or 0 kiosk, -1 system, -2 CLI. nullopt if not an actor.
std::optional<qint64> code(QStringView actor);
QString name(qint64 code);
// The actor of a stored event: name(code), with the CLI's users read back from its payload.
QString stored(qint64 code, QByteArrayView payloadJson);
} // namespace Actor

// What a caller asks to append; the logbook adds sequence number, time and hash.
struct EventDraft
{
    QLatin1String type;
    QString actor;
    int station = 0;
    QJsonObject payload;
    // The queue ticket the event is about, if any, and its service day (yyyymmdd).
    int day = 0;
    int ticket = 0;
};

// One line of the append-only record.
struct Event
{
    qint64 seq = 0;
    qint64 atMs = 0; // UTC, milliseconds since the epoch
    int utcOffsetMinutes = 0; // the facility's offset at that instant (facility-local = at + offset)
    QString type;
    QString actor;
    int station = 0;
    int ticket = 0; // the queue ticket the event is about, 0 if none
    QByteArray payloadJson; // exactly as stored and hashed; empty when there is nothing more to say
    QByteArray hash; // chain value, see chainHash()

    QJsonObject payload() const;
    // The service day (yyyymmdd) of the ticket: the facility-local date of the event, unless the
    // payload names another day (a call of an earlier day closed after a restart). 0 if no ticket.
    int day() const;
    // The payload to store for a draft's: the day is written only when it is not the event's own.
    static QByteArray storedPayload(const EventDraft &draft, qint64 atMs, int utcOffsetMinutes);

    QDateTime atUtc() const;
    QDateTime atLocal() const;

    // The exact bytes the chain covers: every field but the hash, in a fixed order (see
    // writeCanonical).
    QByteArray canonicalBytes() const;
    // First 16 bytes of SHA-256(previous hash ‖ canonical bytes). 128 bits keep a forgery
    // infeasible while halving the record's size.
    QByteArray chainHash(const QByteArray &previousHash) const;
};

// The payload as stored: compact JSON with sorted keys.
QByteArray canonicalJson(const QJsonObject &payload);

// The canonical bytes of an event: seq, at, offset, type name, actor name (Actor::name of the
// code), station, ticket and payload, as decimal text and names separated by 0x1f. Written at
// out, which must hold canonicalCapacity(type.size(), payload.size()) bytes; returns the size.
// The writer and the verifier (which reads raw columns) both use this, so they cannot disagree.
constexpr qsizetype canonicalCapacity(qsizetype typeSize, qsizetype payloadSize)
{
    return 8 * 24 + typeSize + payloadSize;
}
qsizetype writeCanonical(char *out, qint64 seq, qint64 atMs, int utcOffsetMinutes, QLatin1String type,
    qint64 actorCode, int station, int ticket, QByteArrayView payload);
// First 16 bytes of SHA-256(previous ‖ canonical bytes).
inline constexpr qsizetype chainHashSize = 16;
QByteArray chainDigest(QByteArrayView previous, QByteArrayView canonical);

// An event as a store holds it: its type and actor as codes, its payload and hash as stored
// (views into the row being read).
struct StoredEvent
{
    qint64 seq = 0;
    qint64 atMs = 0;
    int utcOffsetMinutes = 0;
    int typeCode = 0;
    qint64 actorCode = 0;
    int station = 0;
    int ticket = 0;
    QByteArrayView payload;
    QByteArrayView hash;
};

} // namespace kj
