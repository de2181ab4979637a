#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QStringList>
#include <QTimeZone>

#include <array>
#include <optional>

namespace kj {

// A visiting window of one day, in facility-local time: [start, end).
struct TimeWindow
{
    QTime start;
    QTime end;
    bool contains(QTime t) const { return t >= start && t < end; }
    friend bool operator==(const TimeWindow &, const TimeWindow &) = default;
};

// What one weekday offers: which cells, in which windows.
struct DayRule
{
    QStringList cells;
    QList<TimeWindow> windows;
    friend bool operator==(const DayRule &, const DayRule &) = default;
};

// A date whose plan differs from its weekday's (e.g. Lebaran extra hours). Empty cells mean "the
// weekday's cells"; the windows replace the weekday's windows.
struct SpecialDay
{
    QStringList cells;
    QList<TimeWindow> windows;
    QString note;
    friend bool operator==(const SpecialDay &, const SpecialDay &) = default;
};

// The whole timetable, as an admin edits it.
struct ScheduleConfig
{
    QByteArray zoneId = "Asia/Jakarta";
    std::array<DayRule, 7> week; // [0] Monday … [6] Sunday
    QMap<QDate, QString> holidays; // closed dates, with a name
    QMap<QDate, SpecialDay> specialDays; // overrides a weekday, and a holiday, on that date

    // The timetable the Rutan Jepara publishes (design §1).
    static ScheduleConfig seedDefault();
    friend bool operator==(const ScheduleConfig &, const ScheduleConfig &) = default;
};

// The plan of one calendar date after holidays and special days are applied.
struct DayPlan
{
    QDate date;
    QStringList cells;
    QList<TimeWindow> windows;
    QString holiday; // name, when the date is a holiday
    QString note; // special-day note
    bool special = false;
    bool isServiceDay() const { return !cells.isEmpty() && !windows.isEmpty(); }
};

// One concrete window on one date, with its instants in UTC.
struct Slot
{
    QDate date;
    TimeWindow window;
    QDateTime startUtc;
    QDateTime endUtc;
};

enum class ScheduleReason {
    Open,
    UnknownCell, // empty cell label
    CellHasNoDay, // the cell is in no weekday's list: ask the officer
    Holiday, // the date is a holiday
    ClosedDay, // no cell has visits on this date (e.g. Sunday)
    WrongDay, // other cells have visits today, this one not
    BeforeWindows, // today, later
    BetweenWindows, // today, after a break
    AfterWindows, // today's windows are over
};

// The answer to "may cell C sign in at instant T": open or why not, and the slot now or next.
struct ScheduleVerdict
{
    QString cell;
    ScheduleReason reason = ScheduleReason::UnknownCell;
    std::optional<Slot> current; // the open window, when open
    std::optional<Slot> next; // the next window that opens after T, if any within a year
    bool open() const { return reason == ScheduleReason::Open; }
};

// The rules of when which cell may call, in the facility's time zone whatever the PC's zone is.
class Schedule
{
    Q_DECLARE_TR_FUNCTIONS(Schedule)

public:
    Schedule(); // the seed's timetable
    static Result<Schedule> make(ScheduleConfig config);

    // "Kamar 12", " 12 ", "kmr 012" → "12"; "12a" → "12A".
    static QString normalizeCell(const QString &label);

    const ScheduleConfig &config() const { return m_config; }
    const QTimeZone &zone() const { return m_zone; }
    QDateTime toLocal(const QDateTime &utc) const { return utc.toTimeZone(m_zone); }
    QDate localDate(const QDateTime &utc) const { return toLocal(utc).date(); }

    DayPlan dayPlan(QDate date) const;
    ScheduleVerdict check(const QString &cell, const QDateTime &utc) const;
    // The window open at T, else the next one to open, for one cell; none within a year → nullopt.
    std::optional<Slot> nextSlot(const QString &cell, const QDateTime &utc) const;
    // The window open at T, else the next one to open for any cell, with that date's plan.
    std::optional<std::pair<Slot, DayPlan>> nextOpening(const QDateTime &utc) const;
    // The weekdays (1 = Monday) on which a cell is scheduled.
    QList<int> weekdaysOf(const QString &cell) const;
    bool knowsCell(const QString &cell) const { return !weekdaysOf(cell).isEmpty(); }

    // One plain sentence for people: why the cell is closed and when it is next open.
    QString explain(const ScheduleVerdict &verdict) const;
    // "Selasa, 08.00–11.00 dan 13.00–14.30 WIB" for a cell (its weekdays and windows).
    QString describeCell(const QString &cell) const;
    // "08.00–11.00 dan 13.00–14.30 WIB"
    QString describeWindows(const QList<TimeWindow> &windows) const;
    // "Selasa, 1 Desember 2026, 08.00 WIB"
    QString describeSlotStart(const Slot &slot) const;

private:
    explicit Schedule(ScheduleConfig config, const QTimeZone &zone);
    Slot slotOn(QDate date, const TimeWindow &window) const;

    ScheduleConfig m_config;
    QTimeZone m_zone;
};

} // namespace kj
