// kunjungan-notify-bench: how soon does one PC see what another wrote? Two real processes on one
// logbook: the kiosk (a child of this program) signs WBP in one after the other; the desk (this
// program) sees each ticket arrive in its queue and calls it; the kiosk sees the call on its "now
// calling" board and signs the next one in. Each side takes the time on the machine's monotonic
// clock (shared by both processes) when its commit returned and when the other side's change
// reached its Desk, and the desk prints the latency of both directions (target: 250 ms p99).
// On PostgreSQL the changes come by LISTEN/NOTIFY; on a file, by the 250 ms look at the file.
#include "Clock.h"
#include "Desk.h"
#include "Logbook.h"
#include "ServiceDay.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMap>
#include <QProcess>
#include <QScopedValueRollback>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace kj;
using namespace kj::reliability;

namespace {

const QString officer = Actor::officer(1);
constexpr int station = 1;

// Microseconds on CLOCK_MONOTONIC: the same clock in every process of the machine.
qint64 nowUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

std::optional<Ticket> ticketOf(const Desk &desk, int number)
{
    for (const Ticket &t : desk.calls().queue().tickets()) {
        if (t.number == number)
            return t;
    }
    return std::nullopt;
}

// The kiosk: signs in, waits until the desk has called that ticket, signs the next one in.
int runKiosk(const QString &db, int signIns)
{
    const SystemClock clock;
    auto opened = openDesk(db, clock);
    if (!opened)
        return failed("kiosk open", opened.error());
    Desk &desk = *opened->desk;
    const QList<Wbp> people = busyDayPeople(desk);
    int done = 0;
    qsizetype next = 0;
    int waitingFor = 0;
    auto signInNext = [&] {
        auto ticket = reliability::signInNext(desk, people, next);
        if (!ticket) {
            QCoreApplication::exit(failed("sign-in", ticket.error()));
            return;
        }
        waitingFor = ticket->number;
        std::printf("signed %d %lld\n", waitingFor, nowUs());
        std::fflush(stdout);
    };
    QObject::connect(&desk, &Desk::changed, [&] {
        const std::optional<Ticket> t = ticketOf(desk, waitingFor);
        if (!waitingFor || !t || t->state == TicketState::Waiting)
            return;
        std::printf("seen-call %d %lld\n", waitingFor, nowUs());
        std::fflush(stdout);
        waitingFor = 0;
        if (++done == signIns)
            QCoreApplication::exit(0);
        else
            QTimer::singleShot(0, signInNext);
    });
    QTimer::singleShot(0, signInNext);
    return QCoreApplication::exec();
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto i = qsizetype(std::ceil(p * double(values.size()))) - 1;
    return values[std::clamp<qsizetype>(i, 0, values.size() - 1)];
}

void report(const char *what, const QList<double> &ms)
{
    const double p99 = percentile(ms, 0.99);
    std::printf("%-44s p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms  over %lld   target p99 <= 250 ms  %s\n",
        what, percentile(ms, 0.5), p99, percentile(ms, 1.0), static_cast<long long>(ms.size()),
        p99 <= 250 ? "met" : "MISSED");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Measures how soon the desk sees a kiosk sign-in and the kiosk a call."_s);
    parser.addHelpOption();
    const QCommandLineOption dbOption(
        u"db"_s, u"The logbook: a file or postgresql://… (required)."_s, u"DB"_s);
    const QCommandLineOption countOption(
        u"sign-ins"_s, u"Sign-ins to time (default 200)."_s, u"N"_s, u"200"_s);
    QCommandLineOption kioskOption(u"kiosk"_s, u"Run as the kiosk (the child side)."_s);
    kioskOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({ dbOption, countOption, kioskOption });
    parser.process(app);
    const QString db = parser.value(dbOption);
    const int signIns = std::max(1, parser.value(countOption).toInt());
    if (db.isEmpty())
        parser.showHelp(2);
    if (parser.isSet(kioskOption))
        return runKiosk(db, signIns);

    const SystemClock clock;
    auto opened = openDesk(db, clock);
    if (!opened)
        return failed("desk open", opened.error());
    Desk &desk = *opened->desk;
    if (auto ready = setUpBusyDay(desk); !ready)
        return failed("set up", ready.error());

    QMap<int, qint64> signedAt; // ticket → when the kiosk's commit returned
    QMap<int, qint64> seenAt; // ticket → when the desk's queue showed it
    QMap<int, qint64> calledAt; // ticket → when the desk's call was committed
    QMap<int, qint64> callSeenAt; // ticket → when the kiosk's board showed the call
    int exitCode = 0;
    // A call's commit may show the kiosk's newest sign-in at once (Desk::changed from inside the
    // call): that ticket waits for this one's no-show, as an officer would.
    bool handling = false;
    bool again = false;
    QObject::connect(&desk, &Desk::changed, [&] {
        if (handling) {
            again = true;
            return;
        }
        const QScopedValueRollback guard(handling, true);
        do {
            again = false;
            const QList<Ticket> tickets = desk.calls().queue().tickets();
            for (const Ticket &t : tickets) {
                if (t.state != TicketState::Waiting || seenAt.contains(t.number))
                    continue;
                seenAt.insert(t.number, nowUs());
                auto called = desk.calls().call(t.number, station, officer);
                if (!called) {
                    exitCode = failed("call", called.error());
                    QCoreApplication::exit(exitCode);
                    return;
                }
                calledAt.insert(t.number, nowUs());
                // The station is free again for the next ticket.
                if (auto freed = desk.calls().noShow(station, officer); !freed) {
                    exitCode = failed("no-show", freed.error());
                    QCoreApplication::exit(exitCode);
                    return;
                }
            }
        } while (again);
    });

    QProcess kiosk;
    kiosk.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QByteArray pending;
    QObject::connect(&kiosk, &QProcess::readyReadStandardOutput, [&] {
        pending += kiosk.readAllStandardOutput();
        qsizetype end;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QList<QByteArray> words = pending.left(end).split(' ');
            pending.remove(0, end + 1);
            if (words.size() != 3)
                continue;
            const int ticket = words[1].toInt();
            (words[0] == "signed" ? signedAt : callSeenAt).insert(ticket, words[2].toLongLong());
        }
    });
    QObject::connect(&kiosk, &QProcess::finished, [&](int code, QProcess::ExitStatus status) {
        if (status != QProcess::NormalExit || code != 0)
            exitCode = 3;
        QCoreApplication::exit(exitCode);
    });
    kiosk.start(QCoreApplication::applicationFilePath(),
        { u"--kiosk"_s, u"--db"_s, db, u"--sign-ins"_s, QString::number(signIns) });
    app.exec();
    if (exitCode != 0) {
        std::fprintf(stderr, "the kiosk or the desk failed (exit %d)\n", exitCode);
        return exitCode;
    }

    QList<double> toDesk;
    QList<double> toKiosk;
    for (auto it = signedAt.cbegin(); it != signedAt.cend(); ++it) {
        if (seenAt.contains(it.key()))
            toDesk.append(double(seenAt[it.key()] - it.value()) / 1000.0);
        if (calledAt.contains(it.key()) && callSeenAt.contains(it.key()))
            toKiosk.append(double(callSeenAt[it.key()] - calledAt[it.key()]) / 1000.0);
    }
    std::printf("# logbook %s\n", qPrintable(db));
    report("kiosk sign-in -> desk's queue", toDesk);
    report("desk's call -> kiosk's now-calling board", toKiosk);
    if (toDesk.size() != signIns || toKiosk.size() != signIns) {
        std::fprintf(stderr, "only %lld of %d sign-ins were timed both ways\n",
            static_cast<long long>(std::min(toDesk.size(), toKiosk.size())), signIns);
        return 3;
    }
    return 0;
}
