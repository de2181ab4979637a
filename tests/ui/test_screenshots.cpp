// Not a check: saves the console's pages as PNG for a person to look at (hidden; run with
// `ui_tests "[.screenshots]"`, folder from KUNJUNGAN_SHOTS, default /tmp/kunjungan-shots).
#include "ConsoleFixture.h"

#include "LogbookView.h"

#include <QDir>

using namespace kj;
using namespace kj::test;
using Action = StationCard::Action;

TEST_CASE("screenshots of the console at the two target sizes", "[.screenshots]")
{
    const QString folder = qEnvironmentVariable("KUNJUNGAN_SHOTS", u"/tmp/kunjungan-shots"_s);
    QDir().mkpath(folder);
    ConsoleFixture f;
    for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
        f.window->resize(size);
        f.window->show();
        REQUIRE(f.window->grab().save(u"%1/login-%2.png"_s.arg(folder).arg(size.width())));
    }
    f.login();
    f.signIn(f.budi);
    f.signIn(f.agus);
    f.signIn(f.joko);
    f.click(Action::CallNext, 1);
    f.click(Action::Start, 1);
    f.click(Action::CallNext, 2);
    f.advance(4 * 60 + 25);
    for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
        f.window->resize(size);
        REQUIRE(f.window->grab().save(u"%1/desk-%2.png"_s.arg(folder).arg(size.width())));
    }
    f.click(Action::Start, 2);
    f.advance(60);
    f.click(Action::End, 1);
    REQUIRE(f.window->showPage(ConsoleWindow::Page::Logbook));
    LogbookView &book = *f.window->logbookView();
    const qint64 ended = book.model()->line(book.model()->rowCount() - 1).id; // the first call, ended
    must(f.desk->amend(ended, u"outcome"_s, QString(Outcome::Stopped), u"dihentikan, bukan selesai"_s, officer));
    must(f.desk->amend(ended, u"duration"_s, u"4"_s, u"jam dinding"_s, officer));
    book.model()->reload();
    book.selectRow(0);
    for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
        f.window->resize(size);
        REQUIRE(f.window->grab().save(u"%1/logbook-%2.png"_s.arg(folder).arg(size.width())));
    }
    f.window->resize(1366, 768);
    f.window->showPage(ConsoleWindow::Page::Desk);
    f.advance(300);
    REQUIRE(f.window->grab().save(u"%1/desk-timeup-1366.png"_s.arg(folder)));
    REQUIRE(f.window->showPage(ConsoleWindow::Page::Settings));
    REQUIRE(f.window->grab().save(u"%1/settings-1366.png"_s.arg(folder)));
    REQUIRE(f.window->showPage(ConsoleWindow::Page::Roster));
    REQUIRE(f.window->grab().save(u"%1/roster-1366.png"_s.arg(folder)));
}
