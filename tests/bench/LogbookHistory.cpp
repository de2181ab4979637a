#include "LogbookHistory.h"

#include "BulkDay.h"
#include "Dice.h"
#include "SimulatedRoster.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QMap>
#include <QSet>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace kj::bench {

namespace {

Error failure(const QString &what)
{
    return Error::integrity(u"bench"_s, what);
}

QStringList scheduledCells(const Schedule &schedule)
{
    QStringList cells;
    for (const DayRule &rule : schedule.config().week) {
        for (const QString &cell : rule.cells) {
            if (!cells.contains(cell))
                cells.append(cell);
        }
    }
    return cells;
}

// What distinguishes how an event was written: its payload keys, the kind of actor, a station or not.
QMap<QString, QSet<QString>> shapesByType(const QList<Event> &events)
{
    QMap<QString, QSet<QString>> shapes;
    for (const Event &e : events) {
        QStringList keys = e.payload().keys();
        keys.removeAll(u"reason"_s); // written only when one was given
        keys.sort();
        const QString actor = e.actor.section(u':', 0, 0);
        shapes[e.type].insert(keys.join(u',') + u" by "_s + actor
            + (e.station ? u" at a station"_s : QString()) + (e.ticket ? u" for a ticket"_s : QString()));
    }
    return shapes;
}

// The bulk path must write what the Desk writes; a change in Desk that the bench does not follow
// fails here instead of silently measuring something else.
Result<void> checkSameShapes(
    const Logbook &logbook, std::pair<qint64, qint64> bulk, std::pair<qint64, qint64> desk)
{
    auto bulkEvents = logbook.events(bulk.first, bulk.second);
    if (!bulkEvents)
        return bulkEvents.error();
    auto deskEvents = logbook.events(desk.first, desk.second);
    if (!deskEvents)
        return deskEvents.error();
    const auto bulkShapes = shapesByType(*bulkEvents);
    const auto deskShapes = shapesByType(*deskEvents);
    for (auto it = deskShapes.cbegin(); it != deskShapes.cend(); ++it) {
        const auto other = bulkShapes.constFind(it.key());
        if (other != bulkShapes.cend() && *other != *it) {
            const QStringList written(other->cbegin(), other->cend());
            const QStringList expected(it->cbegin(), it->cend());
            return failure(u"the bulk path writes %1 events as {%2}, the Desk as {%3}"_s.arg(
                it.key(), written.join(u"; "_s), expected.join(u"; "_s)));
        }
    }
    return {};
}

} // namespace

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

LogbookHistory::LogbookHistory(Logbook &logbook, Desk &desk, FakeClock &clock, HistoryOptions options)
    : m_logbook(logbook)
    , m_desk(desk)
    , m_clock(clock)
    , m_options(options)
{ }

Result<HistoryReport> LogbookHistory::build(QDate today, const std::function<void(const QString &)> &progress)
{
    HistoryReport report;
    Dice dice(m_options.seed);
    const Schedule &schedule = m_desk.schedule();
    const QTimeZone zone = schedule.zone();
    auto localTime
        = [&](QDate day, int hour, int minute) { return QDateTime(day, QTime(hour, minute), zone).toUTC(); };

    // The service days of the last `years` years, newest last; as many as the sessions need.
    QList<QDate> days;
    const QDate earliest = today.addYears(-m_options.years);
    const qint64 wanted = (m_options.sessions + m_options.nominalPerDay - 1) / m_options.nominalPerDay;
    for (QDate d = today; d > earliest && days.size() < wanted; d = d.addDays(-1)) {
        if (schedule.dayPlan(d).isServiceDay())
            days.prepend(d);
    }
    if (days.isEmpty())
        return failure(u"no service day in the history"_s);
    report.days = int(days.size());
    report.first = days.constFirst();
    report.last = days.constLast();

    // Uneven days, summing exactly to the sessions asked for.
    QList<double> cumulative;
    double sum = 0;
    for (qsizetype i = 0; i < days.size(); ++i) {
        sum += 0.75 + 0.5 * dice.unit();
        cumulative.append(sum);
    }
    auto quota = [&](qsizetype i) {
        const qint64 upTo = std::llround(double(m_options.sessions) * cumulative[i] / sum);
        const qint64 before = i == 0 ? 0 : std::llround(double(m_options.sessions) * cumulative[i - 1] / sum);
        return int(upTo - before);
    };

    // The desk is set up on the first morning.
    m_clock.advanceTo(localTime(days.constFirst(), 6, 0));
    if (auto r = m_desk.load(true); !r)
        return r.error();
    // The three officers who take turns at the desk (BulkDay's officerOn), added as an admin does.
    for (int i = 1; i <= 3; ++i) {
        auto added = m_desk.officers().add(u"Petugas %1"_s.arg(i), i == 1 ? u"admin"_s : u"officer"_s,
            u"24680%1"_s.arg(i), QString(Actor::System));
        if (!added)
            return added.error();
        if (*added != i)
            return Error::integrity(u"bench"_s, u"officer %1 got id %2"_s.arg(i).arg(*added));
    }
    QStringList stationNames;
    for (int s = 1; s <= m_options.stations; ++s)
        stationNames.append(QString::number(s));
    if (auto r = m_desk.service().changeSetting(Settings::StationsKey,
            { { u"names"_s, QJsonArray::fromStringList(stationNames) } }, Actor::officer(1));
        !r)
        return r.error();
    // A million sessions in twenty years from ~600 WBP is ~1.7 per eligible WBP per visiting day:
    // more than one call a day must be allowed for that volume.
    if (auto r = m_desk.service().changeSetting(Settings::QueueKey,
            { { u"maxRetries"_s, 2 }, { u"weeklyQuota"_s, 0 }, { u"onePerDay"_s, false } },
            Actor::officer(1));
        !r)
        return r.error();

    SimulatedRoster roster(dice, scheduledCells(schedule));
    for (int i = 0; i < m_options.rosterSize; ++i)
        roster.admit(days.constFirst());

    QElapsedTimer total;
    total.start();
    QElapsedTimer part;
    int lastMonth = 0;
    std::pair<qint64, qint64> bulkDay { 1, 0 }; // the events of the latest day written in bulk
    for (qsizetype i = 0; i < days.size(); ++i) {
        const QDate day = days[i];
        const int month = day.year() * 100 + day.month();
        if (month != lastMonth) {
            // The monthly roster from SDP, and the families of the newly admitted.
            part.start();
            if (lastMonth != 0) {
                roster.releaseSome(m_options.monthlyTurnover);
                for (int n = 0; n < m_options.monthlyTurnover; ++n)
                    roster.admit(day);
            }
            lastMonth = month;
            m_clock.advanceTo(localTime(day, 7, 0));
            auto imported = m_desk.roster().importRoster(
                roster.rows(), u"daftar_penghuni_%1.csv"_s.arg(month), Actor::officer(1));
            if (!imported)
                return imported.error();
            m_clock.advanceTo(localTime(day, 7, 10));
            if (auto contacts = m_desk.roster().importContacts(roster.newContacts(), Actor::officer(1));
                !contacts)
                return contacts.error();
            roster.learnIds(m_logbook.database());
            report.rosterSeconds += part.nsecsElapsed() / 1e9;
        }

        int sessions = quota(i);
        if (i == days.size() - 2)
            sessions += std::max(0, quota(i + 1) - m_options.deskSessions); // the Desk day's surplus
        if (i == days.size() - 1)
            sessions = std::min(sessions, m_options.deskSessions);
        part.start();
        const double cpuBefore = cpuSeconds();
        const bool last = i == days.size() - 1;
        const qint64 firstSeq = m_logbook.lastSeq() + 1;
        if (last) {
            // Today: the console opens in the morning and every action is its own transaction.
            m_clock.advanceTo(localTime(day, 7, 30));
            if (auto r = m_desk.load(true); !r)
                return r.error();
            auto written = runDayAtDesk(
                m_desk, m_clock, dice, roster.eligible(schedule.dayPlan(day).cells), day, sessions);
            if (!written)
                return written.error();
            if (bulkDay.second >= bulkDay.first) {
                if (auto same = checkSameShapes(m_logbook, bulkDay, { firstSeq, m_logbook.lastSeq() }); !same)
                    return same.error();
            }
            report.deskSessions += *written;
            report.deskSeconds += part.nsecsElapsed() / 1e9;
            report.deskCpuSeconds += cpuSeconds() - cpuBefore;
            report.sessions += *written;
        } else {
            auto written = m_logbook.write<int>([&](WriteTransaction &tx) -> Result<int> {
                return writeDayInBulk(
                    tx, m_clock, dice, roster.eligible(schedule.dayPlan(day).cells), m_desk, day, sessions);
            });
            if (!written)
                return written.error();
            bulkDay = { firstSeq, m_logbook.lastSeq() };
            report.bulkSessions += *written;
            report.bulkSeconds += part.nsecsElapsed() / 1e9;
            report.bulkCpuSeconds += cpuSeconds() - cpuBefore;
            report.sessions += *written;
        }
        if (progress && (i % 100 == 99 || last)) {
            const double elapsed = total.nsecsElapsed() / 1e9;
            progress(u"day %1/%2 (%3): %4 sessions, %5 s"_s.arg(i + 1)
                         .arg(days.size())
                         .arg(day.toString(Qt::ISODate))
                         .arg(report.sessions)
                         .arg(elapsed, 0, 'f', 0));
        }
    }
    report.wbp = roster.size();
    return report;
}

} // namespace kj::bench
