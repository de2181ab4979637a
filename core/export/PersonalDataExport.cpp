#include "PersonalDataExport.h"

#include "DayKey.h"
#include "Desk.h"
#include "EventsAbout.h"
#include "Labels.h"
#include "OfficerRecords.h"
#include "OutputFile.h"
#include "Queue.h"
#include "Roster.h"
#include "RosterRecords.h"
#include "SessionRecords.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace kj {

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue isoOrNull(qint64 ms)
{
    return ms ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue dateOrNull(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

Result<void> PersonalDataExport::write(const Desk &desk, const QString &registerNumber, const QString &file)
{
    const Logbook &logbook = desk.logbook();
    if (auto verified = logbook.requireVerified(); !verified)
        return verified.error();
    const RosterRecords roster(logbook);
    auto found = roster.wbpByRegisterNumber(registerNumber);
    if (!found)
        return found.error();
    if (!*found) {
        return Error::invalid(
            u"unknown-wbp"_s, tr("Register number %1 is not in the roster.").arg(registerNumber));
    }
    const Wbp &person = **found;
    WbpFootprint footprint { person.id, {}, {}, {} };
    const QJsonObject wbp { { u"id"_s, person.id }, { u"register_number"_s, person.registerNumber },
        { u"name"_s, person.name }, { u"aliases"_s, person.aliases }, { u"block"_s, person.block },
        { u"cell"_s, person.cell }, { u"status"_s, person.status },
        { u"entry_date"_s, dateOrNull(person.entryDate) },
        { u"expiry_date"_s, dateOrNull(person.expiryDate) }, { u"active"_s, person.active } };

    // Inactive contacts too: everything held, not only what is in use.
    auto held = roster.contactsOf(person.id, true);
    if (!held)
        return held.error();
    QJsonArray contacts;
    for (const Contact &c : std::as_const(*held)) {
        footprint.contactIds.insert(c.id);
        contacts.append(QJsonObject { { u"id"_s, c.id }, { u"name"_s, textOrNull(c.name) },
            { u"phone"_s, textOrNull(c.phone) }, { u"relation"_s, c.relation },
            { u"relation_label"_s, Relation::label(c.relation) }, { u"approved"_s, c.approved },
            { u"active"_s, c.active }, { u"redacted"_s, c.name.isEmpty() && c.phone.isEmpty() } });
    }

    auto restrictionsHeld = roster.restrictionsOf(person.id);
    if (!restrictionsHeld)
        return restrictionsHeld.error();
    QJsonArray restrictions;
    for (const Restriction &r : std::as_const(*restrictionsHeld)) {
        footprint.restrictionIds.insert(r.id);
        restrictions.append(QJsonObject { { u"id"_s, r.id }, { u"reason"_s, r.reason },
            { u"from"_s, r.from.toString(Qt::ISODate) }, { u"to"_s, dateOrNull(r.to) },
            { u"lifted"_s, r.lifted } });
    }

    SessionQuery query;
    query.wbpId = person.id;
    query.newestFirst = false;
    auto lines = SessionRecords(logbook).lines(query);
    if (!lines)
        return lines.error();
    auto officers = OfficerRecords(logbook).names();
    if (!officers)
        return officers.error();
    QJsonArray sessions;
    for (const SessionRow &s : std::as_const(*lines)) {
        footprint.lines.insert({ s.day, s.ticket });
        QJsonArray notes;
        for (const SessionNote &n : s.notes) {
            notes.append(QJsonObject { { u"kind"_s, n.kind }, { u"field"_s, n.field },
                { u"value"_s, n.value }, { u"reason"_s, n.reason } });
        }
        sessions.append(QJsonObject { { u"day"_s, dayFromKey(s.day).toString(Qt::ISODate) },
            { u"ticket"_s, Queue::ticketLabel(s.ticket) }, { u"cell"_s, s.cell },
            { u"contact_id"_s, s.contactId ? QJsonValue(s.contactId) : QJsonValue() },
            { u"station"_s, s.station }, { u"signed_in"_s, isoOrNull(s.signedInMs) },
            { u"called"_s, isoOrNull(s.calledMs) }, { u"started"_s, isoOrNull(s.startedMs) },
            { u"ended"_s, isoOrNull(s.endedMs) },
            { u"duration_ms"_s, s.durationMs >= 0 ? QJsonValue(s.durationMs) : QJsonValue() },
            { u"outcome"_s, Labels::outcome(s.outcome, s.state) },
            { u"officer"_s, textOrNull(officers->value(s.officerId)) }, { u"notes"_s, notes } });
    }

    auto about = eventsAbout(logbook, footprint);
    if (!about)
        return about.error();
    QJsonArray events;
    for (const EventAbout &a : std::as_const(*about)) {
        const Event &e = a.event;
        events.append(QJsonObject { { u"seq"_s, e.seq }, { u"at"_s, e.atUtc().toString(Qt::ISODateWithMs) },
            { u"type"_s, e.type }, { u"actor"_s, e.actor }, { u"station"_s, e.station },
            { u"ticket"_s, e.ticket ? QJsonValue(Queue::ticketLabel(e.ticket)) : QJsonValue() },
            { u"payload"_s, a.payload } });
    }

    const QJsonObject document { { u"exported"_s, desk.clock().nowUtc().toString(Qt::ISODate) },
        { u"wbp"_s, wbp }, { u"contacts"_s, contacts }, { u"restrictions"_s, restrictions },
        { u"sessions"_s, sessions }, { u"events"_s, events } };
    OutputFile out(file);
    if (auto opened = out.open(); !opened)
        return opened;
    out.writeBytes(QJsonDocument(document).toJson(QJsonDocument::Indented));
    return out.commit();
}

} // namespace kj
