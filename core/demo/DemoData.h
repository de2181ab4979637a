#pragma once

#include "Result.h"
#include "RosterCsv.h"

#include <QString>

namespace kj {

class Desk;

// A synthetic facility for demos and benchmarks: realistic Indonesian names, 18 cells, contacts,
// a few restrictions and a demo officer, all written through the Desk like real data.
namespace DemoData {
inline const QString officerName = QStringLiteral("Petugas Demo");
inline const QString officerPin = QStringLiteral("246813");

// `perCell` WBP in each of the cells 1..18, deterministic for a seed.
QList<RosterRow> roster(quint32 seed, int perCell = 8);
// Fills an empty logbook: setUp, then startLiveDesk.
Result<void> populate(Desk &desk, quint32 seed, int waiting = 5);
// The roster (`perCell` WBP in each of the cells 1..18), their contacts, a few restrictions and the
// demo officer (admin), whose id it returns.
Result<qint64> setUp(Desk &desk, quint32 seed, int perCell = 8);
// A desk in service now: `waiting` WBP of the cells open now signed in (none when no cell is open),
// a call running at the first station, someone called to the second.
Result<void> startLiveDesk(Desk &desk, qint64 officerId, int waiting = 5);
} // namespace DemoData

} // namespace kj
