#include "ConsoleFixture.h"

#include "RosterView.h"

using namespace kj;
using namespace kj::test;

TEST_CASE("the roster page lists a cell and adds, approves and restricts through the desk", "[console][roster]")
{
    ConsoleFixture f;
    f.login();
    REQUIRE(f.window->showPage(ConsoleWindow::Page::Roster));
    RosterView &roster = *f.window->rosterView();
    roster.search(u"12"_s);
    CHECK(roster.rowCount() == 3); // Budi, Agus, Eko
    roster.search(u"joko"_s);
    REQUIRE(roster.rowCount() == 1);
    roster.selectRow(0);
    CHECK(roster.selectedWbp() == f.joko);
    CHECK(roster.contactLines().size() == 1);

    CHECK_FALSE(roster.addContact()); // cancelled
    Dialogs::pushAnswer(QVariantMap{{u"name"_s, u"Wati"_s}, {u"relation"_s, u"spouse"_s},
                                    {u"phone"_s, u"0812 9999 0000"_s}, {u"approved"_s, u"no"_s}});
    REQUIRE(roster.addContact());
    const QStringList contacts = roster.contactLines();
    REQUIRE(contacts.size() == 2);
    CHECK(contacts.filter(u"0812-9999-0000"_s).size() == 1);
    Dialogs::pushAnswer(QVariantMap{{u"name"_s, u"X"_s}, {u"relation"_s, u"spouse"_s},
                                    {u"phone"_s, u"12"_s}, {u"approved"_s, u"no"_s}});
    CHECK_FALSE(roster.addContact());
    CHECK(Dialogs::lastReason().startsWith(u"phone-"_s));

    Dialogs::pushAnswer(QVariantMap{{u"reason"_s, u"sanksi disiplin"_s}, {u"from"_s, u"30/11/2026"_s}, {u"to"_s, u"06/12/2026"_s}});
    REQUIRE(roster.addRestriction());
    REQUIRE(roster.restrictionLines().size() == 1);
    CHECK(f.desk->activeRestriction(f.joko, f.desk->today()));
    const auto check = f.desk->checkSignIn(f.joko);
    REQUIRE_FALSE(check.ok());
    CHECK(check.error().reason == u"restricted");
}
