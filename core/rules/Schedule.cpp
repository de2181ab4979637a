#include "Schedule.h"

#include "Format.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kj {

namespace {

// How far ahead the next slot is searched: a year covers any sane timetable plus holidays.
constexpr int searchDays = 400;

QList<TimeWindow> windows(std::initializer_list<std::pair<int, int>> hoursMinutes)
{
    QList<TimeWindow> list;
    for (auto [from, to] : hoursMinutes)
        list.append({ QTime(from / 100, from % 100), QTime(to / 100, to % 100) });
    return list;
}

} // namespace

ScheduleConfig ScheduleConfig::seedDefault()
{
    ScheduleConfig config;
    const auto morningAndAfternoon = windows({ { 800, 1100 }, { 1300, 1430 } });
    const auto morning = windows({ { 800, 1100 } });
    config.week[0] = { { u"12"_s, u"13"_s }, morningAndAfternoon };
    config.week[1] = { { u"4"_s, u"7"_s }, morningAndAfternoon };
    config.week[2] = { { u"14"_s, u"17"_s }, morningAndAfternoon };
    config.week[3] = { { u"5"_s, u"6"_s }, morningAndAfternoon };
    config.week[4] = { { u"15"_s, u"16"_s, u"18"_s }, morning };
    config.week[5] = { { u"8"_s, u"10"_s }, morning };
    config.week[6] = {};
    return config;
}

Schedule::Schedule()
    : Schedule(ScheduleConfig::seedDefault(), QTimeZone("Asia/Jakarta"))
{ }

Schedule::Schedule(ScheduleConfig config, const QTimeZone &zone)
    : m_config(std::move(config))
    , m_zone(zone)
{ }

Result<Schedule> Schedule::make(ScheduleConfig config)
{
    QTimeZone zone(config.zoneId);
    if (!zone.isValid())
        return Error::invalid(
            u"bad-zone"_s, tr("Unknown time zone: %1").arg(QString::fromLatin1(config.zoneId)));

    auto checkWindows = [](QList<TimeWindow> &list, const QString &where) -> std::optional<Error> {
        std::sort(list.begin(), list.end(),
            [](const TimeWindow &a, const TimeWindow &b) { return a.start < b.start; });
        for (qsizetype i = 0; i < list.size(); ++i) {
            const TimeWindow &w = list[i];
            if (!w.start.isValid() || !w.end.isValid() || w.start >= w.end)
                return Error::invalid(
                    u"bad-window"_s, tr("%1: a window must start before it ends.").arg(where));
            if (i > 0 && list[i - 1].end > w.start)
                return Error::invalid(u"overlapping-windows"_s, tr("%1: windows overlap.").arg(where));
        }
        return std::nullopt;
    };
    auto normalizeCells = [](QStringList &cells, const QString &where) -> std::optional<Error> {
        QStringList normalized;
        for (const QString &cell : cells) {
            const QString n = normalizeCell(cell);
            if (n.isEmpty())
                return Error::invalid(u"bad-cell"_s, tr("%1: a cell label is empty.").arg(where));
            if (!normalized.contains(n))
                normalized.append(n);
        }
        cells = normalized;
        return std::nullopt;
    };

    for (int day = 0; day < 7; ++day) {
        const QString where = QLocale().dayName(day + 1);
        if (auto e = checkWindows(config.week[day].windows, where))
            return *e;
        if (auto e = normalizeCells(config.week[day].cells, where))
            return *e;
    }
    for (auto it = config.specialDays.begin(); it != config.specialDays.end(); ++it) {
        const QString where = Format::date(it.key());
        if (!it.key().isValid())
            return Error::invalid(u"bad-date"_s, tr("A special day has no valid date."));
        // A date without visits is a holiday; a special day says when visits are.
        if (it->windows.isEmpty())
            return Error::invalid(u"special-day-no-window"_s,
                tr("%1: a special day needs its visiting windows (a closed date is a holiday).").arg(where));
        if (auto e = checkWindows(it->windows, where))
            return *e;
        if (auto e = normalizeCells(it->cells, where))
            return *e;
    }
    for (auto it = config.holidays.cbegin(); it != config.holidays.cend(); ++it) {
        if (!it.key().isValid())
            return Error::invalid(u"bad-date"_s, tr("A holiday has no valid date."));
    }
    return Schedule(std::move(config), zone);
}

QString Schedule::normalizeCell(const QString &label)
{
    QString cell = label.simplified();
    for (const QStringView word : { u"kamar", u"kmr" }) {
        if (!cell.startsWith(word, Qt::CaseInsensitive))
            continue;
        // "Kamar 12", "Kmr.12", "kamar12" — but not a cell whose name merely starts with "kamar".
        const QStringView rest = QStringView(cell).sliced(word.size());
        if (rest.isEmpty() || rest[0] == u' ' || rest[0] == u'.' || (rest[0] >= u'0' && rest[0] <= u'9')) {
            cell = rest.toString();
            if (cell.startsWith(u'.'))
                cell.remove(0, 1);
            cell = cell.trimmed();
        }
        break;
    }
    // "012" and "12" are the same cell; keep a lone "0".
    qsizetype zeros = 0;
    while (zeros + 1 < cell.size() && cell[zeros] == u'0' && cell[zeros + 1].isDigit())
        ++zeros;
    cell.remove(0, zeros);
    return cell.toUpper();
}

DayPlan Schedule::dayPlan(QDate date) const
{
    DayPlan plan;
    plan.date = date;
    if (!date.isValid())
        return plan;
    const DayRule &rule = m_config.week[date.dayOfWeek() - 1];
    if (auto special = m_config.specialDays.constFind(date); special != m_config.specialDays.cend()) {
        plan.special = true;
        plan.note = special->note;
        plan.cells = special->cells.isEmpty() ? rule.cells : special->cells;
        plan.windows = special->windows;
        return plan;
    }
    if (auto holiday = m_config.holidays.constFind(date); holiday != m_config.holidays.cend()) {
        plan.holiday = holiday->isEmpty() ? tr("Holiday") : *holiday;
        return plan;
    }
    plan.cells = rule.cells;
    plan.windows = rule.windows;
    return plan;
}

Slot Schedule::slotOn(QDate date, const TimeWindow &window) const
{
    return Slot { date, window, QDateTime(date, window.start, m_zone).toUTC(),
        QDateTime(date, window.end, m_zone).toUTC() };
}

std::optional<Slot> Schedule::nextSlot(const QString &cell, const QDateTime &utc) const
{
    const QString c = normalizeCell(cell);
    if (c.isEmpty())
        return std::nullopt;
    const QDate today = localDate(utc);
    for (int i = 0; i < searchDays; ++i) {
        const DayPlan plan = dayPlan(today.addDays(i));
        if (!plan.cells.contains(c))
            continue;
        for (const TimeWindow &w : plan.windows) {
            Slot slot = slotOn(plan.date, w);
            if (slot.endUtc > utc)
                return slot;
        }
    }
    return std::nullopt;
}

std::optional<std::pair<Slot, DayPlan>> Schedule::nextOpening(const QDateTime &utc) const
{
    const QDate today = localDate(utc);
    for (int i = 0; i < searchDays; ++i) {
        const DayPlan plan = dayPlan(today.addDays(i));
        if (!plan.isServiceDay())
            continue;
        for (const TimeWindow &w : plan.windows) {
            Slot slot = slotOn(plan.date, w);
            if (slot.endUtc > utc)
                return std::pair { slot, plan };
        }
    }
    return std::nullopt;
}

ScheduleVerdict Schedule::check(const QString &cell, const QDateTime &utc) const
{
    ScheduleVerdict verdict;
    verdict.cell = normalizeCell(cell);
    if (verdict.cell.isEmpty())
        return verdict;

    const QDateTime local = toLocal(utc);
    const DayPlan plan = dayPlan(local.date());
    std::optional<Slot> upcoming = nextSlot(verdict.cell, utc);
    if (upcoming && upcoming->startUtc <= utc) {
        verdict.reason = ScheduleReason::Open;
        verdict.current = upcoming;
        verdict.next = nextSlot(verdict.cell, upcoming->endUtc);
        return verdict;
    }
    verdict.next = upcoming;

    if (!knowsCell(verdict.cell) && !plan.cells.contains(verdict.cell)) {
        verdict.reason = ScheduleReason::CellHasNoDay;
    } else if (!plan.holiday.isEmpty()) {
        verdict.reason = ScheduleReason::Holiday;
    } else if (!plan.isServiceDay()) {
        verdict.reason = ScheduleReason::ClosedDay;
    } else if (!plan.cells.contains(verdict.cell)) {
        verdict.reason = ScheduleReason::WrongDay;
    } else {
        const QTime now = local.time();
        const bool anyBefore = std::any_of(
            plan.windows.cbegin(), plan.windows.cend(), [&](const TimeWindow &w) { return w.end <= now; });
        const bool anyAfter = std::any_of(
            plan.windows.cbegin(), plan.windows.cend(), [&](const TimeWindow &w) { return w.start > now; });
        verdict.reason = !anyAfter
            ? ScheduleReason::AfterWindows
            : (anyBefore ? ScheduleReason::BetweenWindows : ScheduleReason::BeforeWindows);
    }
    return verdict;
}

QList<int> Schedule::weekdaysOf(const QString &cell) const
{
    const QString c = normalizeCell(cell);
    QList<int> days;
    for (int day = 0; day < 7; ++day) {
        const DayRule &rule = m_config.week[day];
        if (rule.cells.contains(c) && !rule.windows.isEmpty())
            days.append(day + 1);
    }
    return days;
}

QString Schedule::describeWindows(const QList<TimeWindow> &list) const
{
    QStringList ranges;
    for (const TimeWindow &w : list)
        ranges.append(Format::timeRange(w.start, w.end));
    return Format::joinAnd(ranges) + u' ' + Format::zoneAbbreviation(m_zone);
}

QString Schedule::describeCell(const QString &cell) const
{
    QStringList parts;
    for (int day : weekdaysOf(cell)) {
        parts.append(
            tr("%1, %2").arg(QLocale().dayName(day), describeWindows(m_config.week[day - 1].windows)));
    }
    return parts.join(u"; "_s);
}

QString Schedule::describeSlotStart(const Slot &slot) const
{
    return tr("%1, %2 %3")
        .arg(Format::date(slot.date), Format::time(slot.window.start), Format::zoneAbbreviation(m_zone));
}

QString Schedule::explain(const ScheduleVerdict &v) const
{
    const QString next = v.next ? tr(" Next visit: %1.").arg(describeSlotStart(*v.next)) : QString();
    switch (v.reason) {
    case ScheduleReason::Open:
        return tr("Cell %1 may sign in now, until %2 %3.")
            .arg(v.cell, Format::time(v.current->window.end), Format::zoneAbbreviation(m_zone));
    case ScheduleReason::UnknownCell:
        return tr("No cell given.");
    case ScheduleReason::CellHasNoDay:
        return tr("Cell %1 has no visiting day in the schedule. Please ask the officer.").arg(v.cell);
    case ScheduleReason::Holiday:
        return tr("Today is a holiday: there are no visits.") + next;
    case ScheduleReason::ClosedDay:
        return tr("There are no visits today.") + next;
    case ScheduleReason::WrongDay:
        return tr("Cell %1 is scheduled on %2.").arg(v.cell, describeCell(v.cell)) + next;
    case ScheduleReason::BeforeWindows:
        return tr("Visits for cell %1 open today at %2 %3.")
            .arg(v.cell, Format::time(v.next->window.start), Format::zoneAbbreviation(m_zone));
    case ScheduleReason::BetweenWindows:
        return tr("Visits for cell %1 are on a break; they resume today at %2 %3.")
            .arg(v.cell, Format::time(v.next->window.start), Format::zoneAbbreviation(m_zone));
    case ScheduleReason::AfterWindows:
        return tr("Visits for cell %1 have ended for today.").arg(v.cell) + next;
    }
    return {};
}

} // namespace kj
