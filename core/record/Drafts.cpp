#include "Drafts.h"

#include "DayKey.h"
#include "Outcome.h"
#include "StoredFormat.h"
#include "Survey.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace kj {

namespace {

struct QueueTypeName
{
    QueueEvent::Type type;
    QLatin1String event;
};

constexpr QueueTypeName queueTypes[] = {
    { QueueEvent::Type::SignedIn, EventType::SignedIn },
    { QueueEvent::Type::Called, EventType::Called },
    { QueueEvent::Type::Recalled, EventType::Recalled },
    { QueueEvent::Type::NoShow, EventType::NoShow },
    { QueueEvent::Type::NoAnswer, EventType::NoAnswer },
    { QueueEvent::Type::Started, EventType::CallStarted },
    { QueueEvent::Type::Finished, EventType::CallEnded },
    { QueueEvent::Type::Cancelled, EventType::Cancelled },
};

QJsonObject officerPayload(qint64 id, std::optional<qint64> offlineAtMs)
{
    QJsonObject payload { { u"id"_s, id } };
    if (offlineAtMs)
        payload.insert(u"offlineAt"_s, *offlineAtMs);
    return payload;
}

QLatin1String eventTypeOf(QueueEvent::Type type)
{
    for (const auto &entry : queueTypes) {
        if (entry.type == type)
            return entry.event;
    }
    return EventType::SignedIn;
}

EventDraft draft(QLatin1String type, const QString &actor, const QJsonObject &payload)
{
    return EventDraft { type, actor, 0, payload };
}

EventDraft callDraft(QLatin1String type, int station, int day, int ticket, const QString &actor,
    const QJsonObject &payload = {})
{
    return EventDraft { type, actor, station, payload, day, ticket };
}

} // namespace

std::optional<QueueEvent::Type> Drafts::queueTypeOf(QStringView eventType)
{
    for (const auto &entry : queueTypes) {
        // The sizes first, inline: the verifier asks this of every event it replays.
        if (eventType.size() == entry.event.size() && eventType == entry.event)
            return entry.type;
    }
    return std::nullopt;
}

EventDraft Drafts::queue(const QueueEvent &event, int day, const QString &actor, const QJsonObject &extra)
{
    QJsonObject payload;
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        if (!(it->isString() && it->toString().isEmpty())) // an empty text says nothing
            payload.insert(it.key(), *it);
    }
    // Later events of the ticket find its WBP, cell and contact through the ticket.
    if (event.type == QueueEvent::Type::SignedIn) {
        payload.insert(u"w"_s, event.wbpId.toLongLong());
        payload.insert(u"c"_s, event.cell);
        if (!event.contactId.isEmpty())
            payload.insert(u"k"_s, event.contactId.toLongLong());
    }
    if (event.type == QueueEvent::Type::NoAnswer)
        payload.insert(u"rq"_s, event.requeued);
    return EventDraft { eventTypeOf(event.type), actor, event.station, payload, day, event.ticket };
}

QJsonObject Drafts::endPayload(QLatin1String outcome, const QString &reason, qint64 activeMs,
    qint64 allowedMs, int extendedMinutes, qint64 endedMs)
{
    QJsonObject payload { { u"dur"_s, activeMs } };
    if (endedMs)
        payload.insert(u"end"_s, endedMs);
    if (outcome != StoredFormat::defaultOutcome)
        payload.insert(u"outcome"_s, QString(outcome));
    if (!reason.trimmed().isEmpty())
        payload.insert(u"reason"_s, reason.trimmed());
    if (allowedMs != StoredFormat::standardAllowedMs(extendedMinutes))
        payload.insert(u"allowed"_s, allowedMs);
    return payload;
}

QJsonObject Drafts::cancelPayload(const QString &reason)
{
    return { { u"reason"_s, reason.trimmed() } };
}

EventDraft Drafts::callExtended(
    int station, int day, int ticket, int minutes, const QString &reason, const QString &actor)
{
    return callDraft(EventType::CallExtended, station, day, ticket, actor,
        { { u"min"_s, minutes }, { u"reason"_s, reason.trimmed() } });
}

EventDraft Drafts::callDropped(int station, int day, int ticket, qint64 leftMs, const QString &actor)
{
    return callDraft(EventType::CallDropped, station, day, ticket, actor, { { u"left"_s, leftMs } });
}

EventDraft Drafts::callResumed(int station, int day, int ticket, const QString &actor)
{
    return callDraft(EventType::CallResumed, station, day, ticket, actor);
}

EventDraft Drafts::callWarning(int station, int day, int ticket)
{
    return callDraft(EventType::CallWarning, station, day, ticket, QString(Actor::System));
}

EventDraft Drafts::callTimeUp(int station, int day, int ticket)
{
    return callDraft(EventType::CallTimeUp, station, day, ticket, QString(Actor::System));
}

EventDraft Drafts::callResumedAfterRestart(int station, int day, int ticket, qint64 leftMs)
{
    return callDraft(EventType::CallRecovered, station, day, ticket, QString(Actor::System),
        { { u"action"_s, u"resumed"_s }, { u"left"_s, leftMs } });
}

EventDraft Drafts::amended(int day, int ticket, const QString &field, const QString &value,
    const QString &reason, const QString &actor)
{
    return callDraft(EventType::Amended, 0, day, ticket, actor,
        { { u"field"_s, field }, { u"value"_s, value }, { u"reason"_s, reason.trimmed() } });
}

EventDraft Drafts::clockJumped(qint64 jumpMs, const QDateTime &expectedUtc, const QDateTime &actualUtc)
{
    return draft(EventType::ClockJumped, QString(Actor::System),
        { { u"jumpMs"_s, jumpMs }, { u"expected"_s, expectedUtc.toString(Qt::ISODateWithMs) },
            { u"actual"_s, actualUtc.toString(Qt::ISODateWithMs) } });
}

EventDraft Drafts::rosterImported(const QString &fileName, const QList<RosterEntry> &changed,
    const QList<qint64> &inactive, qsizetype rowCount, const QString &actor)
{
    QJsonArray rows;
    for (const RosterEntry &entry : changed) {
        const RosterRow &row = entry.row;
        rows.append(
            QJsonObject { { u"id"_s, entry.id }, { u"reg"_s, row.registerNumber }, { u"name"_s, row.name },
                { u"alias"_s, row.aliases.join(u", "_s) }, { u"block"_s, row.block }, { u"cell"_s, row.cell },
                { u"status"_s, custodyKey(row.status) }, { u"in"_s, row.entryDate.toString(Qt::ISODate) },
                { u"exp"_s, row.expiryDate.toString(Qt::ISODate) } });
    }
    QJsonArray ids;
    for (qint64 id : inactive)
        ids.append(id);
    return draft(EventType::RosterImported, actor,
        { { u"file"_s, fileName }, { u"rows"_s, rows }, { u"inactive"_s, ids }, { u"count"_s, rowCount } });
}

EventDraft Drafts::contactAdded(qint64 id, qint64 wbpId, const QString &nameDigest,
    const QString &phoneDigest, const QString &relation, bool approved, const QString &actor)
{
    return draft(EventType::ContactAdded, actor,
        { { u"id"_s, id }, { u"wbp"_s, wbpId }, { u"name"_s, nameDigest }, { u"phone"_s, phoneDigest },
            { u"rel"_s, relation }, { u"approved"_s, approved } });
}

EventDraft Drafts::contactChanged(
    qint64 id, const ContactChange &change, const QString &reason, const QString &actor)
{
    QJsonObject payload { { u"id"_s, id }, { u"reason"_s, reason.trimmed() } };
    if (change.nameDigest)
        payload.insert(u"name"_s, *change.nameDigest);
    if (change.phoneDigest)
        payload.insert(u"phone"_s, *change.phoneDigest);
    if (change.relation)
        payload.insert(u"rel"_s, *change.relation);
    if (change.approved)
        payload.insert(u"approved"_s, *change.approved);
    if (change.active)
        payload.insert(u"active"_s, *change.active);
    return draft(EventType::ContactChanged, actor, payload);
}

EventDraft Drafts::restrictionAdded(
    qint64 id, qint64 wbpId, const QString &reason, QDate from, QDate to, const QString &actor)
{
    return draft(EventType::RestrictionAdded, actor,
        { { u"id"_s, id }, { u"wbp"_s, wbpId }, { u"reason"_s, reason.trimmed() },
            { u"from"_s, from.toString(Qt::ISODate) },
            { u"to"_s, to.isValid() ? to.toString(Qt::ISODate) : QString() } });
}

EventDraft Drafts::restrictionLifted(qint64 id, const QString &reason, const QString &actor)
{
    return draft(EventType::RestrictionLifted, actor, { { u"id"_s, id }, { u"reason"_s, reason.trimmed() } });
}

EventDraft Drafts::settingChanged(const QString &key, const QJsonObject &value, const QString &actor)
{
    return draft(EventType::SettingChanged, actor, { { u"key"_s, key }, { u"value"_s, value } });
}

EventDraft Drafts::officerAdded(qint64 id, const QString &name, const QString &role, const QString &actor)
{
    return draft(
        EventType::OfficerAdded, actor, { { u"id"_s, id }, { u"name"_s, name }, { u"role"_s, role } });
}

EventDraft Drafts::officerPinSet(qint64 id, const QString &pinCheck, const QString &actor)
{
    return draft(EventType::OfficerPinSet, actor, { { u"id"_s, id }, { u"check"_s, pinCheck } });
}

EventDraft Drafts::officerActiveSet(qint64 id, bool active, const QString &actor)
{
    return draft(EventType::OfficerActiveSet, actor, { { u"id"_s, id }, { u"active"_s, active } });
}

EventDraft Drafts::officerLogin(qint64 id, std::optional<qint64> offlineAtMs)
{
    return draft(EventType::OfficerLogin, Actor::officer(id), officerPayload(id, offlineAtMs));
}

EventDraft Drafts::officerLogout(qint64 id)
{
    return draft(EventType::OfficerLogout, Actor::officer(id), { { u"id"_s, id } });
}

EventDraft Drafts::kioskClosed(qint64 officerId)
{
    return draft(EventType::KioskClosed, Actor::officer(officerId), { { u"id"_s, officerId } });
}

EventDraft Drafts::officerPinFailed(qint64 id, std::optional<qint64> offlineAtMs)
{
    return draft(EventType::OfficerPinFailed, Actor::officer(id), officerPayload(id, offlineAtMs));
}

EventDraft Drafts::complaintAdded(qint64 id, QDate received, const QString &channel, const QString &whoDigest,
    const QString &content, const QString &status, const QString &followUp, const QString &actor)
{
    return draft(EventType::ComplaintAdded, actor,
        { { u"id"_s, id }, { u"day"_s, dayKey(received) }, { u"channel"_s, channel }, { u"who"_s, whoDigest },
            { u"content"_s, content }, { u"status"_s, status }, { u"follow"_s, followUp } });
}

EventDraft Drafts::complaintUpdated(
    qint64 id, const QString &status, const QString &followUp, const QString &actor)
{
    return draft(EventType::ComplaintUpdated, actor,
        { { u"id"_s, id }, { u"status"_s, status }, { u"follow"_s, followUp.trimmed() } });
}

EventDraft Drafts::surveyAnswered(const QList<int> &answers)
{
    QJsonObject json { { u"scale"_s, Survey::scale } };
    for (int i = 0; i < answers.size(); ++i)
        json.insert(u"u"_s + QString::number(i + 1), answers[i]);
    return draft(EventType::SurveyAnswered, QString(Actor::Kiosk), json);
}

LineEvent LineEvent::read(const Event &event)
{
    QJsonObject p = event.payload();
    LineEvent line;
    if (event.type == EventType::CallEnded) {
        line.outcome = p.take(u"outcome"_s).toString(QString(StoredFormat::defaultOutcome));
        line.durationMs = p.take(u"dur"_s).toInteger();
        p.remove(u"allowed"_s);
        line.endedMs = p.take(u"end"_s).toInteger();
    }
    line.minutesAdded = int(p.take(u"min"_s).toInteger());
    line.requeued = p.take(u"rq"_s).toBool();
    line.resumedAfterRestart = p.take(u"action"_s).toString() == u"resumed";
    line.leftMs = p.contains(u"left"_s) ? p.take(u"left"_s).toInteger() : -1;
    line.field = p.take(u"field"_s).toString();
    line.value = p.take(u"value"_s).toString();
    line.reason = p.take(u"reason"_s).toString();
    // The sign-in's WBP, cell and contact are the line's own.
    for (const QString &key : { u"day"_s, u"w"_s, u"c"_s, u"k"_s })
        p.remove(key);
    line.other = p;
    return line;
}

} // namespace kj
