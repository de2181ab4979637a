#include "VisitStatistics.h"

#include "CsvLine.h"
#include "Desk.h"
#include "Projector.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace kj {

namespace {

QList<VisitStatistics::Bucket> bucketsFor(const QList<int> &edges)
{
    QList<VisitStatistics::Bucket> buckets;
    for (qsizetype i = 0; i < edges.size(); ++i)
        buckets.append({edges[i], i + 1 < edges.size() ? edges[i + 1] : 0, 0});
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
            windows.append({start, end});
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

bool cellBefore(const QString &a, const QString &b)
{
    bool aNumber = false;
    bool bNumber = false;
    const int x = a.toInt(&aNumber);
    const int y = b.toInt(&bNumber);
    if (aNumber && bNumber && x != y)
        return x < y;
    if (aNumber != bNumber)
        return aNumber;
    return a < b;
}

QString minutesText(int minutes)
{
    return minutes > 0 ? QString::number(minutes) : QString();
}

} // namespace

const QList<int> &VisitStatistics::waitEdges()
{
    static const QList<int> edges = {0, 5, 10, 15, 30, 45, 60};
    return edges;
}

const QList<int> &VisitStatistics::durationEdges()
{
    static const QList<int> edges = {0, 2, 4, 5, 6, 8, 10};
    return edges;
}

Result<VisitStatistics> VisitStatistics::compute(const Desk &desk, QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid() || to < from || from.daysTo(to) > 3660) {
        return Error{ErrorKind::InvalidInput, u"bad-range"_s,
                     tr("Choose a first day on or before the last day, at most ten years apart.")};
    }
    VisitStatistics s;
    s.from = from;
    s.to = to;
    s.waits = bucketsFor(waitEdges());
    s.durations = bucketsFor(durationEdges());
    const Schedule &schedule = desk.schedule();
    const qint64 nowMs = desk.clock().nowUtc().toMSecsSinceEpoch();
    const QDate today = schedule.localDate(desk.clock().nowUtc());

    QMap<QDate, Count> byDay;
    QMap<QString, Count> byCell;
    QMap<int, Station> stations;
    const QStringList names = desk.settings().stations;
    for (int i = 0; i < names.size(); ++i)
        stations.insert(i + 1, Station{i + 1, names[i]});
    QHash<int, QList<std::pair<qint64, qint64>>> windows; // by day key
    qint64 windowMs = 0;
    for (QDate day = from; day <= to && day <= today; day = day.addDays(1)) {
        if (!schedule.dayPlan(day).isServiceDay())
            continue;
        byDay.insert(day, {});
        const auto w = windowsOf(schedule, day, nowMs);
        windows.insert(Projector::dayKey(day), w);
        windowMs += overlapMs(w, 0, nowMs);
    }

    QSqlQuery q(desk.logbook().database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT day, cell, station, signed_in, called, started, ended, duration_ms, outcome "
              "FROM sessions WHERE day BETWEEN ? AND ?"_s);
    q.addBindValue(Projector::dayKey(from));
    q.addBindValue(Projector::dayKey(to));
    if (!q.exec())
        return databaseError(q.lastError(), u"statistics"_s);
    while (q.next()) {
        const int dayKey = q.value(0).toInt();
        Count &day = byDay[Projector::dayFromKey(dayKey)];
        Count &cell = byCell[q.value(1).toString()];
        const int station = q.value(2).toInt();
        const QString outcome = q.value(8).toString();
        int Count::*kind = &Count::open;
        if (!q.value(5).isNull()) {
            kind = &Count::calls;
            if (!q.value(7).isNull()) {
                addTo(s.durations, q.value(7).toLongLong());
                s.totalDurationMs += q.value(7).toLongLong();
            }
            if (station > 0) {
                auto it = stations.find(station);
                if (it == stations.end())
                    it = stations.insert(station, Station{station, QString::number(station)});
                ++it->calls;
                const qint64 ended = q.value(6).isNull() ? nowMs : q.value(6).toLongLong();
                const auto w = windows.constFind(dayKey);
                if (w != windows.cend())
                    it->inCallMs += overlapMs(*w, q.value(5).toLongLong(), ended);
            }
        } else if (outcome == u"no-show") {
            kind = &Count::noShows;
        } else if (outcome == u"no-answer") {
            kind = &Count::noAnswers;
        } else if (outcome == u"cancelled") {
            kind = &Count::cancelled;
        }
        for (Count *c : {&day, &cell, &s.total}) {
            ++c->tickets;
            ++(c->*kind);
        }
        if (!q.value(4).isNull()) {
            const qint64 wait = q.value(4).toLongLong() - q.value(3).toLongLong();
            addTo(s.waits, wait);
            s.totalWaitMs += std::max<qint64>(0, wait);
            ++s.waited;
        }
    }

    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it)
        s.days.append({it.key(), it.value()});
    for (auto it = byCell.cbegin(); it != byCell.cend(); ++it)
        s.cells.append({it.key(), it.value()});
    std::sort(s.cells.begin(), s.cells.end(), [](const Cell &a, const Cell &b) { return cellBefore(a.cell, b.cell); });
    for (Station station : std::as_const(stations)) {
        station.windowMs = windowMs;
        s.stations.append(station);
    }
    return s;
}

QByteArray VisitStatistics::toCsv() const
{
    QString text;
    auto countFields = [](const Count &c) {
        return QStringList{QString::number(c.tickets), QString::number(c.calls), QString::number(c.noShows),
                           QString::number(c.noAnswers), QString::number(c.cancelled), QString::number(c.open)};
    };
    const QStringList countHeader = {u"antrian"_s, u"panggilan"_s, u"tidak_hadir"_s, u"tidak_tersambung"_s,
                                     u"dibatalkan"_s, u"belum_selesai"_s};
    text += csvLine(QStringList{u"dari"_s, u"sampai"_s} + countHeader);
    text += csvLine(QStringList{from.toString(Qt::ISODate), to.toString(Qt::ISODate)} + countFields(total));
    text += u"\r\n"_s + csvLine(QStringList{u"tanggal"_s} + countHeader);
    for (const Day &d : days)
        text += csvLine(QStringList{d.date.toString(Qt::ISODate)} + countFields(d.count));
    text += u"\r\n"_s + csvLine(QStringList{u"kamar"_s} + countHeader);
    for (const Cell &c : cells)
        text += csvLine(QStringList{c.cell} + countFields(c.count));
    text += u"\r\n"_s + csvLine({u"menunggu_menit_dari"_s, u"menunggu_menit_sampai"_s, u"antrian"_s});
    for (const Bucket &b : waits)
        text += csvLine({QString::number(b.fromMinutes), minutesText(b.toMinutes), QString::number(b.count)});
    text += u"\r\n"_s + csvLine({u"durasi_menit_dari"_s, u"durasi_menit_sampai"_s, u"panggilan"_s});
    for (const Bucket &b : durations)
        text += csvLine({QString::number(b.fromMinutes), minutesText(b.toMinutes), QString::number(b.count)});
    text += u"\r\n"_s
        + csvLine({u"bilik"_s, u"nama"_s, u"panggilan"_s, u"menit_jendela"_s, u"menit_panggilan"_s, u"persen"_s});
    for (const Station &st : stations) {
        text += csvLine({QString::number(st.number), st.name, QString::number(st.calls),
                         QString::number(st.windowMs / 60'000), QString::number(st.inCallMs / 60'000),
                         QString::number(std::lround(st.share() * 100))});
    }
    return utf8Bom + text.toUtf8();
}

} // namespace kj
