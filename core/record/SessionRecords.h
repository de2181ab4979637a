#pragma once

#include "Event.h"
#include "Queue.h"
#include "Result.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace kj {

class Logbook;

// A note kept beside a line of the visiting book: an extension ("extend"), an end or cancel
// reason ("end", "cancel"), a recovery after a restart ("recover") or a correction ("amend").
struct SessionNote
{
    qint64 seq = 0;
    QString kind;
    QString field; // corrections: the corrected field
    QString value;
    QString reason;
};

// One line of the visiting book as the sessions projection holds it: one ticket of one day.
struct SessionRow
{
    qint64 id = 0;
    int day = 0; // yyyymmdd
    int ticket = 0;
    qint64 wbpId = 0;
    QString name;
    QString registerNumber;
    QString cell;
    qint64 contactId = 0; // 0: none
    QString relation; // the contact's Relation key
    int station = 0;
    int state = 0; // TicketState
    qint64 signedInMs = 0;
    qint64 calledMs = 0; // 0: not (or no longer) called
    qint64 startedMs = 0;
    qint64 endedMs = 0;
    qint64 durationMs = -1; // -1: no call took place
    QString outcome; // an Outcome key; empty while the ticket is active
    qint64 officerId = 0; // who ended it (or called it, while not ended)
    bool amended = false;
    QList<SessionNote> notes; // oldest first
};

// Which lines to read; empty fields select everything.
struct SessionQuery
{
    QString name; // part of the WBP's name or alias
    QString registerNumber; // part of the register number
    QString cell; // exact
    int fromDay = 0; // yyyymmdd
    int toDay = 0;
    QString outcome;
    qint64 officerId = 0;
    qint64 wbpId = 0;
    bool newestFirst = true;
    // Keyset paging: the lines after this (day, ticket) in the query's order.
    std::optional<std::pair<int, int>> after;
    int limit = 0; // 0: all
};

// A call as the projection holds it while it runs: what a restarted desk needs to restore its
// countdown.
struct RunningCall
{
    qint64 sessionId = 0;
    int day = 0;
    int ticket = 0;
    int station = 0;
    qint64 startedMs = 0;
    qint64 pausedMs = 0; // dropped time already credited
    qint64 pauseFromMs = 0; // 0: not dropped now
    QList<std::pair<int, QString>> extensions; // minutes, reason
};

// The sessions projection: the lines of the visiting book, a day's queue, running calls.
class SessionRecords
{
public:
    explicit SessionRecords(const Logbook &logbook)
        : m_logbook(logbook)
    { }

    // The lines a query selects, in (day, ticket) order, each with its notes. Keyset paging keeps
    // the millionth line as cheap as the first.
    Result<QList<SessionRow>> lines(const SessionQuery &query) const;
    Result<std::optional<SessionRow>> line(qint64 sessionId) const;
    // The queue of one day as the sessions hold it.
    Result<Queue> queueOf(int day) const;
    Result<std::optional<RunningCall>> runningCall(int day, int ticket) const;
    // Calls in progress on any day (a handful; found through a partial index).
    Result<QList<RunningCall>> runningCalls() const;
    // Completed calls of a WBP on the days from..to (yyyymmdd, both included).
    Result<int> completedCalls(qint64 wbpId, int fromDay, int toDay) const;
    // Lines held and calls that took place, in the whole book.
    struct Totals
    {
        qint64 lines = 0;
        qint64 calls = 0;
    };
    Result<Totals> totals() const;
    // Distinct WBP who signed in, per day with any sign-in, on the days from..to.
    Result<QMap<int, int>> visitorsPerDay(int fromDay, int toDay) const;
    // Every event about a line, in order: its sign-in, calls, the call and its end, and any later
    // correction.
    Result<QList<Event>> history(qint64 sessionId) const;

private:
    Result<void> readNotes(QList<SessionRow> &rows) const;
    const Logbook &m_logbook;
};

} // namespace kj
