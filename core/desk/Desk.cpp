#include "Desk.h"

#include "Clock.h"
#include "DayKey.h"
#include "Format.h"
#include "Pin.h"
#include "PhoneNumber.h"
#include "Projector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kj {

namespace {

Error refused(const QString &reason, const QString &message)
{
    return Error{ErrorKind::Refused, reason, message};
}

Error invalid(const QString &reason, const QString &message)
{
    return Error{ErrorKind::InvalidInput, reason, message};
}

// A read query; failures read as "nothing found" (reads never change the record).
QSqlQuery select(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.exec();
    return q;
}

qint64 nextId(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q = select(db, u"SELECT coalesce(max(id), 0) + 1 FROM "_s + table);
    return q.next() ? q.value(0).toLongLong() : 1;
}

const QString wbpColumns = u"id, reg_no, name, aliases, block, cell, status, active"_s;

// One row of a roster.import event's payload.
QJsonObject rosterRowJson(qint64 id, const RosterRow &row)
{
    return {{u"id"_s, id},
            {u"reg"_s, row.registerNumber},
            {u"name"_s, row.name},
            {u"alias"_s, row.aliases.join(u", "_s)},
            {u"block"_s, row.block},
            {u"cell"_s, row.cell},
            {u"status"_s, custodyKey(row.status)},
            {u"in"_s, row.entryDate.toString(Qt::ISODate)},
            {u"exp"_s, row.expiryDate.toString(Qt::ISODate)}};
}

Wbp wbpFrom(const QSqlQuery &q)
{
    return Wbp{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
               q.value(3).toString(),   q.value(4).toString(), q.value(5).toString(),
               q.value(6).toString(),   q.value(7).toBool()};
}

} // namespace

Desk::Desk(Logbook &logbook, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_logbook(logbook)
    , m_clock(clock)
{
    connect(&m_logbook, &Logbook::externalChange, this, [this] {
        (void)loadSettings(); // a bad stored setting keeps the previous settings
        reload();
    });
}

QDate Desk::today() const
{
    return m_schedule.localDate(m_clock.nowUtc());
}

Result<void> Desk::loadSettings()
{
    QSqlQuery q = select(m_logbook.database(), u"SELECT key, value FROM settings"_s);
    Settings settings;
    while (q.next()) {
        const QJsonObject json = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        if (auto set = settings.setSection(q.value(0).toString(), json); !set)
            return set.error();
    }
    auto schedule = Schedule::make(settings.schedule);
    if (!schedule)
        return schedule.error();
    m_settings = settings;
    m_schedule = *schedule;
    m_logbook.setZone(m_schedule.zone());
    return {};
}

Result<void> Desk::load(bool recover)
{
    if (auto loaded = loadSettings(); !loaded)
        return loaded;
    reload();
    if (recover)
        return recoverOpenCalls();
    return {};
}

void Desk::reload()
{
    m_queueDay = today();
    auto loaded = Projector::loadQueue(m_logbook.database(), dayKey(m_queueDay));
    if (loaded) {
        m_queue = *loaded;
        (void)m_queue.setPolicy(m_settings.queue);
    }
    // Keep running timers (they are monotonic, so immune to wall-clock jumps); add the ones for
    // calls started elsewhere or before a restart; drop the ones whose call is over.
    for (auto it = m_timers.begin(); it != m_timers.end();) {
        const auto ticket = m_queue.atStation(it->first);
        if (!ticket || ticket->state != TicketState::InCall || ticket->number != m_timerTickets[it->first]) {
            m_timerTickets.erase(it->first);
            it = m_timers.erase(it);
        } else {
            ++it;
        }
    }
    for (const Ticket &t : m_queue.tickets()) {
        if (t.state != TicketState::InCall || m_timers.count(t.station))
            continue;
        QSqlQuery q = select(m_logbook.database(),
                             u"SELECT id, started FROM sessions WHERE day = ? AND ticket = ?"_s,
                             {dayKey(m_queueDay), t.number});
        if (!q.next() || q.value(1).isNull())
            continue;
        const CallRecord record = recordOf(q.value(0).toLongLong(),
                                           QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC));
        auto timer = CallTimer::restore(record, m_clock.nowUtc(), m_clock.monotonicMs());
        if (timer) {
            m_timers.emplace(t.station, *timer);
            m_timerTickets[t.station] = t.number;
        }
    }
    emit changed();
}

CallRecord Desk::recordOf(qint64 sessionId, QDateTime startedUtc) const
{
    CallRecord record;
    record.startedUtc = startedUtc;
    record.limits = m_settings.call;
    QSqlQuery q = select(m_logbook.database(),
                         u"SELECT paused_ms, pause_from FROM sessions WHERE id = ?"_s, {sessionId});
    if (q.next()) {
        const qint64 paused = q.value(0).toLongLong();
        if (paused > 0)
            record.pauses.append({startedUtc, startedUtc.addMSecs(paused)});
        if (!q.value(1).isNull())
            record.pauses.append({QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC), {}});
    }
    QSqlQuery notes = select(m_logbook.database(),
                             u"SELECT value, reason FROM session_notes WHERE session_id = ? AND "
                             "kind = 'extend' ORDER BY seq"_s,
                             {sessionId});
    while (notes.next())
        record.extensions.append({notes.value(0).toInt(), notes.value(1).toString()});
    return record;
}

Result<void> Desk::recoverOpenCalls()
{
    // The state as a literal, not a bound value: only then can SQLite answer from the partial
    // index sessions_in_call instead of reading the whole book.
    static_assert(static_cast<int>(TicketState::InCall) == 2, "sessions_in_call indexes state = 2");
    QSqlQuery q = select(m_logbook.database(),
                         u"SELECT id, day, ticket, station, started FROM sessions WHERE state = 2"_s);
    struct Open
    {
        qint64 id;
        int day;
        int ticket;
        int station;
        QDateTime started;
    };
    QList<Open> open;
    while (q.next()) {
        open.append({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt(),
                     QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC)});
    }
    for (const Open &call : open) {
        auto timer = CallTimer::restore(recordOf(call.id, call.started), m_clock.nowUtc(),
                                        m_clock.monotonicMs());
        const bool today = call.day == dayKey(this->today());
        if (timer && today && !timer->isTimeUp(m_clock.monotonicMs())) {
            auto r = m_logbook.append({EventType::CallRecovered, QString(Actor::System), call.station,
                                       QJsonObject{{u"action"_s, u"resumed"_s},
                                                   {u"left"_s, timer->remainingMs(m_clock.monotonicMs())}},
                                       call.day, call.ticket});
            if (!r)
                return r.error();
            continue;
        }
        const qint64 active = timer ? timer->activeMs(m_clock.monotonicMs()) : 0;
        const qint64 allowed = timer ? timer->allowedMs() : 0;
        auto ended = queueWrite(
            [&](const Queue &queue) { return queue.finish(call.ticket, m_clock.nowUtc()); },
            QString(Actor::System),
            Projector::endPayload(Outcome::Interrupted, tr("closed after a restart: the call's time had run out"),
                                  qMin(active, allowed), allowed, timer ? timer->extendedMinutes() : 0),
            call.day);
        if (!ended)
            return ended.error();
    }
    if (!open.isEmpty())
        reload();
    return {};
}

const CallTimer *Desk::timer(int station) const
{
    auto it = m_timers.find(station);
    return it == m_timers.end() ? nullptr : &it->second;
}

// ---- roster reads -------------------------------------------------------------------------

std::optional<Wbp> Desk::wbp(qint64 id) const
{
    QSqlQuery q = select(m_logbook.database(), u"SELECT "_s + wbpColumns + u" FROM wbp WHERE id = ?"_s, {id});
    if (q.next())
        return wbpFrom(q);
    return std::nullopt;
}

std::optional<Wbp> Desk::wbpByRegisterNumber(const QString &registerNumber) const
{
    QSqlQuery q = select(m_logbook.database(), u"SELECT "_s + wbpColumns + u" FROM wbp WHERE reg_no = ?"_s,
                         {registerNumber.trimmed()});
    if (q.next())
        return wbpFrom(q);
    return std::nullopt;
}

QList<Wbp> Desk::wbpInCell(const QString &cell) const
{
    QSqlQuery q = select(m_logbook.database(),
                         u"SELECT "_s + wbpColumns + u" FROM wbp WHERE cell = ? AND active = 1 ORDER BY name"_s,
                         {Schedule::normalizeCell(cell)});
    QList<Wbp> list;
    while (q.next())
        list.append(wbpFrom(q));
    return list;
}

QList<Wbp> Desk::searchWbp(const QString &text, int limit) const
{
    const QString pattern = u'%' + text.simplified() + u'%';
    QSqlQuery q = select(m_logbook.database(),
                         u"SELECT "_s + wbpColumns + u" FROM wbp WHERE active = 1 AND (name LIKE ? "
                         "OR reg_no LIKE ? OR aliases LIKE ?) ORDER BY name LIMIT ?"_s,
                         {pattern, pattern, pattern, limit});
    QList<Wbp> list;
    while (q.next())
        list.append(wbpFrom(q));
    return list;
}

QList<Contact> Desk::contactsOf(qint64 wbpId) const
{
    QSqlQuery q = select(m_logbook.database(),
                         u"SELECT id FROM contacts WHERE wbp_id = ? AND active = 1 ORDER BY id"_s, {wbpId});
    QList<Contact> list;
    while (q.next()) {
        if (auto c = contact(q.value(0).toLongLong()))
            list.append(*c);
    }
    return list;
}

std::optional<Contact> Desk::contact(qint64 id) const
{
    QSqlQuery q = select(m_logbook.database(),
                         u"SELECT id, wbp_id, name_digest, phone_digest, relation, approved, active "
                         "FROM contacts WHERE id = ?"_s,
                         {id});
    if (!q.next())
        return std::nullopt;
    return Contact{q.value(0).toLongLong(), q.value(1).toLongLong(),
                   m_logbook.personal(q.value(2).toString()), q.value(4).toString(),
                   m_logbook.personal(q.value(3).toString()), q.value(5).toBool(), q.value(6).toBool()};
}

QList<Restriction> Desk::restrictionsOf(qint64 wbpId) const
{
    QSqlQuery q = select(m_logbook.database(),
                         u"SELECT id, wbp_id, reason, from_day, to_day, lifted FROM restrictions "
                         "WHERE wbp_id = ? ORDER BY from_day"_s,
                         {wbpId});
    QList<Restriction> list;
    while (q.next()) {
        list.append(Restriction{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                                QDate::fromString(q.value(3).toString(), Qt::ISODate),
                                QDate::fromString(q.value(4).toString(), Qt::ISODate), q.value(5).toBool()});
    }
    return list;
}

std::optional<Restriction> Desk::activeRestriction(qint64 wbpId, QDate day) const
{
    for (const Restriction &r : restrictionsOf(wbpId)) {
        if (r.activeOn(day))
            return r;
    }
    return std::nullopt;
}

int Desk::completedCallsThisWeekBefore(qint64 wbpId, QDate day) const
{
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    QSqlQuery q = select(m_logbook.database(),
                         u"SELECT count(*) FROM sessions WHERE wbp_id = ? AND day >= ? AND day < ? "
                         "AND state = ?"_s,
                         {wbpId, dayKey(monday), dayKey(day),
                          static_cast<int>(TicketState::Done)});
    return q.next() ? q.value(0).toInt() : 0;
}

// ---- sign-in ------------------------------------------------------------------------------

namespace {
// The queue's refusal for a second call on one day, with when the cell's next turn is.
Error turnTakenToday(const Schedule &schedule, const QString &cell, QDate today)
{
    const auto next = schedule.nextSlot(cell, QDateTime(today.addDays(1), QTime(0, 0), schedule.zone()).toUTC());
    const QString message = next ? Desk::tr("You have already had your turn today. Your next turn: %1.")
                                       .arg(schedule.describeSlotStart(*next))
                                 : Desk::tr("You have already had your turn today.");
    return Error{ErrorKind::Refused, u"already-called-today"_s, message,
                 next ? next->date.toString(Qt::ISODate) : QString()};
}
} // namespace

Result<void> Desk::checkSignIn(qint64 wbpId) const
{
    const auto person = wbp(wbpId);
    if (!person || !person->active)
        return invalid(u"unknown-wbp"_s, tr("This register number is not in the roster. Please ask the officer."));
    const QDateTime now = m_clock.nowUtc();
    const ScheduleVerdict verdict = m_schedule.check(person->cell, now);
    if (!verdict.open())
        return refused(u"schedule"_s, m_schedule.explain(verdict));
    if (const auto r = activeRestriction(wbpId, today())) {
        const QString until = r->to.isNull() ? tr("until further notice")
                                             : tr("until %1").arg(Format::date(r->to));
        return refused(u"restricted"_s,
                       tr("Visits are suspended for you %1 (%2). Please ask the officer.").arg(until, r->reason));
    }
    const QList<Contact> contacts = contactsOf(wbpId);
    if (std::none_of(contacts.cbegin(), contacts.cend(), [](const Contact &c) { return c.approved; }))
        return refused(u"no-approved-contact"_s,
                       tr("You have no approved family contact yet. Please ask the officer to register one."));
    SignInRequest request{QString::number(wbpId), person->cell, QString(),
                          completedCallsThisWeekBefore(wbpId, today())};
    // A program left running overnight still holds yesterday's queue until something reloads it.
    Queue queue = m_queue;
    if (m_queueDay != today()) {
        auto loaded = Projector::loadQueue(m_logbook.database(), dayKey(today()));
        if (!loaded)
            return loaded.error();
        queue = *loaded;
        (void)queue.setPolicy(m_settings.queue);
    }
    auto event = queue.signIn(request, now);
    if (!event && event.error().reason == u"already-called-today")
        return turnTakenToday(m_schedule, person->cell, today());
    if (!event)
        return event.error();
    return {};
}

Result<Ticket> Desk::signIn(qint64 wbpId, qint64 contactId, const QString &actor)
{
    if (auto check = checkSignIn(wbpId); !check)
        return check.error();
    const auto chosen = contact(contactId);
    if (!chosen || chosen->wbpId != wbpId || !chosen->active || !chosen->approved)
        return refused(u"no-approved-contact"_s, tr("This family contact is not approved. Please ask the officer."));
    const auto person = wbp(wbpId);
    const int week = completedCallsThisWeekBefore(wbpId, today());
    return ticketFor(queueWrite(
        [&](const Queue &queue) {
            return queue.signIn({QString::number(wbpId), person->cell, QString::number(contactId), week},
                                m_clock.nowUtc());
        },
        actor));
}

// ---- queue and calls ----------------------------------------------------------------------

Result<QueueEvent> Desk::queueWrite(const std::function<Result<QueueEvent>(const Queue &)> &rule,
                                    const QString &actor, const QJsonObject &extra, int day)
{
    const int key = day ? day : dayKey(today());
    auto written = m_logbook.write<QueueEvent>([&](WriteTransaction &tx) -> Result<QueueEvent> {
        // Under the write lock: the queue as every process has committed it.
        auto loaded = Projector::loadQueue(tx.database(), key);
        if (!loaded)
            return loaded.error();
        Queue queue = *loaded;
        (void)queue.setPolicy(m_settings.queue);
        auto event = rule(queue);
        if (!event)
            return event;
        auto appended = tx.append(Projector::queueDraft(*event, key, actor, extra));
        if (!appended)
            return appended.error();
        return event;
    });
    reload();
    return written;
}

Result<Ticket> Desk::ticketFor(const Result<QueueEvent> &event)
{
    if (!event)
        return event.error();
    if (auto t = m_queue.find(event->ticket))
        return *t;
    return Error{ErrorKind::Integrity, u"ticket-lost"_s, tr("The ticket could not be read back.")};
}

Result<Ticket> Desk::stationTicket(int station, TicketState state) const
{
    const auto ticket = m_queue.atStation(station);
    if (!ticket || ticket->state != state) {
        return refused(u"station-state"_s, state == TicketState::InCall
                                               ? tr("There is no call running at station %1.").arg(station)
                                               : tr("Nobody has been called to station %1.").arg(station));
    }
    return *ticket;
}

Result<Ticket> Desk::callNext(int station, const QString &actor)
{
    return ticketFor(queueWrite([&](const Queue &q) { return q.callNext(station, m_clock.nowUtc()); }, actor));
}

Result<Ticket> Desk::call(int ticket, int station, const QString &actor)
{
    return ticketFor(queueWrite([&](const Queue &q) { return q.call(ticket, station, m_clock.nowUtc()); }, actor));
}

Result<Ticket> Desk::recall(int station, const QString &actor)
{
    auto t = stationTicket(station, TicketState::Called);
    if (!t)
        return t;
    return ticketFor(queueWrite([&](const Queue &q) { return q.recall(t->number, m_clock.nowUtc()); }, actor));
}

Result<Ticket> Desk::noShow(int station, const QString &actor)
{
    auto t = stationTicket(station, TicketState::Called);
    if (!t)
        return t;
    return ticketFor(queueWrite([&](const Queue &q) { return q.noShow(t->number, m_clock.nowUtc()); }, actor));
}

Result<Ticket> Desk::noAnswer(int station, const QString &actor)
{
    auto t = stationTicket(station, TicketState::Called);
    if (!t)
        return t;
    return ticketFor(queueWrite([&](const Queue &q) { return q.noAnswer(t->number, m_clock.nowUtc()); }, actor));
}

Result<Ticket> Desk::startCall(int station, const QString &actor)
{
    auto t = stationTicket(station, TicketState::Called);
    if (!t)
        return t;
    auto started = ticketFor(queueWrite([&](const Queue &q) { return q.start(t->number, m_clock.nowUtc()); }, actor));
    if (started) {
        // The live countdown runs on the monotonic clock from this instant.
        CallTimer timer(m_settings.call);
        (void)timer.start(m_clock.monotonicMs());
        m_timers.insert_or_assign(station, timer);
        m_timerTickets[station] = started->number;
    }
    return started;
}

Result<void> Desk::callEvent(int station, QLatin1String type, const QJsonObject &extra, const QString &actor)
{
    auto t = stationTicket(station, TicketState::InCall);
    if (!t)
        return t.error();
    auto appended = m_logbook.append({type, actor, station, extra, dayKey(m_queueDay), t->number});
    if (!appended)
        return appended.error();
    emit changed();
    return {};
}

Result<void> Desk::extendCall(int station, int minutes, const QString &reason, const QString &actor)
{
    auto it = m_timers.find(station);
    if (it == m_timers.end())
        return refused(u"station-state"_s, tr("There is no call running at station %1.").arg(station));
    CallTimer trial = it->second;
    if (auto ok = trial.extend(minutes, reason.trimmed(), m_clock.monotonicMs()); !ok)
        return ok;
    if (auto r = callEvent(station, EventType::CallExtended,
                           {{u"min"_s, minutes}, {u"reason"_s, reason.trimmed()}}, actor); !r)
        return r;
    it->second = trial;
    return {};
}

Result<void> Desk::dropCall(int station, const QString &actor)
{
    auto it = m_timers.find(station);
    if (it == m_timers.end())
        return refused(u"station-state"_s, tr("There is no call running at station %1.").arg(station));
    CallTimer trial = it->second;
    if (auto ok = trial.pause(m_clock.monotonicMs()); !ok)
        return ok;
    if (auto r = callEvent(station, EventType::CallDropped,
                           {{u"left"_s, trial.remainingMs(m_clock.monotonicMs())}}, actor); !r)
        return r;
    it->second = trial;
    return {};
}

Result<void> Desk::resumeCall(int station, const QString &actor)
{
    auto it = m_timers.find(station);
    if (it == m_timers.end())
        return refused(u"station-state"_s, tr("There is no call running at station %1.").arg(station));
    CallTimer trial = it->second;
    if (auto ok = trial.resume(m_clock.monotonicMs()); !ok)
        return ok;
    if (auto r = callEvent(station, EventType::CallResumed, {}, actor); !r)
        return r;
    it->second = trial;
    return {};
}

Result<Ticket> Desk::endCall(int station, QLatin1String outcome, const QString &reason, const QString &actor)
{
    if (outcome != Outcome::Completed && outcome != Outcome::EndedEarly && outcome != Outcome::Stopped)
        return invalid(u"bad-outcome"_s, tr("Unknown outcome: %1").arg(outcome));
    if (outcome == Outcome::Stopped && reason.trimmed().isEmpty())
        return invalid(u"reason-required"_s, tr("Please give the reason the call was stopped."));
    auto t = stationTicket(station, TicketState::InCall);
    if (!t)
        return t;
    const qint64 mono = m_clock.monotonicMs();
    const CallTimer *running = timer(station);
    const qint64 active = running ? running->activeMs(mono) : 0;
    const qint64 allowed = running ? running->allowedMs() : 0;
    return ticketFor(queueWrite([&](const Queue &q) { return q.finish(t->number, m_clock.nowUtc()); }, actor,
                                Projector::endPayload(outcome, reason, active, allowed,
                                                      running ? running->extendedMinutes() : 0)));
}

Result<void> Desk::cancel(int ticket, const QString &reason, const QString &actor)
{
    auto r = queueWrite([&](const Queue &q) { return q.cancel(ticket, m_clock.nowUtc()); }, actor,
                        {{u"reason"_s, reason.trimmed()}});
    if (!r)
        return r.error();
    return {};
}

QList<std::pair<int, CallThreshold>> Desk::poll()
{
    if (const auto jump = m_clockWatch.check()) {
        // Wall times in the record jump here; this line says why. A failed write must not stop
        // the countdowns below.
        (void)record(EventType::ClockJumped,
                     {{u"jumpMs"_s, jump->jumpMs},
                      {u"expected"_s, jump->expectedUtc.toString(Qt::ISODateWithMs)},
                      {u"actual"_s, jump->actualUtc.toString(Qt::ISODateWithMs)}},
                     QString(Actor::System));
    }
    QList<std::pair<int, CallThreshold>> reached;
    const qint64 mono = m_clock.monotonicMs();
    for (auto &[station, timer] : m_timers) {
        const CallCrossings crossings = timer.poll(mono);
        if (crossings.warningAtMs)
            reached.append({station, CallThreshold::Warning});
        if (crossings.timeUpAtMs)
            reached.append({station, CallThreshold::TimeUp});
    }
    for (const auto &[station, threshold] : reached) {
        // The record of the threshold; a failed write (e.g. disk full) must not stop the countdown.
        (void)callEvent(station, threshold == CallThreshold::Warning ? EventType::CallWarning : EventType::CallTimeUp,
                        {}, QString(Actor::System));
        emit thresholdReached(station, threshold);
    }
    return reached;
}

std::optional<double> Desk::correctedMinutes(const QString &value)
{
    bool number = false;
    const double minutes = QString(value).replace(u',', u'.').trimmed().toDouble(&number);
    if (!number || !(minutes >= 0 && minutes <= 24 * 60)) // also refuses "nan"
        return std::nullopt;
    return minutes;
}

Result<void> Desk::amend(qint64 sessionId, const QString &field, const QString &value, const QString &reason,
                         const QString &actor)
{
    static const QStringList fields = {u"outcome"_s, u"contact"_s, u"station"_s, u"note"_s, u"duration"_s,
                                       u"started"_s, u"ended"_s};
    if (!fields.contains(field))
        return invalid(u"bad-field"_s, tr("This field cannot be corrected: %1").arg(field));
    if (reason.trimmed().isEmpty())
        return invalid(u"reason-required"_s, tr("A correction needs a reason."));
    // What the register counts must be a value it understands.
    if (field == u"outcome" && !Outcome::all().contains(value))
        return invalid(u"bad-value"_s, tr("Unknown outcome: %1").arg(value));
    if (field == u"duration" && !correctedMinutes(value))
        return invalid(u"bad-value"_s, tr("A duration is given in minutes, such as 4 or 4,5."));
    if (field == u"station") {
        bool number = false;
        const int station = value.trimmed().toInt(&number);
        if (!number || station < 1 || station > m_settings.stations.size())
            return invalid(u"bad-value"_s, tr("There is no station %1: the stations are numbered 1 to %2.")
                                               .arg(value.trimmed())
                                               .arg(m_settings.stations.size()));
    }
    if (value.trimmed().isEmpty())
        return invalid(u"value-required"_s, tr("Please give the correct value."));
    QSqlQuery q = select(m_logbook.database(), u"SELECT day, ticket FROM sessions WHERE id = ?"_s, {sessionId});
    if (!q.next())
        return invalid(u"no-session"_s, tr("There is no such line in the logbook."));
    const int day = q.value(0).toInt();
    const int ticket = q.value(1).toInt();
    q.finish(); // no read left open across the write (see login)
    auto r = m_logbook.append({EventType::Amended, actor, 0,
                               QJsonObject{{u"field"_s, field},
                                           {u"value"_s, value},
                                           {u"reason"_s, reason.trimmed()}},
                               day, ticket});
    if (!r)
        return r.error();
    emit changed();
    return {};
}

// ---- roster, contacts, restrictions -------------------------------------------------------

Result<RosterImportSummary> Desk::importRoster(const QList<RosterRow> &rows, const QString &fileName,
                                               const QString &actor, bool dryRun)
{
    auto run = [&](WriteTransaction *tx) -> Result<RosterImportSummary> {
        const QSqlDatabase db = m_logbook.database();
        QHash<QString, Wbp> known;
        QSqlQuery q = select(db, u"SELECT "_s + wbpColumns + u" FROM wbp"_s);
        while (q.next()) {
            const Wbp w = wbpFrom(q);
            known.insert(w.registerNumber, w);
        }
        qint64 next = nextId(db, u"wbp"_s);
        RosterImportSummary summary;
        QJsonArray changed;
        QSet<QString> seen;
        for (const RosterRow &row : rows) {
            seen.insert(row.registerNumber);
            const auto existing = known.constFind(row.registerNumber);
            const QString aliases = row.aliases.join(u", "_s);
            const QString status = custodyKey(row.status);
            if (existing != known.cend() && existing->name == row.name && existing->cell == row.cell
                && existing->block == row.block && existing->aliases == aliases && existing->status == status
                && existing->active) {
                ++summary.unchanged;
                continue;
            }
            const qint64 id = existing != known.cend() ? existing->id : next++;
            (existing != known.cend() ? summary.updated : summary.added)++;
            changed.append(rosterRowJson(id, row));
        }
        QJsonArray inactive;
        for (const Wbp &w : std::as_const(known)) {
            if (w.active && !seen.contains(w.registerNumber)) {
                inactive.append(w.id);
                ++summary.deactivated;
            }
        }
        if (tx) {
            auto r = tx->append({EventType::RosterImported, actor, 0,
                                 QJsonObject{{u"file"_s, fileName}, {u"rows"_s, changed}, {u"inactive"_s, inactive},
                                             {u"count"_s, rows.size()}}});
            if (!r)
                return r.error();
        }
        return summary;
    };
    if (dryRun)
        return run(nullptr);
    auto result = m_logbook.write<RosterImportSummary>([&](WriteTransaction &tx) { return run(&tx); });
    if (result)
        emit changed();
    return result;
}

Result<qint64> Desk::addContact(qint64 wbpId, const QString &name, const QString &relation, const QString &phone,
                                bool approved, const QString &actor)
{
    if (!wbp(wbpId))
        return invalid(u"unknown-wbp"_s, tr("This register number is not in the roster."));
    if (name.trimmed().isEmpty())
        return invalid(u"contact-name-empty"_s, tr("The family member's name is empty."));
    const QString relationKey = Relation::key(relation);
    if (relationKey.isEmpty())
        return invalid(u"bad-relation"_s, tr("Unknown relation: %1").arg(relation));
    auto normalized = normalisePhone(phone);
    if (!normalized)
        return normalized.error();
    auto id = m_logbook.write<qint64>([&](WriteTransaction &tx) -> Result<qint64> {
        const qint64 contactId = nextId(tx.database(), u"contacts"_s);
        auto nameDigest = tx.storePersonal(name.simplified());
        if (!nameDigest)
            return nameDigest.error();
        auto phoneDigest = tx.storePersonal(*normalized);
        if (!phoneDigest)
            return phoneDigest.error();
        auto r = tx.append({EventType::ContactAdded, actor, 0,
                            QJsonObject{{u"id"_s, contactId},
                                        {u"wbp"_s, wbpId},
                                        {u"name"_s, *nameDigest},
                                        {u"phone"_s, *phoneDigest},
                                        {u"rel"_s, relationKey},
                                        {u"approved"_s, approved}}});
        if (!r)
            return r.error();
        return contactId;
    });
    if (id)
        emit changed();
    return id;
}

Result<int> Desk::importContacts(const QList<ContactRow> &rows, const QString &actor, bool dryRun)
{
    QStringList problems;
    for (const ContactRow &row : rows) {
        if (!wbpByRegisterNumber(row.registerNumber))
            problems.append(tr("line %1: register number %2 is not in the roster").arg(row.line).arg(row.registerNumber));
    }
    if (!problems.isEmpty())
        return invalid(u"unknown-wbp"_s, problems.join(u'\n'));
    // A dry run counts what the import would add, without a write.
    auto run = [&](WriteTransaction *tx) -> Result<int> {
        int count = 0;
        qint64 id = nextId(m_logbook.database(), u"contacts"_s);
        for (const ContactRow &row : rows) {
            const qint64 wbpId = wbpByRegisterNumber(row.registerNumber)->id;
            const QList<Contact> existing = contactsOf(wbpId);
            if (std::any_of(existing.cbegin(), existing.cend(), [&](const Contact &c) { return c.phone == row.phone; }))
                continue;
            ++count;
            if (!tx)
                continue;
            auto nameDigest = tx->storePersonal(row.name);
            if (!nameDigest)
                return nameDigest.error();
            auto phoneDigest = tx->storePersonal(row.phone);
            if (!phoneDigest)
                return phoneDigest.error();
            auto r = tx->append({EventType::ContactAdded, actor, 0,
                                QJsonObject{{u"id"_s, id++},
                                            {u"wbp"_s, wbpId},
                                            {u"name"_s, *nameDigest},
                                            {u"phone"_s, *phoneDigest},
                                            {u"rel"_s, row.relation},
                                            {u"approved"_s, true}}});
            if (!r)
                return r.error();
        }
        return count;
    };
    if (dryRun)
        return run(nullptr);
    auto added = m_logbook.write<int>([&](WriteTransaction &tx) { return run(&tx); });
    if (added)
        emit changed();
    return added;
}

Result<void> Desk::changeContact(qint64 contactId, const QJsonObject &changes, const QString &reason,
                                 const QString &actor)
{
    if (!contact(contactId))
        return invalid(u"no-contact"_s, tr("There is no such family contact."));
    auto r = m_logbook.write<bool>([&](WriteTransaction &tx) -> Result<bool> {
        QJsonObject payload{{u"id"_s, contactId}, {u"reason"_s, reason.trimmed()}};
        if (changes.contains(u"name"_s)) {
            auto digest = tx.storePersonal(changes.value(u"name"_s).toString().simplified());
            if (!digest)
                return digest.error();
            payload.insert(u"name"_s, *digest);
        }
        if (changes.contains(u"phone"_s)) {
            auto normalized = normalisePhone(changes.value(u"phone"_s).toString());
            if (!normalized)
                return normalized.error();
            auto digest = tx.storePersonal(*normalized);
            if (!digest)
                return digest.error();
            payload.insert(u"phone"_s, *digest);
        }
        if (changes.contains(u"rel"_s)) {
            const QString key = Relation::key(changes.value(u"rel"_s).toString());
            if (key.isEmpty())
                return invalid(u"bad-relation"_s, tr("Unknown relation: %1").arg(changes.value(u"rel"_s).toString()));
            payload.insert(u"rel"_s, key);
        }
        for (const QString &flag : {u"approved"_s, u"active"_s}) {
            if (changes.contains(flag))
                payload.insert(flag, changes.value(flag).toBool());
        }
        auto appended = tx.append({EventType::ContactChanged, actor, 0, payload});
        if (!appended)
            return appended.error();
        return true;
    });
    if (!r)
        return r.error();
    emit changed();
    return {};
}

Result<qint64> Desk::addRestriction(qint64 wbpId, const QString &reason, QDate from, QDate to, const QString &actor)
{
    if (!wbp(wbpId))
        return invalid(u"unknown-wbp"_s, tr("This register number is not in the roster."));
    if (reason.trimmed().isEmpty())
        return invalid(u"reason-required"_s, tr("A restriction needs a reason."));
    if (!from.isValid() || (to.isValid() && to < from))
        return invalid(u"bad-dates"_s, tr("A restriction must end on or after its first day."));
    auto id = m_logbook.write<qint64>([&](WriteTransaction &tx) -> Result<qint64> {
        const qint64 restrictionId = nextId(tx.database(), u"restrictions"_s);
        auto r = tx.append({EventType::RestrictionAdded, actor, 0,
                            QJsonObject{{u"id"_s, restrictionId},
                                        {u"wbp"_s, wbpId},
                                        {u"reason"_s, reason.trimmed()},
                                        {u"from"_s, from.toString(Qt::ISODate)},
                                        {u"to"_s, to.isValid() ? to.toString(Qt::ISODate) : QString()}}});
        if (!r)
            return r.error();
        return restrictionId;
    });
    if (id)
        emit changed();
    return id;
}

Result<void> Desk::liftRestriction(qint64 restrictionId, const QString &reason, const QString &actor)
{
    auto r = m_logbook.append({EventType::RestrictionLifted, actor, 0,
                               QJsonObject{{u"id"_s, restrictionId}, {u"reason"_s, reason.trimmed()}}});
    if (!r)
        return r.error();
    emit changed();
    return {};
}

// ---- settings and officers ----------------------------------------------------------------

Result<void> Desk::changeSetting(const QString &key, const QJsonObject &value, const QString &actor)
{
    Settings trial = m_settings;
    if (auto set = trial.setSection(key, value); !set)
        return set;
    if (auto kept = trial.checkChange(key); !kept)
        return kept;
    if (key == Settings::StationsKey) {
        if (auto fits = m_queue.setPolicy(trial.queue); !fits)
            return fits;
    }
    auto r = m_logbook.append({EventType::SettingChanged, actor, 0,
                               QJsonObject{{u"key"_s, key}, {u"value"_s, trial.section(key)}}});
    if (!r)
        return r.error();
    if (auto loaded = loadSettings(); !loaded)
        return loaded;
    reload();
    return {};
}

QList<Officer> Desk::officers(bool includeInactive) const
{
    QSqlQuery q = select(m_logbook.database(),
                         u"SELECT id, name, role, active FROM officers"_s
                             + (includeInactive ? QString() : u" WHERE active = 1"_s) + u" ORDER BY name"_s);
    QList<Officer> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool()});
    return list;
}

Result<qint64> Desk::addOfficer(const QString &name, const QString &role, const QString &pin, const QString &actor)
{
    const QString cleanName = name.simplified();
    if (cleanName.isEmpty())
        return invalid(u"officer-name-empty"_s, tr("The officer's name is empty."));
    if (role != u"officer" && role != u"admin")
        return invalid(u"bad-role"_s, tr("The role must be officer or admin."));
    for (const Officer &o : officers(true)) {
        if (o.name.compare(cleanName, Qt::CaseInsensitive) != 0)
            continue;
        if (!o.active)
            return invalid(u"officer-exists"_s, tr("There is already an inactive officer named %1: reactivate them.").arg(cleanName));
        return invalid(u"officer-exists"_s, tr("There is already an officer named %1.").arg(cleanName));
    }
    auto hash = Pin::hash(pin);
    if (!hash)
        return hash.error();
    auto id = m_logbook.write<qint64>([&](WriteTransaction &tx) -> Result<qint64> {
        const qint64 officerId = nextId(tx.database(), u"officers"_s);
        auto r = tx.append({EventType::OfficerAdded, actor, 0,
                            QJsonObject{{u"id"_s, officerId}, {u"name"_s, cleanName}, {u"role"_s, role},
                                        {u"pin"_s, *hash}}});
        if (!r)
            return r.error();
        return officerId;
    });
    if (id)
        emit changed();
    return id;
}

Result<void> Desk::setPin(const QString &name, const QString &pin, const QString &actor)
{
    QSqlQuery q = select(m_logbook.database(), u"SELECT id FROM officers WHERE name = ? COLLATE NOCASE"_s,
                         {name.simplified()});
    if (!q.next())
        return invalid(u"no-officer"_s, tr("There is no officer named %1.").arg(name));
    const qint64 officerId = q.value(0).toLongLong();
    q.finish(); // no read left open across the write (see login)
    auto hash = Pin::hash(pin);
    if (!hash)
        return hash.error();
    auto r = m_logbook.append({EventType::OfficerPinSet, actor, 0,
                               QJsonObject{{u"id"_s, officerId}, {u"pin"_s, *hash}}});
    if (!r)
        return r.error();
    return {};
}

Result<void> Desk::setOfficerActive(const QString &name, bool active, const QString &actor)
{
    const QList<Officer> all = officers(true);
    const auto officer = std::find_if(all.cbegin(), all.cend(), [&](const Officer &o) {
        return o.name.compare(name.simplified(), Qt::CaseInsensitive) == 0;
    });
    if (officer == all.cend())
        return invalid(u"no-officer"_s, tr("There is no officer named %1.").arg(name));
    if (officer->active == active)
        return {};
    if (!active) {
        if (actor == Actor::officer(officer->id))
            return refused(u"self"_s, tr("You cannot deactivate yourself; another admin can."));
        const auto admins = std::count_if(all.cbegin(), all.cend(), [](const Officer &o) { return o.active && o.isAdmin(); });
        if (officer->isAdmin() && admins <= 1)
            return refused(u"last-admin"_s, tr("%1 is the last active admin: add or reactivate another admin first.").arg(officer->name));
    }
    auto r = m_logbook.append({EventType::OfficerActiveSet, actor, 0,
                               QJsonObject{{u"id"_s, officer->id}, {u"active"_s, active}}});
    if (!r)
        return r.error();
    emit changed();
    return {};
}

Result<Officer> Desk::login(const QString &name, const QString &pin)
{
    QSqlQuery q = select(m_logbook.database(),
                         u"SELECT id, name, role, pin_hash, failed, last_failed FROM officers "
                         "WHERE name = ? COLLATE NOCASE AND active = 1"_s,
                         {name.simplified()});
    if (!q.next())
        return invalid(u"no-officer"_s, tr("Unknown officer or wrong PIN."));
    const Officer officer{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
    const int failed = q.value(4).toInt();
    const qint64 lastFailed = q.value(5).toLongLong();
    const QString pinHash = q.value(3).toString();
    // An open read would pin this connection to a snapshot that another process's commit makes
    // stale, and the write below would then fail "locked".
    q.finish();
    constexpr int lockAfter = 10;
    if (failed >= lockAfter)
        return refused(u"locked"_s, tr("This account is locked after too many wrong PINs. An admin must set a new PIN."));
    if (failed >= 3) {
        // 30 s after the third failure, doubling each time, at most 15 minutes.
        const qint64 waitMs = qMin<qint64>(30'000LL << (failed - 3), 15 * 60'000LL);
        const qint64 since = m_clock.nowUtc().toMSecsSinceEpoch() - lastFailed;
        if (since < waitMs)
            return refused(u"wait"_s, tr("Too many wrong PINs. Try again in %1.").arg(Format::duration((waitMs - since + 999) / 1000)));
    }
    if (!Pin::matches(pinHash, pin)) {
        (void)m_logbook.append({EventType::OfficerPinFailed, Actor::officer(officer.id), 0,
                                QJsonObject{{u"id"_s, officer.id}}});
        return invalid(u"wrong-pin"_s, tr("Unknown officer or wrong PIN."));
    }
    auto r = m_logbook.append({EventType::OfficerLogin, Actor::officer(officer.id), 0, QJsonObject{{u"id"_s, officer.id}}});
    if (!r)
        return r.error();
    return officer;
}

Result<void> Desk::logout(const Officer &officer)
{
    auto r = m_logbook.append({EventType::OfficerLogout, Actor::officer(officer.id), 0, QJsonObject{{u"id"_s, officer.id}}});
    if (!r)
        return r.error();
    return {};
}

Result<qint64> Desk::addComplaint(const Complaint &complaint, const QString &actor)
{
    Complaint c = complaint;
    c.who = c.who.simplified();
    c.content = c.content.trimmed();
    c.followUp = c.followUp.trimmed();
    if (auto valid = Complaints::validate(c, today()); !valid)
        return valid.error();
    auto id = m_logbook.write<qint64>([&](WriteTransaction &tx) -> Result<qint64> {
        const qint64 complaintId = nextId(tx.database(), u"complaints"_s);
        QString who;
        if (!c.who.isEmpty()) {
            auto digest = tx.storePersonal(c.who);
            if (!digest)
                return digest.error();
            who = *digest;
        }
        auto r = tx.append({EventType::ComplaintAdded, actor, 0,
                            QJsonObject{{u"id"_s, complaintId},
                                        {u"day"_s, dayKey(c.received)},
                                        {u"channel"_s, c.channel},
                                        {u"who"_s, who},
                                        {u"content"_s, c.content},
                                        {u"status"_s, c.status},
                                        {u"follow"_s, c.followUp}}});
        if (!r)
            return r.error();
        return complaintId;
    });
    if (id)
        emit changed();
    return id;
}

Result<void> Desk::updateComplaint(qint64 id, const QString &status, const QString &followUp, const QString &actor)
{
    const auto before = complaint(id);
    if (!before)
        return invalid(u"no-complaint"_s, tr("There is no such complaint."));
    if (auto valid = Complaints::validateChange(*before, status, followUp); !valid)
        return valid.error();
    auto r = m_logbook.append({EventType::ComplaintUpdated, actor, 0,
                               QJsonObject{{u"id"_s, id}, {u"status"_s, status}, {u"follow"_s, followUp.trimmed()}}});
    if (!r)
        return r.error();
    emit changed();
    return {};
}

namespace {
const QString complaintColumns = u"id, day, channel, who_digest, content, follow_up, status"_s;
} // namespace

std::optional<Complaint> Desk::complaint(qint64 id) const
{
    QSqlQuery q = select(m_logbook.database(), u"SELECT "_s + complaintColumns + u" FROM complaints WHERE id = ?"_s,
                         {id});
    if (!q.next())
        return std::nullopt;
    return Complaint{q.value(0).toLongLong(), dayFromKey(q.value(1).toInt()), q.value(2).toString(),
                     m_logbook.personal(q.value(3).toString()), q.value(4).toString(), q.value(5).toString(),
                     q.value(6).toString()};
}

QList<Complaint> Desk::complaints(QDate from, QDate to) const
{
    QSqlQuery q = select(m_logbook.database(),
                         u"SELECT "_s + complaintColumns
                             + u" FROM complaints WHERE day BETWEEN ? AND ? ORDER BY day DESC, id DESC"_s,
                         {dayKey(from), dayKey(to)});
    QList<Complaint> list;
    while (q.next()) {
        list.append({q.value(0).toLongLong(), dayFromKey(q.value(1).toInt()), q.value(2).toString(),
                     m_logbook.personal(q.value(3).toString()), q.value(4).toString(), q.value(5).toString(),
                     q.value(6).toString()});
    }
    return list;
}

QList<ComplaintChange> Desk::complaintChanges(qint64 id) const
{
    QSqlQuery q = select(m_logbook.database(),
                         u"SELECT seq, at, actor, status, follow_up FROM complaint_changes WHERE complaint_id = ? "
                         "ORDER BY seq"_s,
                         {id});
    QList<ComplaintChange> list;
    while (q.next()) {
        list.append({q.value(0).toLongLong(), QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC),
                     q.value(2).toString(), q.value(3).toString(), q.value(4).toString()});
    }
    return list;
}

QString Desk::actorName(const QString &actor) const
{
    const QString prefix = u"officer:"_s;
    if (actor.startsWith(prefix)) {
        const qint64 id = actor.mid(prefix.size()).toLongLong();
        QSqlQuery q = select(m_logbook.database(), u"SELECT name FROM officers WHERE id = ?"_s, {id});
        return q.next() ? q.value(0).toString() : actor;
    }
    if (actor == Actor::Kiosk)
        return tr("kiosk");
    if (actor == Actor::Cli)
        return tr("admin command line");
    if (actor == Actor::System)
        return tr("system");
    return actor;
}

Result<Event> Desk::record(QLatin1String type, const QJsonObject &payload, const QString &actor, int station)
{
    auto r = m_logbook.append({type, actor, station, payload});
    if (r)
        emit changed();
    return r;
}

// ---- one WBP by hand, the roster's size (issue 16) -------------------------------------------

Result<qint64> Desk::addWbp(const RosterRow &typed, const QString &actor)
{
    RosterRow row = typed;
    row.name = row.name.simplified();
    row.registerNumber = row.registerNumber.trimmed();
    row.cell = Schedule::normalizeCell(row.cell);
    row.block = row.block.simplified();
    row.status = custodyStatusOf(row.registerNumber);
    if (row.name.isEmpty())
        return invalid(u"roster-name-empty"_s, tr("The name is empty."));
    if (row.registerNumber.isEmpty())
        return invalid(u"roster-register-empty"_s, tr("The register number is empty."));
    if (row.cell.isEmpty())
        return invalid(u"roster-cell-empty"_s, tr("The cell is empty."));
    if (const auto known = wbpByRegisterNumber(row.registerNumber)) {
        return invalid(u"roster-duplicate-register"_s,
                       known->active ? tr("Register number %1 is already in the roster: %2, cell %3.")
                                           .arg(row.registerNumber, known->name, known->cell)
                                     : tr("Register number %1 is in the roster as released: %2. Import the "
                                          "roster again to bring them back.")
                                           .arg(row.registerNumber, known->name));
    }
    // A roster import of one row that releases nobody: the projection and the chain treat it as
    // any import.
    auto id = m_logbook.write<qint64>([&](WriteTransaction &tx) -> Result<qint64> {
        const qint64 next = nextId(tx.database(), u"wbp"_s);
        auto r = tx.append({EventType::RosterImported, actor, 0,
                            QJsonObject{{u"file"_s, QString()},
                                        {u"rows"_s, QJsonArray{rosterRowJson(next, row)}},
                                        {u"inactive"_s, QJsonArray()},
                                        {u"count"_s, 1}}});
        if (!r)
            return r.error();
        return next;
    });
    if (id)
        emit changed();
    return id;
}

RosterSize Desk::rosterSize() const
{
    RosterSize size;
    QSqlQuery q = select(m_logbook.database(),
                         u"SELECT (SELECT count(*) FROM wbp WHERE active = 1), "
                         "(SELECT count(*) FROM contacts WHERE active = 1 AND approved = 1)"_s);
    if (q.next()) {
        size.wbp = q.value(0).toInt();
        size.contacts = q.value(1).toInt();
    }
    return size;
}

} // namespace kj
