// The kiosk as a new WBP finds it (issue 16): nothing cut, nothing overlapping, closed cells
// greyed, the search field answers a tap, the refusal for a second turn names the next one, and
// the service information is the published standard in its own words.
#include "test_kiosk_fixture.h"

#include "Format.h"
#include "KioskInfo.h"
#include "KioskPreview.h"
#include "KioskWidgets.h"
#include "NamesPage.h"

#include <QApplication>
#include <QFontMetrics>
#include <QGraphicsView>

using namespace kj;
using namespace kj::kiosktest;

namespace {

QString id(qint64 n)
{
    return QString::number(n);
}

QRect inWindow(const QWidget *w)
{
    return QRect(w->mapTo(w->window(), QPoint(0, 0)), w->size());
}

// What a finger meets on the page shown now: every visible button inside the window and at least
// KioskStyle::gap pixels from every other, every visible text whole (its wrapped height fits).
void checkPage(KioskFixture &f)
{
    QApplication::processEvents();
    INFO("page " << f.window->page().toStdString());
    const QRect area = f.window->rect();
    QList<QPushButton *> buttons;
    for (QPushButton *b : f.window->findChildren<QPushButton *>()) {
        if (b->isVisible() && b->objectName() != u"officer-corner")
            buttons.append(b);
    }
    REQUIRE_FALSE(buttons.isEmpty());
    const int half = KioskStyle::gap / 2;
    for (int i = 0; i < buttons.size(); ++i) {
        const QRect a = inWindow(buttons[i]);
        INFO("button " << buttons[i]->objectName().toStdString() << " at " << a.x() << "," << a.y() << " "
                       << a.width() << "×" << a.height());
        CHECK(area.contains(a));
        for (int j = i + 1; j < buttons.size(); ++j) {
            const QRect b = inWindow(buttons[j]);
            INFO("and " << buttons[j]->objectName().toStdString() << " at " << b.x() << "," << b.y());
            CHECK_FALSE(a.marginsAdded({ half, half, half, half })
                            .intersects(b.marginsAdded({ half, half, half, half })));
        }
    }
    for (QLabel *l : f.window->findChildren<QLabel *>()) {
        if (!l->isVisible() || l->text().isEmpty())
            continue;
        INFO("label " << l->objectName().toStdString() << ": " << l->text().toStdString());
        CHECK(area.contains(inWindow(l)));
        if (l->wordWrap())
            CHECK(l->heightForWidth(l->width()) <= l->height() + 1);
        else
            CHECK(l->sizeHint().width() <= l->width() + 1);
    }
}

// Every line of a button's text fits inside the button (its padding and border taken off).
void checkTextFits(const QPushButton *b)
{
    const QFontMetrics metrics(b->font());
    const int room = b->width() - 24 - 18 - 2 * 3;
    for (const QString &line : b->text().split(u'\n')) {
        INFO(line.toStdString());
        CHECK(metrics.horizontalAdvance(line) <= room);
    }
}

} // namespace

TEST_CASE(
    "a long name wraps on its button and the register number and cell are never cut", "[kiosk][first-day]")
{
    KioskFixture f;
    const QString longName = u"Muhammad Maulana Ibrahim Kurniawan"_s;
    const QString longerName = u"Bambang Kurniawan Wicaksono Adiputra Prasetya Nugraha"_s;
    must(f.desk->roster().importRoster({ row(2, u"Budi Santoso"_s, u"B I 101/2025"_s, u"12"_s),
                                           row(3, u"Agus Salim"_s, u"A I 17/2026"_s, u"12"_s),
                                           row(4, u"Joko Susilo"_s, u"B IIa 55/2024"_s, u"13"_s),
                                           row(5, u"Dedi Kurniawan"_s, u"A II 3/2026"_s, u"4"_s),
                                           row(6, u"Eko Prasetyo"_s, u"B I 9/2025"_s, u"12"_s),
                                           row(7, u"Hadi Wijaya"_s, u"B I 44/2025"_s, u"12"_s),
                                           row(8, longName, u"B IIa 1234/2026"_s, u"12"_s),
                                           row(9, longerName, u"A III 987/2026"_s, u"18"_s) },
        u"penghuni.csv"_s, officerActor));
    const qint64 muhammad = f.idOf(u"B IIa 1234/2026"_s);
    const qint64 bambang = f.idOf(u"A III 987/2026"_s);

    f.tap(u"cell-12"_s);
    QApplication::processEvents();
    QPushButton *b = f.button(u"wbp-"_s + id(muhammad));
    const QStringList lines = b->text().split(u'\n');
    CHECK(lines.size() >= 2);
    CHECK(lines.mid(0, lines.size() - 1).join(u' ') == longName); // the whole name, wrapped
    CHECK(lines.last() == u"B IIa 1234/2026");
    checkTextFits(b);
    CHECK(b->font().pointSizeF() >= 20);

    // Found by search (any cell): the cell is on the button, whole.
    f.tap(u"back"_s);
    f.tap(u"search-all"_s);
    f.type(u"kurniawan"_s);
    QApplication::processEvents();
    for (const qint64 who : { muhammad, bambang, f.dedi }) {
        QPushButton *found = f.button(u"wbp-"_s + id(who));
        INFO(found->text().toStdString());
        if (who == muhammad)
            CHECK_FALSE(found->text().contains(u"…"_s));
        const QString cell = must(f.desk->roster().wbp(who))->cell;
        CHECK(found->text().split(u'\n').last().endsWith(
            u"kamar "_s + cell)); // its own line, or after the number
        CHECK(found->text().contains(must(f.desk->roster().wbp(who))->registerNumber));
        checkTextFits(found);
        CHECK(found->font().pointSizeF() >= 20);
    }
    // Too long even for two smaller lines: only the name's end is shortened.
    const QString bambangText = f.button(u"wbp-"_s + id(bambang))->text();
    CHECK(bambangText.startsWith(u"Bambang"_s));
    CHECK(bambangText.contains(u"A III 987/2026"_s));
}

TEST_CASE("a name button's lines keep the number and the cell whole however narrow the column",
    "[kiosk][first-day]")
{
    QFont font;
    font.setPointSize(22);
    const QFontMetrics metrics(font);
    const QStringList lines = NamesPage::buttonLines(
        metrics, 200, u"Muhammad Maulana Ibrahim Kurniawan Saputra"_s, u"B IIa 1234/2026"_s, u"12"_s);
    REQUIRE(lines.size() == 4);
    CHECK(lines[0] == u"Muhammad");
    CHECK(lines[1].endsWith(u"…"_s));
    CHECK(lines[2] == u"B IIa 1234/2026");
    CHECK(lines[3] == u"kamar 12");
    for (const QString &line : lines.mid(0, 2))
        CHECK(metrics.horizontalAdvance(line) <= 200);
}

TEST_CASE("every kiosk page keeps its touch targets 16 px apart, inside the screen, with every text whole",
    "[kiosk][first-day]")
{
    KioskFixture f;
    checkPage(f);
    f.tap(u"cell-12"_s);
    checkPage(f);
    f.tap(u"search-field"_s);
    checkPage(f);
    f.tap(u"back"_s);
    f.tap(u"search-all"_s);
    f.type(u"an"_s);
    checkPage(f);
    f.tap(u"back"_s);
    f.tap(u"cell-12"_s);
    f.tap(u"wbp-"_s + id(f.agus));
    checkPage(f); // contacts
    f.tap(u"contact-"_s + id(f.agusSecond));
    checkPage(f); // confirm
    f.tap(u"confirm-yes"_s);
    checkPage(f); // ticket
    f.tap(u"done"_s);
    f.tap(u"cell-12"_s);
    f.tap(u"wbp-"_s + id(f.eko));
    checkPage(f); // refusal
    f.tap(u"home"_s);
    f.tap(u"info"_s);
    for (const KioskInfo::Section &section : KioskInfo::sections(*f.desk)) {
        f.tap(u"info-"_s + section.key);
        checkPage(f);
    }
    f.tap(u"home"_s);
    f.tap(u"survey"_s);
    checkPage(f);
    for (int i = 0; i < KioskSurvey::itemCount; ++i)
        f.tap(u"answer-3"_s);
    checkPage(f); // thanks
    f.tap(u"home"_s);
    QTest::mousePress(f.button(u"officer-corner"_s), Qt::LeftButton);
    f.clock.advanceSeconds(3);
    f.window->tick();
    QTest::mouseRelease(f.button(u"officer-corner"_s), Qt::LeftButton);
    checkPage(f); // pin
}

TEST_CASE(
    "after the window closes the welcome page keeps its layout, greys the cells and still answers a tap",
    "[kiosk][first-day]")
{
    KioskFixture f;
    // Friday 4 December 2026: cells 15, 16 and 18, one window 08.00–11.00.
    f.clock.setWall(QDateTime(QDate(2026, 12, 4), QTime(2, 0), Qt::UTC)); // 09.00 WIB, open
    f.window->tick();
    QApplication::processEvents();
    const QRect surveyOpen = inWindow(f.button(u"survey"_s));
    const QRect cellOpen = inWindow(f.button(u"cell-15"_s));
    for (const QString &cell : { u"15"_s, u"16"_s, u"18"_s })
        CHECK(f.button(u"cell-"_s + cell)->property("role").toString() == u"primary");
    checkPage(f);

    f.clock.setWall(QDateTime(QDate(2026, 12, 4), QTime(5, 0), Qt::UTC)); // 12.00 WIB, closed
    f.window->tick();
    QApplication::processEvents();
    CHECK(f.labelText(u"welcome-status"_s)
              .contains(f.desk->schedule().describeSlotStart(
                  f.desk->schedule().nextOpening(f.clock.nowUtc())->first)));
    for (const QString &cell : { u"15"_s, u"16"_s, u"18"_s })
        CHECK(f.button(u"cell-"_s + cell)->property("role").toString() == u"closed");
    // The two-line status took no room from the buttons: nothing moved.
    CHECK(inWindow(f.button(u"survey"_s)) == surveyOpen);
    CHECK(inWindow(f.button(u"cell-15"_s)) == cellOpen);
    checkPage(f);
    // A greyed cell still says when it opens.
    f.tap(u"cell-18"_s);
    CHECK(f.window->page() == u"refusal");
    CHECK(f.window->refusalReason() == u"schedule");
}

TEST_CASE("a tap on the search field opens the keyboard", "[kiosk][first-day]")
{
    KioskFixture f;
    f.tap(u"cell-12"_s);
    auto *keyboard = f.window->findChild<KioskKeyboard *>();
    REQUIRE(keyboard);
    CHECK_FALSE(keyboard->isVisible());
    f.tap(u"search-field"_s);
    CHECK(keyboard->isVisible());
    f.type(u"hadi"_s);
    CHECK(f.button(u"search-field"_s)->text() == u"HADI");
    CHECK(f.button(u"wbp-"_s + id(f.hadi))->isVisible());
    CHECK(f.window->findChild<QPushButton *>(u"wbp-"_s + id(f.budi)) == nullptr);
}

TEST_CASE("a WBP who already had their call today is told they had their turn and when the next one is",
    "[kiosk][first-day]")
{
    KioskFixture f;
    f.signInAtDesk(f.budi);
    (void)must(f.desk->calls().callNext(1, officerActor));
    (void)must(f.desk->calls().startCall(1, officerActor));
    (void)must(f.desk->calls().endCall(1, Outcome::Completed, QString(), officerActor));
    f.tap(u"cell-12"_s);
    f.tap(u"wbp-"_s + id(f.budi));
    REQUIRE(f.window->page() == u"refusal");
    CHECK(f.labelText(u"refusal-title"_s) == u"Anda sudah mendapat giliran hari ini");
    CHECK(f.labelText(u"refusal-message"_s).contains(u"Senin, 7 Desember 2026"_s));
    CHECK(f.labelText(u"refusal-message"_s).contains(u"08.00"_s));
    // Any other refusal keeps the plain title.
    f.tap(u"home"_s);
    f.tap(u"cell-12"_s);
    f.tap(u"wbp-"_s + id(f.eko));
    CHECK(f.labelText(u"refusal-title"_s) == u"Anda belum dapat mendaftar");
}

TEST_CASE("the service information is the published standard in its own words, with what the kiosk does",
    "[kiosk][first-day]")
{
    KioskFixture f;
    f.tap(u"info"_s);
    f.tap(u"info-prosedur"_s);
    const QString procedure = f.labelText(u"info-text"_s);
    for (const QString &words :
        { u"Setiap WBP berhak mendaftar kepada petugas layanan kunjungan online SESUAI JADWAL"_s,
            u"WBP mengisi buku layanan kunjungan"_s,
            u"WBP dipanggil oleh petugas layanan kunjungan dan berhak menggunakan fasilitas layanan"_s,
            u"Durasi video call maksimal 10 menit"_s, u"Di kios ini"_s }) {
        INFO(words.toStdString());
        CHECK(procedure.contains(words));
    }
    f.tap(u"info-waktu"_s);
    CHECK(f.labelText(u"info-text"_s).contains(u"5 jam"_s));
    f.tap(u"info-biaya"_s);
    CHECK(f.labelText(u"info-text"_s).contains(u"Rp 0"_s));
    f.tap(u"info-persyaratan"_s);
    CHECK(f.labelText(u"info-text"_s).contains(u"tanpa dipungut biaya (gratis)"_s));
}

TEST_CASE("the demo's kiosk fits a corner of a 1366×768 screen and answers clicks", "[kiosk][first-day]")
{
    KioskFixture f;
    f.window.reset();
    KioskPreview preview(new KioskWindow(*f.desk));
    const QRect screen(0, 0, 1366, 768);
    preview.placeOn(screen);
    preview.show();
    QApplication::processEvents();
    CHECK(screen.contains(preview.frameGeometry()));
    CHECK(preview.geometry().top() >= 32); // room for a window manager's title bar
    CHECK(preview.width() <= screen.width() / 2);
    CHECK(preview.scaleFactor() > 0.4);
    CHECK(preview.scaleFactor() < 1.0);
    // The whole kiosk is drawn in the window, scaled.
    CHECK(preview.mapFromScene(QPointF(1280, 800)).x() <= preview.width());
    CHECK(preview.mapFromScene(QPointF(1280, 800)).y() <= preview.height());

    // A click where the survey button is drawn opens the survey.
    QPushButton *survey = preview.kiosk()->findChild<QPushButton *>(u"survey"_s);
    REQUIRE(survey);
    const QPoint centre
        = preview.mapFromScene(QPointF(survey->mapTo(preview.kiosk(), survey->rect().center())));
    QTest::mouseClick(preview.viewport(), Qt::LeftButton, Qt::NoModifier, centre);
    CHECK(preview.kiosk()->page() == u"survey");
    // Closing the window is refused as the kiosk refuses it.
    CHECK_FALSE(preview.close());
    CHECK(preview.isVisible());
}
