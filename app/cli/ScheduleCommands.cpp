#include "AdminCommands.h"

#include "Clock.h"
#include "Desk.h"
#include "Format.h"

#include <QLocale>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace kj {

// ---- schedule -----------------------------------------------------------------------------

int AdminCommands::scheduleShow()
{
    auto opened = openDesk(false);
    if (!opened)
        return fail(opened.error());
    const Desk &desk = *(*opened)->desk;
    const Schedule &schedule = desk.schedule();
    const ScheduleConfig &config = schedule.config();
    m_out << tr("Visiting schedule, time zone %1 (%2)")
                 .arg(QString::fromLatin1(schedule.zone().id()), Format::zoneAbbreviation(schedule.zone()))
          << '\n';
    qsizetype dayWidth = 0;
    qsizetype cellsWidth = 0;
    QList<std::pair<QString, QString>> days;
    for (int day = 1; day <= 7; ++day) {
        const DayRule &rule = config.week[day - 1];
        const QString cells = rule.cells.isEmpty() ? QString() : tr("cells %1").arg(rule.cells.join(u", "_s));
        days.append({ QLocale().dayName(day), cells });
        dayWidth = qMax(dayWidth, days.last().first.size());
        cellsWidth = qMax(cellsWidth, cells.size());
    }
    for (int day = 1; day <= 7; ++day) {
        const DayRule &rule = config.week[day - 1];
        const bool open = !rule.cells.isEmpty() && !rule.windows.isEmpty();
        m_out << u"  "_s << days[day - 1].first.leftJustified(dayWidth + 2)
              << days[day - 1].second.leftJustified(cellsWidth + 2)
              << (open ? schedule.describeWindows(rule.windows) : tr("closed")) << '\n';
    }
    m_out << tr("Cells with no day ask the officer.") << '\n';

    m_out << tr("Holidays:");
    if (config.holidays.isEmpty())
        m_out << u' ' << tr("none");
    m_out << '\n';
    for (auto it = config.holidays.cbegin(); it != config.holidays.cend(); ++it)
        m_out << u"  "_s << Format::date(it.key()) << u": "_s << it.value() << '\n';

    m_out << tr("Special days:");
    if (config.specialDays.isEmpty())
        m_out << u' ' << tr("none");
    m_out << '\n';
    for (auto it = config.specialDays.cbegin(); it != config.specialDays.cend(); ++it) {
        const SpecialDay &special = it.value();
        const QString cells = special.cells.isEmpty() ? tr("the weekday's cells")
                                                      : tr("cells %1").arg(special.cells.join(u", "_s));
        const QString windows
            = special.windows.isEmpty() ? tr("closed") : schedule.describeWindows(special.windows);
        m_out << u"  "_s << Format::date(it.key()) << u": "_s << cells << u", "_s << windows;
        if (!special.note.isEmpty())
            m_out << u" ("_s << special.note << u')';
        m_out << '\n';
    }

    const CallLimits &call = desk.settings().call;
    m_out << tr("Call length: %1, at most %2; warning %3 before the end.")
                 .arg(Format::duration(qint64(call.defaultMinutes) * 60),
                     Format::duration(qint64(call.maxMinutes) * 60), Format::duration(call.warningSeconds))
          << '\n';
    return 0;
}

int AdminCommands::scheduleCheck(const QString &registerNumber, const QString &at)
{
    FakeClock clock(m_clock.nowUtc());
    auto opened = openDesk(false, clock);
    if (!opened)
        return fail(opened.error());
    Opened &o = **opened;
    if (!at.isEmpty()) {
        QDateTime instant = QDateTime::fromString(at.trimmed(), Qt::ISODate);
        if (!instant.isValid()) {
            return fail(Error::invalid(u"bad-time"_s,
                tr("Not a date and time (ISO 8601, e.g. 2026-11-30T09:00+07:00): %1").arg(at)));
        }
        // Without an offset, the time is read as the desk reads its clock: in the facility's zone.
        if (instant.timeSpec() == Qt::LocalTime)
            instant = QDateTime(instant.date(), instant.time(), o.desk->schedule().zone());
        clock.setWall(instant.toUTC());
        // The desk reads the day's queue when it loads: load it for that day.
        o.desk = std::make_unique<Desk>(*o.logbook, clock);
        if (auto loaded = o.desk->load(false); !loaded)
            return fail(loaded.error());
    }
    const Desk &desk = *o.desk;
    const Schedule &schedule = desk.schedule();
    const auto found = desk.roster().wbpByRegisterNumber(registerNumber);
    if (!found)
        return fail(found.error());
    const auto &person = *found;
    if (!person) {
        return fail(Error::invalid(
            u"unknown-wbp"_s, tr("Register number %1 is not in the roster.").arg(registerNumber)));
    }
    const QDateTime now = clock.nowUtc();
    const auto allowed = desk.calls().checkSignIn(person->id);
    if (allowed) {
        m_out << schedule.explain(schedule.check(person->cell, now)) << '\n';
        return 0;
    }
    std::optional<Slot> next;
    if (allowed.error().reason == u"schedule") {
        next = schedule.check(person->cell, now).next;
    } else if (allowed.error().reason == u"restricted") {
        const auto restriction = desk.roster().activeRestriction(person->id, desk.today()).valueOr({});
        if (restriction && restriction->to.isValid()) {
            const QDateTime afterIt(restriction->to.addDays(1), QTime(0, 0), schedule.zone());
            next = schedule.nextSlot(person->cell, afterIt.toUTC());
        }
    }
    const int code = fail(allowed.error());
    if (next)
        m_out << u"next: "_s << next->startUtc.toUTC().toString(Qt::ISODate) << '\n';
    return code;
}

} // namespace kj
