// The desk as a new officer finds it (issue 16): the demo login works at once, the reports count
// the morning's queue as not finished, the station card's buttons stay put, "did not come" asks
// first, "add time" stops at the maximum, Data WBP says what it lists and adds one WBP, an empty
// desk shows its first steps, the visiting book fits 1366 px, forms show their whole title, and
// times and date hints are written the Indonesian way.
#include "ConsoleFixture.h"

#include "ComplaintsView.h"
#include "DemoData.h"
#include "FormDialog.h"
#include "Format.h"
#include "Reports.h"
#include "ReportsView.h"
#include "RosterCsv.h"
#include "RosterView.h"
#include "SettingsView.h"
#include "SetupGuide.h"

#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace kj;
using namespace kj::test;
using Action = StationCard::Action;

TEST_CASE("the demo login has the officer its hint names already chosen, so the hint's PIN works",
    "[console][first-day]")
{
    ConsoleFixture f; // its officers come before "Petugas Demo" in the list
    must(f.desk->officers().add(
        DemoData::officerName, u"admin"_s, DemoData::officerPin, QString(Actor::System)));
    ConsoleWindow demo(*f.desk, u"MODE DEMO"_s, &f.announcer);
    CHECK(must(f.desk->officers().list()).first().name != DemoData::officerName);
    CHECK(demo.loginPage()->chosenOfficer() == DemoData::officerName);
    CHECK(demo.loginPage()->submit(demo.loginPage()->chosenOfficer(), DemoData::officerPin));
    // Outside the demo the list keeps its order.
    CHECK(f.window->loginPage()->chosenOfficer() == must(f.desk->officers().list()).first().name);
}

TEST_CASE("during service hours the daily report counts the waiting WBP as not finished yet",
    "[console][reports][first-day]")
{
    ConsoleFixture f;
    f.login();
    f.signIn(f.budi);
    f.signIn(f.agus);
    f.signIn(f.joko);
    f.callAndStart();
    f.advance(5 * 60);
    f.click(Action::End);
    REQUIRE(f.window->showPage(ConsoleWindow::Page::Reports));
    ReportsView &reports = *f.window->reportsView();
    // The totals row as the page prints it, under "Belum selesai" and "Tidak terlayani saat tutup".
    auto shown = [&](const Tally &totals) {
        QStringList labels;
        QStringList values;
        for (const auto &[label, value] : Reports::totalsText(totals)) {
            labels.append(label);
            values.append(value);
        }
        CHECK(labels.contains(u"Belum selesai"_s));
        CHECK(labels.contains(u"Tidak terlayani saat tutup"_s));
        reports.showReport(ReportsView::Kind::Daily, f.desk->today());
        // The preview puts a table's cells a line each.
        return reports.previewText().contains(labels.join(u'\n'))
            && reports.previewText().contains(values.join(u'\n'));
    };
    const Tally morning = must(Reports::dailyRegister(*f.desk, f.desk->today())).totals;
    CHECK(morning.unfinished == 2);
    CHECK(morning.unserved == 0);
    CHECK(shown(morning));
    reports.showReport(ReportsView::Kind::Monthly, f.desk->today());
    const Tally month = must(Reports::monthlyRecap(*f.desk, f.desk->today())).total;
    CHECK(month.servedPercent() == 100.0); // "Dilayani 100,0 %", not 33,3
    CHECK(reports.previewText().contains(Reports::tallyCells(month).join(u'\n')));

    f.clock.advanceSeconds(6 * 3600); // after the day's last window (14.30)
    const Tally evening = must(Reports::dailyRegister(*f.desk, f.desk->today())).totals;
    CHECK(evening.unfinished == 0);
    CHECK(evening.unserved == 2);
    CHECK(shown(evening));
}

TEST_CASE("the station card's buttons stay where they are whatever the card shows", "[console][first-day]")
{
    ConsoleFixture f;
    f.window->show();
    f.login();
    QApplication::processEvents();
    StationCard &card = f.card();
    auto where = [&] {
        QApplication::processEvents();
        QList<QRect> places;
        for (const Action action : { Action::CallNext, Action::NoShow, Action::Start, Action::End }) {
            QAbstractButton *b = card.button(action);
            places.append(QRect(b->mapTo(&card, QPoint(0, 0)), b->size()));
        }
        return places;
    };
    const auto free = where(); // nobody waiting: "Tidak ada yang menunggu"
    f.signIn(f.budi);
    f.signIn(f.agus);
    f.window->tick();
    CHECK(where() == free); // "Tekan Panggil berikutnya (F2)"
    f.click(Action::CallNext);
    CHECK(card.phaseKey() == u"called");
    CHECK(where() == free); // two lines of hint, a name, family and phone
    f.click(Action::Start);
    CHECK(where() == free);
    f.advance(4 * 60);
    CHECK(card.phaseKey() == u"warning");
    CHECK(where() == free);
    f.click(Action::DropResume);
    CHECK(card.phaseKey() == u"paused");
    CHECK(where() == free);
    f.click(Action::DropResume);
    f.advance(2 * 60);
    CHECK(card.phaseKey() == u"timeup");
    CHECK(where() == free);
}

TEST_CASE("\"did not come\" asks first, names the WBP, and changes nothing when the officer says no",
    "[console][first-day]")
{
    ConsoleFixture f;
    f.login();
    const Ticket budi = f.signIn(f.budi);
    f.click(Action::CallNext);
    const qint64 events = eventCount(*f.logbook);
    CHECK_FALSE(f.card().trigger(Action::NoShow)); // the question left unanswered: no
    CHECK(f.card().phaseKey() == u"called");
    CHECK(eventCount(*f.logbook) == events);
    Dialogs::pushAnswer(false);
    f.click(Action::NoShow);
    CHECK(f.card().phaseKey() == u"called");
    CHECK(eventCount(*f.logbook) == events);

    Dialogs::pushAnswer(true);
    CHECK(f.card().trigger(Action::NoShow));
    CHECK(f.card().phaseKey() == u"free");
    CHECK(f.session(budi.number, u"outcome"_s).toString() == u"no-show");
}

TEST_CASE("\"add time\" is off at the maximum and says why", "[console][first-day]")
{
    ConsoleFixture f;
    f.login();
    f.signIn(f.budi);
    f.callAndStart();
    QAbstractButton *extend = f.card().button(Action::Extend);
    CHECK(extend->isEnabled());
    Dialogs::pushAnswer(QVariantMap { { u"minutes"_s, 5 }, { u"reason"_s, u"keluarga dari jauh"_s } });
    f.click(Action::Extend);
    CHECK(f.desk->calls().timer(1)->extensionMinutesLeft() == 0);
    CHECK_FALSE(extend->isEnabled());
    CHECK(extend->toolTip().contains(u"10 menit"_s));
    CHECK_FALSE(f.card().trigger(Action::Extend));
    CHECK(Dialogs::shown().isEmpty()); // no "0 minutes added", no dialog
}

TEST_CASE("a number typed above what the form allows is refused in the form with the reason",
    "[console][first-day]")
{
    FormField minutes { u"minutes"_s, u"Menit"_s, FormField::Kind::Number, 1, 1, 5 };
    FormField reason { u"reason"_s, u"Alasan"_s, FormField::Kind::Text };
    reason.required = true;
    FormDialog dialog(u"Tambah waktu di bilik 1"_s, { minutes, reason });
    dialog.show();
    auto *spin = qobject_cast<QSpinBox *>(dialog.editor(u"minutes"_s));
    REQUIRE(spin);
    spin->selectAll();
    QTest::keyClicks(spin, u"9"_s);
    CHECK(spin->value() == 9); // typed, not dropped
    QTest::keyClicks(dialog.editor(u"reason"_s), u"keluarga dari jauh"_s);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.problem() == u"Menit: paling banyak 5."_s);
    spin->setValue(3);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.values().value(u"minutes"_s).toInt() == 3);
    CHECK(dialog.values().value(u"reason"_s).toString() == u"keluarga dari jauh");
}

TEST_CASE("a form is wide enough for its whole title", "[console][first-day]")
{
    const QString title = u"Tambah kontak keluarga untuk Muhammad Maulana Ibrahim"_s;
    FormDialog dialog(title, { FormField { u"name"_s, u"Nama"_s } });
    dialog.show();
    QApplication::processEvents();
    QFont titleFont = QApplication::font("QMdiSubWindowTitleBar");
    titleFont.setBold(true);
    CHECK(dialog.titleWidth() > QFontMetrics(titleFont).horizontalAdvance(title));
    CHECK(dialog.width() >= dialog.titleWidth());
}

TEST_CASE("Data WBP says it lists today's cells, shows the whole roster on demand and adds one WBP by hand",
    "[console][roster][first-day]")
{
    ConsoleFixture f;
    f.login();
    REQUIRE(f.window->showPage(ConsoleWindow::Page::Roster));
    RosterView &roster = *f.window->rosterView();
    // Four of the five are in Monday's cells 12 and 13; Dedi (cell 4) is not listed.
    CHECK(roster.rowCount() == 4);
    CHECK(roster.scopeText()
        == u"Kamar hari ini (12 dan 13): 4 dari 5 WBP di data. Cari yang lain, atau tampilkan semua."_s);
    roster.showAll();
    CHECK(roster.rowCount() == 5);
    CHECK(roster.scopeText().contains(u"5"_s));

    Dialogs::pushAnswer(QVariantMap { { u"name"_s, u"Hendra Wijaya"_s }, { u"number"_s, u"B I 77/2026"_s },
        { u"cell"_s, u"4"_s }, { u"block"_s, QString() } });
    REQUIRE(roster.addWbp());
    CHECK(Dialogs::lastForm().first() == u"Tambah WBP");
    CHECK(roster.rowCount() == 1);
    const auto hendra = must(f.desk->roster().wbpByRegisterNumber(u"B I 77/2026"_s));
    REQUIRE(hendra);
    CHECK(roster.selectedWbp() == hendra->id);
    CHECK(must(f.desk->roster().size()).wbp == 6);

    // The same number again: refused with the desk's message, nothing added.
    Dialogs::pushAnswer(QVariantMap { { u"name"_s, u"Orang Lain"_s }, { u"number"_s, u"B I 77/2026"_s },
        { u"cell"_s, u"4"_s }, { u"block"_s, QString() } });
    CHECK_FALSE(roster.addWbp());
    CHECK(Dialogs::lastReason() == u"roster-duplicate-register");
    CHECK(must(f.desk->roster().size()).wbp == 6);
}

TEST_CASE("the roster import explains its columns and saves a sample CSV that imports as it is",
    "[console][roster][first-day]")
{
    ConsoleFixture f;
    f.login();
    REQUIRE(f.window->showPage(ConsoleWindow::Page::Roster));
    RosterView &roster = *f.window->rosterView();
    CHECK(RosterImport::rosterColumnsText().contains(u"No. Registrasi"_s));
    CHECK(RosterImport::rosterColumnsText().contains(u"Lokasi Sel"_s));
    CHECK(RosterImport::contactsColumnsText().contains(u"Saudara Kandung"_s));

    const QString sample = f.dir.filePath(u"contoh-penghuni.csv"_s);
    Dialogs::pushAnswer(1); // save a sample
    Dialogs::pushAnswer(sample);
    CHECK_FALSE(roster.importRoster()); // nothing imported yet
    QFile file(sample);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const auto parsed = RosterCsv::parse(file.readAll());
    REQUIRE(parsed);
    CHECK(parsed.value().size() == 3);
    CHECK(QFileInfo(sample).isWritable());

    Dialogs::pushAnswer(0); // choose the file
    Dialogs::pushAnswer(sample);
    Dialogs::pushAnswer(true); // import
    REQUIRE(roster.importRoster());
    // The sample's three are the fixture's Budi, Agus and Joko; the file releases the other two.
    CHECK(must(f.desk->roster().size()).wbp == 3);

    const QString contacts = f.dir.filePath(u"contoh-keluarga.csv"_s);
    Dialogs::pushAnswer(1);
    Dialogs::pushAnswer(contacts);
    CHECK_FALSE(roster.importContacts());
    Dialogs::pushAnswer(0);
    Dialogs::pushAnswer(contacts);
    Dialogs::pushAnswer(true);
    CHECK(roster.importContacts());
}

TEST_CASE(
    "an empty desk shows its first steps, each leading to the page that does it", "[console][first-day]")
{
    QTemporaryDir dir;
    FakeClock clock(mondayNine());
    auto logbook = openLogbook(dir.filePath(u"baru.sqlite"_s), clock);
    Desk desk(*logbook, clock);
    must(desk.load());
    Dialogs::setTestMode(true);
    Dialogs::clear();
    Announcer silent(false);
    ConsoleWindow window(desk, QString(), &silent);
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.loginPage()->submit(adminName, adminPin, adminPin)); // the first admin
    SetupGuide *guide = window.setupGuide();
    REQUIRE(guide);
    CHECK(guide->isVisible());
    QStringList steps = guide->steps();
    REQUIRE(steps.size() == 3);
    CHECK(steps[0].startsWith(u"1. Impor daftar penghuni"_s));
    CHECK(steps[1].startsWith(u"2. "_s));
    CHECK(steps[2].startsWith(u"3. "_s));

    guide->findChild<QPushButton *>(u"setupRoster"_s)->click(); // the import's guide: cancelled
    CHECK(window.currentPage() == ConsoleWindow::Page::Roster);
    window.showPage(ConsoleWindow::Page::Desk);
    guide->findChild<QPushButton *>(u"setupOfficers"_s)->click();
    CHECK(window.currentPage() == ConsoleWindow::Page::Settings);

    const QString actor = Actor::officer(window.officer()->id);
    must(desk.roster().importRoster(
        { rosterRow(2, u"Budi Santoso"_s, u"B I 101/2025"_s, u"12"_s) }, u"a.csv"_s, actor));
    window.showPage(ConsoleWindow::Page::Desk);
    steps = guide->steps();
    CHECK(steps[0].startsWith(u"✓"_s));
    CHECK(guide->isVisible()); // no family contact yet
    must(desk.roster().addContact(must(desk.roster().wbpByRegisterNumber(u"B I 101/2025"_s))->id, u"Siti"_s,
        u"Istri"_s, u"081234567890"_s, true, actor));
    CHECK_FALSE(guide->isVisible());
    Dialogs::clear();
}

TEST_CASE("the visiting book shows every column at 1366×768", "[console][visiting-book][first-day]")
{
    ConsoleFixture f;
    f.window->show();
    f.login();
    VisitingBookView &book = f.oneCallInTheBook();
    QApplication::processEvents();
    auto *table = book.findChild<QTableView *>();
    REQUIRE(table);
    const QHeaderView *header = table->horizontalHeader();
    CHECK(header->length() <= table->viewport()->width());
    CHECK_FALSE(table->horizontalScrollBar()->isVisible());
    for (int column = 0; column < VisitingBookModel::ColumnCount; ++column) {
        INFO("column " << column);
        CHECK(header->sectionViewportPosition(column) + header->sectionSize(column)
            <= table->viewport()->width());
    }
    CHECK(header->sectionSize(VisitingBookModel::NameColumn) >= 120);
}

TEST_CASE("the settings write times the Indonesian way and a longer maximum needs its reason",
    "[console][settings][first-day]")
{
    ConsoleFixture f;
    f.login();
    REQUIRE(f.window->showPage(ConsoleWindow::Page::Settings));
    SettingsView &settings = *f.window->settingsView();
    CHECK(settings.week()->item(0, 1)->text() == u"08.00-11.00, 13.00-14.30");
    for (int column = 0; column < 2; ++column)
        CHECK_FALSE(settings.week()->horizontalHeaderItem(column)->text().contains(u"HH"_s));
    // Saved as shown, and read back the same.
    CHECK(settings.saveSchedule());
    CHECK(settings.week()->item(0, 1)->text() == u"08.00-11.00, 13.00-14.30");
    CHECK(f.desk->schedule().config().week[0].windows.size() == 2);

    CHECK_FALSE(settings.maxReason()->isEnabled());
    settings.maxMinutes()->setValue(15);
    CHECK(settings.maxReason()->isEnabled());
    CHECK_FALSE(settings.saveCallLimits());
    CHECK(Dialogs::lastReason() == u"max-above-standard");
    CHECK(f.desk->settings().call.maxMinutes == 10);
    settings.maxReason()->setText(u"keluarga di luar pulau"_s);
    CHECK(settings.saveCallLimits());
    CHECK(f.desk->settings().call.maxMinutes == 15);

    REQUIRE(f.window->showPage(ConsoleWindow::Page::Reports));
    f.window->reportsView()->showReport(ReportsView::Kind::Daily, f.desk->today());
    const QString report = f.window->reportsView()->previewText();
    CHECK(report.contains(u"maksimal 15 menit"_s));
    CHECK(report.contains(u"keluarga di luar pulau"_s));
}

TEST_CASE("date hints in the forms are written the Indonesian way", "[console][first-day]")
{
    ConsoleFixture f;
    f.login();
    REQUIRE(f.window->showPage(ConsoleWindow::Page::Roster));
    f.window->rosterView()->selectRow(0);
    CHECK_FALSE(f.window->rosterView()->addRestriction()); // the form, cancelled
    const QRegularExpression englishHint(u"yyyy|mm/|dd/|HH:mm"_s);
    CHECK(Dialogs::lastForm().join(u'|').contains(u"hh/bb/tttt"_s));
    CHECK_FALSE(Dialogs::lastForm().join(u'|').contains(englishHint));
    REQUIRE(f.window->showPage(ConsoleWindow::Page::Complaints));
    CHECK_FALSE(f.window->complaintsView()->addComplaint());
    CHECK(Dialogs::lastForm().join(u'|').contains(u"hh/bb/tttt"_s));
    CHECK_FALSE(Dialogs::lastForm().join(u'|').contains(englishHint));
    REQUIRE(f.window->showPage(ConsoleWindow::Page::Settings));
    for (int column = 0; column < f.window->settingsView()->specialDays()->columnCount(); ++column)
        CHECK_FALSE(f.window->settingsView()->specialDays()->horizontalHeaderItem(column)->text().contains(
            englishHint));
}

TEST_CASE("no page of the desk shows a time of day with a colon", "[console][first-day]")
{
    ConsoleFixture f;
    f.window->show();
    f.login();
    f.oneCallInTheBook();
    f.signIn(f.agus);
    const QRegularExpression colonTime(u"\\b([01]\\d|2[0-3]):[0-5]\\d\\b"_s);
    for (const auto page :
        { ConsoleWindow::Page::Desk, ConsoleWindow::Page::VisitingBook, ConsoleWindow::Page::Reports,
            ConsoleWindow::Page::Complaints, ConsoleWindow::Page::Roster, ConsoleWindow::Page::Settings }) {
        REQUIRE(f.window->showPage(page));
        QApplication::processEvents();
        QStringList texts;
        for (QLabel *l : f.window->findChildren<QLabel *>()) {
            // The countdowns are minutes and seconds of a call, not times of day.
            if (l->isVisible() && l->objectName() != u"countdown")
                texts.append(l->text());
        }
        for (QTableWidget *t : f.window->findChildren<QTableWidget *>()) {
            for (int r = 0; t->isVisible() && r < t->rowCount(); ++r)
                for (int c = 0; c < t->columnCount(); ++c)
                    texts.append(t->item(r, c) ? t->item(r, c)->text() : QString());
        }
        for (QTableView *v : f.window->findChildren<QTableView *>()) {
            for (int r = 0; v->isVisible() && r < v->model()->rowCount(); ++r)
                for (int c = 0; c < v->model()->columnCount(); ++c)
                    texts.append(v->model()->index(r, c).data().toString());
        }
        for (QTextBrowser *b : f.window->findChildren<QTextBrowser *>()) {
            if (b->isVisible())
                texts.append(b->toPlainText());
        }
        for (const QString &text : std::as_const(texts)) {
            INFO("page " << int(page) << ": " << text.toStdString());
            CHECK_FALSE(text.contains(colonTime));
        }
    }
}

TEST_CASE("every table header on the desk's pages shows its whole text at 1366×768", "[console][first-day]")
{
    ConsoleFixture f;
    f.window->show();
    f.login();
    f.oneCallInTheBook();
    f.signIn(f.agus);
    for (const auto page :
        { ConsoleWindow::Page::Desk, ConsoleWindow::Page::VisitingBook, ConsoleWindow::Page::Complaints,
            ConsoleWindow::Page::Roster, ConsoleWindow::Page::Capacity, ConsoleWindow::Page::Settings }) {
        REQUIRE(f.window->showPage(page));
        QApplication::processEvents();
        for (QHeaderView *header : f.window->findChildren<QHeaderView *>()) {
            if (!header->isVisible() || header->orientation() != Qt::Horizontal || !header->model())
                continue;
            for (int section = 0; section < header->count(); ++section) {
                if (header->isSectionHidden(section))
                    continue;
                const QString text = header->model()->headerData(section, Qt::Horizontal).toString();
                int widest = 0;
                for (const QString &line : text.split(u'\n'))
                    widest = qMax(widest, header->fontMetrics().horizontalAdvance(line));
                INFO("page " << int(page) << ", header " << text.toStdString());
                CHECK(widest + 8 <= header->sectionSize(section));
            }
        }
    }
}
