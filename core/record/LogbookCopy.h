#pragma once

#include "Result.h"

#include <QString>

namespace kj {

class Clock;
class Logbook;

// A logbook moved to another store (a file to a PostgreSQL database or back): every event with
// its seq and hash as they are, the personal data and PIN hashes beside them, the logbook's id
// (its seals name it), and the projections replayed from the events. The source must verify, the
// target must be new or empty, and the copy must verify to the same last seq and hash; so a
// register signed before the move still verifies by its anchor.
struct CopyReport
{
    qint64 events = 0;
    QByteArray lastHash;
};
Result<CopyReport> copyLogbook(const Logbook &source, const QString &target, const Clock &clock);

} // namespace kj
