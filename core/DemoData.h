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
inline const QString officerPin = QStringLiteral("1234");

// `perCell` WBP in each of the cells 1..18, deterministic for a seed.
QList<RosterRow> roster(quint32 seed, int perCell = 8);
// Fills an empty logbook: roster, contacts, restrictions, the demo officer (admin), and signs in
// `waiting` WBP of the cells open now (none when no cell is open).
Result<void> populate(Desk &desk, quint32 seed, int waiting = 5);
} // namespace DemoData

} // namespace kj
