#pragma once

#include "BookLines.h"
#include "Complaints.h"
#include "Queue.h"
#include "Result.h"
#include "RosterRecords.h"
#include "Seals.h"
#include "Settings.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <array>
#include <optional>

namespace kj {

class Desk;

// The counts and averages of a set of visiting-book lines (a day, a cell, a station, an officer).
struct Tally
{
    int signedIn = 0;
    int served = 0; // a call took place
    int noShow = 0;
    int noAnswer = 0;
    int cancelled = 0;
    int unfinished = 0; // still waiting, called or in a call while the day's service goes on
    int unserved = 0; // still waiting, called or in a call when the day's last window closed
    qint64 waitMsTotal = 0; // sign-in to call, over the lines that were called
    int waited = 0;
    qint64 callMsTotal = 0; // over the calls that took place
    int calls = 0;

    void add(const BookLine &line);
    qint64 averageWaitMs() const { return waited ? waitMsTotal / waited : -1; }
    qint64 averageCallMs() const { return calls ? callMsTotal / calls : -1; }
    // Served as a share of the finished lines (signed in, less those not finished yet), in percent
    // (0 when none is finished): a morning's waiting queue does not lower it.
    double servedPercent() const
    {
        const int finished = signedIn - unfinished;
        return finished > 0 ? 100.0 * served / finished : 0.0;
    }
};

// The satisfaction index (IKM) from the kiosk survey, computed as PermenPANRB 14/2017 prescribes.
struct Ikm
{
    int respondents = 0;
    std::array<double, 9> itemAverage {}; // NRR per item U1..U9 (1..4)
    double average = 0; // sum of NRR × 1/9 (1..4)
    double index = 0; // average × 25 (25..100), rounded to 2 decimals
    QChar category; // A..D; null without respondents

    // itemTotals: the sum of each item's answers over all respondents.
    static Ikm fromTotals(int respondents, const std::array<qint64, 9> &itemTotals);
    static QChar categoryOf(double index);
};

// The signed paper's link to the chain: the day's last event and the start of its hash.
struct ChainAnchor
{
    qint64 seq = 0;
    QString hashPrefix; // 16 hex digits: `kunjungan-admin logbook verify --anchor SEQ:HASH`
};

// The daily register (Buku Layanan Kunjungan Online) of one day.
struct DailyRegister
{
    FacilityInfo facility;
    QDate day;
    QTimeZone zone;
    QString closedNote; // why the day had no service (holiday, no cells that day); empty otherwise
    QList<BookLine> lines;
    Tally totals;
    std::optional<ChainAnchor> anchor;
    std::optional<Seal> seal; // the facility's latest seal of the logbook, if it was ever sealed
    QDateTime madeUtc;
    CallLimits call; // the call lengths in force when the register was made
};

// A row of one of the recap's tables.
struct TallyRow
{
    QString label;
    Tally tally;
};

// The monthly recap (rekap bulanan) of one month.
struct MonthlyRecap
{
    FacilityInfo facility;
    QDate month; // its first day
    QTimeZone zone;
    Tally total;
    QList<TallyRow> byDay;
    QList<TallyRow> byCell;
    QList<TallyRow> byStation;
    QList<TallyRow> byOfficer;
    int corrected = 0; // lines with a correction
    QList<RestrictionLine> restrictions;
    QList<Complaint> complaints; // received in the month, oldest first
    QList<std::pair<QString, int>> complaintsByChannel; // channel label, count (every channel)
    QList<std::pair<QString, int>> complaintsByStatus; // status label, count (every status)
    Ikm ikm;
    QDateTime madeUtc;
};

// The reports, built from the lines of the visiting book (BookLines) and the survey and
// complaints, so their figures are the logbook's; and their text, shared by the printed page, the
// screen and the CSV.
class Reports
{
    Q_DECLARE_TR_FUNCTIONS(Reports)

public:
    static Result<DailyRegister> dailyRegister(const Desk &desk, QDate day);
    // The lines of the days from..to with their corrections applied (the family's name and phone
    // left out): what the register, the recap and the statistics count.
    static Result<QList<BookLine>> lines(const Desk &desk, QDate from, QDate to);
    static Result<MonthlyRecap> monthlyRecap(const Desk &desk, QDate anyDayOfMonth);

    // The official name of the book, as the facility's paper register is titled.
    static QString registerTitle();
    static QString recapTitle(QDate month);

    // The register's columns and one line's cells as printed. fullPhone: the whole number
    // (admins only); otherwise only its last 4 digits.
    static QStringList registerHeaders();
    static QStringList registerCells(const DailyRegister &report, qsizetype index, bool fullPhone);
    // Totals as label/value pairs, in print order.
    static QList<std::pair<QString, QString>> totalsText(const Tally &totals);
    static QString emptyDayText(const DailyRegister &report);
    static QString anchorText(const ChainAnchor &anchor);
    // The latest seal as the register prints it, in the facility's zone.
    static QString sealText(const Seal &seal, const QTimeZone &zone);
    // A tally table's columns (after the row label) and cells.
    static QStringList tallyHeaders();
    static QStringList tallyCells(const Tally &tally);
    static QString ikmCategoryLabel(QChar category);
    // The survey's nine service elements (unsur pelayanan) as PermenPANRB 14/2017 names them.
    static QString ikmItemName(int item); // 1..9
    static QString decimal(double value, int decimals); // Indonesian decimal comma: 3,25
    // The call lengths as the register prints them, with the reason for a maximum above the
    // published standard's.
    static QString callLengthText(const CallLimits &call);
};

} // namespace kj
