#include "ConsoleFixture.h"

#include "RosterView.h"

#include <QFile>

using namespace kj;
using namespace kj::test;

namespace {

// A file in the test's folder, as an officer's import would pick it.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

} // namespace

TEST_CASE(
    "the roster page lists a cell and adds, approves and restricts through the desk", "[console][roster]")
{
    ConsoleFixture f;
    f.login();
    REQUIRE(f.window->showPage(ConsoleWindow::Page::Roster));
    RosterView &roster = *f.window->rosterView();
    CHECK(roster.rowCount() == 4); // opened on today's cells 12 and 13
    roster.search(u"12"_s);
    CHECK(roster.rowCount() == 3); // Budi, Agus, Eko
    roster.search(u"joko"_s);
    REQUIRE(roster.rowCount() == 1);
    roster.selectRow(0);
    CHECK(roster.selectedWbp() == f.joko);
    CHECK(roster.contactLines().size() == 1);

    CHECK_FALSE(roster.addContact()); // cancelled
    Dialogs::pushAnswer(QVariantMap { { u"name"_s, u"Wati"_s }, { u"relation"_s, u"spouse"_s },
        { u"phone"_s, u"0812 9999 0000"_s }, { u"approved"_s, u"no"_s } });
    REQUIRE(roster.addContact());
    const QStringList contacts = roster.contactLines();
    REQUIRE(contacts.size() == 2);
    CHECK(contacts.filter(u"0812-9999-0000"_s).size() == 1);
    Dialogs::pushAnswer(QVariantMap { { u"name"_s, u"X"_s }, { u"relation"_s, u"spouse"_s },
        { u"phone"_s, u"12"_s }, { u"approved"_s, u"no"_s } });
    CHECK_FALSE(roster.addContact());
    CHECK(Dialogs::lastReason().startsWith(u"phone-"_s));

    // A change is an amendment with a reason; only the changed field is sent.
    f.window->rosterView(); // (the same page)
    roster.search(u"budi"_s);
    roster.selectRow(0);
    REQUIRE(roster.contactLines().size() == 1);
    REQUIRE(roster.selectContact(0));
    Dialogs::pushAnswer(QVariantMap { { u"name"_s, u"Siti Aminah"_s }, { u"relation"_s, u"spouse"_s },
        { u"phone"_s, u"0812 5555 6666"_s }, { u"reason"_s, u"nomor baru"_s } });
    REQUIRE(roster.editSelectedContact());
    CHECK(lastEventType(*f.logbook) == u"contact.change");
    CHECK(must(f.desk->roster().contact(f.contactOf.value(f.budi)))->phone == u"+6281255556666");
    CHECK(roster.contactLines().first().contains(u"0812-5555-6666"_s));
    roster.search(u"joko"_s);
    roster.selectRow(0);

    Dialogs::pushAnswer(QVariantMap { { u"reason"_s, u"sanksi disiplin"_s }, { u"from"_s, u"30/11/2026"_s },
        { u"to"_s, u"06/12/2026"_s } });
    REQUIRE(roster.addRestriction());
    REQUIRE(roster.restrictionLines().size() == 1);
    CHECK(must(f.desk->roster().activeRestriction(f.joko, f.desk->today())));
    const auto check = f.desk->calls().checkSignIn(f.joko);
    REQUIRE_FALSE(check.ok());
    CHECK(check.error().reason == u"restricted");

    REQUIRE(roster.selectRestriction(0));
    Dialogs::pushAnswer(QVariantMap { { u"reason"_s, u"dicabut Karutan"_s } });
    REQUIRE(roster.liftSelectedRestriction());
    CHECK_FALSE(must(f.desk->roster().activeRestriction(f.joko, f.desk->today())));

    // Approving the unapproved contact added above.
    const int unapproved
        = int(roster.contactLines().indexOf(roster.contactLines().filter(u"0812-9999-0000"_s).value(0)));
    REQUIRE(roster.selectContact(unapproved));
    REQUIRE(roster.approveSelectedContact());
    bool approved = false;
    for (const Contact &c : must(f.desk->roster().contactsOf(f.joko)))
        approved = approved || (c.name == u"Wati" && c.approved);
    CHECK(approved);
}

TEST_CASE(
    "a roster CSV with bad lines lists them all and writes nothing; a good one is previewed then imported",
    "[console][roster]")
{
    ConsoleFixture f;
    f.login();
    RosterView &roster = *f.window->rosterView();
    const qint64 eventsBefore = eventCount(*f.logbook);
    auto write = [&](const QString &name, const QByteArray &bytes) { return writeFile(f.dir, name, bytes); };
    const QString bad = write(u"bad.csv"_s,
        "Nama Lengkap,No. Registrasi,Blok,Lokasi Sel\n"
        "Hadi Wijaya,B I 77/2026,C,12\n"
        ",B I 78/2026,C,12\n"
        "Tono,,C,13\n");
    Dialogs::pushAnswer(0); // the guide: choose the file
    Dialogs::pushAnswer(bad);
    CHECK_FALSE(roster.importRoster());
    CHECK(Dialogs::lastReason() == u"csv-problems");
    const QString shown = Dialogs::shown().last();
    CHECK(shown.contains(u'3'));
    CHECK(shown.contains(u'4'));
    CHECK(eventCount(*f.logbook) == eventsBefore);

    // The file keeps the fixture's five and adds one; the officer says no, then yes.
    const QString good = write(u"good.csv"_s,
        "Nama Lengkap,No. Registrasi,Blok,Lokasi Sel\n"
        "Budi Santoso,B I 101/2025,C,12\n"
        "Agus Salim,A I 17/2026,C,12\n"
        "Joko Susilo,B IIa 55/2024,C,13\n"
        "Dedi Kurniawan,A II 3/2026,C,4\n"
        "Eko Prasetyo,B I 9/2025,C,12\n"
        "Hadi Wijaya,B I 77/2026,C,12\n");
    Dialogs::pushAnswer(0); // the guide: choose the file
    Dialogs::pushAnswer(good);
    Dialogs::pushAnswer(false);
    CHECK_FALSE(roster.importRoster());
    CHECK(eventCount(*f.logbook) == eventsBefore);
    Dialogs::pushAnswer(0); // the guide: choose the file
    Dialogs::pushAnswer(good);
    Dialogs::pushAnswer(true);
    REQUIRE(roster.importRoster());
    CHECK(must(f.desk->roster().wbpByRegisterNumber(u"B I 77/2026"_s)));
    CHECK(lastEventType(*f.logbook) == u"roster.import");
}

TEST_CASE("a contacts CSV lists its bad lines and unknown register numbers and writes nothing; a good one is "
          "previewed "
          "then imported",
    "[console][roster]")
{
    ConsoleFixture f;
    f.login();
    RosterView &roster = *f.window->rosterView();
    const qint64 eventsBefore = eventCount(*f.logbook);
    auto write = [&](const QString &name, const QByteArray &bytes) { return writeFile(f.dir, name, bytes); };
    const QString header = u"No. Registrasi,Nama Keluarga,Hubungan,No. HP\n"_s;
    const QString bad = write(u"bad.csv"_s,
        (header
            + u"B I 101/2025,Rahmat,Ayah,0812-9999-0001\n"
              "B I 101/2025,,Ibu,0812-9999-0002\n"
              "A I 17/2026,Lina,Tetangga,0812-9999-0003\n"_s)
            .toUtf8());
    Dialogs::pushAnswer(0); // the guide: choose the file
    Dialogs::pushAnswer(bad);
    CHECK_FALSE(roster.importContacts());
    CHECK(Dialogs::lastReason() == u"csv-problems");
    QString shown = Dialogs::shown().last();
    CHECK(shown.split(u'\n').size() == 3); // the heading, then lines 3 and 4
    CHECK(shown.contains(u'3'));
    CHECK(shown.contains(u'4'));
    CHECK(eventCount(*f.logbook) == eventsBefore);

    // Well formed, but two register numbers are not in the roster: both named, nothing written.
    const QString unknown = write(u"unknown.csv"_s,
        (header
            + u"B I 101/2025,Rahmat,Ayah,0812-9999-0001\n"
              "Z 1/2020,Lina,Ibu,0812-9999-0003\n"
              "Z 2/2020,Tono,Anak,0812-9999-0004\n"_s)
            .toUtf8());
    Dialogs::pushAnswer(0); // the guide: choose the file
    Dialogs::pushAnswer(unknown);
    CHECK_FALSE(roster.importContacts());
    CHECK(Dialogs::lastReason() == u"unknown-wbp");
    shown = Dialogs::shown().last();
    CHECK(shown.contains(u"Z 1/2020"_s));
    CHECK(shown.contains(u"Z 2/2020"_s));
    CHECK(eventCount(*f.logbook) == eventsBefore);

    // Budi's wife is already known (same phone): one new contact; the officer says no, then yes.
    const QString good = write(u"good.csv"_s,
        (header
            + u"B I 101/2025,Siti Aminah,Istri,0812-3456-7890\n"
              "B I 101/2025,Rahmat,Ayah,0812-9999-0001\n"_s)
            .toUtf8());
    Dialogs::pushAnswer(0); // the guide: choose the file
    Dialogs::pushAnswer(good);
    Dialogs::pushAnswer(false);
    CHECK_FALSE(roster.importContacts());
    CHECK(eventCount(*f.logbook) == eventsBefore);
    Dialogs::pushAnswer(0); // the guide: choose the file
    Dialogs::pushAnswer(good);
    Dialogs::pushAnswer(true);
    REQUIRE(roster.importContacts());
    CHECK(eventCount(*f.logbook) == eventsBefore + 1);
    CHECK(lastEventType(*f.logbook) == u"contact.add");
    QStringList names;
    for (const Contact &c : must(f.desk->roster().contactsOf(f.budi)))
        names.append(c.name);
    CHECK(names == QStringList { u"Siti Aminah"_s, u"Rahmat"_s });
}
