// The core's part of issue 16 ("as a new officer and a new WBP find it"): lines still in service
// are not finished, not unserved; a maximum call length above the published standard needs its
// reason; a second turn on one day is refused with the next one; one WBP added by hand.
#include "DeskFixture.h"

#include "Event.h"
#include "Format.h"
#include "Reports.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace kj;
using namespace kj::test;

TEST_CASE("while the day's service goes on, waiting and called lines are not finished, not unserved",
    "[reports][first-day]")
{
    DeskFixture f;
    f.signIn(f.budi);
    f.signIn(f.agus);
    f.signIn(f.joko);
    must(f.desk->calls().callNext(1, officer));
    must(f.desk->calls().startCall(1, officer));
    f.clock.advanceSeconds(5 * 60);
    must(f.desk->calls().endCall(1, Outcome::Completed, QString(), officer));
    must(f.desk->calls().callNext(1, officer)); // Agus called, Joko waiting

    Tally t = must(Reports::dailyRegister(*f.desk, f.desk->today())).totals;
    CHECK(t.signedIn == 3);
    CHECK(t.served == 1);
    CHECK(t.unfinished == 2);
    CHECK(t.unserved == 0);
    CHECK(t.servedPercent() == 100.0); // of the finished lines, not of the morning's queue
    const MonthlyRecap recap = must(Reports::monthlyRecap(*f.desk, f.desk->today()));
    CHECK(recap.total.unfinished == 2);
    CHECK(recap.total.unserved == 0);

    // Between Monday's two windows the day is not over yet.
    f.clock.advanceSeconds(3 * 3600); // about 12.05
    CHECK(must(Reports::dailyRegister(*f.desk, f.desk->today())).totals.unfinished == 2);

    // After the last window (14.30) they were not served.
    f.clock.advanceSeconds(3 * 3600); // about 15.05
    t = must(Reports::dailyRegister(*f.desk, f.desk->today())).totals;
    CHECK(t.unfinished == 0);
    CHECK(t.unserved == 2);
    CHECK(t.servedPercent() == Approx(100.0 / 3));
}

TEST_CASE("a maximum call length above the published ten minutes needs a reason, printed on the register",
    "[settings][first-day]")
{
    DeskFixture f;
    const auto changeMax = [&](int minutes, const QString &reason) {
        return f.desk->service().changeSetting(Settings::CallKey,
            { { u"defaultMinutes"_s, 5 }, { u"maxMinutes"_s, minutes }, { u"warningSeconds"_s, 60 },
                { u"maxReason"_s, reason } },
            officer);
    };
    const qint64 before = eventCount(*f.logbook);
    const auto refused = changeMax(15, QString());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().reason == u"max-above-standard");
    CHECK(refused.error().message.contains(u"10"_s));
    CHECK(eventCount(*f.logbook) == before);
    CHECK(f.desk->settings().call.maxMinutes == 10);

    must(changeMax(15, u"  keluarga   di luar pulau  "_s));
    CHECK(f.desk->settings().call.maxMinutes == 15);
    CHECK(f.desk->settings().call.maxReason == u"keluarga di luar pulau");
    const QString register_
        = Reports::callLengthText(must(Reports::dailyRegister(*f.desk, f.desk->today())).call);
    CHECK(register_.contains(u"15"_s));
    CHECK(register_.contains(u"keluarga di luar pulau"_s));

    // At or below the standard a reason is not kept, and nothing above it is printed.
    must(changeMax(10, u"tidak perlu"_s));
    CHECK(f.desk->settings().call.maxReason.isEmpty());
    CHECK_FALSE(Reports::callLengthText(f.desk->settings().call).contains(u"tidak perlu"_s));

    // A setting stored before the rule (15 minutes, no reason) still loads.
    Settings old;
    REQUIRE(old.setSection(Settings::CallKey,
        { { u"defaultMinutes"_s, 5 }, { u"maxMinutes"_s, 15 }, { u"warningSeconds"_s, 60 } }));
    CHECK(old.call.maxMinutes == 15);
    CHECK_FALSE(old.checkChange(Settings::CallKey));
}

TEST_CASE(
    "a WBP who already had their call today is told so, with the day of their next turn", "[desk][first-day]")
{
    DeskFixture f;
    f.signIn(f.budi);
    must(f.desk->calls().callNext(1, officer));
    must(f.desk->calls().startCall(1, officer));
    must(f.desk->calls().endCall(1, Outcome::Completed, QString(), officer));
    const auto refused = f.desk->calls().checkSignIn(f.budi);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().reason == u"already-called-today");
    // Cell 12's next day is Monday 7 December, from 08.00.
    CHECK(refused.error().message.contains(Format::date(QDate(2026, 12, 7))));
    CHECK(refused.error().message.contains(Format::time(QTime(8, 0))));
    CHECK(refused.error().detail == u"2026-12-07");
    const auto signIn = f.desk->calls().signIn(f.budi, f.contactOf[f.budi], QString(Actor::Kiosk));
    REQUIRE_FALSE(signIn);
    CHECK(signIn.error().message == refused.error().message);
}

TEST_CASE("one WBP added by hand joins the roster as an import of one row that releases nobody",
    "[roster][first-day]")
{
    DeskFixture f;
    const int before = must(f.desk->roster().size()).wbp;
    RosterRow row;
    row.name = u"  Hendra   Wijaya "_s;
    row.registerNumber = u" B I 77/2026 "_s;
    row.cell = u"Kamar 13"_s;
    const qint64 id = must(f.desk->roster().addWbp(row, officer));
    const auto added = must(f.desk->roster().wbp(id));
    REQUIRE(added);
    CHECK(added->name == u"Hendra Wijaya");
    CHECK(added->registerNumber == u"B I 77/2026");
    CHECK(added->cell == u"13");
    CHECK(added->status == u"narapidana");
    CHECK(must(f.desk->roster().size()).wbp == before + 1);
    CHECK(must(f.desk->roster().wbp(f.budi))->active); // nobody released
    CHECK(lastEventType(*f.logbook) == QString(EventType::RosterImported));
    const QJsonObject payload = QJsonDocument::fromJson(
        scalar(f.logbook->database(), u"SELECT payload FROM event_log ORDER BY seq DESC LIMIT 1"_s)
            .toString()
            .toUtf8())
                                    .object();
    CHECK(payload.value(u"rows"_s).toArray().size() == 1);
    CHECK(payload.value(u"inactive"_s).toArray().isEmpty());
    // The projection is what the events give.
    const QStringList projections = dumpProjections(f.logbook->database());
    must(f.logbook->rebuildProjections());
    CHECK(dumpProjections(f.logbook->database()) == projections);

    // Refused with a reason, nothing written: a number already in the roster, an empty field.
    const qint64 events = eventCount(*f.logbook);
    row.name = u"Orang Lain"_s;
    const auto twice = f.desk->roster().addWbp(row, officer);
    REQUIRE_FALSE(twice);
    CHECK(twice.error().reason == u"roster-duplicate-register");
    CHECK(twice.error().message.contains(u"Hendra Wijaya"_s));
    row.registerNumber = u"B I 78/2026"_s;
    row.cell = u"  "_s;
    CHECK(f.desk->roster().addWbp(row, officer).error().reason == u"roster-cell-empty");
    CHECK(eventCount(*f.logbook) == events);
}

TEST_CASE("the roster's size counts active WBP and approved active contacts", "[roster][first-day]")
{
    DeskFixture f;
    const RosterSize size = must(f.desk->roster().size());
    CHECK(size.wbp == 5);
    CHECK(size.contacts == 4); // Eko's contact is not approved
}
