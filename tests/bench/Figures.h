#pragma once

#include "Clock.h"
#include "Desk.h"
#include "Logbook.h"
#include "Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace kj::bench {

// One measured figure, with the target it is held to (if any).
struct Figure
{
    QString name;
    double value = 0;
    QString unit;
    std::optional<double> target; // the figure must be at most this
    QString detail; // e.g. the raw SQLite time, the spread

    bool met() const { return !target || value <= *target; }
};

// Times what the desk reads and writes on a built logbook. Reads go through the logbook's own
// connection, with a statement prepared per call as Desk does it.
class Figures
{
public:
    Figures(Logbook &logbook, const Desk &desk, FakeClock &clock)
        : m_logbook(logbook)
        , m_desk(desk)
        , m_clock(clock)
    { }

    // Median of durable single-event appends (Logbook::append of a record-only event) and its ratio
    // to a plain one-row-per-transaction SQLite insert with the same pragmas, in a file beside it.
    Result<QList<Figure>> append(int rounds);
    // The visiting book's first page for what an officer types: one word of a name (common, matches many
    // WBP), or a whole name (rare, often of someone released years ago, whose sessions are deep in the
    // history).
    Result<Figure> searchByNameWord(int rounds) { return searchByName(rounds, false); }
    Result<Figure> searchByFullName(int rounds) { return searchByName(rounds, true); }
    Result<Figure> searchByRegisterNumber(int rounds);
    Result<Figure> searchByOfficer(int rounds);
    Result<Figure> day(int rounds);
    Result<Figure> month(int rounds);
    Result<Figure> verify();
    Result<Figure> bytesPerSession();
    // Where the bytes are, per table and index (empty when SQLite lacks the dbstat table).
    QStringList sizeBreakdown() const;
    static Figure peakRss();

private:
    Result<Figure> searchByName(int rounds, bool fullName);

    Logbook &m_logbook;
    const Desk &m_desk;
    FakeClock &m_clock;
};

} // namespace kj::bench
