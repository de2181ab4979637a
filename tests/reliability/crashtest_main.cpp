// kunjungan-crashtest: the logbook's promise under power cuts. A child process (this program with
// the hidden --child option) runs a random service day on a real file and prints every event it
// has seen committed; the parent kills it with SIGKILL at random moments, and after every kill
// checks the file as the next start would find it (see LogbookCheck.h). With --crash-server and
// --start-server (a logbook on PostgreSQL), each round instead crashes the database server under
// the writer (e.g. `pg_ctl stop -m immediate`), starts it again, and checks the same way.
#include "LogbookCheck.h"
#include "ScaledClock.h"
#include "ServiceDay.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace kj;
using namespace kj::reliability;

namespace {

// Monday 30 November 2026, 09.00 WIB: the simulated day starts here whatever the real date is.
const QDateTime origin(QDate(2026, 11, 30), QTime(2, 0), Qt::UTC);

struct Totals
{
    int rounds = 0;
    qint64 acknowledged = 0;
    qint64 lost = 0;
    int killedByTime = 0;
    int killedByAcks = 0;
    int openCalls = 0;
    int resumed = 0;
    int interrupted = 0;
    int failures = 0;
};

// Reads "ack SEQ HASH" lines; anything else the child says is kept for the report.
void readAcks(QProcess &child, QByteArray &pending, QMap<qint64, QByteArray> &acks, qint64 &roundAcks,
    QStringList &problems)
{
    pending += child.readAllStandardOutput();
    for (qsizetype nl = pending.indexOf('\n'); nl >= 0; nl = pending.indexOf('\n')) {
        const QByteArray line = pending.left(nl);
        pending.remove(0, nl + 1);
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 3 && parts[0] == "ack") {
            const qint64 seq = parts[1].toLongLong();
            if (acks.contains(seq) && acks.value(seq) != parts[2])
                problems.append(u"seq %1 acknowledged twice with different hashes"_s.arg(seq));
            acks.insert(seq, parts[2]);
            ++roundAcks;
        }
    }
}

// The database server's crash and start, as shell commands (empty: the writer is killed instead).
struct ServerCommands
{
    QString crash;
    QString start;
    bool enabled() const { return !crash.isEmpty(); }
};

bool runShell(const QString &command, QStringList &problems)
{
    QProcess shell;
    shell.start(u"/bin/sh"_s, { u"-c"_s, command });
    if (!shell.waitForFinished(120'000) || shell.exitStatus() != QProcess::NormalExit
        || shell.exitCode() != 0) {
        problems.append(u"\"%1\" failed: %2"_s.arg(command,
            QString::fromLocal8Bit(shell.readAllStandardError() + shell.readAllStandardOutput()).trimmed()));
        return false;
    }
    return true;
}

int runParent(
    const QString &db, int rounds, quint32 seed, int speed, bool verbose, const ServerCommands &server)
{
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        std::fprintf(stderr, "no temporary folder\n");
        return 2;
    }
    const QString path = db.isEmpty() ? scratch.filePath(u"logbook.sqlite"_s) : db;
    const qint64 originRealMs = SystemClock().nowUtc().toMSecsSinceEpoch();
    ScaledClock clock(origin, originRealMs, speed);
    QRandomGenerator rng(seed);
    QMap<qint64, QByteArray> acks; // every event acknowledged so far: seq → hex hash
    Totals totals;
    QElapsedTimer elapsed;
    elapsed.start();

    for (int round = 1; round <= rounds; ++round) {
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QCoreApplication::applicationFilePath(),
            { u"--child"_s, path, u"--seed"_s, QString::number(rng.generate()), u"--origin-real-ms"_s,
                QString::number(originRealMs), u"--speed"_s, QString::number(speed), u"--downtime-ms"_s,
                QString::number(clock.downtimeMs()) });
        if (!child.waitForStarted(10'000)) {
            std::fprintf(stderr, "round %d: the child did not start\n", round);
            return 2;
        }
        // Half the kills come after a random time, half after a random number of acknowledgements.
        const bool byTime = rng.bounded(2) == 0;
        const qint64 killAfterMs = 5 + rng.bounded(400);
        const qint64 killAfterAcks = 1 + rng.bounded(60);
        QElapsedTimer roundTime;
        roundTime.start();
        QByteArray pending;
        qint64 roundAcks = 0;
        QStringList problems;
        bool exitedByItself = false;
        for (;;) {
            const qint64 waitMs = byTime ? qMax<qint64>(0, killAfterMs - roundTime.elapsed()) : 50;
            child.waitForReadyRead(int(qMin<qint64>(waitMs, 50)));
            readAcks(child, pending, acks, roundAcks, problems);
            if (child.state() == QProcess::NotRunning) {
                exitedByItself = true;
                break;
            }
            if ((byTime && roundTime.elapsed() >= killAfterMs) || (!byTime && roundAcks >= killAfterAcks))
                break;
            if (roundTime.elapsed() > 60'000) {
                problems.append(u"the child made no progress for a minute"_s);
                break;
            }
        }
        const qint64 stoppedAfterMs = roundTime.elapsed(); // before the server's crash and start
        if (server.enabled() && !exitedByItself) {
            // The server goes down under the writer, which then finds its connection gone.
            runShell(server.crash, problems);
            child.waitForFinished(2'000);
        }
        child.kill();
        child.waitForFinished(10'000);
        readAcks(child, pending, acks, roundAcks, problems); // lines already in the pipe count too
        (byTime ? totals.killedByTime : totals.killedByAcks)++;
        if (server.enabled() && !runShell(server.start, problems))
            return 2; // no server, nothing more to check
        if (exitedByItself) {
            problems.append(u"the child stopped by itself (exit %1): %2"_s.arg(child.exitCode())
                                .arg(QString::fromUtf8(child.readAllStandardError()).trimmed()));
        }
        totals.acknowledged += roundAcks;

        // Now and then the power stays off for a while: calls open at the cut may have run out.
        if (rng.bounded(4) == 0)
            clock.setDowntimeMs(clock.downtimeMs() + rng.bounded(3 * 60'000));
        const CheckReport report = checkAfterKill(path, clock, acks, scratch.path());
        problems += report.failures;
        totals.lost = report.lost; // every acknowledged event so far is checked each round
        totals.openCalls += report.openCalls;
        totals.resumed += report.resumed;
        totals.interrupted += report.interrupted;
        ++totals.rounds;
        if (verbose || !problems.isEmpty()) {
            std::printf("round %d: killed after %lld ms (%s), %lld acks, %lld events, %d open calls\n", round,
                stoppedAfterMs, byTime ? "timer" : "ack count", roundAcks, report.events, report.openCalls);
        }
        for (const QString &p : std::as_const(problems))
            std::printf("  FAIL: %s\n", qPrintable(p));
        if (!problems.isEmpty())
            ++totals.failures;
        std::fflush(stdout);
    }
    std::printf("rounds %d, events acknowledged %lld, events lost %lld, rounds failing a check %d, "
                "kills by timer %d, by ack count %d, open calls at a kill %d (resumed %d, interrupted %d), "
                "events in the logbook %lld, %.1f s\n",
        totals.rounds, totals.acknowledged, totals.lost, totals.failures, totals.killedByTime,
        totals.killedByAcks, totals.openCalls, totals.resumed, totals.interrupted, qint64(acks.size()),
        double(elapsed.elapsed()) / 1000.0);
    return totals.lost == 0 && totals.failures == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Kills a process writing the logbook at random moments and checks that "
                                     "no acknowledged event is ever lost."_s);
    parser.addHelpOption();
    const QCommandLineOption roundsOption(
        u"rounds"_s, u"Kill and check N times (default 200)."_s, u"N"_s, u"200"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Random seed (default 1)."_s, u"S"_s, u"1"_s);
    const QCommandLineOption dbOption(u"db"_s,
        u"Logbook file, or an empty postgresql:// database, to use (default: a temporary file)."_s,
        u"PATH"_s);
    const QCommandLineOption speedOption(
        u"speed"_s, u"Simulated seconds per real second (default 10)."_s, u"F"_s, u"10"_s);
    const QCommandLineOption verboseOption(u"verbose"_s, u"Print a line per round."_s);
    const QCommandLineOption crashServerOption(u"crash-server"_s,
        u"Instead of killing the writer, crash the database server under it with this shell command "
        "(e.g. \"pg_ctl -D DIR stop -m immediate\"); needs --start-server."_s,
        u"COMMAND"_s);
    const QCommandLineOption startServerOption(u"start-server"_s,
        u"The shell command that starts the server again after each crash."_s, u"COMMAND"_s);
    QCommandLineOption childOption(
        u"child"_s, u"(internal) run the service day on DB until killed."_s, u"DB"_s);
    childOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption originOption(u"origin-real-ms"_s, u"(internal)"_s, u"MS"_s);
    originOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption downtimeOption(u"downtime-ms"_s, u"(internal)"_s, u"MS"_s, u"0"_s);
    downtimeOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({ roundsOption, seedOption, dbOption, speedOption, verboseOption, crashServerOption,
        startServerOption, childOption, originOption, downtimeOption });
    parser.process(app);

    bool ok = true;
    const quint32 seed = parser.value(seedOption).toUInt(&ok);
    const int speed = parser.value(speedOption).toInt();
    if (!ok || speed < 1) {
        std::fprintf(stderr, "bad --seed or --speed\n");
        return 1;
    }
    if (parser.isSet(childOption)) {
        ScaledClock clock(origin, parser.value(originOption).toLongLong(), speed);
        clock.setDowntimeMs(parser.value(downtimeOption).toLongLong());
        return runServiceDay(parser.value(childOption), clock, seed);
    }
    const int rounds = parser.value(roundsOption).toInt(&ok);
    if (!ok || rounds < 1) {
        std::fprintf(stderr, "bad --rounds\n");
        return 1;
    }
    const ServerCommands server { parser.value(crashServerOption), parser.value(startServerOption) };
    if (server.crash.isEmpty() != server.start.isEmpty() || (server.enabled() && !parser.isSet(dbOption))) {
        std::fprintf(stderr, "--crash-server and --start-server go together, with --db naming the server\n");
        return 1;
    }
    return runParent(parser.value(dbOption), rounds, seed, speed, parser.isSet(verboseOption), server);
}
