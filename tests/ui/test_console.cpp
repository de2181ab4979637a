#include "ConsoleFixture.h"

#include "Format.h"
#include "Labels.h"
#include "LineHistory.h"
#include "QueueView.h"
#include "SettingsView.h"
#include "VisitingBookView.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMetaEnum>
#include <QPlainTextEdit>
#include <QSet>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace kj;
using namespace kj::test;
using Action = StationCard::Action;

namespace {

QString cellText(VisitingBookView &view, int row, int column)
{
    return view.model()->data(view.model()->index(row, column)).toString();
}

} // namespace

TEST_CASE("the full desk flow runs through the widgets and ends as a line in the visiting book", "[console]")
{
    ConsoleFixture f;
    f.login();
    const Ticket ticket = f.signIn(f.budi);
    CHECK(f.window->queueView()->rowCount() == 1);

    f.click(Action::CallNext);
    CHECK(f.card().phaseKey() == u"called");
    CHECK(f.card().phoneText() == u"0812-3456-7890");
    CHECK(f.announcer.requests().contains(u"chime"_s));
    CHECK(f.announcer.requests().contains(
        u"speech:Nomor antrian A nol nol satu, Budi Santoso, kamar dua belas, silakan ke bilik satu"_s));
    CHECK(f.window->queueView()->rowCount() == 0);

    f.click(Action::Start);
    CHECK(f.card().phaseKey() == u"running");
    CHECK(f.card().countdownText() == u"05:00");
    // Green while running, amber in the last minute, red at time up (hues in degrees).
    CHECK(f.card().countdownColour().hue() >= 90);
    CHECK(f.card().countdownColour().hue() <= 160);
    const QColor runningBackground = f.card().background();

    f.advance(239);
    CHECK(f.card().countdownText() == u"01:01");
    CHECK(f.requestCount(u"warning"_s) == 0);

    f.advance(1); // 4:00 into the call: one minute left
    CHECK(f.card().phaseKey() == u"warning");
    CHECK(f.card().countdownText() == u"01:00");
    CHECK(f.card().countdownColour().hue() >= 15);
    CHECK(f.card().countdownColour().hue() <= 50);
    CHECK(f.requestCount(u"warning"_s) == 1);

    f.advance(60); // 5:00: time is up
    CHECK(f.card().phaseKey() == u"timeup");
    CHECK(f.card().countdownText() == u"+00:00");
    CHECK((f.card().countdownColour().hue() <= 10 || f.card().countdownColour().hue() >= 350));
    CHECK(f.card().background() != runningBackground);
    CHECK(f.requestCount(u"alarm"_s) == 1);
    CHECK(f.announcer.isAlarming());

    f.advance(4); // the alarm repeats until the call is ended, and the overrun counts up
    CHECK(f.card().countdownText() == u"+00:04");
    CHECK(f.requestCount(u"alarm"_s) == 2);
    f.advance(10);
    CHECK(f.card().countdownText() == u"+00:14");

    f.click(Action::End);
    f.window->tick();
    CHECK(f.card().phaseKey() == u"free");
    CHECK_FALSE(f.announcer.isAlarming());
    const int alarms = f.requestCount(u"alarm"_s);
    f.advance(10);
    CHECK(f.requestCount(u"alarm"_s) == alarms);

    REQUIRE(f.window->showPage(ConsoleWindow::Page::VisitingBook));
    VisitingBookView &book = *f.window->visitingBookView();
    REQUIRE(book.model()->rowCount() == 1);
    CHECK(book.model()->line(0).ticket == ticket.number);
    CHECK(book.model()->line(0).outcome == QString(Outcome::Completed));
    CHECK(book.model()->line(0).durationMs == 314'000);
    CHECK(cellText(book, 0, VisitingBookModel::DurationColumn) == Format::duration(314));
    CHECK(cellText(book, 0, VisitingBookModel::OutcomeColumn)
        == Labels::outcome(QString(Outcome::Completed), 0));
    CHECK(cellText(book, 0, VisitingBookModel::OfficerColumn) == adminName);
}

TEST_CASE(
    "an extension beyond the maximum is refused with a message and the countdown keeps its time", "[console]")
{
    ConsoleFixture f;
    f.login();
    f.signIn(f.budi);
    f.callAndStart();
    f.advance(30);

    Dialogs::pushAnswer(QVariantMap { { u"minutes"_s, 6 }, { u"reason"_s, u"keluarga dari jauh"_s } });
    CHECK_FALSE(f.card().trigger(Action::Extend));
    CHECK(Dialogs::lastReason() == u"extension-beyond-maximum");
    CHECK(Dialogs::shown().size() == 1);
    CHECK(f.card().countdownText() == u"04:30");

    Dialogs::pushAnswer(QVariantMap { { u"minutes"_s, 5 }, { u"reason"_s, u"keluarga dari jauh"_s } });
    CHECK(f.card().trigger(Action::Extend));
    CHECK(f.card().countdownText() == u"09:30");
    CHECK(f.desk->calls().timer(1)->extensionMinutesLeft() == 0);

    // Cancelling the dialog changes nothing and shows nothing.
    Dialogs::clear();
    CHECK_FALSE(f.card().trigger(Action::Extend));
    CHECK(Dialogs::shown().isEmpty());
}

TEST_CASE("a dropped line pauses the countdown and the time is credited on resume", "[console]")
{
    ConsoleFixture f;
    f.login();
    f.signIn(f.budi);
    f.callAndStart();
    f.advance(60);

    f.click(Action::DropResume);
    CHECK(f.card().phaseKey() == u"paused");
    CHECK(f.card().button(Action::Extend)->isEnabled() == false);
    f.advance(120);
    CHECK(f.card().countdownText() == u"04:00");

    f.click(Action::DropResume);
    CHECK(f.card().phaseKey() == u"running");
    f.advance(30);
    CHECK(f.card().countdownText() == u"03:30");

    f.click(Action::End);
    REQUIRE(f.window->showPage(ConsoleWindow::Page::VisitingBook));
    REQUIRE(f.window->visitingBookView()->model()->rowCount() == 1);
    CHECK(f.window->visitingBookView()->model()->line(0).durationMs == 90'000);
}

TEST_CASE("the next call at a station is at most two clicks after ending the previous one", "[console]")
{
    ConsoleFixture f;
    f.login();
    f.signIn(f.budi);
    f.signIn(f.agus);
    f.signIn(f.joko);
    f.callAndStart();
    f.advance(120);

    // Two clicks: Akhiri (completed), then Panggil berikutnya.
    f.click(Action::End);
    f.click(Action::CallNext);
    CHECK(f.card().phaseKey() == u"called");
    CHECK(f.desk->calls().ticketAt(1)->wbpId == QString::number(f.agus));

    // One: "completed, call next" from the Akhiri menu (or Shift+F9).
    f.click(Action::Start);
    CHECK(f.window->triggerOnSelected(Action::EndAndCallNext));
    CHECK(f.desk->calls().ticketAt(1)->wbpId == QString::number(f.joko));
    CHECK(f.desk->calls().ticketAt(1)->state == TicketState::Called);
}

TEST_CASE("the stop outcome needs a reason and ending early is recorded as such", "[console]")
{
    ConsoleFixture f;
    f.login();
    f.signIn(f.budi);
    f.signIn(f.agus);
    f.callAndStart();
    f.advance(20);
    CHECK_FALSE(f.card().trigger(Action::Stop)); // no answer queued = cancelled
    CHECK(f.card().phaseKey() == u"running");
    Dialogs::pushAnswer(QVariantMap { { u"reason"_s, u"melanggar tata tertib"_s } });
    CHECK(f.card().trigger(Action::Stop));

    f.callAndStart();
    f.advance(20);
    CHECK(f.card().trigger(Action::EndEarly));

    REQUIRE(f.window->showPage(ConsoleWindow::Page::VisitingBook));
    auto *model = f.window->visitingBookView()->model();
    REQUIRE(model->rowCount() == 2);
    CHECK(model->line(0).outcome == QString(Outcome::EndedEarly)); // newest first
    CHECK(model->line(1).outcome == QString(Outcome::Stopped));
}

TEST_CASE(
    "recall, no-show and no-answer work from the card and the queue shows the requeued ticket", "[console]")
{
    ConsoleFixture f;
    f.login();
    f.signIn(f.budi);
    f.signIn(f.agus);
    f.click(Action::CallNext);
    f.click(Action::Recall);
    CHECK(f.requestCount(u"chime"_s) == 2);
    f.click(Action::NoAnswer); // back to the end of the line
    CHECK(f.card().phaseKey() == u"free");
    CHECK(f.window->queueView()->rowCount() == 2);
    f.click(Action::CallNext);
    CHECK(f.desk->calls().ticketAt(1)->wbpId == QString::number(f.agus));
    Dialogs::pushAnswer(true); // yes, Agus did not come
    f.click(Action::NoShow);
    CHECK(f.window->queueView()->rowCount() == 1);
    CHECK(f.card().button(Action::Start)->isEnabled() == false);
}

TEST_CASE("a ticket chosen in the queue can be called to a given station", "[console]")
{
    ConsoleFixture f;
    f.login();
    f.signIn(f.budi);
    const Ticket agus = f.signIn(f.agus);
    QueueView &queue = *f.window->queueView();
    queue.selectTicket(agus.number);
    REQUIRE(queue.selectedTicket() == agus.number);
    emit queue.callRequested(agus.number, 2);
    REQUIRE(f.desk->calls().ticketAt(2));
    CHECK(f.desk->calls().ticketAt(2)->number == agus.number);
    CHECK(f.card(2).phaseKey() == u"called");
    CHECK(f.announcer.requests().last().endsWith(u"silakan ke bilik dua"_s));
}

TEST_CASE("a kiosk sign-in committed by another connection appears in the queue", "[console]")
{
    ConsoleFixture f;
    f.login();
    CHECK(f.window->queueView()->rowCount() == 0);
    {
        auto kioskLogbook = openLogbook(f.path, f.clock);
        Desk kiosk(*kioskLogbook, f.clock);
        must(kiosk.load(false), "kiosk load");
        must(kiosk.calls().signIn(f.joko, f.contactOf.value(f.joko), QString(Actor::Kiosk)), "kiosk sign-in");
    }
    f.logbook->checkForExternalChanges();
    CHECK(f.window->queueView()->rowCount() == 1);
    CHECK(f.card().button(Action::CallNext)->isEnabled());
}

TEST_CASE("a non-admin officer cannot open the settings and an admin can", "[console][login]")
{
    ConsoleFixture f;
    f.login(officerName, officerPin);
    CHECK_FALSE(f.window->showPage(ConsoleWindow::Page::Settings));
    CHECK(Dialogs::lastReason() == u"admin-only");
    CHECK(f.window->currentPage() == ConsoleWindow::Page::Desk);
    f.window->lock();
    f.login();
    CHECK(f.window->showPage(ConsoleWindow::Page::Settings));
    CHECK(f.window->currentPage() == ConsoleWindow::Page::Settings);
}

TEST_CASE("an amendment keeps the original line visible and marks it corrected", "[console][visiting-book]")
{
    ConsoleFixture f;
    f.login();
    VisitingBookView &book = f.oneCallInTheBook();
    book.selectRow(0);
    CHECK_FALSE(book.amendSelected()); // cancelled: nothing written
    CHECK(lastEventType(*f.logbook) != u"session.amend");
    Dialogs::pushAnswer(QVariantMap { { u"field"_s, u"outcome"_s } });
    Dialogs::pushAnswer(QVariantMap {
        { u"value"_s, QString(Outcome::EndedEarly) }, { u"reason"_s, u"salah pilih hasil"_s } });
    REQUIRE(book.amendSelected());
    CHECK(lastEventType(*f.logbook) == u"session.amend");
    REQUIRE(book.model()->rowCount() == 1);
    // The line counts the corrected outcome, and shows the original beside it.
    const BookLine &line = book.model()->line(0);
    CHECK(line.outcome == QString(Outcome::EndedEarly));
    REQUIRE(line.isCorrected());
    CHECK(line.corrections.first().original == Labels::outcome(QString(Outcome::Completed)));
    CHECK(cellText(book, 0, VisitingBookModel::OutcomeColumn)
        == Labels::outcome(QString(Outcome::Completed)) + u" \u2192 "_s
            + Labels::outcome(QString(Outcome::EndedEarly)));
    CHECK_FALSE(cellText(book, 0, VisitingBookModel::CorrectedColumn).isEmpty());
    const QStringList history = book.history();
    CHECK(history.filter(LineHistory::eventLabel(EventType::SignedIn)).size() == 1);
    CHECK(history.filter(LineHistory::eventLabel(EventType::CallStarted)).size() == 1);
    CHECK(history.filter(LineHistory::eventLabel(EventType::Amended)).size() == 1);
    CHECK(history.filter(u"salah pilih hasil"_s).size() == 1);
}

TEST_CASE("the integrity check runs on demand and names the first bad event", "[console][visiting-book]")
{
    ConsoleFixture f;
    f.login();
    f.signIn(f.budi);
    VisitingBookView &book = *f.window->visitingBookView();
    CHECK(book.verifyIntegrity());
    {
        RawDb raw(f.path);
        REQUIRE(raw.exec(u"DROP TRIGGER events_no_update"_s));
        REQUIRE(raw.exec(u"UPDATE events SET actor = actor + 1 WHERE seq = 3"_s));
    }
    CHECK_FALSE(book.verifyIntegrity());
    CHECK(book.integrityText().contains(u"#3"_s));
}

TEST_CASE("the visiting book pages through the sessions and filters them", "[console][visiting-book]")
{
    ConsoleFixture f;
    f.login();
    // Sign-ins cancelled again: more lines than one page.
    for (int i = 0; i < VisitingBookModel::pageSize + 5; ++i) {
        const Ticket t = f.signIn(i % 2 ? f.agus : f.budi);
        must(f.desk->calls().cancel(t.number, u"uji"_s, officer), "cancel");
    }
    f.signIn(f.joko);
    REQUIRE(f.window->showPage(ConsoleWindow::Page::VisitingBook));
    VisitingBookView &book = *f.window->visitingBookView();
    VisitingBookModel &model = *book.model();
    CHECK(model.rowCount() == VisitingBookModel::pageSize);
    CHECK(model.canFetchMore());
    model.fetchMore();
    CHECK(model.rowCount() == VisitingBookModel::pageSize + 6);
    CHECK_FALSE(model.canFetchMore());
    // Newest first, no line twice across the page boundary.
    QSet<int> tickets;
    for (int row = 0; row < model.rowCount(); ++row)
        tickets.insert(model.line(row).ticket);
    CHECK(tickets.size() == model.rowCount());
    CHECK(model.line(0).name == u"Joko Susilo");

    VisitingBook::Filter byName;
    byName.name = u"agus"_s;
    book.setFilter(byName);
    CHECK(model.rowCount() == (VisitingBookModel::pageSize + 5) / 2);
    VisitingBook::Filter byCell;
    byCell.cell = u"13"_s;
    book.setFilter(byCell);
    CHECK(model.rowCount() == 1);
    VisitingBook::Filter byOutcome;
    byOutcome.outcome = u"cancelled"_s;
    byOutcome.registerNumber = u"B I 101"_s;
    book.setFilter(byOutcome);
    CHECK(model.rowCount() == (VisitingBookModel::pageSize + 6) / 2);
    VisitingBook::Filter otherDays;
    otherDays.from = f.desk->today().addDays(1);
    book.setFilter(otherDays);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("the console is locked until an officer signs in, and wrong PINs are refused", "[console][login]")
{
    ConsoleFixture f;
    CHECK(f.window->isLocked());
    CHECK_FALSE(f.window->loginPage()->isCreatingAdmin());
    CHECK_FALSE(f.window->triggerOnSelected(Action::CallNext));
    CHECK_FALSE(f.window->loginPage()->submit(adminName, u"0000"_s));
    CHECK(f.window->loginPage()->lastReason() == u"wrong-pin");
    CHECK_FALSE(f.window->loginPage()->errorText().isEmpty());
    CHECK(f.window->isLocked());
    f.login();
    CHECK(lastEventType(*f.logbook) == u"officer.login");
    f.window->lock();
    CHECK(f.window->isLocked());
    CHECK(lastEventType(*f.logbook) == u"officer.logout");
    f.login();
    f.window->close();
    CHECK(lastEventType(*f.logbook) == u"officer.logout");
}

TEST_CASE("the console locks itself after idle time and the running calls go on", "[console][login]")
{
    ConsoleFixture f;
    f.window->setIdleLockMs(10 * 60'000);
    f.login();
    f.signIn(f.budi);
    f.callAndStart();
    f.advance(9 * 60);
    CHECK_FALSE(f.window->isLocked());
    f.advance(60);
    CHECK(f.window->isLocked());
    CHECK(lastEventType(*f.logbook) == u"officer.logout");
    CHECK(f.card().phaseKey() == u"timeup"); // the countdown did not stop behind the lock
    CHECK(f.announcer.isAlarming());
}

TEST_CASE("the first start on an empty database creates the administrator", "[console][login]")
{
    ConsoleFixture f(false);
    LoginPage &login = *f.window->loginPage();
    REQUIRE(login.isCreatingAdmin());
    CHECK_FALSE(login.submit(u"Kepala Rutan"_s, u"248613"_s, u"248614"_s));
    CHECK(login.lastReason() == u"pin-mismatch");
    CHECK(must(f.desk->officers().list()).isEmpty());
    REQUIRE(login.submit(u"Kepala Rutan"_s, u"248613"_s, u"248613"_s));
    REQUIRE(must(f.desk->officers().list()).size() == 1);
    CHECK(must(f.desk->officers().list()).first().isAdmin());
    CHECK(f.window->officer()->name == u"Kepala Rutan");
    CHECK(lastEventType(*f.logbook) == u"officer.login");
}

TEST_CASE("outside service hours the console shows a banner, during them none", "[console]")
{
    ConsoleFixture f;
    f.login();
    f.window->tick();
    CHECK(f.window->closedBannerText().isEmpty());
    f.clock.advanceSeconds(3 * 3600); // 12.00 WIB: between the windows
    f.window->tick();
    CHECK_FALSE(f.window->closedBannerText().isEmpty());
}

TEST_CASE("today's WBP without a call this week are listed until their call is done", "[console]")
{
    ConsoleFixture f;
    f.login();
    const QStringList before = f.window->notVisitedYet();
    // Cells 12 and 13 today: Budi, Agus, Eko (12) and Joko (13); Dedi (cell 4) is not today.
    CHECK(before.size() == 4);
    CHECK(before.filter(u"Dedi"_s).isEmpty());
    f.signIn(f.budi);
    f.callAndStart();
    f.advance(60);
    f.click(Action::End);
    const QStringList after = f.window->notVisitedYet();
    CHECK(after.size() == 3);
    CHECK(after.filter(u"Budi"_s).isEmpty());
}

TEST_CASE("the mute button mutes and unmutes the announcer", "[console][sound]")
{
    ConsoleFixture f;
    f.login();
    f.window->muteAction()->setChecked(true);
    CHECK(f.announcer.isMuted());
    f.window->muteAction()->setChecked(false);
    CHECK_FALSE(f.announcer.isMuted());
}

TEST_CASE("settings saved by an admin change the stations shown", "[console][settings]")
{
    ConsoleFixture f;
    f.login();
    REQUIRE(f.window->showPage(ConsoleWindow::Page::Settings));
    SettingsView &settings = *f.window->settingsView();
    settings.stations()->setText(u"1, 2, 3"_s);
    REQUIRE(settings.saveStations());
    CHECK(f.window->stationCount() == 3);
    settings.maxMinutes()->setValue(200);
    CHECK_FALSE(settings.saveCallLimits());
    CHECK(Dialogs::lastReason() == u"max-length-out-of-range");
    CHECK(f.desk->settings().call.maxMinutes == 10);
}

TEST_CASE("function keys act on the selected station and Ctrl+number selects one", "[console][keys]")
{
    ConsoleFixture f;
    f.window->show();
    QApplication::setActiveWindow(f.window.get());
    f.login();
    f.signIn(f.budi);
    f.signIn(f.agus);
    QTest::keyClick(f.window.get(), Qt::Key_2, Qt::ControlModifier);
    CHECK(f.window->selectedStation() == 2);
    QTest::keyClick(f.window.get(), Qt::Key_F2);
    REQUIRE(f.desk->calls().ticketAt(2));
    CHECK(f.desk->calls().ticketAt(2)->wbpId == QString::number(f.budi));
    QTest::keyClick(f.window.get(), Qt::Key_F5);
    CHECK(f.card(2).phaseKey() == u"running");
    QTest::keyClick(f.window.get(), Qt::Key_F9, Qt::ShiftModifier); // end and call the next
    CHECK(f.desk->calls().ticketAt(2)->wbpId == QString::number(f.agus));
    CHECK_FALSE(f.desk->calls().ticketAt(1));
}

TEST_CASE("every station action has a key of its own, and its button names that key", "[console][keys]")
{
    ConsoleFixture f;
    f.login();
    const QMetaEnum actions = QMetaEnum::fromType<Action>();
    QSet<QString> hints;
    for (int i = 0; i < actions.keyCount(); ++i) {
        const auto action = Action(actions.value(i));
        const QString hint = StationCard::shortcutHint(action);
        INFO(actions.key(i));
        CHECK_FALSE(hint.isEmpty());
        hints.insert(hint);
        if (QAbstractButton *b = f.card().button(action))
            CHECK(b->toolTip().endsWith(u" ("_s + hint + u')'));
    }
    CHECK(hints.size() == actions.keyCount());
    CHECK(StationCard::shortcuts().size() == actions.keyCount());
    CHECK(StationCard::shortcutHint(Action::EndAndCallNext) == u"Shift+F9");
}

TEST_CASE(
    "the schedule table saves a changed day and a holiday and refuses a bad window", "[console][settings]")
{
    ConsoleFixture f;
    f.login();
    REQUIRE(f.window->showPage(ConsoleWindow::Page::Settings));
    SettingsView &settings = *f.window->settingsView();
    REQUIRE(settings.week()->item(0, 0));
    CHECK(settings.week()->item(0, 0)->text() == u"12, 13"); // Monday
    settings.week()->item(0, 0)->setText(u"12, 13, 14"_s);
    settings.holidays()->setPlainText(u"2026-12-25 Natal"_s);
    REQUIRE(settings.saveSchedule());
    CHECK(f.desk->settings().schedule.week[0].cells == QStringList { u"12"_s, u"13"_s, u"14"_s });
    CHECK(f.desk->settings().schedule.holidays.value(QDate(2026, 12, 25)) == u"Natal");
    CHECK(lastEventType(*f.logbook) == u"settings.change");

    settings.week()->item(1, 1)->setText(u"11:00-08:00"_s);
    CHECK_FALSE(settings.saveSchedule());
    CHECK(Dialogs::lastReason() == u"bad-window");
    CHECK(f.desk->settings().schedule.week[1].windows.size() == 2); // unchanged
    settings.holidays()->setPlainText(u"25/12/2026 Natal"_s);
    CHECK_FALSE(settings.saveSchedule());
    CHECK(Dialogs::lastReason() == u"bad-date");
}
