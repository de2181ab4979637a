// The kiosk as a curious or hostile WBP tries it (issue 12, item 7): the officer's PIN pad cannot
// lock an officer out of the console and cannot be hammered; a name tapped shows no restriction
// reason and no family surname or number; the survey cannot be stuffed.
#include "test_kiosk_fixture.h"

#include "KioskPinLockout.h"
#include "KioskWidgets.h"
#include "Pin.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QSignalSpy>

using namespace kj;
using namespace kj::kiosktest;

namespace {

const QString wrongPin = u"864213"_s;

// Everything the kiosk's widgets hold as text, shown or not.
QStringList allText(const QWidget &window)
{
    QStringList texts { window.windowTitle() };
    for (const QWidget *w : window.findChildren<QWidget *>()) {
        texts << w->toolTip() << w->accessibleName() << w->accessibleDescription() << w->whatsThis();
        if (const auto *label = qobject_cast<const QLabel *>(w))
            texts << label->text();
        if (const auto *button = qobject_cast<const QAbstractButton *>(w))
            texts << button->text();
        if (const auto *edit = qobject_cast<const QLineEdit *>(w))
            texts << edit->text();
    }
    texts.removeAll(QString());
    return texts;
}

void openPinPad(KioskFixture &f)
{
    QPushButton *corner = f.button(u"officer-corner"_s);
    QTest::mousePress(corner, Qt::LeftButton);
    f.clock.advanceMs(KioskWindow::longPressMs);
    f.window->tick();
    QTest::mouseRelease(corner, Qt::LeftButton);
    REQUIRE(f.window->page() == u"pin");
}

void typePin(KioskFixture &f, const QString &pin)
{
    for (const QChar c : pin)
        f.tap(u"pin-"_s + c);
    f.tap(u"pin-ok"_s);
}

bool padOpen(KioskFixture &f)
{
    return f.button(u"pin-ok"_s)->isEnabled() && f.button(u"pin-1"_s)->isEnabled();
}

void answerSurvey(KioskFixture &f)
{
    f.tap(u"survey"_s);
    for (int i = 0; i < 9; ++i)
        f.tap(u"answer-3"_s);
    REQUIRE(f.window->page() == u"thanks");
}

} // namespace

TEST_CASE("twenty wrong PINs at the kiosk's pad leave the officer able to sign in at the console at once",
    "[kiosk][kiosk-unlock]")
{
    KioskFixture f;
    const QString before = f.lastEvent(u"seq"_s);
    int typed = 0;
    while (typed < 20) {
        if (f.window->page() != u"pin")
            openPinPad(f);
        if (!padOpen(f)) {
            // Closed: the WBP waits it out (the kiosk goes back to welcome meanwhile).
            f.clock.advanceMs(KioskPinLockout::longestCloseMs);
            f.window->tick();
            continue;
        }
        typePin(f, wrongPin);
        ++typed;
    }
    CHECK(f.window->isVisible());
    CHECK(f.lastEvent(u"seq"_s) == before); // no event for any of them

    // The console, its own process on the same file, signs the officer (the only admin) in.
    auto consoleLogbook = openLogbook(f.path, f.clock);
    Desk console(*consoleLogbook, f.clock);
    must(console.load(false));
    const Officer officer = must(console.officers().login(officerName, officerPin), "console sign-in");
    CHECK(officer.isAdmin());
}

TEST_CASE(
    "the kiosk's pad closes after five wrong PINs, says in Indonesian how long, and opens when the clock "
    "has moved on",
    "[kiosk][kiosk-unlock]")
{
    KioskFixture f;
    QSignalSpy exits(f.window.get(), &KioskWindow::officerExit);
    openPinPad(f);
    for (int i = 1; i <= 4; ++i) {
        typePin(f, wrongPin);
        CHECK(f.labelText(u"pin-message"_s) == u"Petugas tidak dikenal atau PIN salah."_s);
    }
    CHECK(padOpen(f));
    typePin(f, wrongPin);
    CHECK_FALSE(padOpen(f));
    CHECK(f.labelText(u"pin-message"_s)
        == u"Terlalu banyak PIN salah di kios ini. Pengisian PIN ditutup; coba lagi dalam 1 menit."_s);

    // A finger on the closed pad does nothing, and the wait counts down.
    QTest::mouseClick(f.button(u"pin-ok"_s), Qt::LeftButton);
    f.clock.advanceSeconds(20);
    f.window->tick();
    CHECK(f.labelText(u"pin-message"_s).endsWith(u"coba lagi dalam 40 detik."_s));
    CHECK(exits.isEmpty());

    // Leaving and holding the corner again does not open it.
    f.tap(u"home"_s);
    openPinPad(f);
    CHECK_FALSE(padOpen(f));

    f.clock.advanceSeconds(25);
    f.tap(u"officer-1"_s); // the officer is there, touching the screen
    f.clock.advanceSeconds(15);
    f.window->tick();
    REQUIRE(f.window->page() == u"pin");
    CHECK(padOpen(f));
    CHECK(f.labelText(u"pin-message"_s).startsWith(u"Petugas:"_s));
    typePin(f, officerPin);
    CHECK(exits.size() == 1);
    CHECK_FALSE(f.window->isVisible());
}

TEST_CASE("the kiosk's pad takes no more digits than a PIN has", "[kiosk][kiosk-unlock]")
{
    KioskFixture f;
    openPinPad(f);
    for (int i = 0; i < 40; ++i)
        f.tap(u"pin-7"_s);
    auto *dots = f.window->findChild<KioskPinPad *>()->findChild<QLabel *>();
    REQUIRE(dots);
    CHECK(dots->text() == QString(Pin::maxDigits, u'●'));
}

TEST_CASE(
    "a restricted WBP who taps their name sees only that visits are suspended and to contact the officer",
    "[kiosk][privacy]")
{
    KioskFixture f;
    const QString reason = u"sanksi disiplin: berkelahi di blok C"_s;
    (void)must(f.desk->roster().addRestriction(
        f.budi, reason, QDate(2026, 11, 1), QDate(2026, 12, 15), officerActor));
    // The desk's message still names the reason for the officers.
    REQUIRE(f.desk->calls().checkSignIn(f.budi).error().message.contains(reason));

    f.tap(u"cell-12"_s);
    f.tap(u"wbp-"_s + QString::number(f.budi));
    REQUIRE(f.window->page() == u"refusal");
    CHECK(f.window->refusalReason() == u"restricted");
    CHECK(f.labelText(u"refusal-message"_s) == u"Kunjungan untuk Anda sedang ditangguhkan."_s);
    CHECK(f.labelText(u"refusal-hint"_s) == u"Silakan hubungi petugas."_s);
    for (const QString &text : allText(*f.window)) {
        INFO(text.toStdString());
        CHECK_FALSE(text.contains(u"berkelahi"_s));
        CHECK_FALSE(text.contains(u"sanksi"_s));
    }
    CHECK_FALSE(f.window->refusalMessage().contains(u"berkelahi"_s));
}

TEST_CASE(
    "the kiosk names a family contact by relation and first name, and adds the last digits of the number "
    "only to tell two alike apart",
    "[kiosk][privacy]")
{
    KioskFixture f;
    const qint64 siti = must(f.desk->roster().addContact(
        f.agus, u"Siti Aminah binti Ahmad"_s, u"Istri"_s, u"0812-9876-5432"_s, true, officerActor));
    const qint64 dewi1 = must(f.desk->roster().addContact(
        f.hadi, u"Dewi Lestari"_s, u"Anak"_s, u"0857 1234 4401"_s, true, officerActor));
    const qint64 dewi2 = must(f.desk->roster().addContact(
        f.hadi, u"Dewi Sartika"_s, u"Anak"_s, u"0857 1234 4402"_s, true, officerActor));
    const qint64 dewi3 = must(f.desk->roster().addContact(
        f.hadi, u"dewi"_s, u"anak kandung"_s, u"0857 1234 5502"_s, true, officerActor));
    auto text = [&](qint64 contact) { return f.button(u"contact-"_s + QString::number(contact))->text(); };

    f.tap(u"cell-12"_s);
    f.tap(u"wbp-"_s + QString::number(f.agus));
    REQUIRE(f.window->page() == u"contacts");
    CHECK(text(siti) == u"Istri/Suami — Siti"_s);
    CHECK(text(f.contactOf[f.agus]) == u"Orang Tua — Rina"_s);
    CHECK(text(f.agusSecond) == u"Saudara Kandung — Tono"_s);
    for (const QString &t : allText(*f.window)) {
        INFO(t.toStdString());
        for (const QString &hidden : { u"Aminah"_s, u"Ahmad"_s, u"Wati"_s, u"5432"_s, u"2222"_s, u"3333"_s })
            CHECK_FALSE(t.contains(hidden));
    }
    f.tap(u"contact-"_s + QString::number(siti));
    REQUIRE(f.window->page() == u"confirm");
    CHECK(allText(*f.window).join(u'\n').contains(u"Istri/Suami — Siti"_s));
    CHECK_FALSE(allText(*f.window).join(u'\n').contains(u"Aminah"_s));

    f.tap(u"back"_s);
    f.tap(u"cell-12"_s);
    f.tap(u"wbp-"_s + QString::number(f.hadi));
    REQUIRE(f.window->page() == u"contacts");
    CHECK(text(f.contactOf[f.hadi]) == u"Istri/Suami — Lina"_s);
    CHECK(text(dewi1) == u"Anak — Dewi (…01)"_s);
    CHECK(text(dewi2) == u"Anak — Dewi (…402)"_s); // "02" is also dewi3's
    CHECK(text(dewi3) == u"Anak — dewi (…502)"_s);
    CHECK_FALSE(allText(*f.window).join(u'\n').contains(u"Lestari"_s));
    f.tap(u"contact-"_s + QString::number(dewi2));
    CHECK(allText(*f.window).join(u'\n').contains(u"Anak — Dewi (…402)"_s));
}

TEST_CASE(
    "a survey answered again within a minute is thanked for in Indonesian and not counted", "[kiosk][survey]")
{
    KioskFixture f;
    const auto answers = [&] {
        return kj::test::scalar(f.logbook->database(), u"SELECT count(*) FROM survey_answers"_s).toInt();
    };
    answerSurvey(f);
    auto *note = f.window->findChild<QLabel *>(u"thanks-note"_s);
    REQUIRE(note);
    CHECK_FALSE(note->isVisible());
    CHECK(answers() == 1);
    f.tap(u"home"_s);

    f.clock.advanceSeconds(20);
    answerSurvey(f);
    CHECK(answers() == 1);
    CHECK(note->isVisible());
    CHECK(note->text()
        == u"Seseorang baru saja mengisi survei, jadi jawaban ini tidak dihitung. Survei dapat diisi lagi "
           u"dalam "
           "satu menit."_s);
    f.tap(u"home"_s);

    f.clock.advanceSeconds(60);
    answerSurvey(f);
    CHECK(answers() == 2);
    CHECK_FALSE(note->isVisible());
}
