#pragma once

#include "Clock.h"
#include "Desk.h"
#include "Logbook.h"
#include "Result.h"

#include <QDate>
#include <QString>

#include <functional>

namespace kj::bench {

// CPU seconds (user + system) this process has used so far.
double cpuSeconds();

// What history to write.
struct HistoryOptions
{
    qint64 sessions = 1'000'000;
    int years = 20; // at most this many years of service days
    int nominalPerDay = 150; // fewer sessions than years × this use fewer days, not emptier ones
    int rosterSize = 600; // WBP present at any time
    int monthlyTurnover = 30; // released and admitted each month
    int stations = 8; // enough for ~200 five-minute calls in a three-hour morning
    int deskSessions = 160; // at most this many on the last day, which goes through the Desk
    quint64 seed = 20261128;
};

// What was written, and how long it took.
struct HistoryReport
{
    qint64 sessions = 0;
    int days = 0;
    QDate first;
    QDate last;
    qint64 wbp = 0;
    qint64 bulkSessions = 0;
    double bulkSeconds = 0;
    double bulkCpuSeconds = 0; // user + system: what the machine's other load does not inflate
    qint64 deskSessions = 0;
    double deskSeconds = 0;
    double deskCpuSeconds = 0;
    double rosterSeconds = 0; // roster and contact imports, through the Desk
};

// Writes years of visiting days into a logbook, ending on the last service day up to `today`:
// settings, monthly roster imports and family contacts through the Desk; every visiting day but the
// last as one Logbook::write transaction appending the same events (rules of the real Queue, payloads
// as Desk writes them) through WriteTransaction::append; the last day entirely through the Desk, one
// durable transaction per action, as the console does it.
class LogbookHistory
{
public:
    LogbookHistory(Logbook &logbook, Desk &desk, FakeClock &clock, HistoryOptions options);

    Result<HistoryReport> build(QDate today, const std::function<void(const QString &)> &progress);

private:
    Logbook &m_logbook;
    Desk &m_desk;
    FakeClock &m_clock;
    HistoryOptions m_options;
};

} // namespace kj::bench
