// The printed reports (PDF through kunjungan-admin and the console, read back with pdftotext) and
// the console's Reports and Complaints pages.
#include "ConsoleFixture.h"
#include "ProgramRun.h"
#include "ReportFixture.h"

#include "ComplaintsView.h"
#include "Format.h"
#include "PhoneNumber.h"
#include "ReportDocument.h"
#include "ReportsView.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace kj;
using namespace kj::test;

namespace {

// The PDF's text in content order (-raw keeps a table cell's wrapped lines together), with every
// run of white space made one space so phrases can be looked for.
QString pdfText(const QString &pdf, int page = 0)
{
    QStringList arguments { u"-raw"_s, u"-enc"_s, u"UTF-8"_s };
    if (page > 0)
        arguments << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    const Run run = runProgram(u"pdftotext"_s, arguments + QStringList { pdf, u"-"_s });
    REQUIRE(run.code == 0);
    return run.out.simplified();
}

int pdfPages(const QString &pdf)
{
    const Run run = runProgram(u"pdfinfo"_s, { pdf });
    REQUIRE(run.code == 0);
    const auto match = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(run.out);
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

QString adminReport(const DeskFixture &f, const QStringList &arguments)
{
    QString pdf = f.dir.filePath(u"report.pdf"_s);
    QFile::remove(pdf);
    const Run run = runProgram(adminBinary,
        QStringList { u"--db"_s, f.path, u"report"_s } + arguments + QStringList { u"--pdf"_s, pdf });
    REQUIRE(run.code == 0);
    REQUIRE(QFile::exists(pdf));
    return pdf;
}

// n more WBP in cell 12 ("B I 500/2026" …), each signed in today with a contact of their own.
void signInMany(DeskFixture &f, int n)
{
    QList<RosterRow> rows;
    for (const qint64 id : { f.budi, f.agus, f.joko, f.dedi, f.eko }) {
        const Wbp w = must(f.desk->roster().wbp(id)).value();
        rows.append(rosterRow(int(rows.size()) + 2, w.name, w.registerNumber, w.cell));
    }
    for (int i = 0; i < n; ++i)
        rows.append(rosterRow(
            int(rows.size()) + 2, u"Warga Binaan %1"_s.arg(i + 1), u"B I %1/2026"_s.arg(500 + i), u"12"_s));
    must(f.desk->roster().importRoster(rows, u"besar.csv"_s, officer));
    for (int i = 0; i < n; ++i) {
        const qint64 wbp = f.idOf(u"B I %1/2026"_s.arg(500 + i));
        const qint64 contact = must(f.desk->roster().addContact(
            wbp, u"Keluarga"_s, u"Istri"_s, u"0812000%1"_s.arg(10000 + i), true, officer));
        must(f.desk->calls().signIn(wbp, contact, QString(Actor::Kiosk)));
    }
}

QString printedPage()
{
    return ReportDocument::tr("Page %1 of %2");
}

} // namespace

TEST_CASE("the daily register PDF holds the letterhead, every ticket's register number and the totals",
    "[reports][pdf]")
{
    DeskFixture f;
    const SeededDay seeded = seedVisitingDay(f);
    const QString text = pdfText(adminReport(f, { u"daily"_s, seeded.day.toString(Qt::ISODate) }));

    const FacilityInfo &facility = f.desk->settings().facility;
    CHECK(text.contains(facility.ministry.toUpper()));
    CHECK(text.contains(facility.office.toUpper()));
    CHECK(text.contains(facility.name.toUpper()));
    CHECK(text.contains(Reports::registerTitle()));
    CHECK(text.contains(Format::date(seeded.day)));
    for (int ticket : seeded.tickets)
        CHECK(text.contains(Queue::ticketLabel(ticket)));
    for (const QString &registerNumber :
        { u"B I 101/2025"_s, u"A I 17/2026"_s, u"B IIa 55/2024"_s, u"B I 9/2025"_s })
        CHECK(text.contains(registerNumber));
    const DailyRegister report = must(Reports::dailyRegister(*f.desk, seeded.day));
    QStringList values;
    for (const auto &[label, value] : Reports::totalsText(report.totals)) {
        CHECK(text.contains(label));
        values.append(value);
    }
    CHECK(text.contains(values.join(u' ')));
    CHECK(text.contains(u"%1:%2"_s.arg(report.anchor->seq).arg(report.anchor->hashPrefix)));
    CHECK(text.contains(printedPage().arg(1).arg(1)));
}

TEST_CASE("an amended session's printed line shows the correction beside the original", "[reports][pdf]")
{
    DeskFixture f;
    const SeededDay seeded = seedVisitingDay(f);
    const QString text = pdfText(adminReport(f, { u"daily"_s, seeded.day.toString(Qt::ISODate) }));
    CHECK(text.contains(u"jam bilik terlambat"_s));
    CHECK(text.contains(BookLines::tr("%1 (was: %2)").arg(Format::duration(300), Format::duration(275))));
}

TEST_CASE("printed phone numbers show only their last 4 digits", "[reports][pdf]")
{
    DeskFixture f;
    const SeededDay seeded = seedVisitingDay(f);
    const QString text = pdfText(adminReport(f, { u"daily"_s, seeded.day.toString(Qt::ISODate) }));
    // Siti 0812-3456-7890, Rina 0813 1111 2222, Dewi +62 857 3333 4444, Yanti 0813 7777 8888.
    for (const QString &last : { u"7890"_s, u"2222"_s, u"4444"_s, u"8888"_s })
        CHECK(text.contains(last));
    for (const QString &hidden : { u"3456"_s, u"1111"_s, u"3333"_s, u"7777"_s, u"812"_s, u"857"_s })
        CHECK_FALSE(text.contains(hidden));
}

TEST_CASE("an empty day's register says so instead of printing an empty table", "[reports][pdf]")
{
    DeskFixture f;
    const QDate sunday(2026, 11, 29);
    const QString text = pdfText(adminReport(f, { u"daily"_s, sunday.toString(Qt::ISODate) }));
    const DailyRegister report = must(Reports::dailyRegister(*f.desk, sunday));
    CHECK(text.contains(Reports::emptyDayText(report).simplified()));
    CHECK_FALSE(text.contains(Reports::registerHeaders()[3]));
    CHECK(text.contains(f.desk->settings().facility.name.toUpper()));
}

TEST_CASE("a long register repeats its table header on every numbered page", "[reports][pdf]")
{
    DeskFixture f;
    signInMany(f, 60);
    const QString pdf = adminReport(f, { u"daily"_s, f.desk->today().toString(Qt::ISODate) });
    const int pages = pdfPages(pdf);
    REQUIRE(pages >= 2);
    // Each page's table starts with its header and then a whole line: no line is split between
    // two pages (a split one would leave its end above the next page's first number).
    const QRegularExpression headerThenLine(
        QRegularExpression::escape(Reports::registerHeaders().join(u' ')) + u" \\d+ A-\\d{3} "_s);
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(pdf, page);
        CHECK(text.contains(printedPage().arg(page).arg(pages)));
        if (page < pages)
            CHECK(text.contains(headerThenLine));
    }
    const QString all = pdfText(pdf);
    for (int i = 0; i < 60; ++i)
        CHECK(all.contains(u"B I %1/2026"_s.arg(500 + i)));
    // What follows the long table is laid out too.
    const DailyRegister report = must(Reports::dailyRegister(*f.desk, f.desk->today()));
    CHECK(all.contains(ReportDocument::tr("Totals")));
    CHECK(all.contains(Reports::anchorText(*report.anchor)));
}

TEST_CASE("the monthly recap PDF shows the IKM and the month's figures", "[reports][pdf]")
{
    DeskFixture f;
    seedVisitingDay(f);
    must(f.desk->service().answerSurvey({ 4, 4, 4, 4, 4, 4, 4, 4, 3 }));
    const MonthlyRecap recap = must(Reports::monthlyRecap(*f.desk, f.desk->today()));
    const QString text = pdfText(adminReport(f, { u"monthly"_s, u"2026-11"_s }));
    CHECK(text.contains(Reports::recapTitle(recap.month)));
    CHECK(text.contains(Reports::decimal(recap.ikm.index, 2)));
    CHECK(text.contains(Reports::ikmCategoryLabel(recap.ikm.category)));
    CHECK(text.contains(
        (QStringList { recap.byDay[0].label } + Reports::tallyCells(recap.byDay[0].tally)).join(u' ')));
}

TEST_CASE("the Reports page previews the register and saves and prints it", "[reports][console]")
{
    ConsoleFixture f;
    const SeededDay seeded = seedVisitingDay(f);
    f.login(officerName, officerPin);
    REQUIRE(f.window->showPage(ConsoleWindow::Page::Reports));
    ReportsView &view = *f.window->reportsView();
    view.showReport(ReportsView::Kind::Daily, seeded.day);
    CHECK(view.previewText().contains(u"B IIa 55/2024"_s));
    CHECK(view.previewText().contains(maskPhone(u"+6281234567890"_s)));
    CHECK_FALSE(view.fullPhoneBox()->isEnabled());

    const QString pdf = f.dir.filePath(u"dari-konsol.pdf"_s);
    Dialogs::pushAnswer(pdf);
    CHECK(view.savePdf());
    CHECK(pdfText(pdf).contains(u"B IIa 55/2024"_s));
    const QString csv = f.dir.filePath(u"dari-konsol.csv"_s);
    Dialogs::pushAnswer(csv);
    CHECK(view.saveCsv());
    CHECK(QFile::exists(csv));
    const QString printed = f.dir.filePath(u"dicetak.pdf"_s);
    Dialogs::pushAnswer(printed);
    CHECK(view.print());
    CHECK(pdfText(printed).contains(f.desk->settings().facility.name.toUpper()));
    CHECK_FALSE(view.print()); // the officer cancels the print dialog

    view.showReport(ReportsView::Kind::Monthly, seeded.day);
    CHECK(view.previewText().contains(Reports::recapTitle(QDate(2026, 11, 1))));
}

TEST_CASE("only an admin may show full phone numbers, and only until the console locks", "[reports][console]")
{
    ConsoleFixture f;
    const SeededDay seeded = seedVisitingDay(f);
    f.login();
    REQUIRE(f.window->showPage(ConsoleWindow::Page::Reports));
    ReportsView &view = *f.window->reportsView();
    view.showReport(ReportsView::Kind::Daily, seeded.day);
    REQUIRE(view.fullPhoneBox()->isEnabled());
    CHECK_FALSE(view.previewText().contains(u"+6281234567890"_s));
    view.fullPhoneBox()->setChecked(true);
    CHECK(view.previewText().contains(u"+6281234567890"_s));
    f.window->lock();
    f.login(officerName, officerPin);
    CHECK_FALSE(view.fullPhoneBox()->isEnabled());
    CHECK_FALSE(view.fullPhoneBox()->isChecked());
    CHECK_FALSE(view.previewText().contains(u"+6281234567890"_s));
}

TEST_CASE(
    "the Complaints page files a complaint and follows it up, naming the officer", "[complaints][console]")
{
    ConsoleFixture f;
    f.login(officerName, officerPin);
    REQUIRE(f.window->showPage(ConsoleWindow::Page::Complaints));
    ComplaintsView &view = *f.window->complaintsView();
    CHECK(view.rowCount() == 0);

    Dialogs::pushAnswer(
        QVariantMap { { u"received"_s, Format::shortDate(f.desk->today()) }, { u"channel"_s, u"instagram"_s },
            { u"who"_s, u"@keluarga_budi"_s }, { u"content"_s, u"Antrian lama sekali"_s },
            { u"followUp"_s, QString() }, { u"status"_s, u"baru"_s } });
    REQUIRE(view.addComplaint());
    REQUIRE(view.rowCount() == 1);
    CHECK(view.cellText(0, 3) == u"Antrian lama sekali");
    CHECK(view.cellText(0, 1) == Complaints::channelLabel(u"instagram"_s));

    view.selectRow(0);
    Dialogs::pushAnswer(QVariantMap { { u"status"_s, u"selesai"_s }, { u"followUp"_s, QString() } });
    CHECK_FALSE(view.updateSelected());
    CHECK(Dialogs::lastReason() == u"follow-up-required");
    Dialogs::pushAnswer(
        QVariantMap { { u"status"_s, u"selesai"_s }, { u"followUp"_s, u"Bilik ketiga dibuka"_s } });
    REQUIRE(view.updateSelected());
    CHECK(view.cellText(0, 5) == Complaints::statusLabel(u"selesai"_s));
    view.selectRow(0);
    const QStringList history = view.history();
    REQUIRE(history.size() == 2);
    CHECK(history[1].contains(officerName));
    CHECK(history[1].contains(u"Bilik ketiga dibuka"_s));

    Dialogs::pushAnswer(QVariantMap { { u"received"_s, u"kemarin"_s }, { u"channel"_s, u"langsung"_s },
        { u"who"_s, QString() }, { u"content"_s, u"x"_s }, { u"followUp"_s, QString() },
        { u"status"_s, u"baru"_s } });
    CHECK_FALSE(view.addComplaint());
    CHECK(Dialogs::lastReason() == u"bad-date");
}

// Not a check: the report pages and PDFs for a person to look at (hidden; run with
// `ui_tests "[.screenshots]"`, folder from KUNJUNGAN_SHOTS, default /tmp/kunjungan-shots).
TEST_CASE("screenshots of the reports and complaints pages and their PDFs", "[.screenshots]")
{
    const QString folder = qEnvironmentVariable("KUNJUNGAN_SHOTS", u"/tmp/kunjungan-shots"_s);
    QDir().mkpath(folder);
    ConsoleFixture f;
    const SeededDay seeded = seedVisitingDay(f);
    must(f.desk->service().answerSurvey({ 4, 3, 3, 4, 3, 3, 4, 2, 3 }));
    Complaint c;
    c.received = seeded.day;
    c.channel = u"instagram"_s;
    c.who = u"@keluarga_budi"_s;
    c.content = u"Antrian lama sekali pada hari Senin"_s;
    c.status = u"diproses"_s;
    c.followUp = u"Bilik ketiga disiapkan"_s;
    must(f.desk->service().addComplaint(c, officer));
    f.login();
    f.window->resize(1366, 768);
    f.window->show();
    REQUIRE(f.window->showPage(ConsoleWindow::Page::Reports));
    f.window->reportsView()->showReport(ReportsView::Kind::Daily, seeded.day);
    REQUIRE(f.window->grab().save(u"%1/reports-daily-1366.png"_s.arg(folder)));
    f.window->reportsView()->showReport(ReportsView::Kind::Monthly, seeded.day);
    REQUIRE(f.window->grab().save(u"%1/reports-monthly-1366.png"_s.arg(folder)));
    REQUIRE(f.window->showPage(ConsoleWindow::Page::Complaints));
    f.window->complaintsView()->selectRow(0);
    REQUIRE(f.window->grab().save(u"%1/complaints-1366.png"_s.arg(folder)));
    must(ReportDocument::writePdf(
        must(Reports::dailyRegister(*f.desk, seeded.day)), folder + u"/daily.pdf"_s));
    must(ReportDocument::writePdf(
        must(Reports::monthlyRecap(*f.desk, seeded.day)), folder + u"/monthly.pdf"_s));
    signInMany(f, 40);
    must(ReportDocument::writePdf(
        must(Reports::dailyRegister(*f.desk, seeded.day)), folder + u"/daily-long.pdf"_s));
}
