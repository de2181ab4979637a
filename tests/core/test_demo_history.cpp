// The demo history: weeks of made-up service written through the Desk, the same for the same seed.
#include "DayKey.h"
#include "DeskFixture.h"

#include "DemoHistory.h"
#include "Settings.h"

#include <QJsonDocument>
#include <QSet>

using namespace kj;
using namespace kj::test;
using namespace Qt::StringLiterals;

namespace {

// Monday 30 November 2026, 15.00 WIB: both of the day's windows are over.
const QDateTime mondayAfternoon(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC);

struct Filled
{
    TestStore store;
    QTemporaryDir dir;
    QString path = store.location(dir, u"demo.sqlite"_s);
    FakeClock clock;
    std::unique_ptr<Logbook> logbook;
    std::unique_ptr<Desk> desk;
    DemoHistorySummary summary;

    Filled(int days, quint64 seed, const QDateTime &now = mondayAfternoon,
        const std::function<void(Desk &)> &before = {})
        : clock(now)
    {
        REQUIRE(dir.isValid());
        if (before) {
            auto logbook = openLogbook(path, clock);
            Desk desk(*logbook, clock);
            must(desk.load(), "load before");
            before(desk);
        }
        summary = must(DemoHistory::fill(path, now, days, seed), "fill");
        logbook = openLogbook(path, clock);
        desk = std::make_unique<Desk>(*logbook, clock);
        must(desk->load(false), "load");
    }

    QList<Event> events() const { return must(logbook->events(1, logbook->lastSeq())); }

    // Each event as text; personal data (family names and phones, a complainant: stored under a
    // random salt) and PIN hashes (salted by libsodium) by what they stand for, so two files
    // compare equal when they say the same.
    QStringList eventLines() const
    {
        QStringList lines;
        for (const Event &e : events()) {
            QJsonObject p = e.payload();
            for (const QString &key : { u"name"_s, u"phone"_s, u"who"_s }) {
                if (const QString value = logbook->personal(p.value(key).toString()); !value.isEmpty())
                    p.insert(key, value);
            }
            // The check of a PIN hash differs with the hash's random salt.
            if (p.contains(u"check"_s))
                p.insert(u"check"_s, u"<pin>"_s);
            lines.append(u"%1 %2 %3 %4 %5 %6"_s.arg(e.seq)
                             .arg(e.atMs)
                             .arg(e.type, e.actor)
                             .arg(e.station)
                             .arg(QString::fromUtf8(QJsonDocument(p).toJson(QJsonDocument::Compact))));
        }
        return lines;
    }

    QVariant value(const QString &sql, const QVariantList &values = {}) const
    {
        return scalar(logbook->database(), sql, values);
    }
};

} // namespace

TEST_CASE("the same seed writes the same demo history, another seed a different one", "[demo]")
{
    const Filled first(10, 42);
    const Filled second(10, 42);
    const Filled other(10, 43);
    const QStringList lines = first.eventLines();
    REQUIRE(lines.size() > 500);
    CHECK(second.eventLines() == lines);
    CHECK(other.eventLines() != lines);
    CHECK(first.summary.events == first.logbook->lastSeq());
}

TEST_CASE("a demo history holds every kind of outcome, written through the desk", "[demo]")
{
    const Filled f(30, 7);
    const QDate today = QDate(2026, 11, 30);
    CHECK(f.summary.first == today.addDays(-29));
    CHECK(f.summary.last == today);
    CHECK(f.summary.serviceDays == 25); // 1 to 30 November less the Sundays 1, 8, 15, 22 and 29

    auto sessions = [&](const QString &where) {
        return f.value(u"SELECT count(*) FROM sessions WHERE "_s + where).toInt();
    };
    CHECK(sessions(u"outcome = 'completed' AND duration_ms BETWEEN 240000 AND 300000"_s)
        > sessions(u"outcome = 'completed'"_s) / 2); // most end just before the five minutes
    CHECK(sessions(u"timed_up = 1"_s) > 0);
    CHECK(sessions(u"extended_min > 0 AND outcome = 'completed'"_s) > 0);
    CHECK(sessions(u"paused_ms > 0"_s) > 0);
    CHECK(sessions(u"outcome = 'ended-early'"_s) > 0);
    CHECK(sessions(u"outcome = 'stopped'"_s) > 0);
    CHECK(sessions(u"outcome = 'no-show'"_s) > 0);
    CHECK(sessions(u"outcome = 'no-answer'"_s) > 0);
    CHECK(sessions(u"retries > 0 AND outcome = 'completed'"_s) > 0); // requeued after no answer, then reached
    CHECK(sessions(u"state < 3"_s) == 0); // nothing left waiting or running
    CHECK(
        f.value(u"SELECT count(*) FROM session_notes WHERE kind = 'extend' AND reason <> ''"_s).toInt() > 0);
    CHECK(f.value(u"SELECT count(*) FROM session_notes WHERE kind = 'end' AND reason <> ''"_s).toInt() > 0);
    CHECK(f.value(u"SELECT count(*) FROM session_notes WHERE kind = 'amend' AND reason <> ''"_s).toInt()
        == f.summary.corrections);
    CHECK(f.summary.corrections > 0);
    CHECK(f.summary.tickets == sessions(u"TRUE"_s));
    CHECK(f.summary.calls == sessions(u"started IS NOT NULL"_s));

    QHash<QString, int> types;
    qint64 lastAt = 0;
    for (const Event &e : f.events()) {
        ++types[e.type];
        CHECK(e.atMs >= lastAt); // one clock, only ever moving forward
        lastAt = e.atMs;
    }
    CHECK(lastAt < mondayAfternoon.toMSecsSinceEpoch());
    CHECK(types.value(EventType::ClockJumped) == 0);
    CHECK(types.value(EventType::SurveyAnswered) == f.summary.surveys);
    CHECK(f.summary.surveys > 0);
    CHECK(f.value(u"SELECT count(*) FROM survey_answers"_s).toInt() == f.summary.surveys);
    // Complaints, filed and then handled and closed with what was done.
    CHECK(types.value(EventType::ComplaintAdded) == f.summary.complaints);
    CHECK(f.summary.complaints > 0);
    CHECK(f.value(u"SELECT count(*) FROM complaints WHERE status = 'selesai' AND follow_up <> ''"_s).toInt()
        > 0);
    for (QLatin1String type :
        { EventType::CallWarning, EventType::CallTimeUp, EventType::CallExtended, EventType::CallDropped,
            EventType::CallResumed, EventType::NoShow, EventType::NoAnswer, EventType::Amended }) {
        INFO(type.data());
        CHECK(types.value(type) > 0);
    }
    // Every projection is what the events say: the history is the desk's record, not a copy of it.
    const QStringList projections = dumpProjections(f.logbook->database());
    must(f.logbook->rebuildProjections(), "rebuild");
    CHECK(dumpProjections(f.logbook->database()) == projections);
    CHECK(must(f.logbook->verify()).ok());
}

TEST_CASE("a demo history signs in only the scheduled cells, skips holidays and leaves today's open window",
    "[demo]")
{
    const QDate holiday(2026, 11, 24); // a Tuesday
    // Monday 30 November, 10.00 WIB: the morning window is still open.
    const QDateTime mondayTen(QDate(2026, 11, 30), QTime(3, 0), Qt::UTC);
    const Filled f(14, 5, mondayTen, [&](Desk &desk) {
        Settings settings = desk.settings();
        settings.schedule.holidays.insert(holiday, u"Cuti bersama"_s);
        must(desk.service().changeSetting(
            Settings::ScheduleKey, settings.section(Settings::ScheduleKey), QString(Actor::Cli)));
    });
    const Schedule &schedule = f.desk->schedule();
    QSqlQuery q(f.logbook->database());
    REQUIRE(q.exec(u"SELECT day, cell, signed_in FROM sessions"_s));
    QSet<QDate> days;
    while (q.next()) {
        const QDate day = dayFromKey(q.value(0).toInt());
        days.insert(day);
        INFO(day.toString(Qt::ISODate).toStdString() << " cell " << q.value(1).toString().toStdString());
        CHECK(schedule
                  .check(
                      q.value(1).toString(), QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC))
                  .open());
    }
    CHECK_FALSE(days.contains(holiday));
    CHECK_FALSE(days.contains(QDate(2026, 11, 30)));
    CHECK(days.contains(QDate(2026, 11, 28))); // Saturday
    CHECK_FALSE(days.contains(QDate(2026, 11, 29))); // Sunday
    CHECK(int(days.size()) == f.summary.serviceDays);
}

TEST_CASE("a demo history is refused on a logbook that already holds WBP, and writes nothing", "[demo]")
{
    DeskFixture existing;
    const qint64 before = eventCount(*existing.logbook);
    const auto refused = DemoHistory::fill(existing.path, mondayAfternoon, 5, 1);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().reason == u"demo-not-empty");
    CHECK(refused.error().kind == ErrorKind::InvalidInput);
    CHECK(eventCount(*existing.logbook) == before);
}
