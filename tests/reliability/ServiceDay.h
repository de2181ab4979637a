#pragma once

#include "Desk.h"
#include "Logbook.h"
#include "Queue.h"
#include "Result.h"

#include <QList>
#include <QString>

#include <memory>

namespace kj {
class Clock;
struct Wbp;
} // namespace kj

namespace kj::reliability {

// The child side of the crash loop: a random service day at the desk on a real logbook file,
// printing "ack SEQ HASH" on stdout for every event once its commit has returned. Runs until
// killed; returns non-zero only when the logbook fails (a database or integrity error).
int runServiceDay(const QString &path, const Clock &clock, quint32 seed);

// The facility set up for a fast, busy day: every cell open all day, one-minute calls, four
// stations, WBP may come back the same day; officer 1 runs the stations. Each step is skipped once
// done, so a second run (or a child killed half-way) simply carries on.
Result<void> setUpBusyDay(Desk &desk);
// Refusals are the rules at work; anything from the database or the chain is a failure.
bool fatal(const Error &e);
// Prints what failed, with the error's reason, message and detail, on stderr; returns exit code 3.
int failed(const char *what, const Error &e);
// A logbook and the Desk over it, opened as the console and the kiosk open them (listening for
// the other processes' commits).
struct OpenDesk
{
    std::unique_ptr<Logbook> logbook;
    std::unique_ptr<Desk> desk;
};
Result<OpenDesk> openDesk(const QString &db, const Clock &clock);
// Signs in at the kiosk, from people[next] on, the first WBP the rules let in now (a refusal, e.g.
// one waiting already, moves on to the next); an error when nobody could, or the logbook failed.
Result<Ticket> signInNext(Desk &desk, const QList<Wbp> &people, qsizetype &next);
// Every WBP of the busy day's roster, cell by cell.
QList<Wbp> busyDayPeople(Desk &desk);

} // namespace kj::reliability
