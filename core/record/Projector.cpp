#include "Projector.h"

#include "DayKey.h"
#include "Drafts.h"
#include "ProjectionRows.h"
#include "StoredFormat.h"
#include "Survey.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace kj {

namespace {

qint64 officerOf(const Event &event)
{
    const auto code = Actor::code(event.actor);
    return code && *code > 0 ? *code : 0;
}

std::optional<QString> nullable(const QJsonValue &value)
{
    const QString text = value.toString();
    return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
}

Error integrity(const QString &reason, const QString &detail)
{
    return Error::integrity(
        reason, QCoreApplication::translate("Projector", "The logbook does not add up."), detail);
}

} // namespace

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

Result<Rows::Session> Projector::existingSession(int day, int ticket)
{
    auto found = m_rows.session(day, ticket);
    if (!found)
        return found.error();
    if (!*found)
        return integrity(u"no-session"_s,
            u"event refers to ticket %1 of day %2, which does not exist"_s.arg(ticket).arg(day));
    return **found;
}

const QString &Projector::shared(const QString &text)
{
    return *m_shared.insert(text);
}

Result<void> Projector::addNote(const Rows::Session &session, const Event &event, const QString &kind,
    const QString &field, const QString &value, const QString &reason)
{
    return m_rows.addNote({ 0, session.id, event.seq, kind, field, value, reason });
}

Result<void> Projector::applyQueueEvent(const Event &event, QueueEvent::Type type)
{
    const QJsonObject p = event.payload();
    const int day = event.day();
    if (!m_day || m_day->day != day) {
        auto sessions = m_rows.sessionsOf(day);
        if (!sessions)
            return sessions.error();
        QList<Ticket> tickets;
        for (const Rows::Session &s : std::as_const(*sessions))
            tickets.append(Rows::toTicket(s));
        auto restored = Queue::restore(tickets);
        if (!restored)
            return restored.error();
        m_day = DayCache { day, *restored };
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
        return integrity(u"no-ticket"_s, u"ticket %1 missing after apply"_s.arg(qe.ticket));

    auto found = m_rows.session(day, ticket->number);
    if (!found)
        return found.error();
    Rows::Session s;
    if (*found) {
        s = **found;
    } else {
        s.day = day;
        s.ticket = ticket->number;
        s.wbpId = ticket->wbpId.toLongLong();
        s.cell = shared(ticket->cell);
        if (!ticket->contactId.isEmpty())
            s.contactId = ticket->contactId.toLongLong();
        s.signedIn = ticket->signedInUtc.toMSecsSinceEpoch();
    }
    s.state = static_cast<int>(ticket->state);
    s.station = ticket->station;
    s.orderKey = ticket->orderKey;
    s.recalls = ticket->recalls;
    s.retries = ticket->retries;

    const qint64 officer = officerOf(event);
    // The days between which the lines naming an officer lie, widened whenever a line names them:
    // the visiting book's officer search walks only those days (see SessionRecords).
    const bool namesOfficer = type == QueueEvent::Type::Called || type == QueueEvent::Type::Finished
        || type == QueueEvent::Type::NoShow || (type == QueueEvent::Type::NoAnswer && !qe.requeued);
    if (officer && namesOfficer) {
        auto o = m_rows.officer(officer);
        if (!o)
            return o.error();
        if (*o) {
            Rows::Officer row = **o;
            row.firstDay = std::min<qint64>(row.firstDay.value_or(day), day);
            row.lastDay = std::max<qint64>(row.lastDay.value_or(day), day);
            if (auto r = m_rows.putOfficer(row); !r)
                return r;
        }
    }
    auto ended = [&](QLatin1String outcome) {
        s.ended = event.atMs;
        s.outcome = shared(QString(outcome));
        if (officer)
            s.officerId = officer;
    };
    QString noteKind;
    QString noteValue;
    const QString reason = p.value(u"reason"_s).toString();
    switch (type) {
    case QueueEvent::Type::SignedIn:
    case QueueEvent::Type::Recalled:
        break;
    case QueueEvent::Type::Called:
        s.called = event.atMs;
        if (officer)
            s.officerId = officer;
        break;
    case QueueEvent::Type::Started:
        s.started = event.atMs;
        break;
    case QueueEvent::Type::Finished: {
        const QString outcome = p.value(u"outcome"_s).toString(QString(StoredFormat::defaultOutcome));
        // An end recorded after the server's outage carries the call's real end.
        const qint64 endedMs = p.contains(u"end"_s) ? p.value(u"end"_s).toInteger() : event.atMs;
        s.ended = endedMs;
        s.outcome = shared(outcome);
        if (officer)
            s.officerId = officer;
        if (s.pauseFrom)
            s.pausedMs += endedMs - *s.pauseFrom;
        s.pauseFrom.reset();
        s.durationMs = p.value(u"dur"_s).toInteger();
        s.allowedMs = p.contains(u"allowed"_s) ? p.value(u"allowed"_s).toInteger()
                                               : StoredFormat::standardAllowedMs(s.extendedMin);
        noteKind = u"end"_s;
        noteValue = outcome;
        break;
    }
    case QueueEvent::Type::NoShow:
        ended(Outcome::NoShow);
        break;
    case QueueEvent::Type::NoAnswer:
        if (qe.requeued)
            s.called.reset();
        else
            ended(Outcome::NoAnswer);
        break;
    case QueueEvent::Type::Cancelled:
        s.ended = event.atMs;
        s.outcome = shared(QString(Outcome::Cancelled));
        noteKind = u"cancel"_s;
        break;
    }
    if (auto r = m_rows.putSession(s); !r)
        return r;
    if (noteKind.isEmpty() || reason.isEmpty())
        return {};
    return addNote(s, event, noteKind, QString(), noteValue, reason);
}

Result<void> Projector::applyCallEvent(const Event &event)
{
    const QJsonObject p = event.payload();
    auto found = existingSession(event.day(), event.ticket);
    if (!found)
        return found.error();
    Rows::Session s = *found;
    const QString &t = event.type;
    if (t == EventType::CallWarning) {
        s.warned = true;
    } else if (t == EventType::CallTimeUp) {
        s.timedUp = true;
    } else if (t == EventType::CallDropped) {
        s.pauseFrom = event.atMs;
    } else if (t == EventType::CallResumed) {
        if (!s.pauseFrom)
            return integrity(
                u"not-dropped"_s, u"event %1 resumes a call that was not dropped"_s.arg(event.seq));
        s.pausedMs += event.atMs - *s.pauseFrom;
        s.pauseFrom.reset();
    } else if (t == EventType::CallExtended) {
        const int minutes = p.value(u"min"_s).toInt();
        s.extendedMin += minutes;
        if (auto r = m_rows.putSession(s); !r)
            return r;
        return addNote(
            s, event, u"extend"_s, QString(), QString::number(minutes), p.value(u"reason"_s).toString());
    } else if (t == EventType::CallRecovered) {
        return addNote(s, event, u"recover"_s, QString(), p.value(u"action"_s).toString(), QString());
    } else {
        // An amendment: the original line stays as it was; the correction is kept beside it.
        s.amended = true;
        if (auto r = m_rows.putSession(s); !r)
            return r;
        return addNote(s, event, u"amend"_s, p.value(u"field"_s).toString(), p.value(u"value"_s).toString(),
            p.value(u"reason"_s).toString());
    }
    return m_rows.putSession(s);
}

Result<void> Projector::applyRoster(const Event &event)
{
    const QJsonObject p = event.payload();
    for (const QJsonValue value : p.value(u"rows"_s).toArray()) {
        const QJsonObject row = value.toObject();
        const Rows::Wbp w { row.value(u"id"_s).toInteger(), row.value(u"reg"_s).toString(),
            row.value(u"name"_s).toString(), row.value(u"alias"_s).toString(),
            row.value(u"block"_s).toString(), row.value(u"cell"_s).toString(),
            row.value(u"status"_s).toString(), nullable(row.value(u"in"_s)), nullable(row.value(u"exp"_s)),
            true };
        if (auto r = m_rows.putWbp(w); !r)
            return r;
    }
    for (const QJsonValue id : p.value(u"inactive"_s).toArray()) {
        auto w = m_rows.wbp(id.toInteger());
        if (!w)
            return w.error();
        if (!*w)
            continue;
        Rows::Wbp row = **w;
        row.active = false;
        if (auto r = m_rows.putWbp(row); !r)
            return r;
    }
    return {};
}

Result<void> Projector::applyContact(const Event &event)
{
    const QJsonObject p = event.payload();
    const qint64 id = p.value(u"id"_s).toInteger();
    if (event.type == EventType::ContactAdded) {
        return m_rows.putContact({ id, p.value(u"wbp"_s).toInteger(), p.value(u"name"_s).toString(),
            p.value(u"phone"_s).toString(), p.value(u"rel"_s).toString(), p.value(u"approved"_s).toBool(),
            true });
    }
    auto found = m_rows.contact(id);
    if (!found)
        return found.error();
    if (!*found)
        return {};
    Rows::Contact c = **found;
    if (p.contains(u"name"_s))
        c.nameDigest = p.value(u"name"_s).toString();
    if (p.contains(u"phone"_s))
        c.phoneDigest = p.value(u"phone"_s).toString();
    if (p.contains(u"rel"_s))
        c.relation = p.value(u"rel"_s).toString();
    if (p.contains(u"approved"_s))
        c.approved = p.value(u"approved"_s).toBool();
    if (p.contains(u"active"_s))
        c.active = p.value(u"active"_s).toBool();
    return m_rows.putContact(c);
}

Result<void> Projector::applyRestriction(const Event &event)
{
    const QJsonObject p = event.payload();
    const qint64 id = p.value(u"id"_s).toInteger();
    if (event.type == EventType::RestrictionAdded) {
        return m_rows.putRestriction({ id, p.value(u"wbp"_s).toInteger(), p.value(u"reason"_s).toString(),
            p.value(u"from"_s).toString(), nullable(p.value(u"to"_s)), false });
    }
    auto found = m_rows.restriction(id);
    if (!found)
        return found.error();
    if (!*found)
        return {};
    Rows::Restriction r = **found;
    r.lifted = true;
    return m_rows.putRestriction(r);
}

Result<void> Projector::applyOfficer(const Event &event)
{
    const QJsonObject p = event.payload();
    const qint64 id = p.value(u"id"_s).toInteger();
    const QString &t = event.type;
    if (t == EventType::OfficerAdded) {
        Rows::Officer added;
        added.id = id;
        added.name = p.value(u"name"_s).toString();
        added.role = p.value(u"role"_s).toString();
        return m_rows.putOfficer(added);
    }
    auto found = m_rows.officer(id);
    if (!found)
        return found.error();
    if (!*found)
        return {};
    Rows::Officer o = **found;
    if (t == EventType::OfficerPinSet) {
        o.pinCheck = p.value(u"check"_s).toString();
        o.failed = 0;
    } else if (t == EventType::OfficerLogin) {
        o.failed = 0;
    } else if (t == EventType::OfficerActiveSet) {
        o.active = p.value(u"active"_s).toBool();
    } else if (t == EventType::OfficerPinFailed) {
        ++o.failed;
        o.lastFailed = p.value(u"offlineAt"_s).toInteger(event.atMs); // when it happened
    } else {
        return {};
    }
    return m_rows.putOfficer(o);
}

Result<void> Projector::applySetting(const Event &event)
{
    const QJsonObject p = event.payload();
    return m_rows.putSetting({ p.value(u"key"_s).toString(),
        QString::fromUtf8(canonicalJson(p.value(u"value"_s).toObject())), event.seq, event.actor });
}

Result<void> Projector::applySurvey(const Event &event)
{
    const QJsonObject p = event.payload();
    Rows::Survey row { event.seq, dayKey(event.atLocal().date()), {} };
    for (int item = 1; item <= Survey::items; ++item) {
        const int answer = p.value(u"u"_s + QString::number(item)).toInt();
        // An incomplete answer cannot enter the index: it stays the record only.
        if (answer < 1 || answer > Survey::scale)
            return {};
        row.answers[size_t(item - 1)] = answer;
    }
    return m_rows.addSurvey(row);
}

Result<void> Projector::applyComplaint(const Event &event)
{
    // complaint.add: {id, day, channel, who (personal digest or ""), content, status, follow};
    // complaint.update: {id, status, follow}.
    const QJsonObject p = event.payload();
    const qint64 id = p.value(u"id"_s).toInteger();
    const QString status = p.value(u"status"_s).toString();
    const QString followUp = p.value(u"follow"_s).toString();
    Rows::Complaint c;
    if (event.type == EventType::ComplaintAdded) {
        c = { id, p.value(u"day"_s).toInt(), p.value(u"channel"_s).toString(), p.value(u"who"_s).toString(),
            p.value(u"content"_s).toString(), followUp, status };
    } else {
        auto found = m_rows.complaint(id);
        if (!found)
            return found.error();
        if (!*found)
            return integrity(u"no-complaint"_s,
                u"event %1 updates complaint %2, which does not exist"_s.arg(event.seq).arg(id));
        c = **found;
        c.status = status;
        c.followUp = followUp;
    }
    if (auto r = m_rows.putComplaint(c); !r)
        return r;
    return m_rows.addComplaintChange({ event.seq, id, event.atMs, event.actor, status, followUp });
}

} // namespace kj
