#pragma once

#include "CallTimer.h"
#include "ClockWatch.h"
#include "Event.h"
#include "Outcome.h"
#include "Queue.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>
#include <map>
#include <optional>

namespace kj {

class Desk;

// The queue and the calls at the stations: sign-in, call, start, extend, drop, end, and
// corrections of a line afterwards. Holds today's queue (re-read after every commit, ours or
// another process's) and the countdown of every running call.
class CallDesk
{
    Q_DECLARE_TR_FUNCTIONS(CallDesk)

public:
    explicit CallDesk(Desk &desk);

    const Queue &queue() const { return m_queue; }
    // The running call at a station, if any.
    const CallTimer *timer(int station) const;
    std::optional<Ticket> ticketAt(int station) const { return m_queue.atStation(station); }

    // Sign-in (kiosk or officer). Checks, in this order: known and active WBP, the cell's
    // schedule now, an active restriction, the contact (approved, of this WBP), then the queue.
    Result<void> checkSignIn(qint64 wbpId) const; // the same checks, without the contact or a write
    Result<Ticket> signIn(qint64 wbpId, qint64 contactId, const QString &actor);

    // The officer's actions at a station.
    Result<Ticket> callNext(int station, const QString &actor);
    Result<Ticket> call(int ticket, int station, const QString &actor);
    Result<Ticket> recall(int station, const QString &actor);
    Result<Ticket> noShow(int station, const QString &actor);
    Result<Ticket> noAnswer(int station, const QString &actor);
    Result<Ticket> startCall(int station, const QString &actor);
    Result<void> extendCall(int station, int minutes, const QString &reason, const QString &actor);
    Result<void> dropCall(int station, const QString &actor);
    Result<void> resumeCall(int station, const QString &actor);
    // The end of a call. While the logbook's server does not answer, the end is kept (pendingEnd)
    // and the countdown stops; it is recorded with its real end time as soon as the server answers
    // again, exactly once (a call another desk ended meanwhile, or whose end reached the server
    // before the connection broke, is not ended twice).
    Result<Ticket> endCall(int station, QLatin1String outcome, const QString &reason, const QString &actor);
    struct PendingEnd
    {
        int day = 0;
        int ticket = 0;
        QLatin1String outcome; // an Outcome key
        QString reason;
        QString actor;
        qint64 activeMs = 0;
        qint64 allowedMs = 0;
        int extendedMinutes = 0;
        qint64 endedMs = 0; // UTC
    };
    std::optional<PendingEnd> pendingEnd(int station) const;
    int pendingEndCount() const { return int(m_pendingEnds.size()); }
    // Records the kept ends (the Desk calls it when the server answers again). An end that still
    // cannot be written stays kept.
    void recordPendingEnds();
    Result<void> cancel(int ticket, const QString &reason, const QString &actor);
    // Records thresholds reached by running calls (warning, time up) and returns the stations.
    // Also records a change of the PC's time (EventType::ClockJumped); countdowns ignore it.
    QList<std::pair<int, CallThreshold>> poll();

    // A correction: an appended amendment; the original line is never changed.
    Result<void> amend(qint64 sessionId, const QString &field, const QString &value, const QString &reason,
        const QString &actor);

private:
    friend class Desk;
    friend class ServiceDesk;
    // Re-reads today's queue and the running calls' timers; tells listeners.
    void reload();
    Result<void> recoverOpenCalls();
    // A queue operation: reloads the day's queue under the write lock, applies the rule, appends.
    Result<QueueEvent> queueWrite(const std::function<Result<QueueEvent>(const Queue &)> &rule,
        const QString &actor, const QJsonObject &extra = {}, int day = 0);
    Result<Ticket> ticketFor(const Result<QueueEvent> &event);
    Result<Ticket> stationTicket(int station, TicketState state) const;
    // The officer's step (recall, no-show, no answer, start) on the ticket called to `station`.
    Result<Ticket> calledTicketStep(
        int station, const QString &actor, Result<QueueEvent> (Queue::*step)(int, const QDateTime &) const);
    // Appends an event about the call running at a station.
    Result<void> callEvent(int station, const std::function<EventDraft(int day, int ticket)> &draft);
    // A change of a running call's timer by an officer (extend, drop, resume): tried on a copy,
    // recorded, and only then kept, so a change the record refuses leaves the timer as it was.
    Result<void> changeRunningCall(int station, const QString &actor,
        const std::function<Result<void>(CallTimer &trial, qint64 monotonicMs)> &change,
        const std::function<EventDraft(int day, int ticket, const CallTimer &trial, qint64 monotonicMs)>
            &draft);
    Result<int> completedCallsThisWeekBefore(qint64 wbpId, QDate day) const;

    Desk &m_desk;
    ClockWatch m_clockWatch;
    Queue m_queue;
    QDate m_queueDay;
    std::map<int, CallTimer> m_timers; // by station
    std::map<int, int> m_timerTickets; // station → ticket the timer belongs to
    std::map<int, PendingEnd> m_pendingEnds; // by station
};

} // namespace kj
