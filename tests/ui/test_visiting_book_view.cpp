#include "ConsoleFixture.h"

#include "Format.h"
#include "Labels.h"
#include "LineHistory.h"
#include "SessionRecords.h"
#include "VisitingBookView.h"

#include <QComboBox>

using namespace kj;
using namespace kj::test;
using Action = StationCard::Action;

namespace {

QString cell(VisitingBookView &book, int row, int column, int role = Qt::DisplayRole)
{
    return book.model()->data(book.model()->index(row, column), role).toString();
}

qint64 officerId(const Desk &desk, const QString &name)
{
    for (const Officer &o : must(desk.officers().list(true))) {
        if (o.name == name)
            return o.id;
    }
    FAIL("no officer " << name.toStdString());
    return 0;
}

// "before → after", the original first.
void checkCorrected(const QString &text, const QString &before, const QString &after)
{
    INFO(text.toStdString());
    CHECK(text == before + u" \u2192 "_s + after);
}

} // namespace

TEST_CASE(
    "a corrected line shows the original and the corrected value side by side, the reasons in its tooltip",
    "[console][visiting-book]")
{
    ConsoleFixture f;
    f.window->show(); // the book re-reads on the Desk's change notice only while it is seen
    f.login();
    VisitingBookView &book = f.oneCallInTheBook();
    const qint64 session = book.model()->line(0).sessionId;
    const QString completed = Labels::outcome(QString(Outcome::Completed), 0);
    CHECK(cell(book, 0, VisitingBookModel::OutcomeColumn) == completed);
    CHECK(cell(book, 0, VisitingBookModel::CorrectedColumn).isEmpty());

    must(f.desk->calls().amend(
        session, u"outcome"_s, QString(Outcome::EndedEarly), u"salah pilih hasil"_s, officer));
    must(f.desk->calls().amend(session, u"duration"_s, u"4"_s, u"jam dinding"_s, officer));
    must(f.desk->calls().amend(session, u"station"_s, u"2"_s, u"bilik tertukar"_s, officer));
    must(f.desk->calls().amend(session, u"note"_s, u"suara putus-putus"_s, u"catatan"_s, officer));
    // The Desk's change notice re-reads the shown book.
    REQUIRE(book.model()->rowCount() == 1);
    const BookLine &line = book.model()->line(0);
    // The line counts the corrected values; the record's own line is never overwritten.
    CHECK(line.outcome == QString(Outcome::EndedEarly));
    CHECK(must(SessionRecords(*f.logbook).line(session))->outcome == QString(Outcome::Completed));
    CHECK(line.corrections.size() == 4);
    checkCorrected(cell(book, 0, VisitingBookModel::OutcomeColumn), completed,
        Labels::outcome(QString(Outcome::EndedEarly), 0));
    checkCorrected(
        cell(book, 0, VisitingBookModel::DurationColumn), Format::duration(200), Format::duration(240));
    checkCorrected(cell(book, 0, VisitingBookModel::StationColumn), u"1"_s, u"2"_s);
    CHECK(cell(book, 0, VisitingBookModel::CorrectedColumn).contains(u"suara putus-putus"_s));
    const QString tooltip = cell(book, 0, VisitingBookModel::NameColumn, Qt::ToolTipRole);
    for (const QString &reason :
        { u"salah pilih hasil"_s, u"jam dinding"_s, u"bilik tertukar"_s, u"catatan"_s })
        CHECK(tooltip.contains(reason));

    // A second correction of the same field: the latest is the one shown, after the original.
    must(f.desk->calls().amend(
        session, u"outcome"_s, QString(Outcome::Stopped), u"dihentikan, bukan selesai"_s, officer));
    checkCorrected(cell(book, 0, VisitingBookModel::OutcomeColumn), completed,
        Labels::outcome(QString(Outcome::Stopped), 0));
    // A line without corrections next to it stays plain.
    f.signIn(f.agus);
    REQUIRE(book.model()->rowCount() == 2);
    CHECK_FALSE(cell(book, 0, VisitingBookModel::OutcomeColumn).contains(u'\u2192'));
    CHECK(cell(book, 0, VisitingBookModel::NameColumn, Qt::ToolTipRole).isEmpty());
}

TEST_CASE("the visiting book names the officer who ended each call and filters by officer",
    "[console][visiting-book]")
{
    ConsoleFixture f;
    const QString ani = Actor::officer(officerId(*f.desk, adminName));
    const QString rudi = Actor::officer(officerId(*f.desk, officerName));
    // Rudi calls Budi and Ani ends that call; Rudi calls and ends Agus's.
    f.signIn(f.budi);
    f.signIn(f.agus);
    must(f.desk->calls().callNext(1, rudi), "call");
    must(f.desk->calls().startCall(1, rudi), "start");
    must(f.desk->calls().callNext(2, rudi), "call");
    must(f.desk->calls().startCall(2, rudi), "start");
    f.clock.advanceSeconds(120);
    must(f.desk->calls().endCall(1, Outcome::Completed, QString(), ani), "end");
    must(f.desk->calls().endCall(2, Outcome::Completed, QString(), rudi), "end");
    // Rudi leaves the service: his name stays in the book and in its officer filter.
    must(f.desk->officers().setActive(officerName, false, ani), "deactivate");

    f.login();
    REQUIRE(f.window->showPage(ConsoleWindow::Page::VisitingBook));
    VisitingBookView &book = *f.window->visitingBookView();
    VisitingBookModel &model = *book.model();
    REQUIRE(model.rowCount() == 2);
    for (int row = 0; row < 2; ++row) {
        const QString expected = model.line(row).name == u"Budi Santoso" ? adminName : officerName;
        CHECK(cell(book, row, VisitingBookModel::OfficerColumn) == expected);
    }

    auto *officers = book.findChild<QComboBox *>(u"officerFilter"_s);
    REQUIRE(officers);
    REQUIRE(officers->findText(officerName) > 0);
    officers->setCurrentIndex(officers->findText(officerName));
    book.search();
    REQUIRE(model.rowCount() == 1);
    CHECK(model.line(0).name == u"Agus Salim");
    officers->setCurrentIndex(officers->findText(adminName));
    book.search();
    REQUIRE(model.rowCount() == 1);
    CHECK(model.line(0).name == u"Budi Santoso");
    officers->setCurrentIndex(0); // any officer
    book.search();
    CHECK(model.rowCount() == 2);
}

TEST_CASE("a line's history reads as what happened, by whom, with the call's outcome and length",
    "[console][visiting-book]")
{
    ConsoleFixture f;
    f.login(officerName, officerPin);
    VisitingBookView &book = f.oneCallInTheBook();
    book.selectRow(0);
    const QStringList history = book.history();
    INFO(history.join(u'\n').toStdString());
    REQUIRE(history.size() == 4);
    CHECK(history[0].contains(LineHistory::eventLabel(EventType::SignedIn)));
    CHECK(history[0].endsWith(Labels::actor(*f.desk, QString(Actor::Kiosk))));
    CHECK(history[1].contains(LineHistory::eventLabel(EventType::Called)));
    CHECK(history[1].endsWith(officerName));
    CHECK(history[2].contains(LineHistory::eventLabel(EventType::CallStarted)));
    CHECK(history[3].contains(LineHistory::eventLabel(EventType::CallEnded)));
    CHECK(history[3].contains(Labels::outcome(QString(Outcome::Completed), 0)));
    CHECK(history[3].contains(Format::duration(200)));
    // No stored key or raw payload reaches the officer.
    for (const QString &line : history)
        CHECK_FALSE(line.contains(u'{'));
    CHECK_FALSE(history.join(u' ').contains(u"queue."_s));

    // A call with time added, a dropped line and a stop reads the same way.
    f.signIn(f.agus);
    f.callAndStart();
    const QString actor = Actor::officer(must(f.desk->officers().list()).constLast().id);
    must(f.desk->calls().extendCall(1, 2, u"keluarga jauh"_s, actor));
    f.advance(60);
    must(f.desk->calls().dropCall(1, actor));
    f.advance(30);
    must(f.desk->calls().resumeCall(1, actor));
    must(f.desk->calls().endCall(1, Outcome::Stopped, u"melanggar tata tertib"_s, actor));
    book.search();
    book.selectRow(0);
    const QString second = book.history().join(u'\n');
    INFO(second.toStdString());
    CHECK(second.contains(LineHistory::eventLabel(EventType::CallExtended)));
    CHECK(second.contains(u"keluarga jauh"_s));
    CHECK(second.contains(LineHistory::eventLabel(EventType::CallDropped)));
    CHECK(second.contains(LineHistory::eventLabel(EventType::CallResumed)));
    CHECK(second.contains(Labels::outcome(QString(Outcome::Stopped), 0)));
    CHECK(second.contains(u"melanggar tata tertib"_s));
    CHECK_FALSE(second.contains(u'{'));
}
