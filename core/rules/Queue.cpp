#include "Queue.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kj {

namespace {

// For logs and error details only; people see translated messages.
QString stateName(TicketState state)
{
    switch (state) {
    case TicketState::Waiting:
        return u"Waiting"_s;
    case TicketState::Called:
        return u"Called"_s;
    case TicketState::InCall:
        return u"InCall"_s;
    case TicketState::Done:
        return u"Done"_s;
    case TicketState::NoShow:
        return u"NoShow"_s;
    case TicketState::NoAnswer:
        return u"NoAnswer"_s;
    case TicketState::Cancelled:
        return u"Cancelled"_s;
    }
    return {};
}

} // namespace

Result<void> QueuePolicy::validate() const
{
    if (stations < 1 || stations > 99) {
        return Error::invalid(u"invalid-policy"_s,
            Queue::tr("The number of stations must be between 1 and 99."), u"stations=%1"_s.arg(stations));
    }
    if (maxRetries < 0) {
        return Error::invalid(u"invalid-policy"_s, Queue::tr("The number of retries cannot be negative."),
            u"maxRetries=%1"_s.arg(maxRetries));
    }
    if (weeklyQuota < 0) {
        return Error::invalid(u"invalid-policy"_s, Queue::tr("The weekly quota cannot be negative."),
            u"weeklyQuota=%1"_s.arg(weeklyQuota));
    }
    return {};
}

Result<void> Queue::setPolicy(const QueuePolicy &policy)
{
    if (auto valid = policy.validate(); !valid)
        return valid;
    for (const Ticket &t : m_tickets) {
        if ((t.state == TicketState::Called || t.state == TicketState::InCall)
            && t.station > policy.stations) {
            return Error::refused(u"station-busy"_s,
                tr("Station %1 is still serving ticket %2; finish it before removing the station.")
                    .arg(t.station)
                    .arg(ticketLabel(t.number)),
                ticketLabel(t.number));
        }
    }
    m_policy = policy;
    return {};
}

Result<Queue> Queue::restore(const QList<Ticket> &tickets, const QueuePolicy &policy)
{
    if (auto valid = policy.validate(); !valid)
        return valid.error();
    const auto bad = [](const Ticket &t, const QString &why) {
        return Error::integrity(u"bad-snapshot"_s,
            tr("The saved queue of the day is inconsistent; rebuild it from the logbook."),
            u"ticket %1: %2"_s.arg(t.number).arg(why));
    };

    Queue queue;
    queue.m_policy = policy;
    // Room for a busy day at once: growing one sign-in at a time would copy the tickets each time.
    queue.m_tickets.reserve(std::max<qsizetype>(tickets.size(), 256));
    queue.m_tickets.append(tickets);
    std::sort(queue.m_tickets.begin(), queue.m_tickets.end(),
        [](const Ticket &a, const Ticket &b) { return a.number < b.number; });
    QSet<int> numbers;
    QSet<qint64> orderKeys;
    QSet<QString> activeWbps;
    QSet<int> busyStations;
    qint64 lastOrderKey = 0;
    for (const Ticket &t : std::as_const(queue.m_tickets)) {
        if (t.number < 1 || numbers.contains(t.number))
            return bad(t, u"number missing or repeated"_s);
        if (t.wbpId.isEmpty() || t.cell.isEmpty() || !t.signedInUtc.isValid())
            return bad(t, u"WBP, cell or sign-in time missing"_s);
        if (int(t.state) < int(TicketState::Waiting) || int(t.state) > int(TicketState::Cancelled))
            return bad(t, u"unknown state %1"_s.arg(int(t.state)));
        if (t.orderKey < 1 || orderKeys.contains(t.orderKey))
            return bad(t, u"order key missing or repeated"_s);
        if (t.recalls < 0 || t.retries < 0)
            return bad(t, u"negative count"_s);
        if (t.isActive() && activeWbps.contains(t.wbpId))
            return bad(t, u"second active ticket of WBP %1"_s.arg(t.wbpId));
        if (t.state == TicketState::Waiting && t.station != 0)
            return bad(t, u"waiting at station %1"_s.arg(t.station));
        // Station numbers are not checked against the policy: the admin's policy may be set later.
        if (t.state == TicketState::Called || t.state == TicketState::InCall) {
            if (t.station < 1 || busyStations.contains(t.station))
                return bad(t, u"station %1 missing or shared"_s.arg(t.station));
            busyStations.insert(t.station);
        }
        numbers.insert(t.number);
        orderKeys.insert(t.orderKey);
        if (t.isActive())
            activeWbps.insert(t.wbpId);
        lastOrderKey = std::max(lastOrderKey, t.orderKey);
    }
    // The ticket that took the last key still holds it (keys are only ever replaced by higher
    // ones), so this is the counter that replaying the events would have left.
    queue.m_nextOrderKey = lastOrderKey + 1;
    return queue;
}

QString Queue::ticketLabel(int number)
{
    return u"A-%1"_s.arg(number, 3, 10, QLatin1Char('0'));
}

Result<QueueEvent> Queue::signIn(const SignInRequest &request, const QDateTime &at) const
{
    if (request.wbpId.trimmed().isEmpty() || request.cell.trimmed().isEmpty() || !at.isValid()
        || request.completedEarlierThisWeek < 0) {
        return Error::invalid(u"invalid-argument"_s, tr("The sign-in is incomplete."),
            u"wbpId='%1' cell='%2' at valid=%3 completedEarlierThisWeek=%4"_s.arg(request.wbpId, request.cell,
                at.isValid() ? u"yes"_s : u"no"_s, QString::number(request.completedEarlierThisWeek)));
    }

    int doneToday = 0;
    for (const Ticket &t : m_tickets) {
        if (t.wbpId != request.wbpId)
            continue;
        if (t.isActive()) {
            return Error::refused(u"already-waiting"_s,
                tr("This inmate already has ticket %1 in today's queue.").arg(ticketLabel(t.number)),
                ticketLabel(t.number));
        }
        if (t.state == TicketState::Done)
            ++doneToday;
    }
    if (m_policy.onePerDay && doneToday > 0) {
        return Error::refused(u"already-called-today"_s, tr("This inmate has already had a call today."));
    }
    if (m_policy.weeklyQuota > 0 && request.completedEarlierThisWeek + doneToday >= m_policy.weeklyQuota) {
        return Error::refused(u"weekly-quota"_s,
            tr("This inmate has already had %n call(s) this week, the weekly limit.", nullptr,
                m_policy.weeklyQuota),
            u"earlier=%1 today=%2 quota=%3"_s.arg(request.completedEarlierThisWeek)
                .arg(doneToday)
                .arg(m_policy.weeklyQuota));
    }

    QueueEvent event;
    event.type = QueueEvent::Type::SignedIn;
    event.ticket = m_tickets.isEmpty() ? 1 : m_tickets.constLast().number + 1;
    event.wbpId = request.wbpId;
    event.cell = request.cell;
    event.contactId = request.contactId;
    event.atUtc = at.toUTC();
    return event;
}

Result<QueueEvent> Queue::callNext(int station, const QDateTime &at) const
{
    const QList<Ticket> line = waiting();
    if (auto ok = checkStation(station); !ok)
        return ok.error();
    if (line.isEmpty())
        return Error::refused(u"queue-empty"_s, tr("Nobody is waiting."));
    return call(line.constFirst().number, station, at);
}

Result<QueueEvent> Queue::call(int ticket, int station, const QDateTime &at) const
{
    auto t = todaysTicket(ticket, at);
    if (!t)
        return t.error();
    if (auto ok = checkStation(station); !ok)
        return ok.error();
    if (auto ok
        = inState(**t, { TicketState::Waiting }, tr("Ticket %1 is not waiting, so it cannot be called."));
        !ok)
        return ok.error();
    QueueEvent event = eventFor(QueueEvent::Type::Called, **t, at);
    event.station = station;
    return event;
}

Result<QueueEvent> Queue::recall(int ticket, const QDateTime &at) const
{
    auto t = ticketIn(ticket, at, { TicketState::Called },
        tr("Ticket %1 is not being called, so it cannot be called again."));
    if (!t)
        return t.error();
    return eventFor(QueueEvent::Type::Recalled, **t, at);
}

Result<QueueEvent> Queue::noShow(int ticket, const QDateTime &at) const
{
    auto t = ticketIn(ticket, at, { TicketState::Called },
        tr("Ticket %1 is not being called, so it cannot be marked as not present."));
    if (!t)
        return t.error();
    return eventFor(QueueEvent::Type::NoShow, **t, at);
}

Result<QueueEvent> Queue::noAnswer(int ticket, const QDateTime &at) const
{
    auto t = ticketIn(ticket, at, { TicketState::Called },
        tr("Ticket %1 is not being called, so it cannot be marked as not answered."));
    if (!t)
        return t.error();
    QueueEvent event = eventFor(QueueEvent::Type::NoAnswer, **t, at);
    event.requeued = (*t)->retries < m_policy.maxRetries;
    return event;
}

Result<QueueEvent> Queue::start(int ticket, const QDateTime &at) const
{
    auto t = ticketIn(
        ticket, at, { TicketState::Called }, tr("Ticket %1 is not being called, so its call cannot start."));
    if (!t)
        return t.error();
    return eventFor(QueueEvent::Type::Started, **t, at);
}

Result<QueueEvent> Queue::finish(int ticket, const QDateTime &at) const
{
    auto t = ticketIn(
        ticket, at, { TicketState::InCall }, tr("Ticket %1 is not in a call, so it cannot be finished."));
    if (!t)
        return t.error();
    return eventFor(QueueEvent::Type::Finished, **t, at);
}

Result<QueueEvent> Queue::cancel(int ticket, const QDateTime &at) const
{
    auto t = ticketIn(ticket, at, { TicketState::Waiting, TicketState::Called },
        tr("Ticket %1 can only be cancelled while it waits or is being called."));
    if (!t)
        return t.error();
    return eventFor(QueueEvent::Type::Cancelled, **t, at);
}

void Queue::apply(const QueueEvent &event)
{
    if (event.type == QueueEvent::Type::SignedIn) {
        Q_ASSERT(!ticketPtr(event.ticket));
        Ticket t;
        t.number = event.ticket;
        t.wbpId = event.wbpId;
        t.cell = event.cell;
        t.contactId = event.contactId;
        t.signedInUtc = event.atUtc;
        // The order key comes from the replay order, not from the event, so two processes that
        // apply the same committed events in the same order agree on the line.
        t.orderKey = m_nextOrderKey++;
        m_tickets.append(t);
        return;
    }

    Ticket *t = ticketPtr(event.ticket);
    Q_ASSERT(t);
    if (!t)
        return;
    switch (event.type) {
    case QueueEvent::Type::SignedIn:
        break;
    case QueueEvent::Type::Called:
        t->state = TicketState::Called;
        t->station = event.station;
        break;
    case QueueEvent::Type::Recalled:
        ++t->recalls;
        break;
    case QueueEvent::Type::NoShow:
        t->state = TicketState::NoShow;
        break;
    case QueueEvent::Type::NoAnswer:
        if (event.requeued) {
            t->state = TicketState::Waiting;
            t->station = 0;
            ++t->retries;
            t->orderKey = m_nextOrderKey++;
        } else {
            t->state = TicketState::NoAnswer;
        }
        break;
    case QueueEvent::Type::Started:
        t->state = TicketState::InCall;
        break;
    case QueueEvent::Type::Finished:
        t->state = TicketState::Done;
        break;
    case QueueEvent::Type::Cancelled:
        t->state = TicketState::Cancelled;
        break;
    }
}

std::optional<Ticket> Queue::find(int ticket) const
{
    if (const Ticket *t = ticketPtr(ticket))
        return *t;
    return std::nullopt;
}

std::optional<Ticket> Queue::findByWbp(const QString &wbpId) const
{
    for (auto it = m_tickets.crbegin(); it != m_tickets.crend(); ++it) {
        if (it->wbpId == wbpId)
            return *it;
    }
    return std::nullopt;
}

QList<Ticket> Queue::waiting() const
{
    QList<Ticket> line;
    for (const Ticket &t : m_tickets) {
        if (t.state == TicketState::Waiting)
            line.append(t);
    }
    std::sort(
        line.begin(), line.end(), [](const Ticket &a, const Ticket &b) { return a.orderKey < b.orderKey; });
    return line;
}

std::optional<Ticket> Queue::atStation(int station) const
{
    for (const Ticket &t : m_tickets) {
        if ((t.state == TicketState::Called || t.state == TicketState::InCall) && t.station == station)
            return t;
    }
    return std::nullopt;
}

QList<int> Queue::freeStations() const
{
    QList<int> free;
    for (int s = 1; s <= m_policy.stations; ++s) {
        if (!atStation(s))
            free.append(s);
    }
    return free;
}

int Queue::positionOf(int ticket) const
{
    const QList<Ticket> line = waiting();
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i).number == ticket)
            return int(i + 1);
    }
    return 0;
}

const Ticket *Queue::ticketPtr(int number) const
{
    for (const Ticket &t : m_tickets) {
        if (t.number == number)
            return &t;
    }
    return nullptr;
}

Ticket *Queue::ticketPtr(int number)
{
    return const_cast<Ticket *>(std::as_const(*this).ticketPtr(number));
}

Result<void> Queue::checkStation(int station) const
{
    if (station < 1 || station > m_policy.stations) {
        return Error::invalid(u"no-such-station"_s,
            tr("There is no station %1; this desk has %n station(s).", nullptr, m_policy.stations)
                .arg(station),
            QString::number(station));
    }
    if (const auto busy = atStation(station)) {
        return Error::refused(u"station-busy"_s,
            tr("Station %1 is busy with ticket %2.").arg(station).arg(ticketLabel(busy->number)),
            ticketLabel(busy->number));
    }
    return {};
}

Result<const Ticket *> Queue::todaysTicket(int ticket, const QDateTime &at) const
{
    if (!at.isValid())
        return Error::invalid(u"invalid-argument"_s, tr("The time is not valid."));
    const Ticket *t = ticketPtr(ticket);
    if (!t) {
        return Error::invalid(u"no-such-ticket"_s,
            tr("There is no ticket %1 today.").arg(ticketLabel(ticket)), QString::number(ticket));
    }
    return t;
}

Result<void> Queue::inState(
    const Ticket &ticket, std::initializer_list<TicketState> states, const QString &wrongStateMessage) const
{
    if (std::find(states.begin(), states.end(), ticket.state) != states.end())
        return {};
    return Error::refused(u"wrong-state"_s, wrongStateMessage.arg(ticketLabel(ticket.number)),
        u"state="_s + stateName(ticket.state));
}

Result<const Ticket *> Queue::ticketIn(int ticket, const QDateTime &at,
    std::initializer_list<TicketState> states, const QString &wrongStateMessage) const
{
    auto t = todaysTicket(ticket, at);
    if (!t)
        return t;
    if (auto ok = inState(**t, states, wrongStateMessage); !ok)
        return ok.error();
    return t;
}

QueueEvent Queue::eventFor(QueueEvent::Type type, const Ticket &ticket, const QDateTime &at) const
{
    QueueEvent event;
    event.type = type;
    event.ticket = ticket.number;
    event.wbpId = ticket.wbpId;
    event.cell = ticket.cell;
    event.contactId = ticket.contactId;
    event.station = ticket.station;
    event.atUtc = at.toUTC();
    return event;
}

} // namespace kj
