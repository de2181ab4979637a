// The daily register and the monthly recap built from the projections, the IKM, complaints.
#include "DayKey.h"
#include "ReportFixture.h"

#include "CsvReader.h"
#include "Drafts.h"
#include "Format.h"
#include "Labels.h"
#include "PhoneNumber.h"
#include "ReportCsv.h"

#include <QFile>

using namespace kj;
using namespace kj::test;

namespace {

// Counts of the visiting book's lines of a day, straight from the sessions table.
int sessionsWith(const DeskFixture &f, QDate day, const QString &condition)
{
    return scalar(f.logbook->database(), u"SELECT count(*) FROM sessions WHERE day = ? AND "_s + condition,
        { dayKey(day) })
        .toInt();
}

// One answer at the kiosk, a minute after the one before (the Desk takes one a minute).
void answerSurvey(DeskFixture &f, const QList<int> &answers)
{
    f.clock.advanceSeconds(60);
    must(f.desk->service().answerSurvey(answers));
}

Complaint complaint(QDate received, const QString &channel, const QString &content)
{
    Complaint c;
    c.received = received;
    c.channel = channel;
    c.who = u"Ibu Sulastri"_s;
    c.content = content;
    c.status = u"baru"_s;
    return c;
}

} // namespace

TEST_CASE(
    "the daily register lists every ticket of the day with its family, station and outcome", "[reports]")
{
    DeskFixture f;
    const SeededDay seeded = seedVisitingDay(f);
    const DailyRegister report = must(Reports::dailyRegister(*f.desk, seeded.day));

    REQUIRE(report.lines.size() == 4);
    QList<int> tickets;
    for (const BookLine &line : report.lines)
        tickets.append(line.ticket);
    CHECK(tickets == seeded.tickets);
    const BookLine &budi = report.lines[0];
    CHECK(budi.name == u"Budi Santoso");
    CHECK(budi.registerNumber == u"B I 101/2025");
    CHECK(budi.cell == u"12");
    CHECK(budi.family == u"Siti Aminah");
    CHECK(budi.phone == u"+6281234567890");
    CHECK(budi.stationName == f.desk->settings().stations[0]);
    CHECK(report.lines[1].outcome == u"no-show");
    CHECK(report.lines[2].outcome == QString(Outcome::EndedEarly));
    CHECK(report.lines[3].outcome == u"no-answer");
    CHECK(report.facility.name == f.desk->settings().facility.name);
    CHECK(report.closedNote.isEmpty());
}

TEST_CASE("the register's totals agree with the visiting book's lines", "[reports]")
{
    DeskFixture f;
    const SeededDay seeded = seedVisitingDay(f);
    const Tally t = must(Reports::dailyRegister(*f.desk, seeded.day)).totals;

    CHECK(t.signedIn == sessionsWith(f, seeded.day, u"1"_s));
    CHECK(t.served == sessionsWith(f, seeded.day, u"state = 3"_s));
    CHECK(t.noShow == sessionsWith(f, seeded.day, u"outcome = 'no-show'"_s));
    CHECK(t.noAnswer == sessionsWith(f, seeded.day, u"outcome = 'no-answer'"_s));
    CHECK(t.signedIn == 4);
    CHECK(t.served == 2);
    CHECK(t.noShow == 1);
    CHECK(t.noAnswer == 1);
    CHECK(t.cancelled == 0);
    CHECK(t.unserved == 0);
    // Waits 1 min, 5 min 35 s twice and 7 min 35 s (Eko's last call); calls 5 min (corrected) and 2 min.
    CHECK(t.averageWaitMs() == (60 + 335 + 335 + 455) * 1000 / 4);
    CHECK(t.averageCallMs() == (300 + 120) * 1000 / 2);
}

TEST_CASE("a ticket still waiting at the close is counted as not served", "[reports]")
{
    DeskFixture f;
    f.signIn(f.budi);
    f.signIn(f.agus);
    must(f.desk->calls().cancel(2, u"keluarga berhalangan"_s, officer));
    f.clock.advanceSeconds(6 * 3600); // 15.00: Monday's last window closed at 14.30
    const Tally t = must(Reports::dailyRegister(*f.desk, f.desk->today())).totals;
    CHECK(t.signedIn == 2);
    CHECK(t.unserved == 1);
    CHECK(t.cancelled == 1);
    CHECK(t.averageWaitMs() == -1);
}

TEST_CASE(
    "an amended line shows the corrected value beside the original and counts the correction", "[reports]")
{
    DeskFixture f;
    const SeededDay seeded = seedVisitingDay(f);
    // Agus did come after all: the no-show is corrected to a completed call.
    must(f.desk->calls().amend(seeded.sessions[1], u"outcome"_s, u"completed"_s, u"salah tekan"_s, officer));
    const DailyRegister report = must(Reports::dailyRegister(*f.desk, seeded.day));

    const BookLine &budi = report.lines[0];
    REQUIRE(budi.corrections.size() == 1);
    CHECK(budi.corrections[0].field == u"duration");
    CHECK(budi.corrections[0].original == Format::duration(275));
    CHECK(budi.corrections[0].corrected == Format::duration(300));
    CHECK(budi.corrections[0].reason == u"jam bilik terlambat");
    const QStringList cells = Reports::registerCells(report, 0, false);
    CHECK(cells[10].contains(Format::duration(300)));
    CHECK(cells[10].contains(Format::duration(275)));
    CHECK(cells[13].contains(u"jam bilik terlambat"_s));

    const QStringList agusCells = Reports::registerCells(report, 1, false);
    CHECK(agusCells[11].contains(Labels::outcome(QString(Outcome::Completed), 0)));
    CHECK(agusCells[11].contains(Labels::outcome(u"no-show"_s, 0)));
    CHECK(report.totals.served == 3);
    CHECK(report.totals.noShow == 0);
    // The original line is unchanged in the visiting book.
    CHECK(sessionsWith(f, seeded.day, u"outcome = 'no-show'"_s) == 1);
}

TEST_CASE(
    "a correction the register could not count is refused with its reason and appends nothing", "[reports]")
{
    DeskFixture f;
    const SeededDay seeded = seedVisitingDay(f);
    const qint64 session = seeded.sessions[0];
    const qint64 before = f.logbook->lastSeq();
    const std::pair<QString, QString> bad[] = {
        { u"outcome"_s, u"Selesai"_s }, // a label, not an outcome
        { u"outcome"_s, u"bagus"_s },
        { u"duration"_s, u"lima"_s },
        { u"duration"_s, u"-3"_s },
        { u"duration"_s, u"nan"_s },
        { u"station"_s, u"0"_s },
        { u"station"_s, u"3"_s }, // two stations
        { u"note"_s, u"  "_s },
    };
    for (const auto &[field, value] : bad) {
        INFO(field.toStdString() << " = " << value.toStdString());
        const auto r = f.desk->calls().amend(session, field, value, u"uji"_s, officer);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ErrorKind::InvalidInput);
        CHECK_FALSE(r.error().message.isEmpty());
    }
    CHECK(f.logbook->lastSeq() == before);
    must(f.desk->calls().amend(session, u"duration"_s, u"4,5"_s, u"jam dinding"_s, officer));
    must(f.desk->calls().amend(session, u"station"_s, u"2"_s, u"bilik tertukar"_s, officer));
    CHECK(f.logbook->lastSeq() == before + 2);
}

TEST_CASE("phone numbers in the register show only their last 4 digits unless asked for in full", "[reports]")
{
    DeskFixture f;
    const SeededDay seeded = seedVisitingDay(f);
    const DailyRegister report = must(Reports::dailyRegister(*f.desk, seeded.day));
    const QString masked = Reports::registerCells(report, 0, false)[6];
    CHECK(masked == maskPhone(u"+6281234567890"_s));
    CHECK(masked.endsWith(u"7890"_s));
    CHECK_FALSE(masked.contains(u"3456"_s));
    CHECK_FALSE(masked.contains(u"812"_s));
    CHECK(Reports::registerCells(report, 0, true)[6] == u"+6281234567890");
}

TEST_CASE("the register names the day's last event and the start of its hash", "[reports]")
{
    DeskFixture f;
    const SeededDay seeded = seedVisitingDay(f);
    // Tuesday's events come after Monday's: Monday's register still ends at Monday's last one.
    f.clock.advanceSeconds(24 * 3600);
    must(f.desk->load());
    must(f.desk->roster().addRestriction(f.joko, u"sanksi"_s, f.desk->today(), QDate(), officer));
    const DailyRegister report = must(Reports::dailyRegister(*f.desk, seeded.day));
    REQUIRE(report.anchor);
    CHECK(report.anchor->seq == seeded.lastSeq);
    const auto events = must(f.logbook->events(seeded.lastSeq, seeded.lastSeq));
    CHECK(report.anchor->hashPrefix == QString::fromLatin1(events[0].hash.toHex().left(16)));
    CHECK(must(f.logbook->verify({ { report.anchor->seq, report.anchor->hashPrefix.toLatin1() } })).ok());
    CHECK_FALSE(must(f.logbook->lastEventOn(seeded.day.addDays(-1))).has_value());
}

TEST_CASE("an empty day says why instead of listing nothing", "[reports]")
{
    DeskFixture f;
    const DailyRegister sunday = must(Reports::dailyRegister(*f.desk, QDate(2026, 11, 29)));
    CHECK(sunday.lines.isEmpty());
    CHECK_FALSE(sunday.closedNote.isEmpty());
    CHECK(Reports::emptyDayText(sunday).contains(sunday.closedNote));
    const DailyRegister monday = must(Reports::dailyRegister(*f.desk, f.desk->today()));
    CHECK(monday.lines.isEmpty());
    CHECK(monday.closedNote.isEmpty());
    CHECK_FALSE(Reports::emptyDayText(monday).isEmpty());
}

TEST_CASE("the daily CSV has one line per ticket with masked phones", "[reports]")
{
    DeskFixture f;
    const SeededDay seeded = seedVisitingDay(f);
    const DailyRegister report = must(Reports::dailyRegister(*f.desk, seeded.day));
    const QString file = f.dir.filePath(u"harian.csv"_s);
    must(ReportCsv::write(report, file));
    QFile in(file);
    REQUIRE(in.open(QIODevice::ReadOnly));
    const QByteArray bytes = in.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const auto table = CsvReader::read(bytes);
    REQUIRE(table.ok());
    const QList<CsvRecord> &rows = table.value().records;
    REQUIRE(rows.size() == 5);
    CHECK(rows[1].fields.value(1) == Queue::ticketLabel(seeded.tickets[0]));
    CHECK(rows[1].fields.value(3) == u"B I 101/2025");
    CHECK_FALSE(bytes.contains("3456-7890"));
    CHECK_FALSE(bytes.contains("81234567890"));
}

TEST_CASE("the IKM follows PermenPANRB 14/2017 on a hand-computed example", "[reports]")
{
    DeskFixture f;
    // Four respondents. Item totals 13 13 14 16 14 13 15 11 12 → NRR 3.25 3.25 3.5 4 3.5 3.25 3.75
    // 2.75 3; weighted sum 30.25 / 9 = 3.3611; × 25 = 84.03 → B.
    answerSurvey(f, { 4, 4, 4, 4, 4, 4, 4, 4, 4 });
    answerSurvey(f, { 3, 3, 3, 4, 3, 3, 4, 2, 3 });
    answerSurvey(f, { 4, 3, 3, 4, 4, 3, 4, 3, 2 });
    answerSurvey(f, { 2, 3, 4, 4, 3, 3, 3, 2, 3 });
    // Next month's answer does not count.
    f.clock.advanceSeconds(2 * 24 * 3600);
    answerSurvey(f, { 1, 1, 1, 1, 1, 1, 1, 1, 1 });

    const Ikm ikm = must(Reports::monthlyRecap(*f.desk, QDate(2026, 11, 1))).ikm;
    CHECK(ikm.respondents == 4);
    const std::array<double, 9> expected { 3.25, 3.25, 3.5, 4.0, 3.5, 3.25, 3.75, 2.75, 3.0 };
    for (size_t i = 0; i < expected.size(); ++i)
        CHECK(ikm.itemAverage[i] == Approx(expected[i]));
    CHECK(ikm.average == Approx(30.25 / 9));
    CHECK(ikm.index == Approx(84.03));
    CHECK(ikm.category == u'B');
    CHECK(must(Reports::monthlyRecap(*f.desk, QDate(2026, 12, 1))).ikm.category == u'D');
}

TEST_CASE("the IKM categories change at the regulation's boundaries", "[reports]")
{
    CHECK(Ikm::categoryOf(100.0) == u'A');
    CHECK(Ikm::categoryOf(88.31) == u'A');
    CHECK(Ikm::categoryOf(88.30) == u'B');
    CHECK(Ikm::categoryOf(76.61) == u'B');
    CHECK(Ikm::categoryOf(76.60) == u'C');
    CHECK(Ikm::categoryOf(65.00) == u'C');
    CHECK(Ikm::categoryOf(64.99) == u'D');
    CHECK(Ikm::fromTotals(0, {}).category.isNull());
    const Ikm all4 = Ikm::fromTotals(2, { 8, 8, 8, 8, 8, 8, 8, 8, 8 });
    CHECK(all4.index == Approx(100.0));
}

TEST_CASE(
    "a survey answer out of the scale is refused, and one recorded around the Desk stays out of the index",
    "[reports]")
{
    DeskFixture f;
    const qint64 before = f.logbook->lastSeq();
    CHECK(f.desk->service().answerSurvey({ 4, 4, 4, 4, 4, 4, 4, 4, 9 }).error().reason == u"bad-survey"_s);
    CHECK(f.desk->service().answerSurvey({ 4, 4, 4 }).error().reason == u"bad-survey"_s);
    CHECK(f.logbook->lastSeq() == before);
    must(f.logbook->append(Drafts::surveyAnswered({ 4, 4, 4 })));
    CHECK(lastEventType(*f.logbook) == QString(EventType::SurveyAnswered));
    CHECK(must(Reports::monthlyRecap(*f.desk, f.desk->today())).ikm.respondents == 0);
}

TEST_CASE("the monthly recap's days agree with each day's register", "[reports]")
{
    DeskFixture f;
    const SeededDay monday = seedVisitingDay(f);
    // Tuesday (cells 4 and 7): Dedi is served at station 2.
    f.clock.setWall(QDateTime(QDate(2026, 12, 1), QTime(2, 0), Qt::UTC));
    must(f.desk->load());
    const int ticket = f.signIn(f.dedi).number;
    must(f.desk->calls().call(ticket, 2, officer));
    must(f.desk->calls().startCall(2, officer));
    f.clock.advanceSeconds(180);
    must(f.desk->calls().endCall(2, Outcome::Completed, QString(), officer));

    const MonthlyRecap november = must(Reports::monthlyRecap(*f.desk, QDate(2026, 11, 15)));
    CHECK(november.month == QDate(2026, 11, 1));
    REQUIRE(november.byDay.size() == 1);
    const Tally day = must(Reports::dailyRegister(*f.desk, monday.day)).totals;
    CHECK(november.byDay[0].tally.signedIn == day.signedIn);
    CHECK(november.byDay[0].tally.served == day.served);
    CHECK(november.byDay[0].tally.averageCallMs() == day.averageCallMs());
    CHECK(november.total.signedIn == 4);
    CHECK(november.corrected == 1);
    // Per cell: 12 (Budi, Agus, Eko) and 13 (Joko), in that order; per station 1 and 2.
    REQUIRE(november.byCell.size() == 2);
    CHECK(november.byCell[0].tally.signedIn == 3);
    CHECK(november.byCell[1].tally.signedIn == 1);
    REQUIRE(november.byStation.size() == 2);
    CHECK(november.byStation[0].tally.served + november.byStation[1].tally.served == 2);
    REQUIRE(november.byOfficer.size() == 1);
    CHECK(november.byOfficer[0].tally.signedIn == 4);

    const MonthlyRecap december = must(Reports::monthlyRecap(*f.desk, QDate(2026, 12, 1)));
    REQUIRE(december.byDay.size() == 1);
    CHECK(december.total.served == 1);
    CHECK(december.total.averageCallMs() == 180'000);
}

TEST_CASE("the recap lists the restrictions in force during the month", "[reports]")
{
    DeskFixture f;
    const QDate today = f.desk->today();
    must(f.desk->roster().addRestriction(
        f.joko, u"sanksi disiplin"_s, today.addDays(-40), today.addDays(-35), officer));
    must(f.desk->roster().addRestriction(f.agus, u"pemeriksaan"_s, today.addDays(-3), QDate(), officer));
    must(f.desk->roster().addRestriction(
        f.budi, u"bulan depan"_s, today.addDays(5), today.addDays(6), officer));
    const MonthlyRecap recap = must(Reports::monthlyRecap(*f.desk, today));
    REQUIRE(recap.restrictions.size() == 1);
    CHECK(recap.restrictions[0].name == u"Agus Salim");
    CHECK(recap.restrictions[0].reason == u"pemeriksaan");
    CHECK_FALSE(recap.restrictions[0].to.isValid());
}

TEST_CASE("a complaint is filed and changed through events that name who did it", "[reports][complaints]")
{
    DeskFixture f;
    const QString second = Actor::officer(
        must(f.desk->officers().add(u"Petugas Dua"_s, u"officer"_s, u"264913"_s, QString(Actor::Cli))));
    const qint64 id = must(f.desk->service().addComplaint(
        complaint(f.desk->today(), u"instagram"_s, u"Antrian terlalu lama"_s), officer));
    CHECK(lastEventType(*f.logbook) == QString(EventType::ComplaintAdded));
    const Complaint filed = must(f.desk->service().complaint(id)).value();
    CHECK(filed.who == u"Ibu Sulastri");
    CHECK(filed.status == u"baru");
    // The complainant's name is personal data: the event carries its digest only.
    const QString payload
        = scalar(f.logbook->database(), u"SELECT payload FROM events ORDER BY seq DESC LIMIT 1"_s).toString();
    CHECK_FALSE(payload.contains(u"Sulastri"_s));

    must(f.desk->service().updateComplaint(id, u"diproses"_s, u"Diteruskan ke Kasubsi"_s, second));
    CHECK(lastEventType(*f.logbook) == QString(EventType::ComplaintUpdated));
    CHECK(f.desk->service()
              .updateComplaint(id, u"diproses"_s, u"Diteruskan ke Kasubsi"_s, officer)
              .error()
              .reason
        == u"no-change"_s);
    CHECK(f.desk->service().updateComplaint(id, u"selesai"_s, u" "_s, officer).error().reason
        == u"follow-up-required"_s);
    must(f.desk->service().updateComplaint(id, u"selesai"_s, u"Bilik ketiga dibuka"_s, officer));
    CHECK(must(f.desk->service().complaint(id))->status == u"selesai");
    CHECK(must(f.desk->service().complaint(id))->followUp == u"Bilik ketiga dibuka");

    const QList<ComplaintChange> changes = must(f.desk->service().complaintChanges(id));
    REQUIRE(changes.size() == 3);
    CHECK(changes[0].actor == officer);
    CHECK(changes[1].actor == second);
    CHECK(changes[1].status == u"diproses");
    CHECK(changes[2].status == u"selesai");
    CHECK(f.desk->service().updateComplaint(999, u"selesai"_s, u"x"_s, officer).error().reason
        == u"no-complaint"_s);
}

TEST_CASE("a complaint without content, channel or a past date is refused", "[reports][complaints]")
{
    DeskFixture f;
    const QDate today = f.desk->today();
    const qint64 before = eventCount(*f.logbook);
    CHECK(f.desk->service().addComplaint(complaint(today, u"instagram"_s, u"  "_s), officer).error().reason
        == u"content-empty"_s);
    CHECK(f.desk->service().addComplaint(complaint(today, u"surat"_s, u"isi"_s), officer).error().reason
        == u"bad-channel"_s);
    CHECK(f.desk->service()
              .addComplaint(complaint(today.addDays(1), u"langsung"_s, u"isi"_s), officer)
              .error()
              .reason
        == u"bad-date"_s);
    Complaint closed = complaint(today, u"langsung"_s, u"isi"_s);
    closed.status = u"selesai"_s;
    CHECK(f.desk->service().addComplaint(closed, officer).error().reason == u"follow-up-required"_s);
    CHECK(f.desk->service().addComplaint(closed, officer).error().kind == ErrorKind::InvalidInput);
    CHECK(eventCount(*f.logbook) == before);
}

TEST_CASE("the recap counts the month's complaints by channel and status", "[reports][complaints]")
{
    DeskFixture f;
    const QDate today = f.desk->today();
    const qint64 first
        = must(f.desk->service().addComplaint(complaint(today, u"instagram"_s, u"a"_s), officer));
    must(f.desk->service().addComplaint(complaint(today.addDays(-1), u"langsung"_s, u"b"_s), officer));
    must(f.desk->service().addComplaint(complaint(today.addDays(-2), u"instagram"_s, u"c"_s), officer));
    must(f.desk->service().addComplaint(
        complaint(today.addDays(-40), u"lapor-karutan"_s, u"lama"_s), officer));
    must(f.desk->service().updateComplaint(first, u"selesai"_s, u"dijawab"_s, officer));

    const MonthlyRecap recap = must(Reports::monthlyRecap(*f.desk, today));
    REQUIRE(recap.complaints.size() == 3);
    CHECK(recap.complaints.first().content == u"c"); // oldest first
    const int channels = int(Complaints::channels().indexOf(u"instagram"_s));
    CHECK(recap.complaintsByChannel[channels].second == 2);
    CHECK(recap.complaintsByChannel[int(Complaints::channels().indexOf(u"lapor-karutan"_s))].second == 0);
    CHECK(recap.complaintsByStatus[int(Complaints::statuses().indexOf(u"selesai"_s))].second == 1);
    CHECK(recap.complaintsByStatus[int(Complaints::statuses().indexOf(u"baru"_s))].second == 2);
}

TEST_CASE("complaints and survey answers are rebuilt from the events like every projection",
    "[reports][complaints]")
{
    DeskFixture f;
    const qint64 id
        = must(f.desk->service().addComplaint(complaint(f.desk->today(), u"langsung"_s, u"isi"_s), officer));
    must(f.desk->service().updateComplaint(id, u"diproses"_s, u"dicek"_s, officer));
    answerSurvey(f, { 4, 3, 3, 4, 2, 4, 4, 1, 3 });
    const QStringList before = dumpProjections(f.logbook->database());
    CHECK(before.filter(u"survey_answers: "_s).size() == 1);
    CHECK(before.filter(u"complaint_changes: "_s).size() == 2);
    must(f.logbook->rebuildProjections());
    CHECK(dumpProjections(f.logbook->database()) == before);
}

TEST_CASE("survey answers are counted again after the projections are rebuilt from the events", "[reports]")
{
    DeskFixture f;
    answerSurvey(f, { 4, 3, 3, 4, 2, 4, 4, 1, 3 });
    must(f.logbook->rebuildProjections());
    const Ikm ikm = must(Reports::monthlyRecap(*f.desk, f.desk->today())).ikm;
    CHECK(ikm.respondents == 1);
    CHECK(ikm.itemAverage[7] == 1.0);
}

TEST_CASE("the monthly CSV holds each table of the recap", "[reports]")
{
    DeskFixture f;
    seedVisitingDay(f);
    answerSurvey(f, { 4, 4, 4, 4, 4, 4, 4, 4, 4 });
    const MonthlyRecap recap = must(Reports::monthlyRecap(*f.desk, f.desk->today()));
    const QString file = f.dir.filePath(u"rekap.csv"_s);
    must(ReportCsv::write(recap, file));
    QFile in(file);
    REQUIRE(in.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(in.readAll());
    REQUIRE(recap.byDay.size() == 1);
    REQUIRE(recap.byCell.size() == 2);
    REQUIRE(recap.byOfficer.size() == 1);
    CHECK(text.contains(recap.byDay[0].label));
    CHECK(text.contains(Reports::decimal(100.0, 2)));
    CHECK(text.contains(recap.byCell[0].label));
    CHECK(text.contains(recap.byOfficer[0].label));
}
