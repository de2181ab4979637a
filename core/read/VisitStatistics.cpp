#include "VisitStatistics.h"

#include "DayKey.h"
#include "Desk.h"

#include <QHash>

#include <algorithm>
#include <climits>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace kj {

namespace {

QList<VisitStatistics::Bucket> bucketsFor(const QList<int> &edges)
{
    QList<VisitStatistics::Bucket> buckets;
    for (qsizetype i = 0; i < edges.size(); ++i)
        buckets.append({ edges[i], i + 1 < edges.size() ? edges[i + 1] : 0, 0 });
    return buckets;
}

void addTo(QList<VisitStatistics::Bucket> &buckets, qint64 ms)
{
    for (qsizetype i = buckets.size() - 1; i >= 0; --i) {
        if (ms >= buckets[i].fromMinutes * 60'000LL || i == 0) {
            ++buckets[i].count;
            return;
        }
    }
}

// The day's visiting windows as UTC milliseconds, cut off at `nowMs`.
QList<std::pair<qint64, qint64>> windowsOf(const Schedule &schedule, QDate day, qint64 nowMs)
{
    QList<std::pair<qint64, qint64>> windows;
    for (const TimeWindow &w : schedule.dayPlan(day).windows) {
        const qint64 start = QDateTime(day, w.start, schedule.zone()).toMSecsSinceEpoch();
        const qint64 end = std::min(QDateTime(day, w.end, schedule.zone()).toMSecsSinceEpoch(), nowMs);
        if (end > start)
            windows.append({ start, end });
    }
    return windows;
}

qint64 overlapMs(const QList<std::pair<qint64, qint64>> &windows, qint64 from, qint64 to)
{
    qint64 total = 0;
    for (const auto &[start, end] : windows)
        total += std::max<qint64>(0, std::min(end, to) - std::max(start, from));
    return total;
}

QString minutesText(int minutes)
{
    return minutes > 0 ? QString::number(minutes) : QString();
}

} // namespace

const QList<int> &VisitStatistics::waitEdges()
{
    static const QList<int> edges = { 0, 5, 10, 15, 30, 45, 60 };
    return edges;
}

const QList<int> &VisitStatistics::durationEdges()
{
    static const QList<int> edges = { 0, 2, 4, 5, 6, 8, 10 };
    return edges;
}

Result<VisitStatistics> VisitStatistics::compute(const Desk &desk, QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid() || to < from || from.daysTo(to) > 3660) {
        return Error::invalid(
            u"bad-range"_s, tr("Choose a first day on or before the last day, at most ten years apart."));
    }
    auto lines = Reports::lines(desk, from, to);
    if (!lines)
        return lines.error();
    VisitStatistics s;
    s.from = from;
    s.to = to;
    s.waits = bucketsFor(waitEdges());
    s.durations = bucketsFor(durationEdges());
    const Schedule &schedule = desk.schedule();
    const qint64 nowMs = desk.clock().nowUtc().toMSecsSinceEpoch();
    const QDate today = schedule.localDate(desk.clock().nowUtc());

    std::map<QDate, Tally> days;
    std::map<std::pair<int, QString>, Tally> cells; // numeric cells in number order, then the rest
    std::map<int, Station> stations;
    const QStringList names = desk.settings().stations;
    for (int i = 0; i < names.size(); ++i)
        stations[i + 1] = Station { i + 1, names[i] };
    QHash<int, QList<std::pair<qint64, qint64>>> windows; // by day key
    qint64 windowMs = 0;
    for (QDate day = from; day <= to && day <= today; day = day.addDays(1)) {
        if (!schedule.dayPlan(day).isServiceDay())
            continue;
        days[day];
        const auto w = windowsOf(schedule, day, nowMs);
        windows.insert(dayKey(day), w);
        windowMs += overlapMs(w, 0, nowMs);
    }

    for (const BookLine &line : std::as_const(*lines)) {
        s.total.add(line);
        days[dayFromKey(line.day)].add(line);
        bool numeric = false;
        const int cellNumber = line.cell.toInt(&numeric);
        cells[{ numeric ? cellNumber : INT_MAX, line.cell }].add(line);
        if (line.calledUtc.isValid())
            addTo(s.waits, line.signedInUtc.msecsTo(line.calledUtc));
        if (line.durationMs >= 0)
            addTo(s.durations, line.durationMs);
        if (line.startedUtc.isValid() && line.station > 0) {
            Station &station = stations[line.station];
            if (station.number == 0)
                station = Station { line.station, line.stationName };
            ++station.calls;
            const qint64 ended = line.endedUtc.isValid() ? line.endedUtc.toMSecsSinceEpoch() : nowMs;
            const auto w = windows.constFind(line.day);
            if (w != windows.cend())
                station.inCallMs += overlapMs(*w, line.startedUtc.toMSecsSinceEpoch(), ended);
        }
    }
    for (const auto &[date, tally] : days)
        s.days.append({ date, tally });
    for (const auto &[cell, tally] : cells)
        s.cells.append({ cell.second, tally });
    for (auto [number, station] : stations) {
        station.windowMs = windowMs;
        s.stations.append(station);
    }
    return s;
}

QList<QStringList> VisitStatistics::csvRows() const
{
    auto countFields = [](const Tally &t) {
        return QStringList { QString::number(t.signedIn), QString::number(t.served),
            QString::number(t.noShow), QString::number(t.noAnswer), QString::number(t.cancelled),
            QString::number(t.unfinished + t.unserved) };
    };
    const QStringList countHeader = { u"antrian"_s, u"panggilan"_s, u"tidak_hadir"_s, u"tidak_tersambung"_s,
        u"dibatalkan"_s, u"belum_selesai"_s };
    QList<QStringList> rows;
    rows.append(QStringList { u"dari"_s, u"sampai"_s } + countHeader);
    rows.append(QStringList { from.toString(Qt::ISODate), to.toString(Qt::ISODate) } + countFields(total));
    rows.append(QStringList());
    rows.append(QStringList { u"tanggal"_s } + countHeader);
    for (const Day &d : days)
        rows.append(QStringList { d.date.toString(Qt::ISODate) } + countFields(d.tally));
    rows.append(QStringList());
    rows.append(QStringList { u"kamar"_s } + countHeader);
    for (const Cell &c : cells)
        rows.append(QStringList { c.cell } + countFields(c.tally));
    auto bucketRows = [&](const QString &what, const QString &counted, const QList<Bucket> &buckets) {
        rows.append(QStringList());
        rows.append({ what + u"_menit_dari"_s, what + u"_menit_sampai"_s, counted });
        for (const Bucket &b : buckets)
            rows.append(
                { QString::number(b.fromMinutes), minutesText(b.toMinutes), QString::number(b.count) });
    };
    bucketRows(u"menunggu"_s, u"antrian"_s, waits);
    bucketRows(u"durasi"_s, u"panggilan"_s, durations);
    rows.append(QStringList());
    rows.append(
        { u"bilik"_s, u"nama"_s, u"panggilan"_s, u"menit_jendela"_s, u"menit_panggilan"_s, u"persen"_s });
    for (const Station &st : stations) {
        rows.append({ QString::number(st.number), st.name, QString::number(st.calls),
            QString::number(st.windowMs / 60'000), QString::number(st.inCallMs / 60'000),
            QString::number(std::lround(st.share() * 100)) });
    }
    return rows;
}

} // namespace kj
