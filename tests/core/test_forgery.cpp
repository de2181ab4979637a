// The record attacked as an insider would: with a second connection to the file (what the sqlite3
// shell does), behind the Desk's back. Each forgery either fails `logbook verify` (exit 3, naming
// what differs) or is refused before it happens, and none reaches the daily register or an export.
// The seals' attacks (a truncation, a consistent rewrite of the chain) are here too.
#include "BookExport.h"
#include "DeskFixture.h"
#include "Drafts.h"
#include "ProgramRun.h"
#include "Reports.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace kj;
using namespace kj::test;
using namespace Qt::StringLiterals;

namespace {

// Budi's call at station 1: 90 seconds, ended early by the officer.
qint64 shortCall(DeskFixture &f)
{
    must(f.desk->calls().signIn(f.budi, f.contactOf[f.budi], QString(Actor::Kiosk)));
    must(f.desk->calls().callNext(1, officer));
    must(f.desk->calls().startCall(1, officer));
    f.clock.advanceSeconds(90);
    must(f.desk->calls().endCall(1, Outcome::EndedEarly, u"keluarga menutup telepon"_s, officer));
    return scalar(f.logbook->database(), u"SELECT id FROM sessions WHERE wbp_id = ?"_s, { f.budi })
        .toLongLong();
}

Run verifyCli(const QString &path, const QStringList &more = {})
{
    return runProgram(adminBinary, QStringList { u"--db"_s, path, u"logbook"_s, u"verify"_s } + more);
}

// What the forger's statements did was noticed: verify fails naming each of `names`, and the
// register of the day and the export refuse to be made from it.
void caught(DeskFixture &f, const QStringList &names)
{
    const auto report = must(f.logbook->verify());
    REQUIRE_FALSE(report.ok());
    QStringList found;
    for (const VerifyFinding &finding : report.findings)
        found.append(finding.message);
    const QString all = found.join(u'\n');
    INFO(all.toStdString());
    for (const QString &name : names)
        CHECK(all.contains(name));
    const Run cli = verifyCli(f.path);
    CHECK(cli.code == 3);
    for (const QString &name : names)
        CHECK(cli.err.contains(name));

    const auto daily = Reports::dailyRegister(*f.desk, f.desk->today());
    REQUIRE_FALSE(daily);
    CHECK(daily.error().kind == ErrorKind::Integrity);
    const QString csv = f.dir.filePath(u"buku.csv"_s);
    const auto exported = BookExport::write(*f.desk, csv, f.desk->today(), f.desk->today());
    REQUIRE_FALSE(exported);
    CHECK(exported.error().kind == ErrorKind::Integrity);
    CHECK_FALSE(QFile::exists(csv));
    const Run cliExport = runProgram(adminBinary, { u"--db"_s, f.path, u"logbook"_s, u"export"_s, csv });
    CHECK(cliExport.code == 3);
}

} // namespace

TEST_CASE(
    "a call's outcome and length changed in the sessions table fail verify, naming the table, the line and "
    "the field, and never reach the register or an export",
    "[forgery][verify]")
{
    DeskFixture f;
    const qint64 session = shortCall(f);
    REQUIRE(Reports::dailyRegister(*f.desk, f.desk->today()));
    {
        RawDb raw(f.path);
        REQUIRE(raw.exec(
            u"UPDATE sessions SET outcome = 'completed', duration_ms = 600000 WHERE id = ?"_s, { session }));
    }
    caught(f, { u"sessions"_s, u"outcome"_s, u"duration_ms"_s, u"600000"_s, u"ended-early"_s });
}

TEST_CASE("a WBP or an officer renamed in their table fails verify, naming the old and the new name",
    "[forgery][verify]")
{
    DeskFixture f;
    shortCall(f);
    SECTION("a WBP")
    {
        {
            RawDb raw(f.path);
            REQUIRE(raw.exec(u"UPDATE wbp SET name = 'Budi Palsu' WHERE id = ?"_s, { f.budi }));
        }
        caught(f, { u"wbp"_s, u"Budi Santoso"_s, u"Budi Palsu"_s });
    }
    SECTION("an officer")
    {
        {
            RawDb raw(f.path);
            REQUIRE(raw.exec(u"UPDATE officers SET name = 'Orang Lain', role = 'admin' WHERE id = 1"_s));
        }
        caught(f, { u"officers"_s, u"Petugas Satu"_s, u"Orang Lain"_s });
    }
}

TEST_CASE("a trigger planted or dropped fails verify by its name", "[forgery][verify][schema]")
{
    DeskFixture f;
    shortCall(f);
    SECTION("planted: every new officer an admin")
    {
        {
            RawDb raw(f.path);
            REQUIRE(raw.exec(u"CREATE TRIGGER make_admin AFTER INSERT ON officers "
                             "BEGIN UPDATE officers SET role = 'admin' WHERE id = new.id; END"_s));
        }
        caught(f, { u"make_admin"_s });
    }
    SECTION("dropped: events may be changed")
    {
        {
            RawDb raw(f.path);
            REQUIRE(raw.exec(u"DROP TRIGGER events_no_update"_s));
        }
        caught(f, { u"events_no_update"_s });
    }
}

TEST_CASE("a family's name and phone changed with a recomputed digest and the contact repointed fail verify",
    "[forgery][verify][privacy]")
{
    DeskFixture f;
    shortCall(f);
    const qint64 contact = f.contactOf[f.budi];
    // A digest made the logbook's way (SHA-256 of a salt and the value), so the row is "unaltered".
    const QByteArray salt(16, 'x');
    const QByteArray digest = QCryptographicHash::hash(
        QByteArray(salt + QByteArrayLiteral("+6289999999999")), QCryptographicHash::Sha256);
    {
        RawDb raw(f.path);
        REQUIRE(raw.exec(u"INSERT INTO personal_data(digest, salt, value, created) "
                         "SELECT ?, ?, '+6289999999999', created FROM personal_data ORDER BY id LIMIT 1"_s,
            { digest, salt }));
        REQUIRE(raw.exec(u"UPDATE contacts SET phone_digest = ? WHERE id = ?"_s,
            { QString::fromLatin1(digest.toHex()), contact }));
    }
    CHECK(must(f.desk->roster().contact(contact))->phone == u"+6289999999999"); // what the desk would dial
    caught(f, { u"contacts"_s, u"phone_digest"_s });
}

TEST_CASE(
    "kunjungan-admin logbook seal signs the head of a logbook that verifies, with a key only its owner reads",
    "[seal][cli]")
{
    DeskFixture f;
    shortCall(f);
    const QString seals = f.dir.filePath(u"segel"_s);
    const Run sealed
        = runProgram(adminBinary, { u"--db"_s, f.path, u"logbook"_s, u"seal"_s, u"--seal-dir"_s, seals });
    INFO(sealed.err.toStdString());
    REQUIRE(sealed.code == 0);
    CHECK(sealed.out.contains(QString::number(f.logbook->lastSeq())));
    CHECK(QFileInfo(QDir(seals).filePath(u"seal.key"_s)).permissions()
        == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    CHECK(QFileInfo(QDir(seals).filePath(u"seal.pub"_s)).permissions().testFlag(QFile::ReadOther));
    const Run verified = verifyCli(f.path, { u"--seal-dir"_s, seals });
    CHECK(verified.code == 0);
    CHECK(verified.out.contains(u"1 segel"_s));

    // The register prints the latest seal once the logbook knows its seal folder.
    f.logbook->setSealFolder(seals);
    const auto daily = must(Reports::dailyRegister(*f.desk, f.desk->today()));
    REQUIRE(daily.seal);
    CHECK(daily.seal->seq == f.logbook->lastSeq());
    CHECK(Reports::sealText(*daily.seal, daily.zone).contains(QString::number(daily.seal->seq)));

    // A logbook that does not verify is not sealed.
    {
        RawDb raw(f.path);
        REQUIRE(raw.exec(u"UPDATE wbp SET cell = '99' WHERE id = ?"_s, { f.budi }));
    }
    const QByteArray before = [&] {
        QFile file(QDir(seals).filePath(u"seals"_s));
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }();
    const Run refused
        = runProgram(adminBinary, { u"--db"_s, f.path, u"logbook"_s, u"seal"_s, u"--seal-dir"_s, seals });
    CHECK(refused.code == 3);
    QFile after(QDir(seals).filePath(u"seals"_s));
    REQUIRE(after.open(QIODevice::ReadOnly));
    CHECK(after.readAll() == before);
}

TEST_CASE(
    "a seal catches the newest events removed, and a chain rewritten behind it that verifies on its own",
    "[seal][forgery][verify]")
{
    DeskFixture f;
    shortCall(f);
    const QString seals = f.dir.filePath(u"segel"_s);
    f.logbook->setSealFolder(seals);
    const qint64 sealedSeq = f.logbook->lastSeq();
    const QByteArray sealedHash = must(f.logbook->events(sealedSeq, sealedSeq)).constFirst().hash;
    must(SealFolder(seals).seal(must(f.logbook->id()), sealedSeq, sealedHash, f.clock.nowUtc()));
    REQUIRE(must(f.logbook->verify()).ok());

    // The forger removes the last events (the call's end) with the triggers out of the way, puts
    // the triggers back and rebuilds the projections: the chain and every table agree again.
    const qint64 keep = sealedSeq - 2;
    const QString trigger = scalar(f.logbook->database(),
        u"SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'events_no_delete'"_s)
                                .toString();
    auto cutBack = [&] {
        RawDb raw(f.path);
        REQUIRE(raw.exec(u"DROP TRIGGER events_no_delete"_s));
        REQUIRE(raw.exec(u"DELETE FROM events WHERE seq > ?"_s, { keep }));
        REQUIRE(raw.exec(trigger));
    };
    auto reopened = [&] {
        f.desk.reset();
        f.logbook.reset();
        f.logbook = openLogbook(f.path, f.clock);
        f.logbook->setSealFolder(seals);
        must(f.logbook->rebuildProjections());
    };
    SECTION("truncated")
    {
        cutBack();
        reopened();
        const auto report = must(f.logbook->verify());
        REQUIRE_FALSE(report.ok());
        CHECK(report.problem().contains(QString::number(sealedSeq)));
        CHECK(report.problem().contains(QString::number(keep)));
    }
    SECTION("rewritten: other events in place of the removed ones, a whole new chain from there")
    {
        cutBack();
        reopened();
        while (f.logbook->lastSeq() < sealedSeq)
            must(f.logbook->append(Drafts::clockJumped(1000, f.clock.nowUtc(), f.clock.nowUtc().addSecs(1))));
        const auto report = must(f.logbook->verify());
        REQUIRE_FALSE(report.ok());
        CHECK(report.findings.size() == 1); // the chain and the tables hold: only the seal tells
        CHECK(report.problem().contains(QString::number(sealedSeq)));
        const Run cli = verifyCli(f.path, { u"--seal-dir"_s, seals });
        CHECK(cli.code == 3);
    }
}

TEST_CASE(
    "a seal that is not the facility's, or was made for another logbook, fails verify", "[seal][verify]")
{
    DeskFixture f;
    shortCall(f);
    const QString seals = f.dir.filePath(u"segel"_s);
    const qint64 seq = f.logbook->lastSeq();
    const QByteArray hash = must(f.logbook->events(seq, seq)).constFirst().hash;
    SECTION("its signature changed")
    {
        must(SealFolder(seals).seal(must(f.logbook->id()), seq, hash, f.clock.nowUtc()));
        QFile file(QDir(seals).filePath(u"seals"_s));
        REQUIRE(file.open(QIODevice::ReadWrite));
        QByteArray line = file.readAll();
        line[line.size() - 3] = line[line.size() - 3] == '0' ? '1' : '0';
        REQUIRE(file.seek(0));
        REQUIRE(file.write(line) == line.size());
    }
    SECTION("another logbook's")
    {
        must(SealFolder(seals).seal(u"00000000-0000-4000-8000-000000000000"_s, seq, hash, f.clock.nowUtc()));
    }
    f.logbook->setSealFolder(seals);
    CHECK_FALSE(must(f.logbook->verify()).ok());
    CHECK(verifyCli(f.path, { u"--seal-dir"_s, seals }).code == 3);
}

TEST_CASE(
    "25 backups taken while two other connections keep writing all verify and exit 0", "[backup][durability]")
{
    DeskFixture f;
    shortCall(f);
    const auto first = openLogbook(f.path, f.clock);
    const auto second = openLogbook(f.path, f.clock);
    for (int i = 0; i < 25; ++i) {
        const QString copy = f.dir.filePath(u"cadangan-%1.sqlite"_s.arg(i));
        // The command reads the head, and the writers pass it, while it runs.
        QProcess backup;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"KUNJUNGAN_LANG"_s, u"id"_s);
        backup.setProcessEnvironment(environment);
        backup.start(adminBinary, { u"--db"_s, f.path, u"backup"_s, copy });
        REQUIRE(backup.waitForStarted(10'000));
        for (int write = 0; write < 20; ++write) {
            Logbook &writer = write % 2 ? *first : *second;
            must(writer.append(Drafts::clockJumped(1000, f.clock.nowUtc(), f.clock.nowUtc().addSecs(1))));
        }
        REQUIRE(backup.waitForFinished(60'000));
        INFO(backup.readAllStandardError().toStdString());
        CHECK(backup.exitCode() == 0);
        // And the in-process backup of a logbook whose head other connections moved since.
        must(f.logbook->backupTo(f.dir.filePath(u"cadangan-%1b.sqlite"_s.arg(i))));
        must(first->append(Drafts::clockJumped(1000, f.clock.nowUtc(), f.clock.nowUtc().addSecs(1))));
    }
}
