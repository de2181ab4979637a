#pragma once

#include "Reports.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace kj {

class Desk;

// The figures of the "Statistik" screen for a range of days, counted from the same visiting-book
// lines as the daily register and the monthly recap (Reports::lines: the sessions projection with
// its corrections applied), so that their figures agree.
struct VisitStatistics
{
    Q_DECLARE_TR_FUNCTIONS(VisitStatistics)

public:
    struct Day
    {
        QDate date;
        Tally tally;
    };
    struct Cell
    {
        QString cell;
        Tally tally;
    };
    // A bar of a distribution: [fromMinutes, toMinutes); toMinutes 0 = no upper end.
    struct Bucket
    {
        int fromMinutes = 0;
        int toMinutes = 0;
        int count = 0;
    };
    // A station during the visiting windows of the range's service days.
    struct Station
    {
        int number = 0;
        QString name;
        int calls = 0;
        qint64 windowMs = 0; // the windows' length, summed over the days
        qint64 inCallMs = 0; // of which the station had a call running (started to ended)
        double share() const { return windowMs > 0 ? double(inCallMs) / double(windowMs) : 0.0; }
    };

    QDate from;
    QDate to;
    Tally total;
    QList<Day> days; // every service day of the range up to today, and any other day with tickets
    QList<Cell> cells; // by cell number
    QList<Bucket> waits; // sign-in to being called (the last call, for a ticket called again)
    QList<Bucket> durations; // calls that took place: time talking, drops excluded
    QList<Station> stations; // the stations of the settings, and any other that had a call

    // Bucket edges, minutes: waits 0–5–10–15–30–45–60–; durations 0–2–4–5–6–8–10– (4–5: ended as
    // planned, 5–6: ran to the time-up, beyond: extended).
    static const QList<int> &waitEdges();
    static const QList<int> &durationEdges();

    // InvalidInput "bad-range" when `to` is before `from` or either is invalid; the range is at
    // most ten years.
    static Result<VisitStatistics> compute(const Desk &desk, QDate from, QDate to);

    // Every figure as the rows of a CSV file (OutputFile::writeCsv): a section per table with its
    // own header row, an empty row between sections; headers are fixed lower-case Indonesian keys,
    // for scripts.
    QList<QStringList> csvRows() const;
};

} // namespace kj
