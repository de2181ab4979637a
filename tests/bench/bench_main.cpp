// kunjungan-bench: writes a logbook of N visiting sessions through the real write path and prints the
// figures the logbook is held to (issue 3, "Benchmark"), each with its target and whether it is met.

#include "Clock.h"
#include "Desk.h"
#include "Figures.h"
#include "Logbook.h"
#include "LogbookHistory.h"
#include "Output.h"
#include "Schedule.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

using kj::bench::err;
using kj::bench::out;

void print(const kj::bench::Figure &f)
{
    QString line
        = u"%1 %2 %3"_s.arg(f.name, -44).arg(f.value, 10, 'f', f.unit == u"x" ? 2 : 3).arg(f.unit, -3);
    if (f.target) {
        line += u"  target <= %1 %2"_s.arg(*f.target, 0, 'g', 4).arg(f.unit, -3);
        line += f.met()
            ? u"  met    "_s
            : u"  MISSED by %1%"_s.arg((f.value / *f.target - 1) * 100, 0, 'f', 0).leftJustified(9);
    } else {
        line += QString(30, u' ');
    }
    line += u"  ("_s + f.detail + u')';
    out() << line << Qt::endl;
}

int fail(const kj::Error &error)
{
    err() << "kunjungan-bench: " << error.message;
    if (!error.detail.isEmpty())
        err() << " [" << error.detail << "]";
    err() << Qt::endl;
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"kunjungan-bench"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Writes a logbook of N visiting sessions ending today and times the desk's reads and writes."_s);
    parser.addHelpOption();
    const QCommandLineOption sessionsOption(
        u"sessions"_s, u"Sessions to write (default 1000000)."_s, u"N"_s, u"1000000"_s);
    const QCommandLineOption dbOption(u"db"_s,
        u"Keep the logbook in this file, or in this empty postgresql:// database (default: a temporary "
        "folder)."_s,
        u"PATH"_s);
    const QCommandLineOption reuseOption(
        u"reuse"_s, u"Measure the existing --db file again without writing."_s);
    const QCommandLineOption seedOption(
        u"seed"_s, u"Seed of the simulated history."_s, u"N"_s, u"20261128"_s);
    const QCommandLineOption roundsOption(u"rounds"_s,
        u"Single-event appends to time (default 200, fewer for a "
        "small logbook)."_s,
        u"N"_s);
    parser.addOptions({ sessionsOption, dbOption, reuseOption, seedOption, roundsOption });
    parser.process(app);

    bool ok = false;
    const qint64 sessions = parser.value(sessionsOption).toLongLong(&ok);
    if (!ok || sessions < 1) {
        err() << "kunjungan-bench: --sessions needs a positive number" << Qt::endl;
        return 2;
    }
    // A tiny logbook is a smoke run: a few seconds, not a measurement.
    const int rounds = parser.isSet(roundsOption) ? parser.value(roundsOption).toInt(&ok)
                                                  : int(std::clamp<qint64>(sessions / 5, 20, 200));
    if (!ok || rounds < 1) {
        err() << "kunjungan-bench: --rounds needs a positive number" << Qt::endl;
        return 2;
    }
    const bool reuse = parser.isSet(reuseOption);
    QTemporaryDir temporary;
    QString path;
    if (parser.isSet(dbOption) && parser.value(dbOption).startsWith(u"postgresql://"_s)) {
        // A database server's: an empty database, or one written before with --reuse.
        path = parser.value(dbOption);
    } else if (parser.isSet(dbOption)) {
        path = QFileInfo(parser.value(dbOption)).absoluteFilePath();
        if (QFileInfo::exists(path) != reuse) {
            err() << "kunjungan-bench: " << path
                  << (reuse ? " does not exist" : " already exists (pass --reuse to measure it again)")
                  << Qt::endl;
            return 2;
        }
    } else if (reuse) {
        err() << "kunjungan-bench: --reuse needs --db" << Qt::endl;
        return 2;
    } else {
        if (!temporary.isValid()) {
            err() << "kunjungan-bench: no temporary folder" << Qt::endl;
            return 1;
        }
        path = temporary.filePath(u"logbook.sqlite"_s);
    }

    // Today in the facility's zone; from there on, the logbook's time is simulated.
    const kj::SystemClock system;
    const QDate today = kj::Schedule().localDate(system.nowUtc());
    kj::FakeClock clock(QDateTime(today.addYears(-21), QTime(0, 0), Qt::UTC));

    auto opened = kj::Logbook::open(path, clock, kj::Logbook::Options { true, 5000, 0, {} });
    if (!opened)
        return fail(opened.error());
    kj::Logbook &logbook = **opened;
    if (!reuse && logbook.lastSeq() > 0) {
        err() << "kunjungan-bench: " << path << " already holds a logbook (pass --reuse to measure it again)"
              << Qt::endl;
        return 2;
    }
    kj::Desk desk(logbook, clock);
    out() << "# logbook " << path << Qt::endl;

    if (reuse) {
        QSqlQuery q(logbook.database());
        if (q.exec(u"SELECT max(at) FROM events"_s) && q.next())
            clock.advanceTo(QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong() + 60'000, Qt::UTC));
    } else {
        kj::bench::HistoryOptions options;
        options.sessions = sessions;
        options.seed = parser.value(seedOption).toULongLong();
        options.deskSessions = int(std::clamp<qint64>(sessions / 10, 10, options.deskSessions));
        kj::bench::LogbookHistory history(logbook, desk, clock, options);
        auto built = history.build(today, [](const QString &line) { err() << "  " << line << Qt::endl; });
        if (!built)
            return fail(built.error());
        const auto &r = *built;
        out() << "# history " << r.first.toString(Qt::ISODate) << " to " << r.last.toString(Qt::ISODate)
              << ": " << r.days << " visiting days, " << r.sessions << " sessions, " << r.wbp
              << " WBP over the years" << Qt::endl;
        auto path = [](const QString &what, qint64 count, double seconds, double cpu) {
            const double n = count ? double(count) : 1.0;
            out() << u"# %1: %2 sessions in %3 s (%4 s CPU), %5 ms per session (%6 ms CPU)"_s.arg(what)
                         .arg(count)
                         .arg(seconds, 0, 'f', 1)
                         .arg(cpu, 0, 'f', 1)
                         .arg(seconds * 1e3 / n, 0, 'f', 3)
                         .arg(cpu * 1e3 / n, 0, 'f', 3)
                  << Qt::endl;
        };
        path(u"bulk path (one Logbook::write per day)"_s, r.bulkSessions, r.bulkSeconds, r.bulkCpuSeconds);
        path(u"Desk path (last day, one transaction per action)"_s, r.deskSessions, r.deskSeconds,
            r.deskCpuSeconds);
        out() << u"# roster and contact imports through the Desk: %1 s"_s.arg(r.rosterSeconds, 0, 'f', 1)
              << Qt::endl;
    }

    QFile loadavg(u"/proc/loadavg"_s);
    if (loadavg.open(QIODevice::ReadOnly))
        out() << "# load average before measuring: " << loadavg.readAll().trimmed() << Qt::endl;
    if (auto loaded = desk.load(false); !loaded)
        return fail(loaded.error());
    kj::bench::Figures figures(logbook, desk, clock);
    auto appended = figures.append(rounds);
    if (!appended)
        return fail(appended.error());
    for (const auto &f : *appended)
        print(f);
    for (auto measure : { &kj::bench::Figures::searchByNameWord, &kj::bench::Figures::searchByFullName,
             &kj::bench::Figures::searchByRegisterNumber, &kj::bench::Figures::searchByOfficer,
             &kj::bench::Figures::day }) {
        auto f = (figures.*measure)(30);
        if (!f)
            return fail(f.error());
        print(*f);
    }
    auto month = figures.month(12);
    if (!month)
        return fail(month.error());
    print(*month);
    auto verified = figures.verify();
    if (!verified)
        return fail(verified.error());
    print(*verified);
    auto bytes = figures.bytesPerSession();
    if (!bytes)
        return fail(bytes.error());
    print(*bytes);
    print(kj::bench::Figures::peakRss());
    for (const QString &line : figures.sizeBreakdown())
        out() << "#   " << line << Qt::endl;
    return 0;
}
