#pragma once

#include "Clock.h"
#include "Desk.h"
#include "Dice.h"
#include "Logbook.h"
#include "Result.h"
#include "VisitingDay.h"

#include <QDate>

namespace kj::bench {

// Who acts at the stations on a day: three officers take turns.
QString officerOn(QDate day);

// One visiting day (kj::VisitingDay) written in bulk, inside the caller's open transaction: the real
// Queue's rules decide, each event carries the payload Desk::queueWrite or Desk::callEvent would
// give it, and WriteTransaction::append writes it, its hash and the projections. Returns the tickets.
Result<int> writeDayInBulk(WriteTransaction &tx, FakeClock &clock, Dice &dice, const QList<Visitor> &visitors,
    const Desk &desk, QDate day, int sessions);

// The same day through the Desk, one durable transaction per action, as the kiosk and the console do it.
Result<int> runDayAtDesk(
    Desk &desk, FakeClock &clock, Dice &dice, const QList<Visitor> &visitors, QDate day, int sessions);

} // namespace kj::bench
