#include "Figures.h"

#include "DayKey.h"
#include "Dialect.h"
#include "Sql.h"
#include "VisitingBook.h"

#include "Output.h"

#include "LogbookHistory.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sys/resource.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kj::bench {

namespace {

QString spread(QList<double> values)
{
    if (values.isEmpty())
        return {};
    std::sort(values.begin(), values.end());
    const double p90 = values[std::min<qsizetype>(values.size() - 1, values.size() * 9 / 10)];
    return u"min %1, p90 %2, max %3 ms over %4 runs"_s.arg(values.constFirst(), 0, 'f', 2)
        .arg(p90, 0, 'f', 2)
        .arg(values.constLast(), 0, 'f', 2)
        .arg(values.size());
}

double ms(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

// Prepares, runs and reads every row, as a view filling its model would; returns the rows read.
Result<int> readAll(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto q = Sql::run(db, sql, values);
    if (!q)
        return q.error();
    int rows = 0;
    const int columns = q->record().count();
    while (q->next()) {
        for (int c = 0; c < columns; ++c)
            (void)q->value(c);
        ++rows;
    }
    return rows;
}

Result<QVariantList> column(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    auto q = Sql::run(db, sql, values);
    if (!q)
        return q.error();
    QVariantList list;
    while (q->next())
        list.append(q->value(0));
    return list;
}

// `count` values spread evenly over a column, so repeated runs look up different rows.
Result<QVariantList> spreadSample(const QSqlDatabase &db, const QString &sql, int count)
{
    auto all = column(db, sql);
    if (!all)
        return all;
    QVariantList sample;
    if (all->isEmpty())
        return sample;
    for (int i = 0; i < count; ++i)
        sample.append(all->at(qsizetype((i * 7919LL) % all->size())));
    return sample;
}

Result<Figure> timeQuery(const QSqlDatabase &db, const QString &name, const QString &sql,
    const QList<QVariantList> &runs, double target)
{
    QList<double> times;
    qint64 rows = 0;
    for (const QVariantList &values : runs) {
        QElapsedTimer timer;
        timer.start();
        auto read = readAll(db, sql, values);
        times.append(ms(timer));
        if (!read)
            return read.error();
        rows += *read;
    }
    const double averageRows = runs.isEmpty() ? 0 : double(rows) / runs.size();
    return Figure { name, median(times), u"ms"_s, target,
        spread(times) + u", %1 rows on average"_s.arg(averageRows, 0, 'f', 0) };
}

// The day key (yyyymmdd) of the session in the middle of the history.
Result<int> middleDay(const QSqlDatabase &db)
{
    auto bounds
        = column(db, u"SELECT day FROM sessions WHERE id = (SELECT (min(id) + max(id)) / 2 FROM sessions)"_s);
    if (!bounds)
        return bounds.error();
    if (bounds->isEmpty())
        return Error::integrity(u"bench"_s, u"the logbook has no sessions"_s);
    return bounds->constFirst().toInt();
}

// One visiting-book filter per sampled value, set by `set`.
template<typename Set> QList<VisitingBook::Filter> filtersOf(const QVariantList &values, Set set)
{
    QList<VisitingBook::Filter> filters;
    for (const QVariant &value : values) {
        VisitingBook::Filter filter;
        set(filter, value);
        filters.append(filter);
    }
    return filters;
}

// Times the visiting book's first page (VisitingBook::page, as the console reads it) for each filter.
Result<Figure> timeBook(const Desk &desk, const QString &name, const QList<VisitingBook::Filter> &filters)
{
    QList<double> times;
    qint64 rows = 0;
    for (const VisitingBook::Filter &filter : filters) {
        QElapsedTimer timer;
        timer.start();
        auto page = VisitingBook::page(desk, filter);
        times.append(ms(timer));
        if (!page)
            return page.error();
        rows += page->size();
    }
    const double averageRows = filters.isEmpty() ? 0 : double(rows) / filters.size();
    return Figure { name + u" (visiting book, first page)"_s, median(times), u"ms"_s, 20,
        spread(times) + u", %1 lines on average"_s.arg(averageRows, 0, 'f', 0) };
}

} // namespace

Result<QList<Figure>> Figures::append(int rounds)
{
    // The raw insert runs on the same store: a file beside the logbook, or a table in its database.
    auto location = StoreLocation::parse(m_logbook.path());
    if (!location)
        return location.error();
    const bool server = location->postgres;
    const QString rawPath
        = server ? QString() : QFileInfo(m_logbook.path()).dir().filePath(u"raw-insert-bench.sqlite"_s);
    auto removeRaw = [&] {
        for (const QString &suffix : { u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s })
            QFile::remove(rawPath + suffix);
    };
    if (!server)
        removeRaw();
    const QString connection = u"bench-raw"_s;
    QList<double> logbookTimes;
    QList<double> rawTimes;
    // PostgreSQL: what each way of serialising the writers adds to a raw insert (the logbook takes
    // the advisory lock; a row lock on meta is the other way).
    QList<double> advisoryTimes;
    QList<double> rowLockTimes;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(server ? u"QPSQL"_s : u"QSQLITE"_s, connection);
        StoreLocation rawLocation = *location;
        rawLocation.database = server ? location->database : rawPath;
        if (auto opened = Dialect::of(rawLocation).open(raw, rawLocation, 5000); !opened)
            return opened.error();
        QSqlQuery q(raw);
        const QStringList setup = server
            ? QStringList { u"SET synchronous_commit = on"_s, u"DROP TABLE IF EXISTS raw_insert_bench"_s,
                  u"CREATE TABLE raw_insert_bench(id BIGSERIAL PRIMARY KEY, at BIGINT NOT NULL, "
                  "payload TEXT NOT NULL)"_s }
            : QStringList { u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = FULL"_s,
                  u"PRAGMA busy_timeout = 5000"_s,
                  u"CREATE TABLE raw_insert_bench(id INTEGER PRIMARY KEY, at INTEGER NOT NULL, "
                  "payload TEXT NOT NULL)"_s };
        for (const QString &sql : setup) {
            if (!q.exec(sql))
                return databaseError(q.lastError(), sql);
        }
        QSqlQuery insert(raw);
        insert.prepare(u"INSERT INTO raw_insert_bench(at, payload) VALUES (?, ?)"_s);

        // Both paths alternate, so a disk that slows down or speeds up affects them alike.
        const int warmup = 10;
        for (int i = 0; i < warmup + rounds; ++i) {
            m_clock.advanceMs(1'000);
            const QJsonObject payload { { u"from"_s, m_clock.nowUtc().toString(Qt::ISODate) },
                { u"jump"_s, i } };
            auto timeLogbook = [&]() -> Result<void> {
                QElapsedTimer timer;
                timer.start();
                auto r = m_logbook.append({ EventType::ClockJumped, QString(Actor::System), 0, payload });
                if (i >= warmup)
                    logbookTimes.append(ms(timer));
                if (!r)
                    return r.error();
                return {};
            };
            auto timeRaw = [&](const QString &lock, QList<double> &times) -> Result<void> {
                QElapsedTimer timer;
                timer.start();
                if (!q.exec(server ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s))
                    return databaseError(q.lastError(), u"raw begin"_s);
                if (!lock.isEmpty() && !q.exec(lock))
                    return databaseError(q.lastError(), lock);
                insert.addBindValue(m_clock.nowUtc().toMSecsSinceEpoch());
                insert.addBindValue(QString::fromUtf8(canonicalJson(payload)));
                if (!insert.exec())
                    return databaseError(insert.lastError(), u"raw insert"_s);
                if (!q.exec(u"COMMIT"_s))
                    return databaseError(q.lastError(), u"raw commit"_s);
                if (i >= warmup)
                    times.append(ms(timer));
                return {};
            };
            auto first = i % 2 ? timeLogbook() : timeRaw({}, rawTimes);
            if (!first)
                return first.error();
            auto second = i % 2 ? timeRaw({}, rawTimes) : timeLogbook();
            if (!second)
                return second.error();
            if (server) {
                if (auto r = timeRaw(u"SELECT pg_advisory_xact_lock(1)"_s, advisoryTimes); !r)
                    return r.error();
                if (auto r = timeRaw(u"SELECT value FROM meta WHERE key = 'id' FOR UPDATE"_s, rowLockTimes);
                    !r)
                    return r.error();
            }
        }
        insert.finish();
        if (server && !q.exec(u"DROP TABLE raw_insert_bench"_s))
            return databaseError(q.lastError(), u"raw drop"_s);
        q.finish();
    }
    QSqlDatabase::database(connection, false).close();
    QSqlDatabase::removeDatabase(connection);
    if (!server)
        removeRaw();

    const double logbook = median(logbookTimes);
    const double raw = median(rawTimes);
    QList<Figure> figures {
        Figure { u"durable append of one event"_s, logbook, u"ms"_s, std::nullopt,
            u"Logbook::append, "_s + spread(logbookTimes) },
        Figure {
            server ? u"durable append / raw PostgreSQL insert"_s : u"durable append / raw SQLite insert"_s,
            raw > 0 ? logbook / raw : 0, u"x"_s, 1.3,
            u"raw insert median %1 ms, "_s.arg(raw, 0, 'f', 3) + spread(rawTimes) },
    };
    if (server) {
        figures.append(Figure { u"raw insert under pg_advisory_xact_lock"_s, median(advisoryTimes), u"ms"_s,
            std::nullopt, spread(advisoryTimes) });
        figures.append(Figure { u"raw insert under a row lock (meta FOR UPDATE)"_s, median(rowLockTimes),
            u"ms"_s, std::nullopt, spread(rowLockTimes) });
    }
    return figures;
}

Result<Figure> Figures::searchByName(int rounds, bool fullName)
{
    auto names = spreadSample(m_logbook.database(), u"SELECT name FROM wbp ORDER BY id"_s, rounds);
    if (!names)
        return names.error();
    return timeBook(m_desk, fullName ? u"search by full name"_s : u"search by a name word"_s,
        filtersOf(*names, [&](VisitingBook::Filter &f, const QVariant &name) {
            const QStringList words = name.toString().split(u' ', Qt::SkipEmptyParts);
            f.name = fullName ? words.join(u' ') : words.constLast();
        }));
}

Result<Figure> Figures::searchByRegisterNumber(int rounds)
{
    auto numbers = spreadSample(m_logbook.database(), u"SELECT reg_no FROM wbp ORDER BY id"_s, rounds);
    if (!numbers)
        return numbers.error();
    return timeBook(m_desk, u"search by register number"_s,
        filtersOf(*numbers,
            [](VisitingBook::Filter &f, const QVariant &number) { f.registerNumber = number.toString(); }));
}

Result<Figure> Figures::searchByOfficer(int rounds)
{
    auto officers = column(m_logbook.database(),
        u"SELECT DISTINCT officer_id FROM sessions WHERE officer_id IS NOT NULL LIMIT ?"_s, { rounds });
    if (!officers)
        return officers.error();
    return timeBook(m_desk, u"search by officer"_s,
        filtersOf(*officers,
            [](VisitingBook::Filter &f, const QVariant &officer) { f.officerId = officer.toLongLong(); }));
}

Result<Figure> Figures::day(int rounds)
{
    const QSqlDatabase db = m_logbook.database();
    auto middle = middleDay(db);
    if (!middle)
        return middle.error();
    auto days = column(
        db, u"SELECT DISTINCT day FROM sessions WHERE day >= ? ORDER BY day LIMIT ?"_s, { *middle, rounds });
    if (!days)
        return days.error();
    return timeBook(m_desk, u"one day's sessions (from %1)"_s.arg(*middle),
        filtersOf(*days,
            [](VisitingBook::Filter &f, const QVariant &day) { f.from = f.to = dayFromKey(day.toInt()); }));
}

Result<Figure> Figures::month(int rounds)
{
    const QSqlDatabase db = m_logbook.database();
    auto middle = middleDay(db);
    if (!middle)
        return middle.error();
    QList<QVariantList> runs;
    QDate first(*middle / 10000, *middle / 100 % 100, 1);
    for (int i = 0; i < rounds; ++i) {
        const QDate from = first.addMonths(i);
        const QDate to = from.addMonths(1).addDays(-1);
        runs.append({ from.year() * 10000 + from.month() * 100 + from.day(),
            to.year() * 10000 + to.month() * 100 + to.day() });
    }
    return timeQuery(db, u"a month's recap (from %1)"_s.arg(first.toString(u"yyyy-MM"_s)),
        u"SELECT cell, coalesce(outcome, ''), count(*), avg(duration_ms) FROM sessions "
        "WHERE day BETWEEN ? AND ? GROUP BY cell, outcome ORDER BY cell, outcome"_s,
        runs, 100);
}

Result<Figure> Figures::verify()
{
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuSeconds();
    auto report = m_logbook.verify();
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double cpu = cpuSeconds() - cpuBefore;
    if (!report)
        return report.error();
    if (!report->ok()) {
        return Error::integrity(
            u"bench-verify"_s, u"the logbook does not verify: %1"_s.arg(report->problem()));
    }
    // Issue 12: the chain, every projection row replayed and compared, the personal data and the
    // schema, within 10 s at a million sessions.
    return Figure { u"whole verify (chain, tables, personal data, schema)"_s, seconds, u"s"_s, 10.0,
        u"%1 events, %2 µs per event, %3 s CPU"_s.arg(report->events)
            .arg(report->events ? seconds * 1e6 / double(report->events) : 0, 0, 'f', 2)
            .arg(cpu, 0, 'f', 2) };
}

Result<Figure> Figures::bytesPerSession()
{
    const QSqlDatabase db = m_logbook.database();
    const bool server = db.driverName() == u"QPSQL";
    if (auto flushed = m_logbook.flushToDisk(); !flushed)
        return flushed.error();
    auto sessions = column(db, u"SELECT count(*) FROM sessions"_s);
    if (!sessions)
        return sessions.error();
    auto events = column(db, u"SELECT count(*) FROM events"_s);
    if (!events)
        return events.error();
    const qint64 count = sessions->value(0).toLongLong();
    qint64 bytes = 0;
    if (server) {
        auto size = column(db, u"SELECT pg_database_size(current_database())"_s);
        if (!size)
            return size.error();
        bytes = size->value(0).toLongLong();
    } else {
        bytes = QFileInfo(m_logbook.path()).size() + QFileInfo(m_logbook.path() + u"-wal"_s).size();
    }
    // The 400 B target is the file's. A server keeps a 28-byte header and slot for every row (5.4
    // events a session) and pages of its own; #14 asks for its figure, not a target.
    return Figure { server ? u"database bytes per session"_s : u"file bytes per session"_s,
        count ? double(bytes) / double(count) : 0, u"B"_s, server ? std::nullopt : std::optional(400.0),
        u"%1 MB for %2 sessions, %3 events (%4 per session)"_s.arg(bytes / 1e6, 0, 'f', 1)
            .arg(count)
            .arg(events->value(0).toLongLong())
            .arg(count ? events->value(0).toDouble() / double(count) : 0, 0, 'f', 2) };
}

QStringList Figures::sizeBreakdown() const
{
    QSqlQuery q(m_logbook.database());
    q.setForwardOnly(true);
    QStringList lines;
    const bool server = m_logbook.database().driverName() == u"QPSQL";
    if (!q.exec(server
                ? u"SELECT relname, pg_relation_size(oid), reltuples::bigint, pg_relation_size(oid) FROM "
                  u"pg_class "
                  "WHERE relnamespace = current_schema()::regnamespace AND relkind IN ('r', 'i') "
                  "ORDER BY 2 DESC"_s
                : u"SELECT name, sum(pgsize), sum(ncell), sum(payload) FROM dbstat GROUP BY name ORDER BY 2 DESC"_s))
        return lines;
    while (q.next()) {
        lines.append(u"%1: %2 MB in pages, %3 MB payload, %4 cells"_s.arg(q.value(0).toString())
                         .arg(q.value(1).toDouble() / 1e6, 0, 'f', 1)
                         .arg(q.value(3).toDouble() / 1e6, 0, 'f', 1)
                         .arg(q.value(2).toLongLong()));
    }
    return lines;
}

Figure Figures::peakRss()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return Figure { u"peak RSS"_s, double(usage.ru_maxrss) / 1024.0, u"MB"_s, std::nullopt,
        u"getrusage ru_maxrss"_s };
}

} // namespace kj::bench
