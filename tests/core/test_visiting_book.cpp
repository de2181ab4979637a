// The visiting book's search in core (VisitingBook::page), as the console and the benchmark read it.
#include "DayKey.h"
#include "DeskFixture.h"

#include "VisitingBook.h"

using namespace kj;
using namespace kj::test;

namespace {

// One served call of `wbp` at station 1, called and ended by `actor`.
void serve(DeskFixture &f, qint64 wbp, const QString &actor)
{
    f.signIn(wbp);
    must(f.desk->calls().callNext(1, actor));
    must(f.desk->calls().startCall(1, actor));
    f.clock.advanceSeconds(240);
    must(f.desk->calls().endCall(1, Outcome::Completed, QString(), actor));
}

QList<BookLine> page(
    DeskFixture &f, const VisitingBook::Filter &filter, const BookLine *after = nullptr, int limit = 100)
{
    return must(VisitingBook::page(*f.desk, filter, after, limit));
}

} // namespace

TEST_CASE("an officer's lines are found within the days that named them, and one who never served finds none",
    "[visiting-book]")
{
    DeskFixture f;
    const qint64 ani
        = must(f.desk->officers().add(u"Ani"_s, u"admin"_s, u"246810"_s, QString(Actor::System)));
    const qint64 rudi
        = must(f.desk->officers().add(u"Rudi"_s, u"officer"_s, u"135724"_s, QString(Actor::System)));
    const qint64 tono
        = must(f.desk->officers().add(u"Tono"_s, u"officer"_s, u"864209"_s, QString(Actor::System)));
    const QDate monday = f.desk->today();
    serve(f, f.budi, Actor::officer(ani));
    serve(f, f.agus, Actor::officer(rudi));
    f.clock.setWall(f.clock.nowUtc().addDays(7)); // the next Monday: only Rudi serves
    serve(f, f.budi, Actor::officer(rudi));

    auto span = [&](qint64 id) {
        return std::pair { scalar(f.logbook->database(), u"SELECT first_day FROM officers WHERE id = ?"_s,
                               { id }),
            scalar(f.logbook->database(), u"SELECT last_day FROM officers WHERE id = ?"_s, { id }) };
    };
    CHECK(span(ani) == std::pair { QVariant(dayKey(monday)), QVariant(dayKey(monday)) });
    CHECK(span(rudi).first.toInt() == dayKey(monday));
    CHECK(span(rudi).second.toInt() == dayKey(monday.addDays(7)));
    CHECK(span(tono).first.isNull());

    VisitingBook::Filter byOfficer;
    byOfficer.officerId = ani;
    const QList<BookLine> anis = page(f, byOfficer);
    REQUIRE(anis.size() == 1);
    CHECK(anis[0].officerId == ani);
    byOfficer.officerId = rudi;
    CHECK(page(f, byOfficer).size() == 2);
    byOfficer.officerId = tono;
    CHECK(page(f, byOfficer).isEmpty());

    // The spans are projections: a rebuild from the events gives them again.
    const QStringList before = dumpProjections(f.logbook->database());
    must(f.logbook->rebuildProjections());
    CHECK(dumpProjections(f.logbook->database()) == before);
}

TEST_CASE("the visiting book pages newest first, each page after the last line of the one before",
    "[visiting-book]")
{
    DeskFixture f;
    for (qint64 wbp : { f.budi, f.agus, f.joko })
        f.signIn(wbp);
    const QList<BookLine> first = page(f, {}, nullptr, 2);
    REQUIRE(first.size() == 2);
    CHECK(first[0].ticket == 3);
    CHECK(first[1].ticket == 2);
    const QList<BookLine> second = page(f, {}, &first.last(), 2);
    REQUIRE(second.size() == 1);
    CHECK(second[0].ticket == 1);
    CHECK(page(f, {}, &second.last(), 2).isEmpty());

    VisitingBook::Filter byName;
    byName.name = u"  salim "_s;
    const QList<BookLine> agus = page(f, byName);
    REQUIRE(agus.size() == 1);
    CHECK(agus[0].registerNumber == u"A I 17/2026");
    byName.name = u"100%_"_s; // LIKE's wildcards are matched as themselves
    CHECK(page(f, byName).isEmpty());
}

TEST_CASE(
    "rebuilt projections learn each officer's days from the lines already written", "[visiting-book][schema]")
{
    DeskFixture f;
    const qint64 rudi
        = must(f.desk->officers().add(u"Rudi"_s, u"officer"_s, u"135724"_s, QString(Actor::System)));
    serve(f, f.budi, Actor::officer(rudi));
    must(f.logbook->rebuildProjections());
    CHECK(scalar(f.logbook->database(), u"SELECT first_day || '-' || last_day FROM officers WHERE id = ?"_s,
              { rudi })
        == u"%1-%1"_s.arg(dayKey(f.desk->today())));
    VisitingBook::Filter byOfficer;
    byOfficer.officerId = rudi;
    CHECK(page(f, byOfficer).size() == 1);
}
