#include "ChainVerifier.h"
#include "DeskFixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>

#include <cstdio>
#include <iostream>

using namespace kj;
using namespace kj::test;
using namespace Qt::StringLiterals;

namespace {

// A morning at the desk: a few calls, so the record holds every kind of queue and call event.
void runSomeCalls(DeskFixture &f)
{
    Desk &desk = *f.desk;
    f.signIn(f.budi);
    f.signIn(f.agus);
    f.signIn(f.joko);
    must(desk.calls().callNext(1, officer));
    f.clock.advanceSeconds(20);
    must(desk.calls().startCall(1, officer));
    must(desk.calls().callNext(2, officer));
    must(desk.calls().noAnswer(2, officer)); // Agus goes back to the line
    must(desk.calls().callNext(2, officer)); // Joko
    must(desk.calls().noShow(2, officer));
    f.clock.advanceSeconds(60);
    must(desk.calls().dropCall(1, officer));
    f.clock.advanceSeconds(30);
    must(desk.calls().resumeCall(1, officer));
    must(desk.calls().extendCall(1, 2, u"keluarga dari luar kota"_s, officer));
    f.clock.advanceSeconds(4 * 60);
    desk.calls().poll();
    must(desk.calls().endCall(1, Outcome::Completed, QString(), officer));
    must(desk.calls().callNext(1, officer)); // Agus again
    must(desk.calls().cancel(desk.calls().ticketAt(1)->number, u"sakit"_s, officer));
}

QByteArray hashOf(const Logbook &logbook, qint64 seq)
{
    return scalar(logbook.database(), u"SELECT hash FROM events WHERE seq = ?"_s, { seq }).toByteArray();
}

} // namespace

TEST_CASE("an event cannot be changed or deleted: the triggers refuse both", "[logbook]")
{
    DeskFixture f;
    runSomeCalls(f);
    const qint64 count = eventCount(*f.logbook);
    const QByteArray head = hashOf(*f.logbook, count);

    QSqlQuery q(f.logbook->database());
    CHECK_FALSE(q.exec(u"UPDATE events SET payload = '{}' WHERE seq = 3"_s));
    CHECK(q.lastError().text().contains(u"append-only"_s));
    CHECK_FALSE(q.exec(u"UPDATE events SET actor = 'officer:9'"_s));
    CHECK_FALSE(q.exec(u"DELETE FROM events WHERE seq = 3"_s));
    CHECK(q.lastError().text().contains(u"append-only"_s));
    CHECK_FALSE(q.exec(u"DELETE FROM events"_s));

    CHECK(eventCount(*f.logbook) == count);
    CHECK(hashOf(*f.logbook, count) == head);
    CHECK(must(f.logbook->verify()).ok());
}

TEST_CASE("a payload byte changed behind the triggers' back is named as the first bad event", "[logbook]")
{
    DeskFixture f;
    runSomeCalls(f);
    REQUIRE(must(f.logbook->verify()).ok());
    const qint64 count = eventCount(*f.logbook);
    // A call's end in the middle of the record: its duration is a number worth forging.
    const qint64 target = scalar(f.logbook->database(),
        u"SELECT min(seq) FROM events WHERE seq >= ? AND payload LIKE '%\"dur\":%'"_s, { count / 2 })
                              .toLongLong();
    REQUIRE(target > 0);
    QByteArray payload
        = scalar(f.logbook->database(), u"SELECT payload FROM events WHERE seq = ?"_s, { target })
              .toString()
              .toUtf8();
    const qsizetype digit = payload.indexOf(QByteArrayView("\"dur\":")) + 6;
    payload[digit] = payload[digit] == '9' ? '1' : '9'; // a longer or shorter call
    RawDb raw(f.path);
    REQUIRE(raw.dropTrigger(u"events_no_update"_s));
    REQUIRE(
        raw.exec(u"UPDATE events SET payload = ? WHERE seq = ?"_s, { QString::fromUtf8(payload), target }));

    const VerifyReport report = must(f.logbook->verify());
    CHECK_FALSE(report.ok());
    CHECK(report.firstBadSeq() == target);
    CHECK_FALSE(report.problem().isEmpty());
}

TEST_CASE("a deleted event in the middle of the chain is named as the first bad event", "[logbook]")
{
    DeskFixture f;
    runSomeCalls(f);
    const qint64 count = eventCount(*f.logbook);
    const qint64 target = count / 2;

    RawDb raw(f.path);
    REQUIRE(raw.dropTrigger(u"events_no_delete"_s));
    REQUIRE(raw.exec(u"DELETE FROM events WHERE seq = ?"_s, { target }));

    const VerifyReport report = must(f.logbook->verify());
    CHECK_FALSE(report.ok());
    CHECK(report.firstBadSeq() == target);
    CHECK(report.problem().contains(QString::number(target)));
}

TEST_CASE("of two changed events the earlier is named, after every event before it was checked", "[logbook]")
{
    DeskFixture f;
    runSomeCalls(f);
    const qint64 count = eventCount(*f.logbook);
    REQUIRE(count >= 12);
    const VerifyReport good = must(f.logbook->verify());
    REQUIRE(good.ok());
    CHECK(good.events == count);
    CHECK(good.lastSeq == count);
    CHECK(good.lastHash == hashOf(*f.logbook, count));

    const qint64 earlier = count / 4;
    const qint64 later = count * 3 / 4;
    RawDb raw(f.path);
    REQUIRE(raw.dropTrigger(u"events_no_update"_s));
    REQUIRE(raw.exec(u"UPDATE events SET at = at + 1 WHERE seq IN (?, ?)"_s, { earlier, later }));
    const VerifyReport changed = must(f.logbook->verify());
    CHECK(changed.firstBadSeq() == earlier);
    CHECK(changed.events == earlier - 1);
    CHECK(changed.lastSeq == 0);
}

TEST_CASE("two deleted events in a row are named from the first to the last", "[logbook]")
{
    DeskFixture f;
    runSomeCalls(f);
    const qint64 count = eventCount(*f.logbook);
    RawDb raw(f.path);
    REQUIRE(raw.dropTrigger(u"events_no_delete"_s));
    REQUIRE(raw.exec(u"DELETE FROM events WHERE seq IN (?, ?)"_s, { count - 3, count - 2 }));

    const VerifyReport report = must(f.logbook->verify());
    CHECK(report.firstBadSeq() == count - 3);
    CHECK(report.problem().contains(QString::number(count - 2)));
}

TEST_CASE("an anchor that matches the chain passes and a wrong one fails", "[logbook]")
{
    DeskFixture f;
    runSomeCalls(f);
    const qint64 seq = eventCount(*f.logbook) - 3;
    const QByteArray hex = hashOf(*f.logbook, seq).toHex();

    const VerifyReport good = must(f.logbook->verify(std::pair { seq, hex }));
    CHECK(good.ok());
    CHECK(good.lastSeq == eventCount(*f.logbook));
    // The daily register prints the hash in capitals; a shortened hash is what people copy.
    CHECK(must(f.logbook->verify(std::pair { seq, hex.toUpper() })).ok());
    CHECK(must(f.logbook->verify(std::pair { seq, hex.left(16) })).ok());

    QByteArray wrong = hex;
    wrong[5] = wrong[5] == '0' ? '1' : '0';
    const VerifyReport bad = must(f.logbook->verify(std::pair { seq, wrong }));
    CHECK_FALSE(bad.ok());
    CHECK(bad.firstBadSeq() == seq);

    // The right hash on the wrong event, an event past the end, and no hash at all fail too.
    CHECK(must(f.logbook->verify(std::pair { seq + 1, hex })).firstBadSeq() == seq + 1);
    CHECK(must(f.logbook->verify(std::pair { seq + 100, hex })).firstBadSeq() == seq + 100);
    CHECK_FALSE(must(f.logbook->verify(std::pair { seq, QByteArray() })).ok());
}

TEST_CASE("the chain still verifies after family names and numbers are redacted, which then read back empty",
    "[logbook][privacy]")
{
    DeskFixture f;
    runSomeCalls(f);
    const Contact before = *must(f.desk->roster().contact(f.contactOf[f.budi]));
    CHECK(before.name == u"Siti Aminah"_s);
    CHECK(before.phone == u"+6281234567890"_s);

    f.clock.advanceSeconds(24 * 3600);
    // A contact added after the cut-off keeps its data.
    const qint64 later
        = must(f.desk->roster().addContact(f.budi, u"Ahmad"_s, u"Anak"_s, u"081299990000"_s, true, officer));
    const int redacted
        = must(f.logbook->redactPersonalBefore(f.clock.nowUtc().addSecs(-1), QString(Actor::Cli)));
    CHECK(redacted == 2 * f.contactOf.size());
    CHECK(lastEventType(*f.logbook) == QString(EventType::PersonalDataRedacted));

    const VerifyReport report = must(f.logbook->verify());
    CHECK(report.ok());
    CHECK(report.lastSeq == eventCount(*f.logbook));

    const Contact after = *must(f.desk->roster().contact(f.contactOf[f.budi]));
    CHECK(after.name.isEmpty());
    CHECK(after.phone.isEmpty());
    CHECK(after.relation == u"spouse"_s);
    CHECK(after.approved);
    CHECK(must(f.desk->roster().contact(later))->phone == u"+6281299990000"_s);
    CHECK(scalar(f.logbook->database(),
              u"SELECT count(*) FROM personal_data WHERE value IS NOT NULL "
              "OR salt IS NOT NULL"_s)
              .toInt()
        == 2);
}

TEST_CASE("a family number changed in the side table fails verification", "[logbook][privacy]")
{
    DeskFixture f;
    RawDb raw(f.path);
    REQUIRE(raw.exec(u"UPDATE personal_data SET value = '+6289999999999' WHERE value = '+6281234567890'"_s));
    const VerifyReport report = must(f.logbook->verify());
    CHECK_FALSE(report.ok());
    CHECK_FALSE(report.problem().isEmpty());
}

TEST_CASE("projections rebuilt from the events are identical to the ones written live", "[logbook]")
{
    DeskFixture f;
    Desk &desk = *f.desk;
    runSomeCalls(f);
    const qint64 sessionId = scalar(f.logbook->database(), u"SELECT min(id) FROM sessions"_s).toLongLong();
    must(desk.calls().amend(sessionId, u"note"_s, u"keluarga minta diulang"_s, u"salah catat"_s, officer));
    const qint64 restriction = must(desk.roster().addRestriction(
        f.joko, u"sanksi disiplin"_s, desk.today(), desk.today().addDays(6), officer));
    must(desk.roster().liftRestriction(restriction, u"dicabut Kasubsi"_s, officer));
    must(desk.roster().changeContact(f.contactOf[f.eko],
        { { u"approved"_s, true }, { u"phone"_s, u"0815 1234 5678"_s } }, u"KTP diperiksa"_s, officer));
    must(desk.service().changeSetting(
        Settings::CallKey, { { u"defaultMinutes"_s, 6 }, { u"maxMinutes"_s, 10 } }, officer));
    must(desk.officers().add(u"Sri Wahyuni"_s, u"admin"_s, u"248613"_s, QString(Actor::Cli)));
    REQUIRE(desk.officers().login(u"Sri Wahyuni"_s, u"111124"_s).error().reason == u"wrong-pin"_s);
    must(desk.roster().importRoster({ rosterRow(2, u"Budi Santoso"_s, u"B I 101/2025"_s, u"13"_s),
                                        rosterRow(3, u"Agus Salim"_s, u"A I 17/2026"_s, u"12"_s),
                                        rosterRow(4, u"Joko Susilo"_s, u"B IIa 55/2024"_s, u"13"_s),
                                        rosterRow(5, u"Dedi Kurniawan"_s, u"A II 3/2026"_s, u"4"_s),
                                        rosterRow(6, u"Fajar Nugroho"_s, u"A I 40/2026"_s, u"12"_s) },
        u"penghuni-2.csv"_s, officer)); // Eko released, Fajar new, Budi moved
    // The next day (Tuesday) has its own queue; cell 4 visits then.
    f.clock.advanceSeconds(24 * 3600);
    must(desk.load());
    f.signIn(f.dedi);
    must(desk.calls().callNext(2, officer));
    must(desk.calls().startCall(2, officer));
    f.clock.advanceSeconds(90);
    f.reopen(); // a restart in the middle of the call: recovered and resumed
    REQUIRE(lastEventType(*f.logbook) == QString(EventType::CallRecovered));
    must(f.desk->calls().endCall(2, Outcome::Stopped, u"melanggar tata tertib"_s, officer));

    const QStringList live = dumpProjections(f.logbook->database());
    REQUIRE(live.filter(u"sessions: "_s).size() == 4);
    REQUIRE(live.filter(u"session_notes: "_s).size() == 5); // cancel, extension, amendment, recovery, stop
    REQUIRE(live.filter(u"settings: "_s).size() == 1);
    REQUIRE(live.filter(u"officers: "_s).size() == 2); // the fixture's admin and Sri

    must(f.logbook->rebuildProjections());
    const QStringList rebuilt = dumpProjections(f.logbook->database());
    CHECK(rebuilt == live);
    CHECK(must(f.logbook->verify()).ok());

    // And the rebuilt projections carry on exactly as the live ones did.
    f.reopen();
    CHECK(f.desk->calls().queue().tickets().size() == 1);
    CHECK(f.desk->settings().call.defaultMinutes == 6);
}

TEST_CASE("a backup is a verified copy of the whole record and never overwrites a file", "[logbook]")
{
    DeskFixture f;
    runSomeCalls(f);
    const QString copy = f.dir.filePath(u"cadangan.sqlite"_s);
    must(f.logbook->backupTo(copy));
    auto restored = openLogbook(copy, f.clock);
    const VerifyReport report = must(restored->verify());
    CHECK(report.ok());
    CHECK(report.lastSeq == f.logbook->lastSeq());
    CHECK(report.lastHash == must(f.logbook->verify()).lastHash);
    CHECK(dumpProjections(restored->database()) == dumpProjections(f.logbook->database()));

    const auto again = f.logbook->backupTo(copy);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().reason == u"backup-exists"_s);
}

TEST_CASE(
    "a full disk refuses the write with db-full, leaves nothing half-written, and writing works again once "
    "there is room",
    "[logbook][durability][sqlite]")
{
    DeskFixture f;
    runSomeCalls(f);
    QSqlDatabase db = f.logbook->database();
    const qint64 events = eventCount(*f.logbook);
    const QStringList projections = dumpProjections(db);
    const qint64 pages = scalar(db, u"PRAGMA page_count"_s).toLongLong();
    REQUIRE(scalar(db, u"PRAGMA max_page_count = "_s + QString::number(pages)).toLongLong() == pages);

    // A roster of 300 new people needs pages the file may not grow to.
    QList<RosterRow> rows;
    for (int i = 0; i < 300; ++i)
        rows.append(rosterRow(i + 2, u"Warga Binaan %1"_s.arg(i), u"B I %1/2026"_s.arg(1000 + i), u"12"_s));
    const auto full = f.desk->roster().importRoster(rows, u"besar.csv"_s, officer);
    REQUIRE_FALSE(full.ok());
    CHECK(full.error().kind == ErrorKind::Database);
    CHECK(full.error().reason == u"db-full"_s);
    CHECK_FALSE(full.error().message.isEmpty());

    CHECK(eventCount(*f.logbook) == events);
    CHECK(dumpProjections(db) == projections);
    CHECK(must(f.logbook->verify()).ok());

    REQUIRE(scalar(db, u"PRAGMA max_page_count = 1000000"_s).toLongLong() == 1000000);
    const RosterImportSummary summary = must(f.desk->roster().importRoster(rows, u"besar.csv"_s, officer));
    CHECK(summary.added == 300);
    CHECK(eventCount(*f.logbook) == events + 1);
    CHECK(must(f.logbook->verify()).ok());
}

TEST_CASE("a logbook written by a newer version of the program is refused with db-newer", "[logbook][schema]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"logbook.sqlite"_s);
    FakeClock clock(mondayNine());
    openLogbook(path, clock).reset();
    {
        RawDb raw(path);
        REQUIRE(raw.exec(u"UPDATE meta SET value = ? WHERE key = 'schema_version'"_s, { schemaVersion + 1 }));
    }
    const auto opened = Logbook::open(path, clock);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == ErrorKind::Database);
    CHECK(opened.error().reason == u"db-newer"_s);
    CHECK(opened.error().message.contains(QString::number(schemaVersion + 1)));
}

TEST_CASE("a file that is not a database, or another program's database, is refused", "[logbook][schema]")
{
    QTemporaryDir dir;
    FakeClock clock(mondayNine());

    const QString garbage = dir.filePath(u"garbage.sqlite"_s);
    {
        QFile file(garbage);
        REQUIRE(file.open(QIODevice::WriteOnly));
        QByteArray bytes(8192, '\0');
        for (qsizetype i = 0; i < bytes.size(); ++i)
            bytes[i] = char((i * 37 + 11) % 251);
        file.write(bytes);
    }
    const auto notDb = Logbook::open(garbage, clock);
    REQUIRE_FALSE(notDb.ok());
    CHECK(notDb.error().kind == ErrorKind::Database);
    CHECK(notDb.error().reason == u"db-corrupt"_s);
    CHECK(QFileInfo(garbage).size() == 8192); // and it was not touched

    const QString foreign = dir.filePath(u"foreign.sqlite"_s);
    {
        RawDb raw(foreign);
        REQUIRE(raw.exec(u"CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT)"_s));
    }
    const auto other = Logbook::open(foreign, clock);
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().kind == ErrorKind::Database);
    CHECK(other.error().reason == u"db-foreign"_s);

    Logbook::Options noCreate;
    noCreate.create = false;
    const auto missing = Logbook::open(dir.filePath(u"missing.sqlite"_s), clock, noCreate);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().reason == u"db-missing"_s);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(u"missing.sqlite"_s)));
}

TEST_CASE("a commit by another connection is noticed, and one's own commits are not", "[logbook]")
{
    DeskFixture f;
    auto second = openLogbook(f.path, f.clock);
    Desk otherDesk(*second, f.clock);
    must(otherDesk.load(false));

    int notices = 0;
    QObject::connect(f.logbook.get(), &Logbook::externalChange, [&] { ++notices; });
    f.logbook->checkForExternalChanges();
    CHECK(notices == 0);

    f.signIn(f.budi);
    f.logbook->checkForExternalChanges();
    CHECK(notices == 0);

    must(otherDesk.calls().signIn(f.agus, f.contactOf[f.agus], QString(Actor::Kiosk)));
    CHECK(f.desk->calls().queue().tickets().size() == 1);
    f.logbook->checkForExternalChanges();
    CHECK(notices == 1);
    // The desk listening to that logbook read the other process's ticket.
    CHECK(f.desk->calls().queue().tickets().size() == 2);
    f.logbook->checkForExternalChanges();
    CHECK(notices == 1);

    // Another process's commit followed by one of ours before the next look is still noticed.
    must(otherDesk.service().changeSetting(
        Settings::CallKey, { { u"defaultMinutes"_s, 8 }, { u"maxMinutes"_s, 10 } }, officer));
    f.signIn(f.joko);
    f.logbook->checkForExternalChanges();
    CHECK(notices == 2);
    CHECK(f.desk->settings().call.defaultMinutes == 8);
}

TEST_CASE(
    "another connection's commit reaches an idle desk by itself: announced by a server, looked for in a file",
    "[logbook]")
{
    DeskFixture f;
    // Opened as the console and the kiosk open it, looking for others' commits. On a server the
    // look comes only every 5 s; the notice must bring the change long before.
    auto watcher = must(Logbook::open(f.path, f.clock, Logbook::Options {}));
    Desk watchingDesk(*watcher, f.clock);
    must(watchingDesk.load(false));
    QEventLoop loop;
    QObject::connect(watcher.get(), &Logbook::externalChange, &loop, &QEventLoop::quit);
    QTimer::singleShot(3000, &loop, &QEventLoop::quit);

    f.signIn(f.budi);
    QElapsedTimer waited;
    waited.start();
    loop.exec();
    CHECK(watchingDesk.calls().queue().tickets().size() == 1);
    CHECK(waited.elapsed() < 2000);
}

TEST_CASE("two connections writing 1000 sign-ins in turn lose none", "[logbook][durability]")
{
    DeskFixture f;
    QList<RosterRow> rows;
    QList<ContactRow> contacts;
    for (int i = 0; i < 1000; ++i) {
        const QString reg = u"B I %1/2026"_s.arg(5000 + i);
        rows.append(rosterRow(i + 2, u"Penghuni %1"_s.arg(i, 4, 10, QLatin1Char('0')), reg, u"12"_s));
        contacts.append({ i + 2, reg, u"Keluarga %1"_s.arg(i), u"parent"_s,
            u"+6281200%1"_s.arg(i, 6, 10, QLatin1Char('0')) });
    }
    must(f.desk->roster().importRoster(rows, u"seribu.csv"_s, officer));
    CHECK(must(f.desk->roster().importContacts(contacts, officer)) == 1000);

    auto secondLogbook = openLogbook(f.path, f.clock);
    Desk second(*secondLogbook, f.clock);
    must(second.load(false));
    Desk *desks[] = { f.desk.get(), &second };
    // What is tested is the locking between connections, not the disk: with an fsync per commit
    // this takes a minute on a slow disk.
    for (Logbook *logbook : { f.logbook.get(), secondLogbook.get() })
        must(logbook->setSyncEveryCommit(false));

    QList<std::pair<qint64, qint64>> people; // WBP id, contact id
    QSqlQuery q(f.logbook->database());
    REQUIRE(q.exec(u"SELECT wbp.id, contacts.id FROM wbp JOIN contacts ON contacts.wbp_id = wbp.id "
                   "WHERE wbp.reg_no LIKE 'B I 5%' ORDER BY wbp.reg_no"_s));
    while (q.next())
        people.append({ q.value(0).toLongLong(), q.value(1).toLongLong() });
    q.finish();
    REQUIRE(people.size() == 1000);

    const qint64 before = eventCount(*f.logbook);
    for (int i = 0; i < 1000; ++i)
        must(desks[i % 2]->calls().signIn(people[i].first, people[i].second, QString(Actor::Kiosk)),
            "interleaved sign-in");

    CHECK(eventCount(*f.logbook) == before + 1000);
    CHECK(scalar(f.logbook->database(), u"SELECT count(*) FROM sessions"_s).toInt() == 1000);
    CHECK(scalar(f.logbook->database(), u"SELECT count(DISTINCT wbp_id) FROM sessions"_s).toInt() == 1000);
    CHECK(scalar(f.logbook->database(), u"SELECT max(ticket) FROM sessions"_s).toInt() == 1000);
    CHECK(must(f.logbook->verify()).ok());
    CHECK(must(secondLogbook->verify()).lastSeq == before + 1000);
    f.logbook->checkForExternalChanges();
    CHECK(f.desk->calls().queue().waiting().size() == 1000);
}

namespace {
const char *const childTestName = "child process signs Budi in and starts his call then waits to be killed";
const char *const childDbVariable = "KJ_TEST_RECOVERY_DB";
} // namespace

// Run only by the recovery test below, as a separate process that it kills.
TEST_CASE("child process signs Budi in and starts his call then waits to be killed", "[.child]")
{
    const QString path = qEnvironmentVariable(childDbVariable);
    if (path.isEmpty())
        return;
    FakeClock clock(mondayNine());
    auto logbook = openLogbook(path, clock);
    Desk desk(*logbook, clock);
    must(desk.load());
    const qint64 budi = must(desk.roster().wbpByRegisterNumber(u"B I 101/2025"_s))->id;
    must(desk.calls().signIn(
        budi, must(desk.roster().contactsOf(budi)).constFirst().id, QString(Actor::Kiosk)));
    must(desk.calls().callNext(1, officer));
    must(desk.calls().startCall(1, officer));
    std::cout << "started" << std::endl;
    std::getchar(); // the parent kills us here; if the parent dies first, stdin closes
}

TEST_CASE("a call open when its process was killed is resumed on reopening within its limit, and closed as "
          "interrupted past it",
    "[logbook][durability]")
{
    DeskFixture f;
    f.desk.reset();
    f.logbook.reset();

    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(childDbVariable), f.path);
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QCoreApplication::applicationFilePath(), { QString::fromLatin1(childTestName) });
    REQUIRE(child.waitForStarted(10'000));
    QByteArray output;
    while (!output.contains("started\n") && child.waitForReadyRead(30'000))
        output += child.readAllStandardOutput();
    INFO("child output: " << output.toStdString() << child.readAllStandardError().toStdString());
    REQUIRE(output.contains("started\n"));
    child.kill();
    REQUIRE(child.waitForFinished(10'000));
    CHECK(child.exitStatus() == QProcess::CrashExit);

    // One minute later the console starts again: four minutes are left.
    f.clock.advanceSeconds(60);
    f.reopen();
    CHECK(lastEventType(*f.logbook) == QString(EventType::CallRecovered));
    const Event recovered
        = must(f.logbook->events(eventCount(*f.logbook), eventCount(*f.logbook))).constFirst();
    CHECK(recovered.payload().value(u"action"_s).toString() == u"resumed"_s);
    CHECK(recovered.payload().value(u"left"_s).toInteger() == 4 * 60'000);
    CHECK(recovered.station == 1);
    REQUIRE(f.desk->calls().ticketAt(1));
    CHECK(f.desk->calls().ticketAt(1)->state == TicketState::InCall);
    REQUIRE(f.desk->calls().timer(1));
    CHECK(f.desk->calls().timer(1)->remainingMs(f.clock.monotonicMs()) == 4 * 60'000);
    CHECK(f.session(1, u"ended"_s).isNull());

    // The console dies again and comes back after the call's five minutes are over.
    f.clock.advanceSeconds(5 * 60);
    f.reopen();
    CHECK(lastEventType(*f.logbook) == QString(EventType::CallEnded));
    CHECK(f.session(1, u"outcome"_s).toString() == QString(Outcome::Interrupted));
    CHECK(f.session(1, u"state"_s).toInt() == int(TicketState::Done));
    CHECK(f.session(1, u"duration_ms"_s).toLongLong() == 5 * 60'000);
    CHECK_FALSE(f.desk->calls().ticketAt(1));
    CHECK_FALSE(f.desk->calls().timer(1));
    CHECK(must(f.logbook->verify()).ok());

    // A third start finds nothing left to recover.
    const qint64 events = eventCount(*f.logbook);
    f.reopen();
    CHECK(eventCount(*f.logbook) == events);
}

TEST_CASE("a new logbook has the index of calls in progress, which start-up reads instead of every session, "
          "and no officer index",
    "[logbook][schema]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"logbook.sqlite"_s);
    FakeClock clock(mondayNine());
    auto logbook = openLogbook(path, clock);
    const QSqlDatabase db = logbook->database();
    CHECK(scalar(db, u"SELECT value FROM meta WHERE key = 'schema_version'"_s).toInt() == schemaVersion);
    CHECK(scalar(db, u"SELECT count(*) FROM sqlite_master WHERE name = 'sessions_in_call'"_s).toInt() == 1);
    CHECK(scalar(db, u"SELECT count(*) FROM sqlite_master WHERE name = 'sessions_officer'"_s).toInt() == 0);
    // The query Desk::load runs to find the calls left open by a crash.
    QSqlQuery plan(db);
    REQUIRE(plan.exec(
        u"EXPLAIN QUERY PLAN SELECT id, day, ticket, station, started FROM sessions WHERE state = 2"_s));
    QStringList steps;
    while (plan.next())
        steps.append(plan.value(3).toString());
    INFO(steps.join(u"; "_s).toStdString());
    CHECK(steps.join(u' ').contains(u"sessions_in_call"_s));
}

TEST_CASE("an event's service day is the facility-local date, around midnight and before 1970")
{
    auto dayOf = [](const QString &utc, int offsetMinutes) {
        Event e;
        e.ticket = 1;
        e.atMs = QDateTime::fromString(utc, Qt::ISODate).toMSecsSinceEpoch();
        e.utcOffsetMinutes = offsetMinutes;
        return e.day();
    };
    // WIB is UTC+7: 16:59:59.999 UTC is still the 4th in Jepara, 17:00 is the 5th.
    CHECK(dayOf(u"2026-12-04T16:59:59.999Z"_s, 420) == 20261204);
    CHECK(dayOf(u"2026-12-04T17:00:00.000Z"_s, 420) == 20261205);
    // West of Greenwich the local day ends later.
    CHECK(dayOf(u"2026-12-05T02:00:00.000Z"_s, -180) == 20261204);
    // Before the epoch the day rounds down, not towards zero.
    CHECK(dayOf(u"1969-12-31T23:59:59.999Z"_s, 0) == 19691231);
    CHECK(dayOf(u"1969-12-31T20:00:00.000Z"_s, 420) == 19700101);
    CHECK(dayOf(u"1969-12-31T16:59:00.000Z"_s, 420) == 19691231);
    // A payload that names its day wins; no ticket, no day.
    Event named;
    named.ticket = 3;
    named.atMs = QDateTime::fromString(u"2026-12-05T01:00:00Z"_s, Qt::ISODate).toMSecsSinceEpoch();
    named.utcOffsetMinutes = 420;
    named.payloadJson = R"({"day":20261204})";
    CHECK(named.day() == 20261204);
    named.ticket = 0;
    CHECK(named.day() == 0);
}
