// The real kunjungan-admin binary on a real SQLite file: exit codes, output and what it leaves behind.
// Over 600 lines on purpose: one subject, the CLI as IT staff and scripts run it, each test a
// command line and what it changed; the fixtures they share are the first 180 lines.
#include "AdminGroup.h"
#include "Clock.h"
#include "Desk.h"
#include "DeskFixture.h"
#include "Logbook.h"
#include "ProgramRun.h"
#include "RosterCsv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <functional>

#include <grp.h>
#include <unistd.h>

using namespace kj;
using namespace kj::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray rosterHeader = "Nama Lengkap,No. Registrasi,Blok,Lokasi Sel\n";
const QByteArray roster = rosterHeader
    + "Budi Santoso,AI.1/2026,A,12\n"
      "Joko Susilo,AI.2/2026,A,Kamar 04\n"
      "Rahmat Hidayat,BI.3/2025,B,13\n";
const QByteArray contactsHeader = "No. Registrasi,Nama Keluarga,Hubungan,No. HP\n";
const QByteArray contacts = contactsHeader
    + "AI.1/2026,Sri Wahyuni,Istri,0812-3456-7890\n"
      "AI.2/2026,Slamet,Ayah,+62 813 1111 2222\n";

QList<int> numbersIn(const QString &text)
{
    QList<int> numbers;
    static const QRegularExpression number(u"\\d+"_s);
    for (auto it = number.globalMatch(text); it.hasNext();)
        numbers.append(it.next().captured().toInt());
    return numbers;
}

bool mentionsNumber(const QString &line, int n)
{
    return line.contains(QRegularExpression(u"\\b%1\\b"_s.arg(n)));
}

QStringList linesOf(const QString &text)
{
    return text.split(u'\n', Qt::SkipEmptyParts);
}

// A temporary folder with one logbook file, and the binary pointed at it.
class CliFixture
{
public:
    CliFixture()
    {
        REQUIRE(m_dir.isValid());
        db = m_store.location(m_dir, u"kunjungan.sqlite"_s);
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString write(const QString &name, const QByteArray &bytes) const
    {
        QFile file(path(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(bytes) == bytes.size());
        return file.fileName();
    }

    Run admin(const QStringList &arguments, const RunOptions &options = {}) const
    {
        return runProgram(adminBinary, QStringList { u"--db"_s, db } + arguments, options);
    }

    Run importRoster(const QByteArray &csv, const QStringList &extra = {}) const
    {
        return admin(QStringList { u"roster"_s, u"import"_s, write(u"roster.csv"_s, csv) } + extra);
    }

    // The number of events, through `logbook verify`, which must pass.
    qint64 verifiedEvents() const
    {
        const Run run = admin({ u"logbook"_s, u"verify"_s });
        REQUIRE(run.code == 0);
        static const QRegularExpression ok(u"^ok: (\\d+) events, last seq (\\d+), hash ([0-9a-f]{32})$"_s,
            QRegularExpression::MultilineOption);
        const auto match = ok.match(run.out);
        REQUIRE(match.hasMatch());
        return match.captured(1).toLongLong();
    }

    QStringList tsvRows(bool all = false) const
    {
        QStringList arguments { u"roster"_s, u"list"_s, u"--format"_s, u"tsv"_s };
        if (all)
            arguments.append(u"--all"_s);
        const Run run = admin(arguments);
        REQUIRE(run.code == 0);
        QStringList lines = linesOf(run.out);
        REQUIRE(lines.value(0) == u"no_registrasi\tnama\tblok\tkamar\tstatus");
        lines.removeFirst();
        lines.sort();
        return lines;
    }

    QString db;

private:
    TestStore m_store;
    QTemporaryDir m_dir;
};

// A logbook written in-process at chosen instants (the CLI always runs at the machine's time).
struct InProcess
{
    explicit InProcess(const QString &path, const QDateTime &startUtc)
        : clock(startUtc)
    {
        auto opened = Logbook::open(path, clock, Logbook::Options { true, 5000, 0, {} });
        REQUIRE(opened.ok());
        logbook = std::move(*opened);
        desk = std::make_unique<Desk>(*logbook, clock);
        REQUIRE(desk->load(false).ok());
    }

    void importRoster(const QByteArray &csv)
    {
        const auto rows = RosterCsv::parse(csv);
        REQUIRE(rows.ok());
        REQUIRE(desk->roster().importRoster(rows.value(), u"roster.csv"_s, QString(Actor::Cli)).ok());
    }

    qint64 wbpId(const QString &registerNumber) const
    {
        const auto wbp = must(desk->roster().wbpByRegisterNumber(registerNumber));
        REQUIRE(wbp);
        return wbp->id;
    }

    FakeClock clock;
    std::unique_ptr<Logbook> logbook;
    std::unique_ptr<Desk> desk;
};

QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

// Changes one byte of an event's stored payload, as someone with the file and an SQLite tool could.
void tamperWithPayload(const QString &path, qint64 seq)
{
    RawDb raw(path);
    REQUIRE(raw.dropTrigger(u"events_no_update"_s));
    REQUIRE(raw.exec(u"UPDATE events SET payload = substr(payload, 1, 10) || 'X' || substr(payload, 12) "
                     "WHERE seq = %1 AND substr(payload, 11, 1) <> 'X'"_s.arg(seq)));
}

} // namespace

TEST_CASE("a roster imported by the CLI is listed back as tab-separated rows", "[cli]")
{
    CliFixture f;
    const Run imported = f.importRoster(roster);
    REQUIRE(imported.code == 0);
    CHECK(numbersIn(linesOf(imported.out).value(0)) == QList<int> { 3, 0, 0, 0 });

    CHECK(f.tsvRows()
        == QStringList { u"AI.1/2026\tBudi Santoso\tA\t12\taktif"_s, u"AI.2/2026\tJoko Susilo\tA\t4\taktif"_s,
            u"BI.3/2025\tRahmat Hidayat\tB\t13\taktif"_s });

    const Run oneCell
        = f.admin({ u"roster"_s, u"list"_s, u"--cell"_s, u"Kamar 4"_s, u"--format"_s, u"tsv"_s });
    REQUIRE(oneCell.code == 0);
    CHECK(linesOf(oneCell.out)
        == QStringList {
            u"no_registrasi\tnama\tblok\tkamar\tstatus"_s, u"AI.2/2026\tJoko Susilo\tA\t4\taktif"_s });

    const Run table = f.admin({ u"roster"_s, u"list"_s });
    REQUIRE(table.code == 0);
    const QStringList tableLines = linesOf(table.out);
    REQUIRE(tableLines.size() == 4); // a heading and three rows, aligned
    CHECK(tableLines[1].indexOf(u"Joko"_s) == tableLines[2].indexOf(u"Budi"_s));

    SECTION("KUNJUNGAN_DB names the logbook when --db is not given")
    {
        const Run run
            = runProgram(adminBinary, { u"roster"_s, u"list"_s, u"--format"_s, u"tsv"_s }, { {}, f.db, {} });
        REQUIRE(run.code == 0);
        CHECK(linesOf(run.out).size() == 4);
    }
}

TEST_CASE("a roster file with bad lines exits 2, names every bad line and writes nothing", "[cli]")
{
    CliFixture f;
    REQUIRE(f.importRoster(roster).code == 0);
    const qint64 events = f.verifiedEvents();

    const Run run = f.importRoster(rosterHeader
        + "Budi Santoso,AI.1/2026,A,12\n"
          ",AI.2/2026,A,4\n" // line 3: no name
          "Rahmat,,B,13\n" // line 4: no register number
          "Sari,AI.1/2026,B,13\n" // line 5: the register number of line 2
          "Dewi Lestari,AI.9/2026,C,\n"); // line 6: no cell
    CHECK(run.code == 2);
    const QStringList problems = linesOf(run.err);
    REQUIRE(problems.size() == 4);
    for (int i = 0; i < 4; ++i)
        CHECK(mentionsNumber(problems[i], 3 + i));

    CHECK(f.verifiedEvents() == events);
    CHECK(f.tsvRows().size() == 3);
}

TEST_CASE("a dry run reports what an import would change and writes nothing", "[cli]")
{
    CliFixture f;
    SECTION("on a logbook that does not exist yet, it does not create one")
    {
        const Run run = f.importRoster(roster, { u"--dry-run"_s });
        REQUIRE(run.code == 0);
        CHECK(numbersIn(linesOf(run.out).value(0)) == QList<int> { 3, 0, 0, 0 });
        CHECK_FALSE(QFile::exists(f.db));
    }
    SECTION("on an existing logbook, it counts against the roster there")
    {
        REQUIRE(f.importRoster(roster).code == 0);
        const qint64 events = f.verifiedEvents();
        const Run run = f.importRoster(rosterHeader
                + "Budi Santoso,AI.1/2026,A,14\n" // moved: updated
                  "Joko Susilo,AI.2/2026,A,4\n" // unchanged
                  "Sari Dewi,AI.7/2026,B,13\n" // new
                  "Tono,AI.8/2026,B,13\n", // new; Rahmat missing
            { u"--dry-run"_s });
        REQUIRE(run.code == 0);
        CHECK(numbersIn(linesOf(run.out).value(0)) == QList<int> { 2, 1, 1, 1 });
        CHECK(f.verifiedEvents() == events);
        CHECK(f.tsvRows()
            == QStringList { u"AI.1/2026\tBudi Santoso\tA\t12\taktif"_s,
                u"AI.2/2026\tJoko Susilo\tA\t4\taktif"_s, u"BI.3/2025\tRahmat Hidayat\tB\t13\taktif"_s });
    }
}

TEST_CASE("a re-import marks WBP missing from the file nonaktif and keeps them", "[cli]")
{
    CliFixture f;
    REQUIRE(f.importRoster(roster).code == 0);
    const Run run = f.importRoster(rosterHeader + "Budi Santoso,AI.1/2026,A,12\nJoko Susilo,AI.2/2026,A,4\n");
    REQUIRE(run.code == 0);
    CHECK(numbersIn(linesOf(run.out).value(0)) == QList<int> { 0, 0, 2, 1 });

    CHECK(f.tsvRows().size() == 2);
    CHECK(f.tsvRows(true)
        == QStringList { u"AI.1/2026\tBudi Santoso\tA\t12\taktif"_s, u"AI.2/2026\tJoko Susilo\tA\t4\taktif"_s,
            u"BI.3/2025\tRahmat Hidayat\tB\t13\tnonaktif"_s });
}

TEST_CASE("an exported roster imports back with nothing changed", "[cli]")
{
    CliFixture f;
    REQUIRE(
        f.importRoster(rosterHeader + "\"Santoso, Budi\",AI.1/2026,A,12\nJoko Susilo,AI.2/2026,A,4\n").code
        == 0);
    const QString exported = f.path(u"export.csv"_s);
    REQUIRE(f.admin({ u"roster"_s, u"export"_s, exported }).code == 0);
    const Run again = f.admin({ u"roster"_s, u"import"_s, exported });
    REQUIRE(again.code == 0);
    CHECK(numbersIn(linesOf(again.out).value(0)) == QList<int> { 0, 0, 2, 0 });
}

TEST_CASE("schedule check allows a scheduled cell, refuses with the next slot, and rejects an unknown number",
    "[cli]")
{
    CliFixture f;
    REQUIRE(f.importRoster(roster).code == 0);
    REQUIRE(f.admin({ u"contacts"_s, u"import"_s, f.write(u"contacts.csv"_s, contacts) }).code == 0);
    auto check = [&](const QString &registerNumber, const QString &at) {
        return f.admin({ u"schedule"_s, u"check"_s, registerNumber, u"--at"_s, at });
    };

    // Monday 30 November 2026, 09.00 WIB: cell 12 is open.
    const Run open = check(u"AI.1/2026"_s, u"2026-11-30T09:00:00+07:00"_s);
    CHECK(open.code == 0);
    CHECK_FALSE(open.out.contains(u"next:"_s));

    // Cell 4 is Tuesday's: next at Tuesday 08.00 WIB.
    const Run wrongDay = check(u"AI.2/2026"_s, u"2026-11-30T09:00:00+07:00"_s);
    CHECK(wrongDay.code == 5);
    CHECK_FALSE(wrongDay.err.trimmed().isEmpty());
    CHECK(linesOf(wrongDay.out).contains(u"next: 2026-12-01T01:00:00Z"_s));

    // Without an offset the time is the facility's: 12.00 WIB is the midday break, 13.00 WIB next.
    const Run lunch = check(u"AI.1/2026"_s, u"2026-11-30T12:00"_s);
    CHECK(lunch.code == 5);
    CHECK(linesOf(lunch.out).contains(u"next: 2026-11-30T06:00:00Z"_s));

    CHECK(check(u"AI.404/2026"_s, u"2026-11-30T09:00:00+07:00"_s).code == 2);
    CHECK(check(u"AI.1/2026"_s, u"Monday morning"_s).code == 2);
}

TEST_CASE("schedule show prints every weekday with its cells", "[cli]")
{
    CliFixture f;
    REQUIRE(f.importRoster(roster).code == 0);
    const Run run = f.admin({ u"schedule"_s, u"show"_s });
    REQUIRE(run.code == 0);
    const QStringList lines = linesOf(run.out);
    for (const QString &day :
        { u"Senin"_s, u"Selasa"_s, u"Rabu"_s, u"Kamis"_s, u"Jumat"_s, u"Sabtu"_s, u"Minggu"_s }) {
        CHECK(std::any_of(
            lines.cbegin(), lines.cend(), [&](const QString &l) { return l.trimmed().startsWith(day); }));
    }
    CHECK(run.out.contains(u"15, 16, 18"_s));
}

TEST_CASE("verify names the seq of an event changed behind the triggers' back", "[cli]")
{
    CliFixture f;
    REQUIRE(f.importRoster(roster).code == 0);
    REQUIRE(f.importRoster(rosterHeader + "Budi Santoso,AI.1/2026,A,13\n").code == 0);
    REQUIRE(f.admin({ u"contacts"_s, u"import"_s,
                        f.write(u"contacts.csv"_s,
                            contactsHeader + "AI.1/2026,Sri Wahyuni,Istri,0812-3456-7890\n") })
                .code
        == 0);
    REQUIRE(f.verifiedEvents() == 3);

    tamperWithPayload(f.db, 2);
    const Run run = f.admin({ u"logbook"_s, u"verify"_s });
    CHECK(run.code == 3);
    CHECK(run.err.contains(QRegularExpression(u"\\bseq 2\\b"_s)));
    CHECK_FALSE(run.out.startsWith(u"ok:"_s));
}

TEST_CASE("verify checks an anchor from a signed register", "[cli]")
{
    CliFixture f;
    REQUIRE(f.importRoster(roster).code == 0);
    REQUIRE(f.importRoster(rosterHeader + "Budi Santoso,AI.1/2026,A,13\n").code == 0);
    const Run ok = f.admin({ u"logbook"_s, u"verify"_s });
    REQUIRE(ok.code == 0);
    const QString hash = ok.out.trimmed().section(u' ', -1);
    REQUIRE(hash.size() == 32);
    CHECK(ok.out.startsWith(u"ok: 2 events, last seq 2, hash "_s));

    CHECK(f.admin({ u"logbook"_s, u"verify"_s, u"--anchor"_s, u"2:"_s + hash }).code == 0);
    CHECK(f.admin({ u"logbook"_s, u"verify"_s, u"--anchor"_s, u"2:"_s + hash.left(12) }).code == 0);

    QString wrong = hash;
    wrong[0] = wrong[0] == u'0' ? u'1' : u'0';
    const Run mismatch = f.admin({ u"logbook"_s, u"verify"_s, u"--anchor"_s, u"2:"_s + wrong });
    CHECK(mismatch.code == 3);
    CHECK(mismatch.err.contains(QRegularExpression(u"\\bseq 2\\b"_s)));

    const Run missing = f.admin({ u"logbook"_s, u"verify"_s, u"--anchor"_s, u"7:"_s + hash });
    CHECK(missing.code == 3);
    CHECK(missing.err.contains(QRegularExpression(u"\\bseq 7\\b"_s)));

    CHECK(f.admin({ u"logbook"_s, u"verify"_s, u"--anchor"_s, u"2"_s }).code == 2);
    CHECK(f.admin({ u"logbook"_s, u"verify"_s, u"--anchor"_s, u"2:abc"_s }).code == 2);
}

TEST_CASE("redacting before a date blanks older family data and the chain still verifies", "[cli]")
{
    CliFixture f;
    qint64 older = 0;
    qint64 newer = 0;
    {
        InProcess book(f.db, utc(2025, 1, 10, 3, 0));
        book.importRoster(roster);
        auto added = book.desk->roster().addContact(book.wbpId(u"AI.1/2026"_s), u"Sri Wahyuni"_s, u"Istri"_s,
            u"0812-3456-7890"_s, true, QString(Actor::Cli));
        REQUIRE(added.ok());
        older = *added;
        book.clock.setWall(utc(2025, 8, 1, 3, 0));
        added = book.desk->roster().addContact(book.wbpId(u"AI.1/2026"_s), u"Slamet"_s, u"Ayah"_s,
            u"0813-1111-2222"_s, true, QString(Actor::Cli));
        REQUIRE(added.ok());
        newer = *added;
    }
    const qint64 events = f.verifiedEvents();

    const Run run = f.admin({ u"privacy"_s, u"redact"_s, u"--before"_s, u"2025-06-01"_s });
    REQUIRE(run.code == 0);
    CHECK(numbersIn(run.out) == QList<int> { 2 }); // the older contact's name and phone
    CHECK(f.verifiedEvents() == events + 1); // the redaction is itself recorded

    InProcess after(f.db, utc(2025, 9, 1, 3, 0));
    const auto blanked = must(after.desk->roster().contact(older));
    REQUIRE(blanked);
    CHECK(blanked->phone.isEmpty());
    CHECK(blanked->name.isEmpty());
    CHECK(must(after.desk->roster().contact(newer))->phone == u"+6281311112222"_s);

    CHECK(f.admin({ u"privacy"_s, u"redact"_s, u"--before"_s, u"2999-01-01"_s }).code == 2);
    CHECK(f.admin({ u"privacy"_s, u"redact"_s, u"--before"_s, u"1/6/2025"_s }).code == 2);
}

TEST_CASE("a sessions export has one row per line of the book, within the dates asked", "[cli]")
{
    CliFixture f;
    {
        // Monday 30 November 2026, 09.00 WIB.
        InProcess book(f.db, utc(2026, 11, 30, 2, 0));
        book.importRoster(roster);
        Desk &desk = *book.desk;
        const auto officer
            = desk.officers().add(u"Petugas Satu"_s, u"officer"_s, u"582914"_s, QString(Actor::Cli));
        REQUIRE(officer.ok());
        const QString actor = Actor::officer(*officer);
        const auto budi = book.wbpId(u"AI.1/2026"_s);
        const auto rahmat = book.wbpId(u"BI.3/2025"_s);
        const auto joko = book.wbpId(u"AI.2/2026"_s);
        const auto budiContact
            = desk.roster().addContact(budi, u"Sri Wahyuni"_s, u"Istri"_s, u"081234567890"_s, true, actor);
        const auto rahmatContact
            = desk.roster().addContact(rahmat, u"Ani"_s, u"Anak"_s, u"081200001111"_s, true, actor);
        const auto jokoContact
            = desk.roster().addContact(joko, u"Slamet"_s, u"Ayah"_s, u"081311112222"_s, true, actor);
        REQUIRE(desk.calls().signIn(budi, *budiContact, QString(Actor::Kiosk)).ok());
        REQUIRE(desk.calls().signIn(rahmat, *rahmatContact, QString(Actor::Kiosk)).ok());
        REQUIRE(desk.calls().callNext(1, actor).ok());
        book.clock.advanceSeconds(60);
        REQUIRE(desk.calls().startCall(1, actor).ok());
        book.clock.advanceSeconds(275);
        REQUIRE(desk.calls().endCall(1, Outcome::Completed, {}, actor).ok());
        REQUIRE(desk.calls().callNext(2, actor).ok());
        REQUIRE(desk.calls().noShow(2, actor).ok());
        // Tuesday, cell 4.
        book.clock.setWall(utc(2026, 12, 1, 2, 30));
        REQUIRE(desk.calls().signIn(joko, *jokoContact, QString(Actor::Kiosk)).ok());
        REQUIRE(desk.calls().callNext(1, actor).ok());
        REQUIRE(desk.calls().startCall(1, actor).ok());
        book.clock.advanceSeconds(120);
        REQUIRE(desk.calls().endCall(1, Outcome::EndedEarly, {}, actor).ok());
    }
    auto exportRows = [&](const QStringList &range) {
        const QString file = f.path(u"sessions.csv"_s);
        QFile::remove(file);
        const Run run = f.admin(QStringList { u"logbook"_s, u"export"_s, file } + range);
        REQUIRE(run.code == 0);
        QFile csv(file);
        REQUIRE(csv.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(csv.readAll());
        if (text.startsWith(QChar(0xfeff)))
            text.remove(0, 1);
        QList<QStringList> rows;
        for (const QString &line : text.split(u"\r\n"_s, Qt::SkipEmptyParts))
            rows.append(line.split(u','));
        return rows;
    };

    const QList<QStringList> all = exportRows({});
    REQUIRE(all.size() == 4);
    CHECK(all[0]
        == QStringList { u"tanggal"_s, u"antrian"_s, u"nama"_s, u"no_registrasi"_s, u"kamar"_s, u"hubungan"_s,
            u"bilik"_s, u"dipanggil"_s, u"mulai"_s, u"selesai"_s, u"durasi_detik"_s, u"hasil"_s, u"petugas"_s,
            u"koreksi"_s });
    const QStringList &budi = all[1];
    REQUIRE(budi.size() == 14);
    CHECK(budi.mid(0, 5)
        == QStringList { u"2026-11-30"_s, u"A-001"_s, u"Budi Santoso"_s, u"AI.1/2026"_s, u"12"_s });
    CHECK_FALSE(budi[5].isEmpty()); // the relation, in words
    CHECK(budi.mid(6, 5) == QStringList { u"1"_s, u"09:00:00"_s, u"09:01:00"_s, u"09:05:35"_s, u"275"_s });
    CHECK(budi[12] == u"Petugas Satu"_s);
    const QStringList &rahmat = all[2];
    CHECK(rahmat.mid(0, 3) == QStringList { u"2026-11-30"_s, u"A-002"_s, u"Rahmat Hidayat"_s });
    CHECK(rahmat[8].isEmpty()); // never started
    CHECK(rahmat[11] != budi[11]); // no-show, not completed
    CHECK(all[3].mid(0, 3) == QStringList { u"2026-12-01"_s, u"A-001"_s, u"Joko Susilo"_s });

    CHECK(exportRows({ u"--from"_s, u"2026-12-01"_s }).size() == 2);
    CHECK(exportRows({ u"--to"_s, u"2026-11-30"_s }).size() == 3);
    CHECK(exportRows({ u"--from"_s, u"2026-12-02"_s }).size() == 1);
    CHECK(f.admin({ u"logbook"_s, u"export"_s, f.path(u"x.csv"_s), u"--from"_s, u"30/11/2026"_s }).code == 2);

    SECTION("a privacy export holds one WBP's data and events, and nobody else's")
    {
        const QString file = f.path(u"budi.json"_s);
        REQUIRE(f.admin({ u"privacy"_s, u"export"_s, u"AI.1/2026"_s, file }).code == 0);
        QFile json(file);
        REQUIRE(json.open(QIODevice::ReadOnly));
        const QByteArray bytes = json.readAll();
        const QJsonObject doc = QJsonDocument::fromJson(bytes).object();
        CHECK(doc.value(u"wbp"_s).toObject().value(u"register_number"_s).toString() == u"AI.1/2026"_s);
        const QJsonArray contactList = doc.value(u"contacts"_s).toArray();
        REQUIRE(contactList.size() == 1);
        CHECK(contactList[0].toObject().value(u"phone"_s).toString() == u"+6281234567890"_s);
        CHECK(contactList[0].toObject().value(u"name"_s).toString() == u"Sri Wahyuni"_s);
        const QJsonArray sessionList = doc.value(u"sessions"_s).toArray();
        REQUIRE(sessionList.size() == 1);
        CHECK(sessionList[0].toObject().value(u"ticket"_s).toString() == u"A-001"_s);
        QStringList types;
        for (const QJsonValue e : doc.value(u"events"_s).toArray())
            types.append(e.toObject().value(u"type"_s).toString());
        CHECK(types
            == QStringList { u"roster.import"_s, u"contact.add"_s, u"queue.signin"_s, u"queue.call"_s,
                u"call.start"_s, u"call.end"_s });
        for (const char *other : { "Rahmat", "Joko", "Ani", "Slamet", "BI.3/2025", "AI.2/2026" })
            CHECK_FALSE(bytes.contains(other));

        CHECK(f.admin({ u"privacy"_s, u"export"_s, u"AI.404/2026"_s, f.path(u"nobody.json"_s) }).code == 2);
    }
}

TEST_CASE("a disk that fills up during an import exits 4 and leaves the logbook as it was", "[cli][sqlite]")
{
    CliFixture f;
    REQUIRE(f.importRoster(roster).code == 0);
    const qint64 events = f.verifiedEvents();
    QByteArray big = rosterHeader;
    for (int i = 1; i <= 3000; ++i)
        big += "WBP Nomor " + QByteArray::number(i) + " Dengan Nama Panjang,AI." + QByteArray::number(i)
            + "/2026,A," + QByteArray::number(4 + i % 14) + "\n";
    const QString file = f.write(u"big.csv"_s, big);

    // 40 KiB per file: enough to open the logbook, far too little for the import's WAL frames.
    const Run run = runProgram(u"bash"_s,
        { u"-c"_s, u"ulimit -f 40; exec \"$0\" \"$@\""_s, adminBinary, u"--db"_s, f.db, u"roster"_s,
            u"import"_s, file });
    CHECK(run.code == 4);
    CHECK(linesOf(run.err).size() == 1);

    CHECK(f.verifiedEvents() == events);
    CHECK(f.tsvRows().size() == 3);
}

TEST_CASE("a read-only logbook file exits 4 and is left as it was", "[cli][sqlite]")
{
    CliFixture f;
    REQUIRE(f.importRoster(roster).code == 0);
    const qint64 events = f.verifiedEvents();

    // Root writes to any file whatever its mode, so as root the binary runs as nobody, a member of
    // kunjungan-admin (who may change the record).
    const AdminGroup adminGroup;
    std::function<void()> asAdmin;
    if (::geteuid() == 0 && adminGroup.gid())
        asAdmin = asNobody(adminGroup.gid());
    const QFileDevice::Permissions readOnly
        = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const QFileDevice::Permissions folderOpen = readOnly | QFileDevice::WriteOwner | QFileDevice::WriteGroup
        | QFileDevice::WriteOther | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    const QString folder = QFileInfo(f.db).absolutePath();
    const QString changed = f.write(u"changed.csv"_s, rosterHeader + "Budi Santoso,AI.1/2026,A,13\n");
    REQUIRE(QFile::setPermissions(f.db, readOnly));
    // The folder stays writable (to nobody too): only the file itself is read-only.
    REQUIRE(QFile::setPermissions(folder, folderOpen));
    QFile::setPermissions(changed, readOnly);

    const Run run = f.admin({ u"roster"_s, u"import"_s, changed }, { {}, {}, asAdmin });
    REQUIRE(QFile::setPermissions(f.db, readOnly | QFileDevice::WriteOwner));
    if (run.code == 125) {
        WARN("cannot switch to an unprivileged user here; the read-only case is not tested");
        return;
    }
    CHECK(run.code == 4);
    CHECK(linesOf(run.err).size() == 1);
    CHECK(f.verifiedEvents() == events);
    CHECK(f.tsvRows().contains(u"AI.1/2026\tBudi Santoso\tA\t12\taktif"_s));
}

TEST_CASE("officer add reads the PIN from stdin and a too-short PIN exits 2", "[cli]")
{
    CliFixture f;
    const Run added = f.admin(
        { u"officer"_s, u"add"_s, u"Siti Aminah"_s, u"--role"_s, u"admin"_s }, { "482913\n", {}, {} });
    REQUIRE(added.code == 0);
    const Run tooShort
        = f.admin({ u"officer"_s, u"add"_s, u"Tono"_s, u"--role"_s, u"officer"_s }, { "12\n", {}, {} });
    CHECK(tooShort.code == 2);
    CHECK(linesOf(tooShort.err).size() == 1);
    CHECK(f.admin({ u"officer"_s, u"add"_s, u"Tono"_s, u"--role"_s, u"boss"_s }, { "482915\n", {}, {} }).code
        == 2);
    CHECK(f.admin({ u"officer"_s, u"reset-pin"_s, u"Nobody"_s }, { "482915\n", {}, {} }).code == 2);
    {
        InProcess book(f.db, utc(2026, 11, 30, 2, 0));
        REQUIRE(must(book.desk->officers().list()).size() == 1);
        const auto login = book.desk->officers().login(u"Siti Aminah"_s, u"482913"_s);
        REQUIRE(login.ok());
        CHECK(login->isAdmin());
    }

    REQUIRE(f.admin({ u"officer"_s, u"reset-pin"_s, u"Siti Aminah"_s }, { "730518\n", {}, {} }).code == 0);
    InProcess book(f.db, utc(2026, 11, 30, 2, 5));
    CHECK_FALSE(book.desk->officers().login(u"Siti Aminah"_s, u"482913"_s).ok());
    CHECK(book.desk->officers().login(u"Siti Aminah"_s, u"730518"_s).ok());
}

TEST_CASE("an officer who leaves is deactivated from the CLI: listed as nonaktif, refused at login, "
          "and the last admin cannot be",
    "[cli]")
{
    CliFixture f;
    REQUIRE(
        f.admin({ u"officer"_s, u"add"_s, u"Siti Aminah"_s, u"--role"_s, u"admin"_s }, { "482913\n", {}, {} })
            .code
        == 0);
    REQUIRE(
        f.admin({ u"officer"_s, u"add"_s, u"Tono"_s, u"--role"_s, u"officer"_s }, { "482915\n", {}, {} }).code
        == 0);
    CHECK(f.admin({ u"officer"_s, u"list"_s }).out
        == u"nama\tperan\tstatus\nSiti Aminah\tadmin\taktif\nTono\tofficer\taktif\n"_s);

    REQUIRE(f.admin({ u"officer"_s, u"deactivate"_s, u"tono"_s }).code == 0);
    CHECK(f.admin({ u"officer"_s, u"list"_s }).out.contains(u"Tono\tofficer\tnonaktif\n"_s));
    {
        InProcess book(f.db, utc(2026, 11, 30, 2, 0));
        CHECK_FALSE(book.desk->officers().login(u"Tono"_s, u"482915"_s).ok());
        QSqlQuery last(book.logbook->database());
        REQUIRE(last.exec(u"SELECT type FROM event_log ORDER BY seq DESC LIMIT 1"_s));
        REQUIRE(last.next());
        CHECK(last.value(0).toString() == EventType::OfficerActiveSet);
    }
    const Run lastAdmin = f.admin({ u"officer"_s, u"deactivate"_s, u"Siti Aminah"_s });
    CHECK(lastAdmin.code == 5); // refused, as a schedule check is
    CHECK(linesOf(lastAdmin.err).size() == 1);
    CHECK(f.admin({ u"officer"_s, u"deactivate"_s, u"Nobody"_s }).code == 2);

    REQUIRE(f.admin({ u"officer"_s, u"activate"_s, u"Tono"_s }).code == 0);
    InProcess book(f.db, utc(2026, 11, 30, 2, 5));
    CHECK(book.desk->officers().login(u"Tono"_s, u"482915"_s).ok());
}

TEST_CASE("a backup is a separate file that verifies with the same events", "[cli]")
{
    CliFixture f;
    REQUIRE(f.importRoster(roster).code == 0);
    REQUIRE(f.importRoster(rosterHeader + "Budi Santoso,AI.1/2026,A,13\n").code == 0);
    const QString copy = f.path(u"copy.sqlite"_s);
    const Run run = f.admin({ u"backup"_s, copy });
    REQUIRE(run.code == 0);
    CHECK(f.admin({ u"backup"_s, copy }).code == 2); // never overwrites

    const Run original = f.admin({ u"logbook"_s, u"verify"_s });
    const Run backedUp = runProgram(adminBinary, { u"--db"_s, copy, u"logbook"_s, u"verify"_s });
    REQUIRE(backedUp.code == 0);
    CHECK(backedUp.out == original.out);
    CHECK(original.out.startsWith(u"ok: 2 events"_s));
}

TEST_CASE("an unknown command, a missing argument or a misplaced option exits 1 with a usage hint", "[cli]")
{
    CliFixture f;
    for (const QStringList &arguments :
        QList<QStringList> { {}, { u"frobnicate"_s }, { u"roster"_s }, { u"roster"_s, u"import"_s },
            { u"roster"_s, u"list"_s, u"--dry-run"_s }, { u"roster"_s, u"list"_s, u"--format"_s, u"xml"_s },
            { u"officer"_s, u"add"_s, u"Tono"_s }, { u"privacy"_s, u"redact"_s },
            { u"backup"_s, u"a"_s, u"b"_s }, { u"--bogus"_s, u"schedule"_s, u"show"_s } }) {
        const Run run = f.admin(arguments);
        CHECK(run.code == 1);
        CHECK_FALSE(run.err.trimmed().isEmpty());
    }
    CHECK_FALSE(QFile::exists(f.db));
}

TEST_CASE("reading commands on a missing logbook exit 4 without creating it", "[cli]")
{
    CliFixture f;
    for (const QStringList &arguments :
        QList<QStringList> { { u"logbook"_s, u"verify"_s }, { u"roster"_s, u"list"_s },
            { u"schedule"_s, u"show"_s }, { u"backup"_s, f.path(u"b.sqlite"_s) } }) {
        const Run run = f.admin(arguments);
        CHECK(run.code == 4);
        CHECK(linesOf(run.err).size() == 1);
    }
    CHECK_FALSE(QFile::exists(f.db));

    const QString inMissingFolder = f.path(u"typo/kunjungan.sqlite"_s);
    const Run run = runProgram(adminBinary,
        { u"--db"_s, inMissingFolder, u"roster"_s, u"import"_s, f.write(u"roster.csv"_s, roster) });
    CHECK(run.code == 4);
    CHECK_FALSE(QFileInfo::exists(f.path(u"typo"_s)));
    CHECK(f.admin({}).code == 1);
    CHECK(runProgram(adminBinary, { u"--db"_s, QString(), u"roster"_s, u"list"_s }).code == 1);
}

TEST_CASE("a contacts file naming an unknown register number exits 2 and adds nobody", "[cli]")
{
    CliFixture f;
    REQUIRE(f.importRoster(roster).code == 0);
    const qint64 events = f.verifiedEvents();
    const Run run = f.admin({ u"contacts"_s, u"import"_s,
        f.write(u"contacts.csv"_s, contacts + "AI.404/2026,Ani,Anak,081200001111\n") });
    CHECK(run.code == 2);
    REQUIRE(linesOf(run.err).size() == 1);
    CHECK(mentionsNumber(run.err, 4));
    CHECK(f.verifiedEvents() == events);
}

TEST_CASE("demo fills a new logbook with days of service and says so in one line", "[cli][demo]")
{
    CliFixture f;
    const Run run = f.admin({ u"demo"_s, u"--days"_s, u"8"_s, u"--seed"_s, u"3"_s });
    REQUIRE(run.code == 0);
    REQUIRE(linesOf(run.out).size() == 1);
    const QList<int> numbers = numbersIn(run.out);
    // The events it names are the ones that verify.
    CHECK(mentionsNumber(run.out, int(f.verifiedEvents())));
    CHECK(numbers.size() >= 8);

    // A second run would mix two made-up histories: refused, nothing written.
    const qint64 events = f.verifiedEvents();
    const Run again = f.admin({ u"demo"_s, u"--days"_s, u"8"_s });
    CHECK(again.code == 2);
    CHECK(linesOf(again.err).size() == 1);
    CHECK(again.out.isEmpty());
    CHECK(f.verifiedEvents() == events);
}

TEST_CASE("demo needs --days and --db, and a whole number of days", "[cli][demo]")
{
    CliFixture f;
    CHECK(runProgram(adminBinary, { u"demo"_s, u"--days"_s, u"5"_s }).code == 1);
    CHECK(f.admin({ u"demo"_s }).code == 1);
    CHECK(f.admin({ u"demo"_s, u"--days"_s, u"lima"_s }).code == 2);
    CHECK(f.admin({ u"demo"_s, u"--days"_s, u"0"_s }).code == 2);
    CHECK(f.admin({ u"demo"_s, u"--days"_s, u"3"_s, u"--seed"_s, u"x"_s }).code == 2);
    CHECK_FALSE(QFileInfo::exists(f.db));
}
