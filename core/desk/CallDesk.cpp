#include "CallDesk.h"

#include "Amendment.h"
#include "DayKey.h"
#include "Desk.h"
#include "Drafts.h"
#include "Format.h"
#include "FreeText.h"
#include "Outcome.h"
#include "RosterDesk.h"
#include "SessionRecords.h"

using namespace Qt::StringLiterals;

namespace kj {

namespace {

CallRecord recordOf(const RunningCall &call, const CallLimits &limits)
{
    CallRecord record;
    record.startedUtc = QDateTime::fromMSecsSinceEpoch(call.startedMs, Qt::UTC);
    record.limits = limits;
    if (call.pausedMs > 0)
        record.pauses.append({ record.startedUtc, record.startedUtc.addMSecs(call.pausedMs) });
    if (call.pauseFromMs)
        record.pauses.append({ QDateTime::fromMSecsSinceEpoch(call.pauseFromMs, Qt::UTC), {} });
    for (const auto &[minutes, reason] : call.extensions)
        record.extensions.append({ minutes, reason });
    return record;
}

} // namespace

CallDesk::CallDesk(Desk &desk)
    : m_desk(desk)
    , m_clockWatch(desk.clock())
{ }

void CallDesk::reload()
{
    m_queueDay = m_desk.today();
    const SessionRecords sessions(m_desk.logbook());
    if (auto loaded = sessions.queueOf(dayKey(m_queueDay))) {
        m_queue = *loaded;
        (void)m_queue.setPolicy(m_desk.settings().queue);
    }
    // Keep running timers (they are monotonic, so immune to wall-clock jumps); add the ones for
    // calls started elsewhere or before a restart; drop the ones whose call is over.
    for (auto it = m_pendingEnds.begin(); it != m_pendingEnds.end();) {
        const auto ticket = m_queue.atStation(it->first);
        if (!ticket || ticket->number != it->second.ticket || ticket->state != TicketState::InCall)
            it = m_pendingEnds.erase(it); // recorded, by this desk or another
        else
            ++it;
    }
    for (auto it = m_timers.begin(); it != m_timers.end();) {
        const auto ticket = m_queue.atStation(it->first);
        if (!ticket || ticket->state != TicketState::InCall || ticket->number != m_timerTickets[it->first]) {
            m_timerTickets.erase(it->first);
            it = m_timers.erase(it);
        } else {
            ++it;
        }
    }
    const Clock &clock = m_desk.clock();
    for (const Ticket &t : m_queue.tickets()) {
        if (t.state != TicketState::InCall || m_timers.count(t.station) || m_pendingEnds.count(t.station))
            continue;
        auto call = sessions.runningCall(dayKey(m_queueDay), t.number);
        if (!call || !*call)
            continue;
        auto timer = CallTimer::restore(
            recordOf(**call, m_desk.settings().call), clock.nowUtc(), clock.monotonicMs());
        if (timer) {
            m_timers.emplace(t.station, *timer);
            m_timerTickets[t.station] = t.number;
        }
    }
    emit m_desk.changed();
}

Result<void> CallDesk::recoverOpenCalls()
{
    auto open = SessionRecords(m_desk.logbook()).runningCalls();
    if (!open)
        return open.error();
    const Clock &clock = m_desk.clock();
    for (const RunningCall &call : std::as_const(*open)) {
        auto timer
            = CallTimer::restore(recordOf(call, m_desk.settings().call), clock.nowUtc(), clock.monotonicMs());
        const bool today = call.day == dayKey(m_desk.today());
        if (timer && today && !timer->isTimeUp(clock.monotonicMs())) {
            auto r = m_desk.logbook().append(Drafts::callResumedAfterRestart(
                call.station, call.day, call.ticket, timer->remainingMs(clock.monotonicMs())));
            if (!r)
                return r.error();
            continue;
        }
        const qint64 active = timer ? timer->activeMs(clock.monotonicMs()) : 0;
        const qint64 allowed = timer ? timer->allowedMs() : 0;
        auto ended = queueWrite([&](const Queue &queue) { return queue.finish(call.ticket, clock.nowUtc()); },
            QString(Actor::System),
            Drafts::endPayload(Outcome::Interrupted,
                tr("closed after a restart: the call's time had run out"), qMin(active, allowed), allowed,
                timer ? timer->extendedMinutes() : 0),
            call.day);
        if (!ended)
            return ended.error();
    }
    if (!open->isEmpty())
        reload();
    return {};
}

const CallTimer *CallDesk::timer(int station) const
{
    auto it = m_timers.find(station);
    return it == m_timers.end() ? nullptr : &it->second;
}

Result<int> CallDesk::completedCallsThisWeekBefore(qint64 wbpId, QDate day) const
{
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    if (monday == day)
        return 0;
    return SessionRecords(m_desk.logbook()).completedCalls(wbpId, dayKey(monday), dayKey(day.addDays(-1)));
}

// ---- sign-in ------------------------------------------------------------------------------

namespace {
// The queue's refusal for a second call on one day, with when the cell's next turn is.
Error turnTakenToday(const Schedule &schedule, const QString &cell, QDate today)
{
    const auto next
        = schedule.nextSlot(cell, QDateTime(today.addDays(1), QTime(0, 0), schedule.zone()).toUTC());
    const QString message = next ? CallDesk::tr("You have already had your turn today. Your next turn: %1.")
                                       .arg(schedule.describeSlotStart(*next))
                                 : CallDesk::tr("You have already had your turn today.");
    return Error::refused(
        u"already-called-today"_s, message, next ? next->date.toString(Qt::ISODate) : QString());
}
} // namespace

Result<void> CallDesk::checkSignIn(qint64 wbpId) const
{
    const RosterDesk &roster = m_desk.roster();
    auto person = roster.wbp(wbpId);
    if (!person)
        return person.error();
    if (!*person || !(*person)->active)
        return Error::invalid(
            u"unknown-wbp"_s, tr("This register number is not in the roster. Please ask the officer."));
    const QDateTime now = m_desk.clock().nowUtc();
    const Schedule &schedule = m_desk.schedule();
    const ScheduleVerdict verdict = schedule.check((*person)->cell, now);
    if (!verdict.open())
        return Error::refused(u"schedule"_s, schedule.explain(verdict));
    const QDate today = m_desk.today();
    auto restriction = roster.activeRestriction(wbpId, today);
    if (!restriction)
        return restriction.error();
    if (const auto &r = *restriction) {
        const QString until
            = r->to.isNull() ? tr("until further notice") : tr("until %1").arg(Format::date(r->to));
        return Error::refused(u"restricted"_s,
            tr("Visits are suspended for you %1 (%2). Please ask the officer.").arg(until, r->reason));
    }
    auto contacts = roster.contactsOf(wbpId);
    if (!contacts)
        return contacts.error();
    if (std::none_of(contacts->cbegin(), contacts->cend(), [](const Contact &c) { return c.approved; }))
        return Error::refused(u"no-approved-contact"_s,
            tr("You have no approved family contact yet. Please ask the officer to register one."));
    auto week = completedCallsThisWeekBefore(wbpId, today);
    if (!week)
        return week.error();
    // A program left running overnight still holds yesterday's queue until something reloads it.
    Queue queue = m_queue;
    if (m_queueDay != today) {
        auto loaded = SessionRecords(m_desk.logbook()).queueOf(dayKey(today));
        if (!loaded)
            return loaded.error();
        queue = *loaded;
        (void)queue.setPolicy(m_desk.settings().queue);
    }
    auto event = queue.signIn({ QString::number(wbpId), (*person)->cell, QString(), *week }, now);
    if (!event && event.error().reason == u"already-called-today")
        return turnTakenToday(schedule, (*person)->cell, today);
    if (!event)
        return event.error();
    return {};
}

Result<Ticket> CallDesk::signIn(qint64 wbpId, qint64 contactId, const QString &actor)
{
    if (auto allowed = m_desk.authorize(actor, Desk::Role::Kiosk); !allowed)
        return allowed.error();
    if (auto check = checkSignIn(wbpId); !check)
        return check.error();
    auto chosen = m_desk.roster().contact(contactId);
    if (!chosen)
        return chosen.error();
    if (!*chosen || (*chosen)->wbpId != wbpId || !(*chosen)->active || !(*chosen)->approved)
        return Error::refused(
            u"no-approved-contact"_s, tr("This family contact is not approved. Please ask the officer."));
    auto person = m_desk.roster().wbp(wbpId); // checked above: a failure now is the database's
    if (!person)
        return person.error();
    auto week = completedCallsThisWeekBefore(wbpId, m_desk.today());
    if (!week)
        return week.error();
    const QString cell = person->value_or(Wbp()).cell;
    return ticketFor(queueWrite(
        [&](const Queue &queue) {
            return queue.signIn(
                { QString::number(wbpId), cell, QString::number(contactId), *week }, m_desk.clock().nowUtc());
        },
        actor));
}

// ---- queue and calls ----------------------------------------------------------------------

Result<QueueEvent> CallDesk::queueWrite(const std::function<Result<QueueEvent>(const Queue &)> &rule,
    const QString &actor, const QJsonObject &extra, int day)
{
    const int key = day ? day : dayKey(m_desk.today());
    auto written = m_desk.logbook().write<QueueEvent>([&](WriteTransaction &tx) -> Result<QueueEvent> {
        // Under the write lock: the queue as every process has committed it.
        auto loaded = SessionRecords(m_desk.logbook()).queueOf(key);
        if (!loaded)
            return loaded.error();
        Queue queue = *loaded;
        (void)queue.setPolicy(m_desk.settings().queue);
        auto event = rule(queue);
        if (!event)
            return event;
        auto appended = tx.append(Drafts::queue(*event, key, actor, extra));
        if (!appended)
            return appended.error();
        return event;
    });
    reload();
    return written;
}

Result<Ticket> CallDesk::ticketFor(const Result<QueueEvent> &event)
{
    if (!event)
        return event.error();
    if (auto t = m_queue.find(event->ticket))
        return *t;
    return Error::integrity(u"ticket-lost"_s, tr("The ticket could not be read back."));
}

Result<Ticket> CallDesk::stationTicket(int station, TicketState state) const
{
    const auto ticket = m_queue.atStation(station);
    if (!ticket || ticket->state != state) {
        return Error::refused(u"station-state"_s,
            state == TicketState::InCall ? tr("There is no call running at station %1.").arg(station)
                                         : tr("Nobody has been called to station %1.").arg(station));
    }
    return *ticket;
}

Result<Ticket> CallDesk::calledTicketStep(
    int station, const QString &actor, Result<QueueEvent> (Queue::*step)(int, const QDateTime &) const)
{
    if (auto allowed = m_desk.authorize(actor, Desk::Role::Officer); !allowed)
        return allowed.error();
    auto t = stationTicket(station, TicketState::Called);
    if (!t)
        return t;
    return ticketFor(
        queueWrite([&](const Queue &q) { return (q.*step)(t->number, m_desk.clock().nowUtc()); }, actor));
}

Result<Ticket> CallDesk::callNext(int station, const QString &actor)
{
    if (auto allowed = m_desk.authorize(actor, Desk::Role::Officer); !allowed)
        return allowed.error();
    return ticketFor(
        queueWrite([&](const Queue &q) { return q.callNext(station, m_desk.clock().nowUtc()); }, actor));
}

Result<Ticket> CallDesk::call(int ticket, int station, const QString &actor)
{
    if (auto allowed = m_desk.authorize(actor, Desk::Role::Officer); !allowed)
        return allowed.error();
    return ticketFor(
        queueWrite([&](const Queue &q) { return q.call(ticket, station, m_desk.clock().nowUtc()); }, actor));
}

Result<Ticket> CallDesk::recall(int station, const QString &actor)
{
    return calledTicketStep(station, actor, &Queue::recall);
}

Result<Ticket> CallDesk::noShow(int station, const QString &actor)
{
    return calledTicketStep(station, actor, &Queue::noShow);
}

Result<Ticket> CallDesk::noAnswer(int station, const QString &actor)
{
    return calledTicketStep(station, actor, &Queue::noAnswer);
}

Result<Ticket> CallDesk::startCall(int station, const QString &actor)
{
    auto started = calledTicketStep(station, actor, &Queue::start);
    if (started) {
        // The live countdown runs on the monotonic clock from this instant.
        CallTimer timer(m_desk.settings().call);
        (void)timer.start(m_desk.clock().monotonicMs());
        m_timers.insert_or_assign(station, timer);
        m_timerTickets[station] = started->number;
    }
    return started;
}

Result<void> CallDesk::callEvent(int station, const std::function<EventDraft(int day, int ticket)> &draft)
{
    auto t = stationTicket(station, TicketState::InCall);
    if (!t)
        return t.error();
    auto appended = m_desk.logbook().append(draft(dayKey(m_queueDay), t->number));
    if (!appended)
        return appended.error();
    emit m_desk.changed();
    return {};
}

Result<void> CallDesk::changeRunningCall(int station, const QString &actor,
    const std::function<Result<void>(CallTimer &, qint64)> &change,
    const std::function<EventDraft(int, int, const CallTimer &, qint64)> &draft)
{
    if (auto allowed = m_desk.authorize(actor, Desk::Role::Officer); !allowed)
        return allowed.error();
    auto running = m_timers.find(station);
    if (running == m_timers.end())
        return Error::refused(u"station-state"_s, tr("There is no call running at station %1.").arg(station));
    CallTimer trial = running->second;
    const qint64 mono = m_desk.clock().monotonicMs();
    if (auto ok = change(trial, mono); !ok)
        return ok;
    if (auto r = callEvent(station, [&](int day, int ticket) { return draft(day, ticket, trial, mono); }); !r)
        return r;
    running->second = trial;
    return {};
}

Result<void> CallDesk::extendCall(int station, int minutes, const QString &reason, const QString &actor)
{
    return changeRunningCall(
        station, actor,
        [&](CallTimer &trial, qint64 mono) -> Result<void> {
            if (auto text = FreeText::check(reason, FreeText::Field::Reason); !text)
                return text;
            return trial.extend(minutes, reason.trimmed(), mono);
        },
        [&](int day, int ticket, const CallTimer &, qint64) {
            return Drafts::callExtended(station, day, ticket, minutes, reason, actor);
        });
}

Result<void> CallDesk::dropCall(int station, const QString &actor)
{
    return changeRunningCall(
        station, actor, [](CallTimer &trial, qint64 mono) { return trial.pause(mono); },
        [&](int day, int ticket, const CallTimer &trial, qint64 mono) {
            return Drafts::callDropped(station, day, ticket, trial.remainingMs(mono), actor);
        });
}

Result<void> CallDesk::resumeCall(int station, const QString &actor)
{
    return changeRunningCall(
        station, actor, [](CallTimer &trial, qint64 mono) { return trial.resume(mono); },
        [&](int day, int ticket, const CallTimer &, qint64) {
            return Drafts::callResumed(station, day, ticket, actor);
        });
}

Result<Ticket> CallDesk::endCall(
    int station, QLatin1String outcome, const QString &reason, const QString &actor)
{
    if (auto allowed = m_desk.authorize(actor, Desk::Role::Officer); !allowed)
        return allowed.error();
    if (outcome != Outcome::Completed && outcome != Outcome::EndedEarly && outcome != Outcome::Stopped)
        return Error::invalid(u"bad-outcome"_s, tr("Unknown outcome: %1").arg(outcome));
    if (outcome == Outcome::Stopped && reason.trimmed().isEmpty())
        return Error::invalid(u"reason-required"_s, tr("Please give the reason the call was stopped."));
    if (auto text = FreeText::check(reason, FreeText::Field::Reason); !text)
        return text.error();
    if (m_pendingEnds.count(station))
        return Error::refused(u"station-state"_s,
            tr("The call at station %1 has ended; its end is recorded as soon as the server answers.")
                .arg(station));
    auto t = stationTicket(station, TicketState::InCall);
    if (!t)
        return t;
    const qint64 mono = m_desk.clock().monotonicMs();
    const CallTimer *running = timer(station);
    PendingEnd end { dayKey(m_queueDay), t->number, outcome, reason, actor,
        running ? running->activeMs(mono) : 0, running ? running->allowedMs() : 0,
        running ? running->extendedMinutes() : 0, m_desk.clock().nowUtc().toMSecsSinceEpoch() };
    auto ended
        = ticketFor(queueWrite([&](const Queue &q) { return q.finish(t->number, m_desk.clock().nowUtc()); },
            actor, Drafts::endPayload(outcome, reason, end.activeMs, end.allowedMs, end.extendedMinutes)));
    if (ended || m_desk.logbook().online())
        return ended;
    // The server did not answer: the call is over all the same. Its end waits for the server.
    m_pendingEnds.insert_or_assign(station, end);
    m_timers.erase(station);
    m_timerTickets.erase(station);
    emit m_desk.changed();
    return *t;
}

std::optional<CallDesk::PendingEnd> CallDesk::pendingEnd(int station) const
{
    auto it = m_pendingEnds.find(station);
    return it == m_pendingEnds.end() ? std::nullopt : std::optional<PendingEnd>(it->second);
}

void CallDesk::recordPendingEnds()
{
    const auto pending = m_pendingEnds;
    for (const auto &kept : pending) {
        const PendingEnd &end = kept.second; // named, not bound: the lambda below takes it
        const QDateTime endedUtc = QDateTime::fromMSecsSinceEpoch(end.endedMs, Qt::UTC);
        auto written = queueWrite(
            [&](const Queue &q) -> Result<QueueEvent> {
                // Under the write lock: a call no longer running was ended already.
                const auto ticket = q.find(end.ticket);
                if (!ticket || ticket->state != TicketState::InCall)
                    return Error::refused(u"already-ended"_s, QString());
                return q.finish(end.ticket, endedUtc);
            },
            end.actor,
            Drafts::endPayload(
                end.outcome, end.reason, end.activeMs, end.allowedMs, end.extendedMinutes, end.endedMs),
            end.day);
        if (written || written.error().reason == u"already-ended")
            m_pendingEnds.erase(kept.first);
    }
    if (!pending.empty())
        reload();
}

Result<void> CallDesk::cancel(int ticket, const QString &reason, const QString &actor)
{
    if (auto allowed = m_desk.authorize(actor, Desk::Role::Officer); !allowed)
        return allowed.error();
    if (auto text = FreeText::check(reason, FreeText::Field::Reason); !text)
        return text;
    auto r = queueWrite([&](const Queue &q) { return q.cancel(ticket, m_desk.clock().nowUtc()); }, actor,
        Drafts::cancelPayload(reason));
    if (!r)
        return r.error();
    return {};
}

QList<std::pair<int, CallThreshold>> CallDesk::poll()
{
    if (const auto jump = m_clockWatch.check()) {
        // Wall times in the record jump here; this line says why. A failed write must not stop
        // the countdowns below.
        if (m_desk.logbook().append(Drafts::clockJumped(jump->jumpMs, jump->expectedUtc, jump->actualUtc)))
            emit m_desk.changed();
    }
    QList<std::pair<int, CallThreshold>> reached;
    const qint64 mono = m_desk.clock().monotonicMs();
    for (auto &[station, timer] : m_timers) {
        const CallCrossings crossings = timer.poll(mono);
        if (crossings.warningAtMs)
            reached.append({ station, CallThreshold::Warning });
        if (crossings.timeUpAtMs)
            reached.append({ station, CallThreshold::TimeUp });
    }
    for (const auto &[station, threshold] : reached) {
        // The record of the threshold; a failed write (e.g. disk full) must not stop the countdown.
        (void)callEvent(station, [&, station = station, threshold = threshold](int day, int ticket) {
            return threshold == CallThreshold::Warning ? Drafts::callWarning(station, day, ticket)
                                                       : Drafts::callTimeUp(station, day, ticket);
        });
        emit m_desk.thresholdReached(station, threshold);
    }
    return reached;
}

Result<void> CallDesk::amend(
    qint64 sessionId, const QString &field, const QString &value, const QString &reason, const QString &actor)
{
    if (auto allowed = m_desk.authorize(actor, Desk::Role::Officer); !allowed)
        return allowed.error();
    if (!Amendment::fields().contains(field))
        return Error::invalid(u"bad-field"_s, tr("This field cannot be corrected: %1").arg(field));
    if (reason.trimmed().isEmpty())
        return Error::invalid(u"reason-required"_s, tr("A correction needs a reason."));
    if (auto text
        = FreeText::check({ { value, FreeText::Field::Note }, { reason, FreeText::Field::Reason } });
        !text)
        return text;
    // What the register counts must be a value it understands.
    if (field == Amendment::Outcome && !Outcome::all().contains(value))
        return Error::invalid(u"bad-value"_s, tr("Unknown outcome: %1").arg(value));
    if (field == Amendment::Duration && !Amendment::minutes(value))
        return Error::invalid(u"bad-value"_s, tr("A duration is given in minutes, such as 4 or 4,5."));
    if (field == Amendment::Station) {
        bool number = false;
        const int station = value.trimmed().toInt(&number);
        const auto stations = m_desk.settings().stations.size();
        if (!number || station < 1 || station > stations)
            return Error::invalid(u"bad-value"_s,
                tr("There is no station %1: the stations are numbered 1 to %2.")
                    .arg(value.trimmed())
                    .arg(stations));
    }
    if (value.trimmed().isEmpty())
        return Error::invalid(u"value-required"_s, tr("Please give the correct value."));
    auto line = SessionRecords(m_desk.logbook()).line(sessionId);
    if (!line)
        return line.error();
    if (!*line)
        return Error::invalid(u"no-session"_s, tr("There is no such line in the visiting book."));
    auto r = m_desk.logbook().append(
        Drafts::amended((*line)->day, (*line)->ticket, field, value, reason, actor));
    if (!r)
        return r.error();
    emit m_desk.changed();
    return {};
}

} // namespace kj
