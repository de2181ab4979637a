#include "test_kiosk_fixture.h"

#include "DemoData.h"
#include "Event.h"
#include "Format.h"
#include "KioskEstimate.h"
#include "KioskInfo.h"
#include "KioskPinLockout.h"

#include <QCloseEvent>
#include <QDir>
#include <QJsonDocument>
#include <QSignalSpy>

using namespace kj;
using namespace kj::kiosktest;

namespace {
QString id(qint64 n)
{
    return QString::number(n);
}
} // namespace

TEST_CASE("a WBP with one approved contact signs in with three taps and gets a ticket", "[kiosk]")
{
    KioskFixture f;
    REQUIRE(f.window->page() == u"welcome");
    f.tap(u"cell-12"_s);
    REQUIRE(f.window->page() == u"names");
    f.tap(u"wbp-"_s + id(f.budi));
    REQUIRE(f.window->page() == u"confirm"); // the only approved contact is taken
    f.tap(u"confirm-yes"_s);
    REQUIRE(f.window->page() == u"ticket");
    REQUIRE(f.window->ticket());
    CHECK(Queue::ticketLabel(f.window->ticket()->number) == u"A-001");
    CHECK(f.window->ticket()->wbpId == id(f.budi));
    CHECK(f.window->ticket()->contactId == id(f.contactOf[f.budi]));
    CHECK(f.lastEvent(u"type"_s) == QString(EventType::SignedIn));
    CHECK(f.lastEvent(u"actor"_s) == QString(Actor::Kiosk));
    CHECK(f.desk->calls().queue().waiting().size() == 1);
}

TEST_CASE("a WBP with two approved contacts chooses whom to call", "[kiosk]")
{
    KioskFixture f;
    f.tap(u"cell-12"_s);
    f.tap(u"wbp-"_s + id(f.agus));
    REQUIRE(f.window->page() == u"contacts");
    f.tap(u"contact-"_s + id(f.agusSecond));
    f.tap(u"confirm-yes"_s);
    REQUIRE(f.window->page() == u"ticket");
    CHECK(f.window->ticket()->contactId == id(f.agusSecond));
}

TEST_CASE("a WBP is found by register number on the on-screen keyboard", "[kiosk]")
{
    KioskFixture f;
    f.tap(u"search-all"_s);
    f.type(u"44/2025"_s);
    f.tap(u"wbp-"_s + id(f.hadi));
    f.tap(u"confirm-yes"_s);
    REQUIRE(f.window->page() == u"ticket");
    CHECK(f.window->ticket()->wbpId == id(f.hadi));
}

TEST_CASE("the kiosk shows every refusal with a message and a hint", "[kiosk]")
{
    KioskFixture f;
    auto expectRefusal = [&](const QString &reason) {
        REQUIRE(f.window->page() == u"refusal");
        CHECK(f.window->refusalReason() == reason);
        CHECK_FALSE(f.labelText(u"refusal-message"_s).isEmpty());
        CHECK(f.labelText(u"refusal-message"_s) == f.window->refusalMessage());
        CHECK_FALSE(f.labelText(u"refusal-hint"_s).isEmpty());
    };

    SECTION("not this cell's day")
    {
        f.tap(u"search-all"_s);
        f.type(u"dedi"_s);
        f.tap(u"wbp-"_s + id(f.dedi));
        expectRefusal(u"schedule"_s);
        CHECK(f.window->refusalMessage() == f.desk->calls().checkSignIn(f.dedi).error().message);
        // The message names the cell's day and windows.
        CHECK(f.window->refusalMessage().contains(QLocale().dayName(2)));
    }
    SECTION("outside the window says when it opens")
    {
        f.clock.advanceSeconds(3 * 3600); // 12.00 WIB, between the windows
        f.window->tick();
        f.tap(u"cell-12"_s);
        expectRefusal(u"schedule"_s);
        const Schedule &schedule = f.desk->schedule();
        CHECK(f.window->refusalMessage() == schedule.explain(schedule.check(u"12"_s, f.clock.nowUtc())));
        CHECK(f.window->refusalMessage().contains(u"13.00"_s));
    }
    SECTION("already in the queue names the ticket")
    {
        const Ticket waiting = f.signInAtDesk(f.budi);
        f.tap(u"cell-12"_s);
        f.tap(u"wbp-"_s + id(f.budi));
        expectRefusal(u"already-waiting"_s);
        CHECK(f.labelText(u"refusal-hint"_s).contains(Queue::ticketLabel(waiting.number)));
    }
    SECTION("already called today")
    {
        f.signInAtDesk(f.budi);
        (void)must(f.desk->calls().callNext(1, officerActor));
        (void)must(f.desk->calls().startCall(1, officerActor));
        (void)must(f.desk->calls().endCall(1, Outcome::Completed, QString(), officerActor));
        f.tap(u"cell-12"_s);
        f.tap(u"wbp-"_s + id(f.budi));
        expectRefusal(u"already-called-today"_s);
    }
    SECTION("an active restriction says only that visits are suspended: its reason and end are for officers")
    {
        (void)must(f.desk->roster().addRestriction(
            f.budi, u"sanksi disiplin"_s, QDate(2026, 11, 1), QDate(2026, 12, 15), officerActor));
        f.tap(u"cell-12"_s);
        f.tap(u"wbp-"_s + id(f.budi));
        expectRefusal(u"restricted"_s);
        CHECK_FALSE(f.window->refusalMessage().contains(u"sanksi"_s));
        CHECK_FALSE(f.window->refusalMessage().contains(Format::date(QDate(2026, 12, 15))));
    }
    SECTION("no approved contact sends the WBP to the officer")
    {
        f.tap(u"cell-12"_s);
        f.tap(u"wbp-"_s + id(f.eko));
        expectRefusal(u"no-approved-contact"_s);
    }
    SECTION("a register number the roster does not have")
    {
        f.tap(u"search-all"_s);
        f.type(u"999/2099"_s);
        auto *noMatch = f.window->findChild<QLabel *>(u"no-match"_s);
        REQUIRE(noMatch);
        CHECK(noMatch->isVisible());
        CHECK(noMatch->text().contains(f.desk->calls().checkSignIn(0).error().message));
        CHECK(f.desk->calls().checkSignIn(0).error().reason == u"unknown-wbp");
    }
    // Whatever the refusal, one tap leads back to the start.
    f.tap(f.window->page() == u"refusal" ? u"home"_s : u"back"_s);
    CHECK(f.window->page() == u"welcome");
}

TEST_CASE("after 30 seconds without a touch the kiosk returns to welcome and forgets the sign-in", "[kiosk]")
{
    KioskFixture f;
    f.tap(u"cell-12"_s);
    f.tap(u"wbp-"_s + id(f.budi));
    REQUIRE(f.window->page() == u"confirm");

    f.clock.advanceSeconds(20);
    f.window->tick();
    REQUIRE(f.window->page() == u"confirm");
    f.tap(u"back"_s); // a touch: the count starts again
    REQUIRE(f.window->page() == u"welcome");
    f.tap(u"cell-12"_s);
    f.clock.advanceSeconds(29);
    f.window->tick();
    REQUIRE(f.window->page() == u"names");
    f.clock.advanceSeconds(1);
    f.window->tick();
    CHECK(f.window->page() == u"welcome");
    CHECK(f.desk->calls().queue().tickets().isEmpty());

    // The half-done sign-in is gone: the next person starts from an empty search.
    f.tap(u"search-all"_s);
    f.type(u"bu"_s);
    f.clock.advanceSeconds(30);
    f.window->tick();
    f.tap(u"search-all"_s);
    CHECK(f.window->findChild<QPushButton *>(u"wbp-"_s + id(f.budi)) == nullptr);
}

TEST_CASE("the board shows a call committed by another connection to the file", "[kiosk]")
{
    KioskFixture f;
    CHECK(f.window->board().isEmpty());
    auto otherLogbook = openLogbook(f.path, f.clock);
    Desk console(*otherLogbook, f.clock);
    must(console.load(), "load console");
    (void)must(console.calls().signIn(f.budi, f.contactOf[f.budi], officerActor));
    (void)must(console.calls().callNext(1, officerActor));

    CHECK(f.window->board().isEmpty()); // not yet noticed
    f.logbook->checkForExternalChanges();
    REQUIRE(f.window->board().size() == 1);
    CHECK(f.window->board().first().startsWith(u"A-001 · Budi Santoso · "_s));
    CHECK(f.window->board().first().endsWith(u"1"_s));

    (void)must(console.calls().startCall(1, officerActor));
    (void)must(console.calls().endCall(1, Outcome::Completed, QString(), officerActor));
    f.logbook->checkForExternalChanges();
    CHECK(f.window->board().isEmpty());

    // And the other way: a sign-in at the kiosk reaches the console's queue.
    f.tap(u"cell-12"_s);
    f.tap(u"wbp-"_s + id(f.hadi));
    f.tap(u"confirm-yes"_s);
    REQUIRE(f.window->page() == u"ticket");
    otherLogbook->checkForExternalChanges();
    REQUIRE(console.calls().queue().waiting().size() == 1);
    CHECK(console.calls().queue().waiting().first().number == f.window->ticket()->number);
}

TEST_CASE("close, Alt+F4 and Escape do nothing until an officer enters the PIN", "[kiosk]")
{
    KioskFixture f;
    QSignalSpy exits(f.window.get(), &KioskWindow::officerExit);
    f.tap(u"cell-12"_s);
    CHECK_FALSE(f.window->close());
    QTest::keyClick(f.window.get(), Qt::Key_Escape);
    QTest::keyClick(f.button(u"back"_s), Qt::Key_Escape);
    QTest::keyClick(f.window.get(), Qt::Key_F4, Qt::AltModifier);
    CHECK(f.window->isVisible());
    CHECK(f.window->page() == u"names");

    // A short press on the corner does nothing.
    QPushButton *corner = f.button(u"officer-corner"_s);
    QTest::mousePress(corner, Qt::LeftButton);
    f.clock.advanceSeconds(1);
    QTest::mouseRelease(corner, Qt::LeftButton);
    CHECK(f.window->page() == u"names");

    // Held for three seconds, it opens the PIN pad.
    QTest::mousePress(corner, Qt::LeftButton);
    f.clock.advanceSeconds(3);
    f.window->tick();
    REQUIRE(f.window->page() == u"pin");
    QTest::mouseRelease(corner, Qt::LeftButton);

    const QString before = f.lastEvent(u"seq"_s);
    for (const QChar c : u"000000"_s)
        f.tap(u"pin-"_s + c);
    f.tap(u"pin-ok"_s);
    CHECK(f.window->isVisible());
    CHECK(exits.isEmpty());
    // The kiosk counts its own wrong PINs: nothing on the officer's account, nothing in the record.
    CHECK(f.lastEvent(u"seq"_s) == before);

    // The right PIN at once.
    for (const QChar c : officerPin)
        f.tap(u"pin-"_s + c);
    f.tap(u"pin-ok"_s);
    CHECK(exits.size() == 1);
    CHECK_FALSE(f.window->isVisible());
}

TEST_CASE("the wait estimate hands the people ahead to the first free booth", "[kiosk]")
{
    CHECK(KioskEstimate::waitSeconds(1, { 0, 0 }, 360) == 0);
    CHECK(KioskEstimate::waitSeconds(2, { 0, 0 }, 360) == 0);
    CHECK(KioskEstimate::waitSeconds(3, { 0, 0 }, 360) == 360);
    CHECK(KioskEstimate::waitSeconds(5, { 0, 0 }, 360) == 720);
    CHECK(KioskEstimate::waitSeconds(1, { 200, 100 }, 360) == 100);
    CHECK(KioskEstimate::waitSeconds(2, { 200, 100 }, 360) == 200);
    CHECK(KioskEstimate::waitSeconds(3, { 200, 100 }, 360) == 460);
    CHECK(KioskEstimate::waitSeconds(3, { 0 }, 360) == 720);
    CHECK(KioskEstimate::waitSeconds(0, { 0, 0 }, 360) == 0);
    CHECK(KioskEstimate::waitSeconds(2, {}, 360) == 0);
}

TEST_CASE("the ticket screen's estimated wait follows the live queue", "[kiosk]")
{
    KioskFixture f;
    f.signInAtDesk(f.agus);
    f.signInAtDesk(f.joko);
    const Ticket hadi = f.signInAtDesk(f.hadi);
    f.tap(u"cell-12"_s);
    f.tap(u"wbp-"_s + id(f.budi));
    f.tap(u"confirm-yes"_s);
    REQUIRE(f.window->page() == u"ticket");
    const qint64 slot = KioskEstimate::slotSeconds(*f.desk);
    CHECK(slot == 6 * 60); // 5-minute calls and a minute to change over
    // Fourth in line, two booths free: two go now, the next two a turn later.
    CHECK(f.desk->calls().queue().positionOf(f.window->ticket()->number) == 4);
    CHECK(f.window->estimatedWaitSeconds() == slot);

    // Both booths in a call: the next two follow when the calls end.
    (void)must(f.desk->calls().callNext(1, officerActor));
    (void)must(f.desk->calls().startCall(1, officerActor));
    (void)must(f.desk->calls().callNext(2, officerActor));
    (void)must(f.desk->calls().startCall(2, officerActor));
    CHECK(f.window->estimatedWaitSeconds() == 5 * 60 + 60);

    // Time passes (less than the idle limit): the estimate counts down with the running calls.
    f.clock.advanceSeconds(20);
    f.window->tick();
    REQUIRE(f.window->page() == u"ticket");
    CHECK(f.window->estimatedWaitSeconds() == 280 + 60);

    // Booth 1 finishes: Hadi goes there now, Budi still waits for booth 2.
    (void)must(f.desk->calls().endCall(1, Outcome::Completed, QString(), officerActor));
    CHECK(f.window->estimatedWaitSeconds() == 280 + 60);

    // Hadi withdraws: Budi is next and booth 1 is free.
    must(f.desk->calls().cancel(hadi.number, u"batal"_s, officerActor));
    CHECK(f.desk->calls().queue().positionOf(f.window->ticket()->number) == 1);
    CHECK(f.window->estimatedWaitSeconds() == 0);
}

TEST_CASE("the satisfaction survey stores nine answers as one event and one row for the recap", "[kiosk]")
{
    KioskFixture f;
    f.tap(u"survey"_s);
    const QList<int> answers = { 4, 3, 3, 4, 2, 4, 4, 1, 3 };
    for (int a : answers) {
        REQUIRE(f.window->page() == u"survey");
        f.tap(u"answer-"_s + QString::number(a));
    }
    CHECK(f.window->page() == u"thanks");
    CHECK(f.lastEvent(u"type"_s) == QString(EventType::SurveyAnswered));
    CHECK(f.lastEvent(u"actor"_s) == QString(Actor::Kiosk));
    const QJsonObject payload = QJsonDocument::fromJson(f.lastEvent(u"payload"_s).toUtf8()).object();
    for (int i = 0; i < answers.size(); ++i)
        CHECK(payload.value(u"u"_s + QString::number(i + 1)).toInt() == answers[i]);
    CHECK(kj::test::scalar(f.logbook->database(),
              u"SELECT u1 || u2 || u3 || u4 || u5 || u6 || u7 || u8 || u9 "
              "FROM survey_answers"_s)
              .toString()
        == u"433424413");
    CHECK(f.desk->calls().queue().tickets().isEmpty());
}

TEST_CASE("a survey stopped half-way stores nothing", "[kiosk]")
{
    KioskFixture f;
    const QString before = f.lastEvent(u"seq"_s);
    f.tap(u"survey"_s);
    f.tap(u"answer-4"_s);
    f.tap(u"home"_s);
    CHECK(f.window->page() == u"welcome");
    CHECK(f.lastEvent(u"seq"_s) == before);
}

TEST_CASE("the service information shows the schedule, the cost and the complaint channels", "[kiosk]")
{
    KioskFixture f;
    f.tap(u"info"_s);
    REQUIRE(f.window->page() == u"info");
    const Schedule &schedule = f.desk->schedule();
    f.tap(u"info-jadwal"_s);
    CHECK(f.labelText(u"info-text"_s).contains(schedule.describeWindows(schedule.config().week[0].windows)));
    CHECK(f.labelText(u"info-text"_s).contains(QLocale().dayName(6)));
    f.tap(u"info-pengaduan"_s);
    CHECK(f.labelText(u"info-text"_s).contains(f.desk->settings().facility.complaints));
    for (const QString &key : { u"persyaratan"_s, u"prosedur"_s, u"waktu"_s, u"biaya"_s, u"produk"_s }) {
        f.tap(u"info-"_s + key);
        CHECK_FALSE(f.labelText(u"info-text"_s).isEmpty());
    }
}

TEST_CASE("the welcome screen shows today's cells, and outside hours when the next window opens", "[kiosk]")
{
    KioskFixture f;
    CHECK(f.labelText(u"welcome-date"_s) == Format::date(QDate(2026, 11, 30)));
    CHECK(f.button(u"cell-12"_s)->isVisible());
    CHECK(f.button(u"cell-13"_s)->isVisible());
    CHECK(f.window->findChild<QPushButton *>(u"cell-4"_s) == nullptr);

    // Sunday evening: no cell today; the next window is Monday's for cells 12 and 13.
    f.clock.setWall(QDateTime(QDate(2026, 12, 6), QTime(12, 0), Qt::UTC));
    f.window->tick();
    const auto opening = f.desk->schedule().nextOpening(f.clock.nowUtc());
    REQUIRE(opening);
    CHECK(f.labelText(u"welcome-status"_s).contains(f.desk->schedule().describeSlotStart(opening->first)));
    CHECK(f.labelText(u"welcome-status"_s).contains(Format::joinAnd(opening->second.cells)));
    CHECK(f.window->findChild<QPushButton *>(u"cell-12"_s) == nullptr);
}

TEST_CASE("the board does not show yesterday's calls", "[kiosk]")
{
    KioskFixture f;
    f.signInAtDesk(f.budi);
    (void)must(f.desk->calls().callNext(1, officerActor));
    REQUIRE(f.window->board().size() == 1);
    f.clock.advanceSeconds(24 * 3600); // Tuesday, nothing committed since
    f.window->tick();
    CHECK(f.window->board().isEmpty());
}

TEST_CASE("every visible button is a 64 px touch target and every text is 20 pt or larger", "[kiosk]")
{
    KioskFixture f;
    auto checkPage = [&] {
        INFO("page " << f.window->page().toStdString());
        for (QWidget *w : f.window->findChildren<QWidget *>()) {
            if (!w->isVisible())
                continue;
            INFO(w->metaObject()->className() << " " << w->objectName().toStdString());
            if (auto *b = qobject_cast<QPushButton *>(w)) {
                CHECK(b->height() >= 64);
                CHECK(b->width() >= 64);
            }
            if (qobject_cast<QPushButton *>(w) || qobject_cast<QLabel *>(w))
                CHECK(w->font().pointSizeF() >= 20);
        }
    };
    QApplication::processEvents(); // lay out at the window's size
    checkPage();
    f.tap(u"search-all"_s);
    QApplication::processEvents();
    checkPage();
    f.tap(u"back"_s);
    f.tap(u"cell-12"_s);
    f.tap(u"wbp-"_s + id(f.budi));
    f.tap(u"confirm-yes"_s);
    QApplication::processEvents();
    checkPage();
}

// Not run by default: KIOSK_SHOTS=/folder ui_tests "[.screenshots]" writes the screens to look at.
TEST_CASE("kiosk screenshots", "[.screenshots]")
{
    const QString folder = qEnvironmentVariable("KIOSK_SHOTS", QDir::tempPath() + u"/kiosk-shots"_s);
    QDir().mkpath(folder);
    for (const QSize size : { QSize(1280, 800), QSize(1920, 1080) }) {
        KioskFixture f;
        f.window->resize(size);
        const QString prefix = folder + u'/' + QString::number(size.width()) + u'-';
        auto shot = [&](const QString &name) {
            QApplication::processEvents();
            REQUIRE(f.window->grab().save(prefix + name + u".png"_s));
        };
        must(f.desk->roster().importRoster(
            { row(2, u"Budi Santoso"_s, u"B I 101/2025"_s, u"12"_s),
                row(3, u"Agus Salim"_s, u"A I 17/2026"_s, u"12"_s),
                row(4, u"Joko Susilo"_s, u"B IIa 55/2024"_s, u"13"_s),
                row(5, u"Dedi Kurniawan"_s, u"A II 3/2026"_s, u"4"_s),
                row(6, u"Eko Prasetyo"_s, u"B I 9/2025"_s, u"12"_s),
                row(7, u"Hadi Wijaya"_s, u"B I 44/2025"_s, u"12"_s),
                row(8, u"Muhammad Rizky Ramadhan Firmansyah Saputra"_s, u"A III 1234/2026"_s, u"12"_s) },
            u"penghuni.csv"_s, officerActor));
        f.signInAtDesk(f.hadi);
        (void)must(f.desk->calls().callNext(1, officerActor));
        f.signInAtDesk(f.joko);
        (void)must(f.desk->calls().callNext(2, officerActor));
        (void)must(f.desk->calls().startCall(2, officerActor));
        shot(u"1-welcome"_s);
        f.tap(u"cell-12"_s);
        shot(u"2-names"_s);
        f.tap(u"search-toggle"_s);
        f.type(u"b"_s);
        shot(u"3-search"_s);
        f.tap(u"back"_s);
        f.tap(u"cell-12"_s);
        f.tap(u"wbp-"_s + id(f.budi));
        shot(u"4-confirm"_s);
        f.tap(u"confirm-yes"_s);
        shot(u"5-ticket"_s);
        f.tap(u"done"_s);
        // Two brothers named Tono: told apart by their numbers' last digits.
        (void)must(f.desk->roster().addContact(
            f.agus, u"Siti Aminah binti Ahmad"_s, u"Istri"_s, u"0812 9876 5432"_s, true, officerActor));
        (void)must(f.desk->roster().addContact(
            f.agus, u"Tono Sugiarto"_s, u"Adik"_s, u"0813 5555 6644"_s, true, officerActor));
        f.tap(u"cell-12"_s);
        f.tap(u"wbp-"_s + id(f.agus));
        shot(u"4b-contacts"_s);
        f.tap(u"back"_s);
        f.tap(u"cell-12"_s);
        f.tap(u"wbp-"_s + id(f.eko));
        shot(u"6-refusal"_s);
        f.tap(u"home"_s);
        (void)must(f.desk->roster().addRestriction(
            f.budi, u"sanksi disiplin"_s, QDate(2026, 11, 1), QDate(2026, 12, 15), officerActor));
        f.tap(u"cell-12"_s);
        f.tap(u"wbp-"_s + id(f.budi));
        shot(u"6b-restricted"_s);
        f.tap(u"home"_s);
        f.tap(u"info"_s);
        f.tap(u"info-jadwal"_s);
        shot(u"7-info"_s);
        f.tap(u"home"_s);
        f.tap(u"survey"_s);
        shot(u"8-survey"_s);
        f.tap(u"home"_s);
        QTest::mousePress(f.button(u"officer-corner"_s), Qt::LeftButton);
        f.clock.advanceSeconds(3);
        f.window->tick();
        shot(u"9-pin"_s);
        QTest::mouseRelease(f.button(u"officer-corner"_s), Qt::LeftButton);
        for (int i = 0; i < KioskPinLockout::triesPerRound; ++i) {
            for (const QChar c : u"864213"_s)
                f.tap(u"pin-"_s + c);
            f.tap(u"pin-ok"_s);
        }
        shot(u"9b-pin-closed"_s);
        f.clock.setWall(QDateTime(QDate(2026, 12, 6), QTime(12, 0), Qt::UTC));
        f.tap(u"home"_s);
        f.window->tick();
        shot(u"10-closed"_s);
    }
}

TEST_CASE("the kiosk signs in on the demo facility as a second window of the same desk", "[kiosk]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    FakeClock clock(mondayNine());
    auto logbook = openLogbook(dir.filePath(u"demo.sqlite"_s), clock);
    Desk desk(*logbook, clock);
    must(desk.load(), "load desk");
    must(DemoData::populate(desk, 2026), "populate demo");
    const int before = int(desk.calls().queue().tickets().size());

    KioskWindow window(desk);
    window.resize(1920, 1080);
    window.show();
    // Everyone of cell 12 who may sign in now, with exactly one approved contact.
    std::optional<Wbp> chosen;
    for (const Wbp &w : must(desk.roster().wbpInCell(u"12"_s))) {
        int approved = 0;
        for (const Contact &c : must(desk.roster().contactsOf(w.id)))
            approved += c.approved ? 1 : 0;
        if (approved == 1 && desk.calls().checkSignIn(w.id).ok()) {
            chosen = w;
            break;
        }
    }
    REQUIRE(chosen);
    for (const QString &name :
        QStringList { u"cell-12"_s, u"wbp-"_s + QString::number(chosen->id), u"confirm-yes"_s }) {
        auto *b = window.findChild<QPushButton *>(name);
        REQUIRE(b);
        REQUIRE(b->isVisible());
        QTest::mouseClick(b, Qt::LeftButton);
    }
    REQUIRE(window.page() == u"ticket");
    CHECK(desk.calls().queue().tickets().size() == before + 1);
    CHECK(window.ticket()->wbpId == QString::number(chosen->id));
}
