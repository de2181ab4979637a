// kunjungan-outage: the logbook's PostgreSQL server goes away under the console and the kiosk
// (their real windows, in one process, each with its own connection), and comes back. Each round:
//   1. a call runs at station 1, and a WBP stands at the kiosk's confirm page, not yet signed in;
//   2. the server is stopped (`pg_ctl stop -m immediate`) or paused (SIGSTOP on all its processes);
//   3. the kiosk must show its full-screen "not connected" page within 2 s, the console its
//      banner; the desk must refuse a call with the offline message; the console, locked, opens
//      to the officer's PIN (not to a wrong one), and the officer ends the running call with the
//      station's button (kept as pending, shown so on the card);
//   4. the server comes back; the kiosk must be back on its welcome page within 5 s;
//   5. the call's end is in the record exactly once, with its real end time, the half-done sign-in
//      is not, a sign-in at the desk reaches the kiosk by the server's notice again, and the
//      logbook verifies.
// The server's commands come from the environment (tests/reliability/pg-cluster.sh sets them):
// KJ_PG_STOP, KJ_PG_START, KJ_PG_PAUSE, KJ_PG_RESUME. Prints every time measured and the worst.
#include "Announcer.h"
#include "Clock.h"
#include "ConsoleWindow.h"
#include "DayKey.h"
#include "Desk.h"
#include "Dialogs.h"
#include "KioskWindow.h"
#include "Logbook.h"
#include "LoginPage.h"
#include "ServiceDay.h"
#include "SessionRecords.h"
#include "StationCard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QPushButton>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace kj;
using namespace kj::reliability;

namespace {

const QString officer = Actor::officer(1);
// setUpBusyDay's officer 1.
const QString officerName = u"Petugas Uji"_s;
const QString officerPin = u"582914"_s;
constexpr int station = 1;
constexpr qint64 kioskDownWithinMs = 2000;
constexpr qint64 kioskBackWithinMs = 5000;

// Runs the event loop until `done` holds; the milliseconds it took, or -1 after `limitMs`.
qint64 waitUntil(const std::function<bool()> &done, qint64 limitMs)
{
    QElapsedTimer since;
    since.start();
    while (!done()) {
        if (since.elapsed() > limitMs)
            return -1;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    return since.elapsed();
}

bool run(const QByteArray &command)
{
    return QProcess::execute(u"sh"_s, { u"-c"_s, QString::fromLocal8Bit(command) }) == 0;
}

bool tap(KioskWindow &kiosk, const QString &name)
{
    auto *button = kiosk.findChild<QPushButton *>(name);
    if (!button || !button->isVisible() || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

struct Figures
{
    QList<qint64> kioskDown, deskDown, kioskBack, deskBack;
    void print(const char *mode) const
    {
        auto worst
            = [](const QList<qint64> &l) { return l.isEmpty() ? 0 : *std::max_element(l.begin(), l.end()); };
        std::printf("%s, worst of %lld rounds: kiosk's page %lld ms and desk's banner %lld ms after the "
                    "server went; kiosk's welcome %lld ms and desk %lld ms after it was back\n",
            mode, qint64(kioskDown.size()), worst(kioskDown), worst(deskDown), worst(kioskBack),
            worst(deskBack));
    }
};

int fail(const QString &what)
{
    std::fprintf(stderr, "FAILED: %s\n", qPrintable(what));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"The logbook's server goes away under a desk and a kiosk, and comes back."_s);
    parser.addHelpOption();
    const QCommandLineOption dbOption(u"db"_s, u"The logbook: postgresql://… (default: KJ_PG_URL)"_s,
        u"address"_s, qEnvironmentVariable("KJ_PG_URL"));
    const QCommandLineOption roundsOption(
        u"rounds"_s, u"Rounds of each kind of outage (1)."_s, u"n"_s, u"1"_s);
    const QCommandLineOption shotsOption(u"screenshots"_s,
        u"Saves the console and the kiosk during the first outage in this folder."_s, u"dir"_s);
    parser.addOptions({ dbOption, roundsOption, shotsOption });
    parser.process(app);
    const QString db = parser.value(dbOption);
    const int rounds = parser.value(roundsOption).toInt();
    const QList<std::pair<const char *, std::pair<QByteArray, QByteArray>>> outages {
        { "stopped", { qgetenv("KJ_PG_STOP"), qgetenv("KJ_PG_START") } },
        { "paused", { qgetenv("KJ_PG_PAUSE"), qgetenv("KJ_PG_RESUME") } },
    };
    if (db.isEmpty() || rounds < 1 || qgetenv("KJ_PG_STOP").isEmpty() || qgetenv("KJ_PG_PAUSE").isEmpty())
        return fail(u"needs --db, --rounds ≥ 1 and KJ_PG_STOP/START/PAUSE/RESUME (pg-cluster.sh)"_s);

    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const SystemClock clock;
    auto deskSide = openDesk(db, clock);
    if (!deskSide)
        return failed("desk open", deskSide.error());
    Desk &desk = *deskSide->desk;
    if (auto ready = setUpBusyDay(desk); !ready)
        return failed("set-up", ready.error());
    auto kioskSide = openDesk(db, clock);
    if (!kioskSide)
        return failed("kiosk open", kioskSide.error());
    KioskWindow kiosk(*kioskSide->desk);
    kiosk.resize(1280, 800);
    kiosk.show();
    Announcer silent(false);
    Dialogs::setTestMode(true); // questions take the answers queued below
    ConsoleWindow console(desk, QString(), &silent);
    console.resize(1366, 768);
    console.show();
    if (!console.loginPage()->submit(officerName, officerPin))
        return fail(u"the officer could not sign in at the console"_s);
    const QList<Wbp> people = busyDayPeople(desk);
    qsizetype next = 0;

    for (const auto &[mode, commands] : outages) {
        Figures figures;
        for (int round = 1; round <= rounds; ++round) {
            // A call runs at station 1.
            auto signedIn = signInNext(desk, people, next);
            if (!signedIn)
                return failed("sign-in", signedIn.error());
            auto called = desk.calls().call(signedIn->number, station, officer);
            if (!called)
                return failed("call", called.error());
            if (auto started = desk.calls().startCall(station, officer); !started)
                return failed("start", started.error());
            // The next WBP stands at the kiosk's confirm page, not yet signed in.
            const Wbp &halfway = people[next % people.size()];
            if (waitUntil([&] { return kiosk.page() == u"welcome"; }, 5000) < 0)
                return fail(u"the kiosk is not on its welcome page before the outage"_s);
            if (!tap(kiosk, u"cell-"_s + halfway.cell) || !tap(kiosk, u"wbp-"_s + QString::number(halfway.id))
                || (kiosk.page() != u"confirm" && kiosk.page() != u"contacts"))
                return fail(u"the kiosk did not reach the confirm page (on %1)"_s.arg(kiosk.page()));

            const qint64 beforeOutage = deskSide->logbook->lastSeq();
            QElapsedTimer away;
            away.start();
            if (!run(commands.first))
                return fail(u"the server would not go away: "_s + QString::fromLocal8Bit(commands.first));
            waitUntil(
                [&] { return kiosk.page() == u"offline" && !console.offlineBannerText().isEmpty(); }, 10'000);
            const qint64 down = kioskSide->logbook->online() ? -1 : away.elapsed();
            std::printf("%s round %d: the kiosk's page after %lld ms\n", mode, round, down);
            if (down < 0 || down > kioskDownWithinMs || kiosk.page() != u"offline")
                return fail(u"the kiosk did not say it is not connected within 2 s"_s);
            if (console.offlineBannerText().isEmpty())
                return fail(u"the console shows no banner while the server is away"_s);
            figures.deskDown.append(away.elapsed());
            auto refused = desk.calls().callNext(2, officer);
            if (refused || refused.error().reason != u"db-offline")
                return fail(u"a call while the server is away was not refused as offline"_s);
            // The console locked itself meanwhile: the officer signed in last gets in with their
            // PIN (a wrong one is refused), and ends the call.
            console.lock();
            if (console.loginPage()->submit(officerName, u"000000"_s) || !console.isLocked())
                return fail(u"a wrong PIN opened the console while the server is away"_s);
            if (!console.loginPage()->submit(officerName, officerPin) || console.isLocked())
                return fail(u"the officer could not unlock the console while the server is away"_s);
            StationCard *card = console.card(station);
            card->button(StationCard::Action::End)->click();
            const auto pending = desk.calls().pendingEnd(station);
            if (!pending || desk.calls().timer(station)
                || card->button(StationCard::Action::End)->isEnabled())
                return fail(u"the call's end was not kept while the server is away"_s);
            // Closing the desk now would lose the kept end: it asks first, and stays open on "no".
            Dialogs::pushAnswer(false);
            if (console.close() || !console.isVisible())
                return fail(u"the desk closed without asking while a call's end was not recorded"_s);
            if (parser.isSet(shotsOption) && round == 1 && mode == outages.constFirst().first) {
                const QDir dir(parser.value(shotsOption));
                console.grab().save(dir.filePath(u"outage-console.png"_s));
                kiosk.grab().save(dir.filePath(u"outage-kiosk.png"_s));
            }
            // The end is recorded later than it happened.
            waitUntil([] { return false; }, 1000);

            if (!run(commands.second))
                return fail(u"the server would not come back: "_s + QString::fromLocal8Bit(commands.second));
            QElapsedTimer returned;
            returned.start();
            const qint64 back = waitUntil([&] { return kiosk.page() == u"welcome"; }, 30'000);
            const qint64 deskBack
                = waitUntil([&] { return console.offlineBannerText().isEmpty(); }, 30'000) < 0
                ? -1
                : returned.elapsed();
            std::printf("%s round %d: the kiosk's welcome after %lld ms\n", mode, round, back);
            if (back < 0 || back > kioskBackWithinMs)
                return fail(u"the kiosk was not back on its welcome page within 5 s"_s);
            if (deskBack < 0 || desk.calls().pendingEnd(station))
                return fail(u"the desk did not reconnect and record the call's end"_s);
            figures.kioskDown.append(down);
            figures.kioskBack.append(back);
            figures.deskBack.append(deskBack);

            // Once, with its real end time; the half-done sign-in is not in the queue.
            const SessionRecords sessions(*deskSide->logbook);
            SessionQuery query;
            query.wbpId = signedIn->wbpId.toLongLong();
            query.fromDay = query.toDay = dayKey(desk.today());
            auto lines = sessions.lines(query);
            if (!lines)
                return failed("read the line", lines.error());
            const auto line = std::find_if(lines->cbegin(), lines->cend(),
                [&](const SessionRow &row) { return row.ticket == signedIn->number; });
            if (line == lines->cend() || line->endedMs != pending->endedMs)
                return fail(u"the call's end was not recorded with its real end time"_s);
            auto history = sessions.history(line->id);
            if (!history)
                return failed("read the line's history", history.error());
            const auto ends = std::count_if(history->cbegin(), history->cend(),
                [](const Event &e) { return e.type == EventType::CallEnded; });
            if (ends != 1)
                return fail(u"the call's end was recorded %1 times"_s.arg(ends));
            // The wrong PIN and the sign-in made meanwhile, once each, with their moments, before
            // the end.
            auto since = deskSide->logbook->events(beforeOutage + 1, deskSide->logbook->lastSeq());
            if (!since)
                return failed("read the events since the outage", since.error());
            QStringList offline;
            for (const Event &e : std::as_const(*since)) {
                const qint64 at = e.payload().value(u"offlineAt"_s).toInteger();
                if (at > 0 && at <= pending->endedMs)
                    offline.append(e.type);
                if (e.type == EventType::CallEnded)
                    break;
            }
            if (offline
                != QStringList { QString(EventType::OfficerPinFailed), QString(EventType::OfficerLogin) })
                return fail(
                    u"the sign-ins while the server was away were recorded as: "_s + offline.join(u", "_s));
            // The kiosk listens again: a sign-in at the desk reaches its queue by the server's
            // notice, well before its 5 s look of its own.
            auto after = signInNext(desk, people, next);
            if (!after)
                return failed("sign-in after the outage", after.error());
            const qint64 heard = waitUntil(
                [&] { return kioskSide->desk->calls().queue().find(after->number).has_value(); }, 10'000);
            std::printf("%s round %d: a sign-in reached the kiosk %lld ms after it was written\n", mode,
                round, heard);
            if (heard < 0 || heard > 1000)
                return fail(u"the kiosk no longer hears the server's notices"_s);
            if (auto cancelled = desk.calls().cancel(after->number, u"uji"_s, officer); !cancelled)
                return failed("cancel", cancelled.error());
            for (const Ticket &t : desk.calls().queue().tickets()) {
                if (t.wbpId == QString::number(halfway.id) && t.state == TicketState::Waiting)
                    return fail(u"the WBP left halfway at the kiosk was signed in"_s);
            }
        }
        figures.print(mode);
    }
    auto report = deskSide->logbook->verify();
    if (!report || !report->ok())
        return fail(
            u"the logbook does not verify: "_s + (report ? report->problem() : report.error().message));
    std::printf("the logbook verifies (%lld events)\n", report->events);
    return 0;
}
