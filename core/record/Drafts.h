#pragma once

#include "Event.h"
#include "Queue.h"
#include "Roster.h"

#include <QDate>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace kj {

// The events as the Desk appends them: every kind's payload is written here and read by the
// Projector, so the stored format lives in the record layer alone.
namespace Drafts {

// A queue event: the ticket and its day, and on sign-in the ticket's WBP, cell and contact.
// extra: the fields of a call's end (endPayload) or a cancellation's reason.
EventDraft queue(const QueueEvent &event, int day, const QString &actor, const QJsonObject &extra = {});
std::optional<QueueEvent::Type> queueTypeOf(QStringView eventType);
// The extra fields of a call's end, as lean as the record allows: the outcome unless the call
// was completed, the reason if one was given, the time talked, and the time allowed unless it is
// the standard length plus the call's extensions (the Projector derives it then). endedMs: when the
// call really ended, for an end recorded later (the server did not answer then); 0 when the
// event's own time is the end.
QJsonObject endPayload(QLatin1String outcome, const QString &reason, qint64 activeMs, qint64 allowedMs,
    int extendedMinutes, qint64 endedMs = 0);
// A cancellation's extra fields.
QJsonObject cancelPayload(const QString &reason);

// Events about the call running at a station (day and ticket: the call's).
EventDraft callExtended(
    int station, int day, int ticket, int minutes, const QString &reason, const QString &actor);
EventDraft callDropped(int station, int day, int ticket, qint64 leftMs, const QString &actor);
EventDraft callResumed(int station, int day, int ticket, const QString &actor);
EventDraft callWarning(int station, int day, int ticket);
EventDraft callTimeUp(int station, int day, int ticket);
EventDraft callResumedAfterRestart(int station, int day, int ticket, qint64 leftMs);
EventDraft amended(int day, int ticket, const QString &field, const QString &value, const QString &reason,
    const QString &actor);
EventDraft clockJumped(qint64 jumpMs, const QDateTime &expectedUtc, const QDateTime &actualUtc);

// A roster row as it is recorded: the WBP's id, kept across imports.
struct RosterEntry
{
    qint64 id = 0;
    RosterRow row;
};
EventDraft rosterImported(const QString &fileName, const QList<RosterEntry> &changed,
    const QList<qint64> &inactive, qsizetype rowCount, const QString &actor);
// The contact's name and phone as personal-data digests (WriteTransaction::storePersonal).
EventDraft contactAdded(qint64 id, qint64 wbpId, const QString &nameDigest, const QString &phoneDigest,
    const QString &relation, bool approved, const QString &actor);
// What a correction of a contact changes; absent fields stay as they are.
struct ContactChange
{
    std::optional<QString> nameDigest;
    std::optional<QString> phoneDigest;
    std::optional<QString> relation;
    std::optional<bool> approved;
    std::optional<bool> active;
};
EventDraft contactChanged(
    qint64 id, const ContactChange &change, const QString &reason, const QString &actor);
EventDraft restrictionAdded(
    qint64 id, qint64 wbpId, const QString &reason, QDate from, QDate to, const QString &actor);
EventDraft restrictionLifted(qint64 id, const QString &reason, const QString &actor);

EventDraft settingChanged(const QString &key, const QJsonObject &value, const QString &actor);

EventDraft officerAdded(qint64 id, const QString &name, const QString &role, const QString &actor);
// That the officer's PIN was set, by whom, and the check of its hash (Pin::checkOf): never the
// hash itself, which stays outside the chain (WriteTransaction::storePin).
EventDraft officerPinSet(qint64 id, const QString &pinCheck, const QString &actor);
EventDraft officerActiveSet(qint64 id, bool active, const QString &actor);
// A sign-in, or a wrong PIN, made while the logbook's server did not answer is recorded when it
// answers again, with the moment it happened (offlineAtMs, UTC).
EventDraft officerLogin(qint64 id, std::optional<qint64> offlineAtMs = std::nullopt);
EventDraft officerLogout(qint64 id);
EventDraft kioskClosed(qint64 officerId);
EventDraft officerPinFailed(qint64 id, std::optional<qint64> offlineAtMs = std::nullopt);

// The complaint's filer as a personal-data digest, or empty.
EventDraft complaintAdded(qint64 id, QDate received, const QString &channel, const QString &whoDigest,
    const QString &content, const QString &status, const QString &followUp, const QString &actor);
EventDraft complaintUpdated(qint64 id, const QString &status, const QString &followUp, const QString &actor);

// One answer to the kiosk survey: each Survey item's value, 1 to Survey::scale.
EventDraft surveyAnswered(const QList<int> &answers);

} // namespace Drafts

// What an event about a line of the visiting book says, read back from its payload (for the
// line's history in words).
struct LineEvent
{
    QString outcome; // a call's end: its outcome
    qint64 durationMs = -1; // a call's end: the time talked
    qint64 endedMs = 0; // a call's end recorded later: when the call really ended
    int minutesAdded = 0; // an extension
    bool requeued = false; // no answer: back in the queue
    qint64 leftMs = -1; // a drop, or a call resumed after a restart: the time that was left
    bool resumedAfterRestart = false;
    QString field; // a correction: the field and its new value
    QString value;
    QString reason;
    QJsonObject other; // anything else the payload holds

    static LineEvent read(const Event &event);
};

} // namespace kj
