// A console window on a real logbook file with the desk fixture's roster, a silent announcer (or,
// for the hall's sound test, one that plays) and dialogs answered by the test.
#pragma once

#include "DeskFixture.h"

#include "Announcer.h"
#include "ConsoleWindow.h"
#include "Dialogs.h"
#include "LoginPage.h"
#include "VisitingBookView.h"

#include <QAbstractButton>
#include <QAction>
#include <QLineEdit>
#include <QSpinBox>

namespace kj::test {

inline const QString adminName = u"Ani Wulandari"_s;
inline const QString adminPin = u"248613"_s;
inline const QString officerName = u"Rudi Hartono"_s;
inline const QString officerPin = u"135724"_s;

struct ConsoleFixture : DeskFixture
{
    Announcer announcer;
    std::unique_ptr<ConsoleWindow> window;

    explicit ConsoleFixture(bool withOfficers = true, bool sound = false)
        : DeskFixture(false) // the console's own officers below: Ani is officer 1
        , announcer(sound)
    {
        Dialogs::setTestMode(true);
        Dialogs::clear();
        if (withOfficers) {
            must(desk->officers().add(adminName, u"admin"_s, adminPin, QString(Actor::System)), "add admin");
            must(desk->officers().add(officerName, u"officer"_s, officerPin, QString(Actor::System)),
                "add officer");
        }
        window = std::make_unique<ConsoleWindow>(*desk, QString(), &announcer);
        window->resize(1366, 768);
    }
    ~ConsoleFixture() { Dialogs::clear(); }

    void login(const QString &name = adminName, const QString &pin = adminPin)
    {
        REQUIRE(window->loginPage()->submit(name, pin));
        REQUIRE_FALSE(window->isLocked());
    }

    StationCard &card(int station = 1)
    {
        StationCard *c = window->card(station);
        REQUIRE(c);
        return *c;
    }

    // Clicks a station's button as the officer does (a disabled button does nothing).
    void click(StationCard::Action action, int station = 1)
    {
        auto *b = card(station).button(action);
        REQUIRE(b);
        REQUIRE(b->isEnabled());
        b->click();
    }

    // Panggil berikutnya, then Mulai (the family answered), as the officer clicks them.
    void callAndStart(int station = 1)
    {
        click(StationCard::Action::CallNext, station);
        click(StationCard::Action::Start, station);
    }

    void advance(qint64 seconds)
    {
        clock.advanceSeconds(seconds);
        window->tick();
    }

    // Budi signs in, is called to station 1 and talks for `seconds`; then the visiting book is
    // opened on his line.
    VisitingBookView &oneCallInTheBook(qint64 seconds = 200)
    {
        signIn(budi);
        callAndStart();
        advance(seconds);
        click(StationCard::Action::End);
        REQUIRE(window->showPage(ConsoleWindow::Page::VisitingBook));
        return *window->visitingBookView();
    }

    int requestCount(const QString &what) const { return int(announcer.requests().count(what)); }
};

} // namespace kj::test
