#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace kj {

// Where a ticket is in its life: Waiting → Called → InCall → Done, or one of the other final states.
// The numbers are stored in the logbook's projection: add new states at the end, never renumber.
enum class TicketState {
    Waiting = 0,
    Called = 1, // sent to a station, the officer is dialling the family
    InCall = 2, // the family answered
    Done = 3, // the call took place (counts as the day's call)
    NoShow = 4, // the WBP did not come when called
    NoAnswer = 5, // the family did not pick up, and the retries are used up
    Cancelled = 6, // withdrawn while waiting or called
};

// One change of the queue, as the logbook stores it. Holds everything Queue::apply needs.
struct QueueEvent
{
    enum class Type { SignedIn, Called, Recalled, NoShow, NoAnswer, Started, Finished, Cancelled };

    Type type = Type::SignedIn;
    int ticket = 0; // the ticket's number in the service day
    QString wbpId; // the ticket's WBP, cell and contact, filled in on every event so each
    QString cell; // logbook row is readable on its own
    QString contactId;
    int station = 0; // 0 = none (SignedIn, or Cancelled while waiting)
    QDateTime atUtc;
    bool requeued = false; // NoAnswer only: true = back to the end of the line, false = closed

    friend bool operator==(const QueueEvent &, const QueueEvent &) = default;
};

// One ticket of the day.
struct Ticket
{
    int number = 0;
    QString wbpId;
    QString cell;
    QString contactId;
    TicketState state = TicketState::Waiting;
    int station = 0; // current station while Called/InCall; the last one in a final state; 0 while waiting
    int recalls = 0; // over the whole ticket, not reset by a requeue
    int retries = 0; // times sent back to the line after "no answer"
    QDateTime signedInUtc;
    qint64 orderKey = 0; // place in the line: lower is called first

    bool isActive() const
    {
        return state == TicketState::Waiting || state == TicketState::Called || state == TicketState::InCall;
    }
    friend bool operator==(const Ticket &, const Ticket &) = default;
};

// The queue's rules that an admin may change.
struct QueuePolicy
{
    int stations = 2; // numbered 1..stations
    int maxRetries = 2; // "no answer" requeues allowed before the ticket is closed
    int weeklyQuota = 0; // completed calls per WBP per week; 0 = no quota
    bool onePerDay = true; // a WBP with a completed call today may not sign in again

    // InvalidInput "invalid-policy" unless 1 <= stations <= 99, maxRetries >= 0, weeklyQuota >= 0.
    Result<void> validate() const;
    friend bool operator==(const QueuePolicy &, const QueuePolicy &) = default;
};

// What the kiosk or the officer gives to sign a WBP in.
struct SignInRequest
{
    QString wbpId = {}; // required
    QString cell = {}; // required
    QString contactId = {}; // the family contact to call; may be empty
    // Completed calls on earlier days of this week, looked up in the logbook. Today's completed
    // calls are counted by the queue itself, so do not include them.
    int completedEarlierThisWeek = 0;
};

// Today's queue at the visiting desk, event-sourced.
//
// Every operation is const: it checks the rules and returns the event it would cause, changing
// nothing. The caller stores the event and, after the commit, passes it to apply(). Replaying the
// stored events through apply() into a fresh Queue rebuilds the same queue. The queue knows
// nothing of the schedule: whether a cell may sign in now is checked before signIn().
//
// Error reason keys (kind Refused unless noted):
//   invalid-argument  (InvalidInput) empty wbpId or cell, invalid time, negative week count
//   invalid-policy    (InvalidInput) from QueuePolicy::validate() / setPolicy()
//   no-such-station   (InvalidInput) station outside 1..stations
//   no-such-ticket    (InvalidInput) no ticket with that number today
//   already-waiting   the WBP has an active ticket (Waiting/Called/InCall); detail = its label, "A-003"
//   already-called-today  the WBP completed a call today (policy onePerDay)
//   weekly-quota      the WBP reached the weekly quota of completed calls
//   station-busy      the station already has a Called or InCall ticket; detail = its label
//   queue-empty       nobody is waiting
//   wrong-state       the ticket's state does not allow this; detail = "state=<State>"
//   bad-snapshot      (Integrity) from restore(): the tickets cannot be a real queue
class Queue
{
    Q_DECLARE_TR_FUNCTIONS(Queue)

public:
    Queue() = default;
    // The queue as the logbook's projection saved it (the tickets of one day, order keys included),
    // so a process need not replay the whole day. Equal to the queue the events built.
    static Result<Queue> restore(const QList<Ticket> &tickets, const QueuePolicy &policy = {});

    const QueuePolicy &policy() const { return m_policy; }
    // Refused "station-busy" when fewer stations would leave an active ticket at a removed one.
    Result<void> setPolicy(const QueuePolicy &policy);

    // "A-001", "A-002", … (three digits at least).
    static QString ticketLabel(int number);

    // The rules. None of these changes the queue.
    Result<QueueEvent> signIn(const SignInRequest &request, const QDateTime &at) const;
    Result<QueueEvent> callNext(int station, const QDateTime &at) const;
    Result<QueueEvent> call(int ticket, int station, const QDateTime &at) const;
    Result<QueueEvent> recall(int ticket, const QDateTime &at) const; // from Called
    Result<QueueEvent> noShow(int ticket, const QDateTime &at) const; // from Called
    Result<QueueEvent> noAnswer(int ticket, const QDateTime &at) const; // from Called
    Result<QueueEvent> start(int ticket, const QDateTime &at) const; // Called → InCall
    Result<QueueEvent> finish(int ticket, const QDateTime &at) const; // InCall → Done
    Result<QueueEvent> cancel(int ticket, const QDateTime &at) const; // from Waiting or Called

    // The only mutation. Trusts the event (it came from one of the rules above, then the logbook).
    void apply(const QueueEvent &event);

    QList<Ticket> tickets() const { return m_tickets; } // all of today's, by number
    std::optional<Ticket> find(int ticket) const;
    // The WBP's latest ticket today: the active one if there is one.
    std::optional<Ticket> findByWbp(const QString &wbpId) const;
    QList<Ticket> waiting() const; // in calling order
    std::optional<Ticket> atStation(int station) const; // its Called or InCall ticket
    QList<int> freeStations() const;
    int positionOf(int ticket) const; // 1 = next to be called; 0 = not waiting

    friend bool operator==(const Queue &, const Queue &) = default;

private:
    const Ticket *ticketPtr(int number) const;
    Ticket *ticketPtr(int number);
    Result<void> checkStation(int station) const;
    // Today's ticket `ticket` at a valid time; else invalid-argument or no-such-ticket.
    Result<const Ticket *> todaysTicket(int ticket, const QDateTime &at) const;
    // wrong-state, with the message's %1 the ticket's label, unless the ticket is in one of `states`.
    Result<void> inState(const Ticket &ticket, std::initializer_list<TicketState> states,
        const QString &wrongStateMessage) const;
    // Both: today's ticket, in one of `states`.
    Result<const Ticket *> ticketIn(int ticket, const QDateTime &at,
        std::initializer_list<TicketState> states, const QString &wrongStateMessage) const;
    QueueEvent eventFor(QueueEvent::Type type, const Ticket &ticket, const QDateTime &at) const;

    QueuePolicy m_policy;
    QList<Ticket> m_tickets;
    qint64 m_nextOrderKey = 1;
};

} // namespace kj
