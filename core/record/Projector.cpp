#include "Projector.h"

#include "DayKey.h"
#include "Drafts.h"
#include "Logbook.h"
#include "Schema.h"
#include "SessionRecords.h"
#include "Sql.h"
#include "StoredFormat.h"
#include "Survey.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kj {

namespace {

qint64 officerOf(const Event &event)
{
    const QString prefix = u"officer:"_s;
    return event.actor.startsWith(prefix) ? event.actor.mid(prefix.size()).toLongLong() : 0;
}

QVariant nullable(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() || value.toString().isEmpty()
        ? QVariant(QMetaType::fromType<QString>())
        : QVariant(value.toString());
}

Result<void> done(const Result<QSqlQuery> &r)
{
    if (!r)
        return r.error();
    return {};
}

} // namespace

Projector::Projector(const Logbook &logbook)
    : m_logbook(logbook)
    , m_db(logbook.database())
{
}

Result<void> Projector::clear()
{
    m_day.reset();
    for (const QString &table : projectionTables()) {
        if (auto r = Sql::run(m_db, u"DELETE FROM "_s + table); !r)
            return r.error();
    }
    return {};
}

Result<void> Projector::apply(const Event &event)
{
    if (auto queueType = Drafts::queueTypeOf(event.type))
        return applyQueueEvent(event, *queueType);
    const QString &t = event.type;
    if (t == EventType::CallWarning || t == EventType::CallTimeUp || t == EventType::CallExtended
        || t == EventType::CallDropped || t == EventType::CallResumed || t == EventType::CallRecovered
        || t == EventType::Amended) {
        return applyCallEvent(event);
    }
    if (t == EventType::RosterImported)
        return applyRoster(event);
    if (t == EventType::ContactAdded || t == EventType::ContactChanged)
        return applyContact(event);
    if (t == EventType::RestrictionAdded || t == EventType::RestrictionLifted)
        return applyRestriction(event);
    if (t.startsWith(u"officer."_s))
        return applyOfficer(event);
    if (t == EventType::SettingChanged)
        return applySetting(event);
    if (t == EventType::SurveyAnswered)
        return applySurvey(event);
    if (t == EventType::ComplaintAdded || t == EventType::ComplaintUpdated)
        return applyComplaint(event);
    // Other events (privacy, clock jumps …) are the record only.
    return {};
}

Result<qint64> Projector::sessionId(int day, int ticket)
{
    auto q = Sql::run(m_db, u"SELECT id FROM sessions WHERE day = ? AND ticket = ?"_s, {day, ticket});
    if (!q)
        return q.error();
    if (!q->next()) {
        return Error::integrity(u"no-session"_s,
                     u"event refers to ticket %1 of day %2, which does not exist"_s.arg(ticket).arg(day));
    }
    return q->value(0).toLongLong();
}

Result<void> Projector::addNote(qint64 session, const Event &event, const QString &kind,
                                const QString &field, const QString &value, const QString &reason)
{
    // A null QString binds as SQL NULL, and the columns are NOT NULL DEFAULT ''.
    return done(Sql::run(m_db,
                    u"INSERT INTO session_notes(session_id, seq, kind, field, value, reason) "
                    "VALUES (?, ?, ?, coalesce(?, ''), coalesce(?, ''), coalesce(?, ''))"_s,
                    {session, event.seq, kind, field, value, reason}));
}

Result<void> Projector::applyQueueEvent(const Event &event, QueueEvent::Type type)
{
    const QJsonObject p = event.payload();
    const int day = event.day();
    if (!m_day || m_day->day != day) {
        auto loaded = SessionRecords(m_logbook).queueOf(day);
        if (!loaded)
            return loaded.error();
        m_day = DayCache{day, *loaded};
    }
    QueueEvent qe;
    qe.type = type;
    qe.ticket = event.ticket;
    if (type == QueueEvent::Type::SignedIn) {
        qe.wbpId = QString::number(p.value(u"w"_s).toInteger());
        qe.cell = p.value(u"c"_s).toString();
        if (p.contains(u"k"_s))
            qe.contactId = QString::number(p.value(u"k"_s).toInteger());
    }
    qe.station = event.station;
    qe.atUtc = event.atUtc();
    qe.requeued = p.value(u"rq"_s).toBool();
    m_day->queue.apply(qe);
    const std::optional<Ticket> ticket = m_day->queue.find(qe.ticket);
    if (!ticket)
        return Error::integrity(u"no-ticket"_s, u"ticket %1 missing after apply"_s.arg(qe.ticket));

    auto upsert = Sql::run(m_db,
                      u"INSERT INTO sessions(day, ticket, wbp_id, cell, contact_id, state, station, "
                      "order_key, recalls, retries, signed_in) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                      "ON CONFLICT(day, ticket) DO UPDATE SET state = excluded.state, "
                      "station = excluded.station, order_key = excluded.order_key, "
                      "recalls = excluded.recalls, retries = excluded.retries"_s,
                      {day, ticket->number, ticket->wbpId.toLongLong(), ticket->cell,
                       ticket->contactId.isEmpty() ? QVariant(QMetaType::fromType<qint64>())
                                                   : QVariant(ticket->contactId.toLongLong()),
                       static_cast<int>(ticket->state), ticket->station, ticket->orderKey,
                       ticket->recalls, ticket->retries, ticket->signedInUtc.toMSecsSinceEpoch()});
    if (!upsert)
        return upsert.error();

    const qint64 officer = officerOf(event);
    const QVariant officerValue = officer ? QVariant(officer) : QVariant(QMetaType::fromType<qint64>());
    auto update = [&](const QString &set, QVariantList values) {
        values << day << ticket->number;
        return done(Sql::run(m_db, u"UPDATE sessions SET "_s + set + u" WHERE day = ? AND ticket = ?"_s, values));
    };
    // The days between which the lines naming an officer lie, widened whenever a line names them:
    // the visiting book's officer search walks only those days (see VisitingBook).
    const bool namesOfficer = type == QueueEvent::Type::Called || type == QueueEvent::Type::Finished
        || type == QueueEvent::Type::NoShow || (type == QueueEvent::Type::NoAnswer && !qe.requeued);
    if (officer && namesOfficer) {
        if (auto r = Sql::run(m_db, u"UPDATE officers SET first_day = min(coalesce(first_day, ?), ?), "
                               "last_day = max(coalesce(last_day, ?), ?) WHERE id = ?"_s,
                         {day, day, day, day, officer});
            !r)
            return r.error();
    }
    switch (type) {
    case QueueEvent::Type::SignedIn:
    case QueueEvent::Type::Recalled:
        return {};
    case QueueEvent::Type::Called:
        return update(u"called = ?, officer_id = coalesce(?, officer_id)"_s, {event.atMs, officerValue});
    case QueueEvent::Type::Started:
        return update(u"started = ?"_s, {event.atMs});
    case QueueEvent::Type::Finished: {
        const QString outcome = p.value(u"outcome"_s).toString(QString(StoredFormat::defaultOutcome));
        const QVariant allowed = p.contains(u"allowed"_s) ? QVariant(p.value(u"allowed"_s).toInteger())
                                                           : QVariant(QMetaType::fromType<qint64>());
        auto r = update(u"ended = ?, outcome = ?, officer_id = coalesce(?, officer_id), "
                        "paused_ms = paused_ms + coalesce(? - pause_from, 0), pause_from = NULL, "
                        "duration_ms = ?, allowed_ms = coalesce(?, (? + extended_min) * ?)"_s,
                        {event.atMs, outcome, officerValue, event.atMs, p.value(u"dur"_s).toInteger(), allowed,
                         StoredFormat::endPayloadBaseMinutes, StoredFormat::msPerMinute});
        if (!r || p.value(u"reason"_s).toString().isEmpty())
            return r;
        auto id = sessionId(day, ticket->number);
        if (!id)
            return id.error();
        return addNote(*id, event, u"end"_s, QString(), outcome, p.value(u"reason"_s).toString());
    }
    case QueueEvent::Type::NoShow:
        return update(u"ended = ?, outcome = ?, officer_id = coalesce(?, officer_id)"_s,
                      {event.atMs, QString(Outcome::NoShow), officerValue});
    case QueueEvent::Type::NoAnswer:
        if (qe.requeued)
            return update(u"called = NULL"_s, {});
        return update(u"ended = ?, outcome = ?, officer_id = coalesce(?, officer_id)"_s,
                      {event.atMs, QString(Outcome::NoAnswer), officerValue});
    case QueueEvent::Type::Cancelled: {
        auto r = update(u"ended = ?, outcome = ?"_s, {event.atMs, QString(Outcome::Cancelled)});
        if (!r || p.value(u"reason"_s).toString().isEmpty())
            return r;
        auto id = sessionId(day, ticket->number);
        if (!id)
            return id.error();
        return addNote(*id, event, u"cancel"_s, QString(), QString(), p.value(u"reason"_s).toString());
    }
    }
    return {};
}

Result<void> Projector::applyCallEvent(const Event &event)
{
    const QJsonObject p = event.payload();
    auto id = sessionId(event.day(), event.ticket);
    if (!id)
        return id.error();
    auto update = [&](const QString &set, QVariantList values) {
        values << *id;
        return done(Sql::run(m_db, u"UPDATE sessions SET "_s + set + u" WHERE id = ?"_s, values));
    };
    const QString &t = event.type;
    if (t == EventType::CallWarning)
        return update(u"warned = 1"_s, {});
    if (t == EventType::CallTimeUp)
        return update(u"timed_up = 1"_s, {});
    if (t == EventType::CallDropped)
        return update(u"pause_from = ?"_s, {event.atMs});
    if (t == EventType::CallResumed)
        return update(u"paused_ms = paused_ms + (? - pause_from), pause_from = NULL"_s, {event.atMs});
    if (t == EventType::CallExtended) {
        const int minutes = p.value(u"min"_s).toInt();
        if (auto r = update(u"extended_min = extended_min + ?"_s, {minutes}); !r)
            return r;
        return addNote(*id, event, u"extend"_s, QString(), QString::number(minutes),
                       p.value(u"reason"_s).toString());
    }
    if (t == EventType::CallRecovered)
        return addNote(*id, event, u"recover"_s, QString(), p.value(u"action"_s).toString(), QString());
    // An amendment: the original line stays as it was; the correction is kept beside it.
    if (auto r = update(u"amended = 1"_s, {}); !r)
        return r;
    return addNote(*id, event, u"amend"_s, p.value(u"field"_s).toString(),
                   p.value(u"value"_s).toString(), p.value(u"reason"_s).toString());
}

Result<void> Projector::applyRoster(const Event &event)
{
    const QJsonObject p = event.payload();
    for (const QJsonValue &value : p.value(u"rows"_s).toArray()) {
        const QJsonObject row = value.toObject();
        auto r = Sql::run(m_db,
                     u"INSERT INTO wbp(id, reg_no, name, aliases, block, cell, status, entry_date, "
                     "expiry_date, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1) "
                     "ON CONFLICT(id) DO UPDATE SET reg_no = excluded.reg_no, name = excluded.name, "
                     "aliases = excluded.aliases, block = excluded.block, cell = excluded.cell, "
                     "status = excluded.status, entry_date = excluded.entry_date, "
                     "expiry_date = excluded.expiry_date, active = 1"_s,
                     {row.value(u"id"_s).toInteger(), row.value(u"reg"_s).toString(),
                      row.value(u"name"_s).toString(), row.value(u"alias"_s).toString(),
                      row.value(u"block"_s).toString(), row.value(u"cell"_s).toString(),
                      row.value(u"status"_s).toString(), nullable(row.value(u"in"_s)),
                      nullable(row.value(u"exp"_s))});
        if (!r)
            return r.error();
    }
    for (const QJsonValue &id : p.value(u"inactive"_s).toArray()) {
        if (auto r = Sql::run(m_db, u"UPDATE wbp SET active = 0 WHERE id = ?"_s, {id.toInteger()}); !r)
            return r.error();
    }
    return {};
}

Result<void> Projector::applyContact(const Event &event)
{
    const QJsonObject p = event.payload();
    if (event.type == EventType::ContactAdded) {
        return done(Sql::run(m_db,
                        u"INSERT INTO contacts(id, wbp_id, name_digest, phone_digest, relation, "
                        "approved, active) VALUES (?, ?, ?, ?, ?, ?, 1)"_s,
                        {p.value(u"id"_s).toInteger(), p.value(u"wbp"_s).toInteger(),
                         p.value(u"name"_s).toString(), p.value(u"phone"_s).toString(),
                         p.value(u"rel"_s).toString(), p.value(u"approved"_s).toBool() ? 1 : 0}));
    }
    static const QList<std::pair<QString, QString>> columns = {
        {u"name"_s, u"name_digest"_s}, {u"phone"_s, u"phone_digest"_s}, {u"rel"_s, u"relation"_s},
        {u"approved"_s, u"approved"_s}, {u"active"_s, u"active"_s}};
    for (const auto &[key, column] : columns) {
        if (!p.contains(key))
            continue;
        const QJsonValue v = p.value(key);
        const QVariant value = v.isBool() ? QVariant(v.toBool() ? 1 : 0) : QVariant(v.toString());
        auto r = Sql::run(m_db, u"UPDATE contacts SET "_s + column + u" = ? WHERE id = ?"_s,
                     {value, p.value(u"id"_s).toInteger()});
        if (!r)
            return r.error();
    }
    return {};
}

Result<void> Projector::applyRestriction(const Event &event)
{
    const QJsonObject p = event.payload();
    if (event.type == EventType::RestrictionAdded) {
        return done(Sql::run(m_db,
                        u"INSERT INTO restrictions(id, wbp_id, reason, from_day, to_day) "
                        "VALUES (?, ?, ?, ?, ?)"_s,
                        {p.value(u"id"_s).toInteger(), p.value(u"wbp"_s).toInteger(),
                         p.value(u"reason"_s).toString(), p.value(u"from"_s).toString(),
                         nullable(p.value(u"to"_s))}));
    }
    return done(Sql::run(m_db, u"UPDATE restrictions SET lifted = 1 WHERE id = ?"_s,
                    {p.value(u"id"_s).toInteger()}));
}

Result<void> Projector::applyOfficer(const Event &event)
{
    const QJsonObject p = event.payload();
    const qint64 id = p.value(u"id"_s).toInteger();
    const QString &t = event.type;
    if (t == EventType::OfficerAdded) {
        return done(Sql::run(m_db, u"INSERT INTO officers(id, name, role, pin_hash) VALUES (?, ?, ?, ?)"_s,
                        {id, p.value(u"name"_s).toString(), p.value(u"role"_s).toString(),
                         p.value(u"pin"_s).toString()}));
    }
    if (t == EventType::OfficerPinSet) {
        return done(Sql::run(m_db, u"UPDATE officers SET pin_hash = ?, failed = 0 WHERE id = ?"_s,
                        {p.value(u"pin"_s).toString(), id}));
    }
    if (t == EventType::OfficerLogin)
        return done(Sql::run(m_db, u"UPDATE officers SET failed = 0 WHERE id = ?"_s, {id}));
    if (t == EventType::OfficerActiveSet) {
        return done(Sql::run(m_db, u"UPDATE officers SET active = ? WHERE id = ?"_s,
                        {p.value(u"active"_s).toBool() ? 1 : 0, id}));
    }
    if (t == EventType::OfficerPinFailed) {
        return done(Sql::run(m_db, u"UPDATE officers SET failed = failed + 1, last_failed = ? WHERE id = ?"_s,
                        {event.atMs, id}));
    }
    return {};
}

Result<void> Projector::applySetting(const Event &event)
{
    const QJsonObject p = event.payload();
    const QByteArray json = canonicalJson(p.value(u"value"_s).toObject());
    return done(Sql::run(m_db,
                    u"INSERT INTO settings(key, value, seq, actor) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value, seq = excluded.seq, "
                    "actor = excluded.actor"_s,
                    {p.value(u"key"_s).toString(), QString::fromUtf8(json), event.seq, event.actor}));
}

Result<void> Projector::applySurvey(const Event &event)
{
    const QJsonObject p = event.payload();
    QVariantList values{event.seq, dayKey(event.atLocal().date())};
    for (int item = 1; item <= Survey::items; ++item) {
        const int answer = p.value(u"u"_s + QString::number(item)).toInt();
        // An incomplete answer cannot enter the index: it stays the record only.
        if (answer < 1 || answer > Survey::scale)
            return {};
        values << answer;
    }
    return done(Sql::run(m_db,
                    u"INSERT INTO survey_answers(seq, day, u1, u2, u3, u4, u5, u6, u7, u8, u9) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                    values));
}

Result<void> Projector::applyComplaint(const Event &event)
{
    // complaint.add: {id, day, channel, who (personal digest or ""), content, status, follow};
    // complaint.update: {id, status, follow}.
    const QJsonObject p = event.payload();
    const qint64 id = p.value(u"id"_s).toInteger();
    const QString status = p.value(u"status"_s).toString();
    const QString followUp = p.value(u"follow"_s).toString();
    auto r = event.type == EventType::ComplaintAdded
        ? Sql::run(m_db,
              u"INSERT INTO complaints(id, day, channel, who_digest, content, follow_up, status) "
              "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
              {id, p.value(u"day"_s).toInt(), p.value(u"channel"_s).toString(), p.value(u"who"_s).toString(),
               p.value(u"content"_s).toString(), followUp, status})
        : Sql::run(m_db, u"UPDATE complaints SET status = ?, follow_up = ? WHERE id = ?"_s, {status, followUp, id});
    if (!r)
        return r.error();
    return done(Sql::run(m_db,
                    u"INSERT INTO complaint_changes(seq, complaint_id, at, actor, status, follow_up) "
                    "VALUES (?, ?, ?, ?, ?, ?)"_s,
                    {event.seq, id, event.atMs, event.actor, status, followUp}));
}

} // namespace kj
