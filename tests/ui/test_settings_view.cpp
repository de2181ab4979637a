#include "ConsoleFixture.h"

#include "SettingsView.h"

#include <QComboBox>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>

using namespace kj;
using namespace kj::test;

namespace {

SettingsView &openSettings(ConsoleFixture &f)
{
    f.login();
    REQUIRE(f.window->showPage(ConsoleWindow::Page::Settings));
    return *f.window->settingsView();
}

void fillSpecialDay(SettingsView &settings, int row, const QStringList &texts)
{
    for (int column = 0; column < texts.size(); ++column) {
        REQUIRE(settings.specialDays()->item(row, column));
        settings.specialDays()->item(row, column)->setText(texts[column]);
    }
}

} // namespace

TEST_CASE("special days are added to the schedule, shown again, removed, and a bad date or window is refused",
    "[console][settings]")
{
    ConsoleFixture f;
    SettingsView &settings = openSettings(f);
    CHECK(settings.specialDays()->rowCount() == 0);

    // Christmas Eve 2026 is a Thursday (cells 5 and 6): extra cells and an afternoon.
    settings.addSpecialDayRow();
    settings.addSpecialDayRow(); // left empty: ignored
    fillSpecialDay(
        settings, 0, { u"2026-12-24"_s, u"5, 6, Kamar 9"_s, u"08:00-11:00, 13:00-16:00"_s, u"Natal"_s });
    REQUIRE(settings.saveSchedule());
    CHECK(lastEventType(*f.logbook) == u"settings.change");
    const QDate eve(2026, 12, 24);
    const auto &special = f.desk->settings().schedule.specialDays;
    REQUIRE(special.contains(eve));
    CHECK(special.value(eve).cells == QStringList { u"5"_s, u"6"_s, u"9"_s });
    CHECK(special.value(eve).windows.size() == 2);
    CHECK(special.value(eve).note == u"Natal");
    const DayPlan plan = f.desk->schedule().dayPlan(eve);
    CHECK(plan.special);
    CHECK(plan.cells.contains(u"9"_s));
    // The saved table is shown again as stored, one row a day.
    REQUIRE(settings.specialDays()->rowCount() == 1);
    CHECK(settings.specialDays()->item(0, 0)->text() == u"2026-12-24");
    CHECK(settings.specialDays()->item(0, 1)->text() == u"5, 6, 9");

    settings.addSpecialDayRow();
    fillSpecialDay(settings, 1, { u"24/12/2026"_s, QString(), u"08:00-11:00"_s, QString() });
    CHECK_FALSE(settings.saveSchedule());
    CHECK(Dialogs::lastReason() == u"bad-date");
    fillSpecialDay(settings, 1, { u"2026-12-31"_s, QString(), QString(), u"tutup"_s });
    CHECK_FALSE(settings.saveSchedule());
    CHECK(Dialogs::lastReason() == u"special-day-no-window");
    fillSpecialDay(settings, 1, { u"2026-12-31"_s, QString(), u"11:00-08:00"_s, QString() });
    CHECK_FALSE(settings.saveSchedule());
    CHECK(Dialogs::lastReason() == u"bad-window");
    CHECK(f.desk->settings().schedule.specialDays.size() == 1); // nothing of the refused saves

    settings.specialDays()->selectRow(0);
    REQUIRE(settings.removeSelectedSpecialDay());
    settings.specialDays()->selectRow(0);
    REQUIRE(settings.removeSelectedSpecialDay());
    REQUIRE(settings.saveSchedule());
    CHECK(f.desk->settings().schedule.specialDays.isEmpty());
}

TEST_CASE("an admin sets an officer's new PIN, deactivates and reactivates them; the last admin stays",
    "[console][settings][login]")
{
    ConsoleFixture f;
    SettingsView &settings = openSettings(f);
    REQUIRE(settings.officers()->rowCount() == 2);
    CHECK_FALSE(settings.resetSelectedPin()); // nobody selected
    REQUIRE(settings.selectOfficer(officerName));

    Dialogs::pushAnswer(QVariantMap { { u"pin"_s, u"864209"_s }, { u"again"_s, u"864210"_s } });
    CHECK_FALSE(settings.resetSelectedPin());
    CHECK(Dialogs::lastReason() == u"pin-mismatch");
    Dialogs::pushAnswer(QVariantMap { { u"pin"_s, u"864209"_s }, { u"again"_s, u"864209"_s } });
    REQUIRE(settings.resetSelectedPin());
    CHECK(lastEventType(*f.logbook) == u"officer.pin");
    CHECK(f.desk->officers().login(officerName, officerPin).error().reason == u"wrong-pin");
    CHECK(f.desk->officers().login(officerName, u"864209"_s).ok());

    REQUIRE(settings.selectOfficer(officerName));
    Dialogs::pushAnswer(false); // not confirmed
    CHECK_FALSE(settings.toggleSelectedOfficer());
    CHECK(must(f.desk->officers().list()).size() == 2);
    Dialogs::pushAnswer(true);
    REQUIRE(settings.toggleSelectedOfficer());
    CHECK(lastEventType(*f.logbook) == u"officer.active");
    CHECK(must(f.desk->officers().list()).size() == 1);
    CHECK(settings.officers()->rowCount() == 2); // still listed, as inactive
    CHECK(settings.selectOfficer(officerName)); // kept selected across the reload
    // The lock screen no longer offers him, and his PIN no longer opens the console.
    f.window->lock();
    CHECK_FALSE(f.window->loginPage()->submit(officerName, u"864209"_s));
    f.login();
    f.window->showPage(ConsoleWindow::Page::Settings);
    REQUIRE(settings.selectOfficer(officerName));
    REQUIRE(settings.toggleSelectedOfficer()); // reactivation asks nothing
    CHECK(must(f.desk->officers().list()).size() == 2);

    // The admin cannot deactivate herself (and is the last admin).
    REQUIRE(settings.selectOfficer(adminName));
    Dialogs::pushAnswer(true);
    CHECK_FALSE(settings.toggleSelectedOfficer());
    CHECK(Dialogs::lastReason() == u"self");
    CHECK(must(f.desk->officers().list()).size() == 2);
}

TEST_CASE("the console's language is saved as a setting for the next start", "[console][settings]")
{
    ConsoleFixture f;
    SettingsView &settings = openSettings(f);
    CHECK(settings.language()->currentData().toString() == u"id");
    settings.language()->setCurrentIndex(settings.language()->findData(u"en"_s));
    REQUIRE(settings.saveLanguage());
    CHECK(lastEventType(*f.logbook) == u"settings.change");
    CHECK(f.desk->settings().language == u"en");
    CHECK(Dialogs::shown().last().startsWith(u"info|"_s));
    f.window.reset();
    f.reopen();
    CHECK(f.desk->settings().language == u"en");
}

TEST_CASE(
    "a station ticked as this desk PC keeps its tick while the names are edited, and is saved with them",
    "[console][settings][whatsapp]")
{
    ConsoleFixture f;
    SettingsView &settings = openSettings(f);
    REQUIRE(settings.deskPcStations()->count() == 2);
    CHECK(settings.deskPcStations()->item(1)->checkState() == Qt::Unchecked);
    settings.stations()->setText(u"1, 2, PC meja"_s);
    REQUIRE(settings.deskPcStations()->count() == 3);
    settings.deskPcStations()->item(2)->setCheckState(Qt::Checked);
    settings.stations()->setText(u"Depan, 1, 2, PC meja"_s); // a station added before it
    REQUIRE(settings.deskPcStations()->count() == 4);
    CHECK(settings.deskPcStations()->item(3)->checkState() == Qt::Checked);
    REQUIRE(settings.saveStations());
    CHECK(f.desk->settings().stations.size() == 4);
    CHECK(f.desk->settings().isDeskPc(4));
    CHECK_FALSE(f.desk->settings().isDeskPc(1));
    CHECK(f.card(4).whatsAppButton());
    // Shown again as stored.
    settings.load();
    CHECK(settings.deskPcStations()->item(3)->checkState() == Qt::Checked);
    CHECK(settings.deskPcStations()->item(0)->checkState() == Qt::Unchecked);
}

TEST_CASE(
    "Pengaturan says the chime alone calls where there is no Indonesian voice, and Tes suara sounds a call",
    "[console][settings][sound]")
{
    ConsoleFixture f; // its announcer plays nothing and has no voice
    SettingsView &settings = openSettings(f);
    CHECK(f.announcer.voice() == Announcer::Voice::None);
    CHECK(settings.voiceText().contains(u"tidak ada suara bahasa Indonesia"_s));
    CHECK(settings.voiceText().contains(u"lonceng"_s));
    auto *test = settings.findChild<QPushButton *>(u"testSound"_s);
    REQUIRE(test);
    CHECK(test->text() == u"Tes suara");
    test->click();
    const QString spoken
        = u"Tes suara. Nomor antrian A nol nol satu, kamar dua belas, silakan ke bilik satu"_s;
    CHECK(f.announcer.requests() == QStringList { u"chime"_s, u"speech:"_s + spoken });
    f.window->muteAction()->setChecked(true);
    settings.load();
    CHECK(settings.voiceText().contains(u"dibisukan"_s));
    f.window->muteAction()->setChecked(false); // the mute is remembered for the next console
}
