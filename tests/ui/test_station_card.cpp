// The station card's family number: masked until called, in full with a QR code of its WhatsApp
// link while called or in call, decoded here by zbarimg (zbar-tools) as the station phone reads it.
#include "ConsoleFixture.h"

#include "PhoneNumber.h"
#include "SettingsView.h"

#include <QAbstractButton>
#include <QDesktopServices>
#include <QFontInfo>
#include <QFontMetrics>
#include <QJsonArray>
#include <QLabel>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

using namespace kj;
using namespace kj::test;
using Action = StationCard::Action;

namespace {

// What zbarimg reads in a picture, one "QR-Code:<text>" a line.
QStringList decodeCodes(const QImage &image)
{
    const QString zbarimg = QStandardPaths::findExecutable(u"zbarimg"_s);
    if (zbarimg.isEmpty())
        FAIL("zbarimg is not installed (Debian package zbar-tools, in packaging/install-deps.sh)");
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(u"card.png"_s);
    REQUIRE(image.save(file));
    QProcess zbar;
    zbar.start(zbarimg, { u"--quiet"_s, file });
    REQUIRE(zbar.waitForFinished(30'000));
    return QString::fromUtf8(zbar.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

// The dark extent of a code, in pixels: the symbol without its quiet zone.
int symbolWidth(const QImage &code)
{
    int first = code.width();
    int last = -1;
    for (int y = 0; y < code.height(); ++y) {
        for (int x = 0; x < code.width(); ++x) {
            if (qGray(code.pixel(x, y)) < 128) {
                first = std::min(first, x);
                last = std::max(last, x);
            }
        }
    }
    return last - first + 1;
}

// Takes the links QDesktopServices would open, instead of a browser.
class LinkCatcher : public QObject
{
    Q_OBJECT

public:
    LinkCatcher() { QDesktopServices::setUrlHandler(u"https"_s, this, "open"); }
    ~LinkCatcher() override { QDesktopServices::unsetUrlHandler(u"https"_s); }
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened.append(url); }
};

void setStations(ConsoleFixture &f, const QStringList &names, const QList<bool> &deskPc)
{
    QJsonArray flags;
    for (const bool flag : deskPc)
        flags.append(flag);
    must(f.desk->service().changeSetting(Settings::StationsKey,
        { { u"names"_s, QJsonArray::fromStringList(names) }, { u"deskPc"_s, flags } }, officer));
}

// The desk at 1366×768 with this many stations: Budi, Agus and Joko called at the first three,
// Agus's call started (a running call keeps its code: a dropped line is dialled again).
QList<qint64> callThree(ConsoleFixture &f, int stations)
{
    QStringList names;
    QList<bool> deskPc;
    for (int station = 1; station <= stations; ++station) {
        names.append(QString::number(station));
        deskPc.append(false);
    }
    setStations(f, names, deskPc);
    f.window->resize(1366, 768);
    f.window->show();
    f.login();
    QList<qint64> people = { f.budi, f.agus, f.joko };
    for (const qint64 wbp : people)
        f.signIn(wbp);
    for (int station = 1; station <= 3; ++station)
        f.click(Action::CallNext, station);
    f.click(Action::Start, 2);
    QCoreApplication::processEvents();
    return people;
}

} // namespace

TEST_CASE("the WhatsApp link of a family number holds its digits alone", "[console][whatsapp]")
{
    CHECK(whatsAppLink(u"+6281234567890"_s) == u"https://wa.me/6281234567890");
    CHECK(whatsAppLink(u"+31201234567"_s) == u"https://wa.me/31201234567");
}

TEST_CASE(
    "every called station's QR code scans as the WhatsApp chat with its family's number, at least 4 cm wide "
    "on a 1366x768 screen",
    "[console][whatsapp]")
{
    ConsoleFixture f;
    const QList<qint64> people = callThree(f, 3);
    for (int station = 1; station <= 3; ++station) {
        INFO("station " << station);
        const auto contact = must(f.desk->roster().contact(f.contactOf.value(people[station - 1])));
        REQUIRE(contact);
        const QImage code = f.card(station).qrCode();
        REQUIRE_FALSE(code.isNull());
        // 1366×768 on 15.6": 100 pixels an inch, 3.95 a millimetre.
        CHECK(symbolWidth(code) / 3.95 >= 40.0);
        CHECK(decodeCodes(f.card(station).grab().toImage())
            == QStringList { u"QR-Code:https://wa.me/"_s + contact->phone.mid(1) });
    }
    // The whole desk as the officer sees it holds the three codes.
    CHECK(decodeCodes(f.window->grab().toImage()).size() == 3);
}

TEST_CASE(
    "the family number is masked while the ticket is only next in line, in full while called or in call, and "
    "gone after the call",
    "[console][whatsapp]")
{
    ConsoleFixture f;
    f.login();
    CHECK(f.card().phoneText().trimmed().isEmpty());
    f.signIn(f.budi);
    // Free station: whom "Call next" brings, the number masked and no code to scan.
    CHECK(f.card().phoneText() == maskPhone(u"+6281234567890"_s));
    CHECK_FALSE(f.card().phoneText().contains(u"3456"_s));
    CHECK(f.card().qrCode().isNull());

    f.click(Action::CallNext);
    CHECK(f.card().phoneText() == u"0812-3456-7890");
    CHECK_FALSE(f.card().qrCode().isNull());
    f.click(Action::Start);
    CHECK(f.card().phoneText() == u"0812-3456-7890");
    f.click(Action::DropResume); // the line dropped: the family is dialled again
    CHECK(f.card().phoneText() == u"0812-3456-7890");
    CHECK_FALSE(f.card().qrCode().isNull());
    f.click(Action::DropResume);
    f.click(Action::End);
    CHECK(f.card().phoneText().trimmed().isEmpty());
    CHECK(f.card().qrCode().isNull());
}

TEST_CASE(
    "a station that is the desk PC opens the family's WhatsApp chat on the PC instead of showing a code",
    "[console][whatsapp]")
{
    ConsoleFixture f;
    LinkCatcher links;
    setStations(f, { u"1"_s, u"PC"_s }, { false, true });
    f.login();
    f.signIn(f.budi);
    f.signIn(f.agus);
    f.click(Action::CallNext, 2);
    CHECK(f.card(2).qrCode().isNull());
    QAbstractButton *open = f.card(2).whatsAppButton();
    REQUIRE_FALSE(open->isHidden());
    open->click();
    CHECK(links.opened == QList<QUrl> { QUrl(u"https://wa.me/6281234567890"_s) });
    // The other station is scanned with its phone, as before.
    f.click(Action::CallNext, 1);
    CHECK(f.card(1).whatsAppButton()->isHidden());
    CHECK_FALSE(f.card(1).qrCode().isNull());
}

TEST_CASE("four stations side by side on a 1366x768 screen: no countdown, number or button label is cut or "
          "covered",
    "[console]")
{
    ConsoleFixture f;
    const QList<qint64> people = callThree(f, 4);
    auto fits = [](const QLabel *label) {
        return QFontMetrics(label->font()).horizontalAdvance(label->text()) <= label->contentsRect().width();
    };
    for (int station = 1; station <= 4; ++station) {
        INFO("station " << station);
        StationCard &card = f.card(station);
        CHECK(card.geometry().right() < f.window->width());
        const auto *countdown = card.findChild<QLabel *>(u"countdown"_s);
        const auto *code = card.findChild<QLabel *>(u"whatsAppCode"_s);
        const auto *phone = card.findChild<QLabel *>(u"phone"_s);
        REQUIRE(countdown);
        REQUIRE(code);
        REQUIRE(phone);
        CHECK(fits(countdown));
        CHECK(fits(phone));
        CHECK(QFontInfo(countdown->font()).pixelSize() >= 36);
        if (station <= 3) {
            CHECK_FALSE(phone->text().trimmed().isEmpty());
            const QRect countdownArea(countdown->mapTo(&card, QPoint(0, 0)), countdown->size());
            const QRect codeArea(code->mapTo(&card, QPoint(0, 0)), code->size());
            CHECK_FALSE(countdownArea.intersects(codeArea));
            CHECK(card.contentsRect().contains(codeArea));
            const auto contact = must(f.desk->roster().contact(f.contactOf.value(people[station - 1])));
            REQUIRE(contact);
            CHECK(decodeCodes(card.grab().toImage())
                == QStringList { u"QR-Code:"_s + whatsAppLink(contact->phone) });
        }
        for (const auto action : { Action::CallNext, Action::Recall, Action::NoShow, Action::NoAnswer,
                 Action::Start, Action::Extend, Action::DropResume, Action::End }) {
            const QAbstractButton *button = card.button(action);
            INFO(button->text().toStdString());
            CHECK(button->sizeHint().width() <= button->width());
        }
    }
}

#include "test_station_card.moc"
