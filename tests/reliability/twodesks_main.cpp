// kunjungan-twodesks: two desk PCs and one kiosk on one logbook, three real processes. The kiosk
// signs WBP in as fast as it can; each desk calls the next ticket at its own station and frees
// the station again, as fast as it can. Every ticket must be called exactly once: two officers
// calling from one queue never call the same ticket. Exit 0 when that held for every ticket.
#include "Clock.h"
#include "Desk.h"
#include "Logbook.h"
#include "ServiceDay.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMap>
#include <QProcess>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace kj;
using namespace kj::reliability;

namespace {

int runKiosk(const QString &db, int signIns)
{
    const SystemClock clock;
    auto side = openDesk(db, clock);
    if (!side)
        return failed("kiosk", side.error());
    const QList<Wbp> people = busyDayPeople(*side->desk);
    qsizetype next = 0;
    for (int done = 0; done < signIns; ++done) {
        auto ticket = signInNext(*side->desk, people, next);
        if (!ticket)
            return failed("sign-in", ticket.error());
        std::printf("signed %d\n", ticket->number);
        std::fflush(stdout);
    }
    return 0;
}

// Calls and frees its station until killed; each ticket it called on one line.
int runDesk(const QString &db, int station)
{
    const SystemClock clock;
    auto side = openDesk(db, clock);
    if (!side)
        return failed("desk", side.error());
    const QString officer = Actor::officer(1);
    CallDesk &calls = side->desk->calls();
    QTimer turn;
    QObject::connect(&turn, &QTimer::timeout, [&] {
        auto called = calls.callNext(station, officer);
        if (!called) {
            if (fatal(called.error()))
                QCoreApplication::exit(failed("call", called.error()));
            return; // nobody waiting: the next turn looks again
        }
        std::printf("called %d %d\n", called->number, station);
        std::fflush(stdout);
        if (auto freed = calls.noShow(station, officer); !freed)
            QCoreApplication::exit(failed("no-show", freed.error()));
    });
    turn.start(0);
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Two desks and a kiosk on one logbook: no ticket called twice."_s);
    parser.addHelpOption();
    const QCommandLineOption dbOption(
        u"db"_s, u"The logbook: a file or postgresql://… (required)."_s, u"DB"_s);
    const QCommandLineOption countOption(u"sign-ins"_s, u"Sign-ins (default 60)."_s, u"N"_s, u"60"_s);
    QCommandLineOption kioskOption(u"kiosk"_s, u"Run as the kiosk."_s);
    kioskOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption deskOption(u"desk"_s, u"Run as a desk at this station."_s, u"STATION"_s);
    deskOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({ dbOption, countOption, kioskOption, deskOption });
    parser.process(app);
    const QString db = parser.value(dbOption);
    const int signIns = std::max(1, parser.value(countOption).toInt());
    if (db.isEmpty())
        parser.showHelp(2);
    if (parser.isSet(kioskOption))
        return runKiosk(db, signIns);
    if (parser.isSet(deskOption))
        return runDesk(db, parser.value(deskOption).toInt());

    {
        const SystemClock clock;
        auto side = openDesk(db, clock);
        if (!side)
            return failed("set up", side.error());
        if (auto ready = setUpBusyDay(*side->desk); !ready)
            return failed("set up", ready.error());
    }
    QMap<int, QList<int>> calledBy; // ticket → the stations that called it
    QList<int> signedIn;
    bool kioskDone = false;
    int exitCode = 0;
    // Done once the kiosk has finished and every ticket it signed in was called (in either order).
    auto checkDone = [&] {
        if (kioskDone && calledBy.size() >= signedIn.size())
            QCoreApplication::exit(0);
    };
    auto start = [&](QProcess &p, const QStringList &role) {
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        auto pending = std::make_shared<QByteArray>();
        QObject::connect(&p, &QProcess::readyReadStandardOutput, [&, pending, process = &p] {
            *pending += process->readAllStandardOutput();
            qsizetype end;
            while ((end = pending->indexOf('\n')) >= 0) {
                const QList<QByteArray> words = pending->left(end).split(' ');
                pending->remove(0, end + 1);
                if (words.value(0) == "signed")
                    signedIn.append(words.value(1).toInt());
                else if (words.value(0) == "called")
                    calledBy[words.value(1).toInt()].append(words.value(2).toInt());
            }
            checkDone();
        });
        p.start(QCoreApplication::applicationFilePath(), QStringList { u"--db"_s, db } + role);
    };
    QProcess kiosk;
    QProcess deskA;
    QProcess deskB;
    QObject::connect(&kiosk, &QProcess::finished, [&](int code, QProcess::ExitStatus status) {
        kioskDone = true;
        if (status != QProcess::NormalExit || code != 0) {
            exitCode = 3;
            QCoreApplication::exit(3);
            return;
        }
        checkDone();
    });
    for (QProcess *desk : { &deskA, &deskB }) {
        QObject::connect(desk, &QProcess::finished, [&] {
            exitCode = 3; // a desk stops only when it fails
            QCoreApplication::exit(3);
        });
    }
    start(deskA, { u"--desk"_s, u"1"_s });
    start(deskB, { u"--desk"_s, u"2"_s });
    start(kiosk, { u"--kiosk"_s, u"--sign-ins"_s, QString::number(signIns) });
    QTimer::singleShot(120'000, [&] {
        std::fprintf(stderr, "not every ticket was called within 2 minutes\n");
        exitCode = 3;
        QCoreApplication::exit(3);
    });
    app.exec();
    for (QProcess *desk : { &deskA, &deskB }) {
        QObject::disconnect(desk, &QProcess::finished, nullptr, nullptr);
        desk->kill();
        desk->waitForFinished();
    }
    kiosk.waitForFinished();

    int twice = 0;
    QMap<int, int> byStation;
    for (auto it = calledBy.cbegin(); it != calledBy.cend(); ++it) {
        if (it.value().size() > 1) {
            ++twice;
            std::printf("ticket %d called %lld times\n", it.key(), static_cast<long long>(it.value().size()));
        }
        for (int station : it.value())
            ++byStation[station];
    }
    std::printf("# logbook %s\n%lld tickets signed in, %lld called (station 1: %d, station 2: %d), %d called "
                "twice\n",
        qPrintable(db), static_cast<long long>(signedIn.size()), static_cast<long long>(calledBy.size()),
        byStation.value(1), byStation.value(2), twice);
    if (exitCode != 0)
        return exitCode;
    return twice == 0 && calledBy.size() == signedIn.size() ? 0 : 3;
}
