// A console window on a logbook filled with weeks of demo service (DemoHistory), logged in as the
// demo admin, with dialogs answered by the test.
#pragma once

#include "DeskFixture.h"

#include "Announcer.h"
#include "ConsoleWindow.h"
#include "DemoData.h"
#include "DemoHistory.h"
#include "Dialogs.h"
#include "LoginPage.h"

namespace kj::test {

// Monday 30 November 2026, 15.00 WIB: the day's windows are over.
inline QDateTime mondayAfternoon()
{
    return QDateTime(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC);
}

struct HistoryConsoleFixture
{
    QTemporaryDir dir;
    QString path;
    FakeClock clock { mondayAfternoon() };
    std::unique_ptr<Logbook> logbook;
    std::unique_ptr<Desk> desk;
    Announcer announcer { false };
    std::unique_ptr<ConsoleWindow> window;

    explicit HistoryConsoleFixture(int days)
    {
        REQUIRE(dir.isValid());
        path = dir.filePath(u"demo.sqlite"_s);
        must(DemoHistory::fill(path, clock.nowUtc(), days, 2026), "demo history");
        logbook = openLogbook(path, clock);
        desk = std::make_unique<Desk>(*logbook, clock);
        must(desk->load(), "load desk");
        Dialogs::setTestMode(true);
        Dialogs::clear();
        window = std::make_unique<ConsoleWindow>(*desk, QString(), &announcer);
        window->resize(1366, 768);
        window->show();
        REQUIRE(window->loginPage()->submit(DemoData::officerName, DemoData::officerPin));
    }
    ~HistoryConsoleFixture() { Dialogs::clear(); }
};

// True when the image is more than one colour: something was drawn.
inline bool drawn(const QImage &image)
{
    if (image.isNull())
        return false;
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            if (image.pixel(x, y) != first)
                return true;
        }
    }
    return false;
}

} // namespace kj::test
