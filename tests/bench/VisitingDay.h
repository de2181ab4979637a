#pragma once

#include "Clock.h"
#include "Desk.h"
#include "Dice.h"
#include "Logbook.h"
#include "Result.h"
#include "SimulatedRoster.h"

#include <QDate>

namespace kj::bench {

// Moves both of the clock's readings forward to the instant, as passing time does. (Moving only the
// wall clock is a clock jump, which the Desk records as one.)
void advanceClockTo(FakeClock &clock, const QDateTime &utc);

// One visiting day, simulated event by event: sign-ins spread over the day's windows, stations
// calling the next in line when free; each ticket completes its call (sign-in, call, start, warning,
// end), ends early, is stopped, or ends as a no-show or no-answer. Both return the tickets written.

// In bulk, inside the caller's open transaction: the real Queue's rules decide, each event carries
// the payload Desk::queueWrite or Desk::callEvent would give it, and WriteTransaction::append writes
// it, its hash and the projections.
Result<int> writeDayInBulk(WriteTransaction &tx, FakeClock &clock, Dice &dice, SimulatedRoster &roster,
                           const Desk &desk, QDate day, int sessions);

// Through the Desk, one durable transaction per action, as the kiosk and the console do it.
Result<int> runDayAtDesk(Desk &desk, FakeClock &clock, Dice &dice, SimulatedRoster &roster, QDate day,
                         int sessions);

} // namespace kj::bench
