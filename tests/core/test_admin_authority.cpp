// Who may change the record through kunjungan-admin, who the events it appends name, and what it
// prints of names an insider may have forged: the real binary on a real logbook, run as root, as a
// plain user of the group kunjungan and as a member of kunjungan-admin.
#include "AdminGroup.h"
#include "Authority.h"
#include "DeskFixture.h"
#include "Labels.h"
#include "ProgramRun.h"
#include "TerminalGuard.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace kj;
using namespace kj::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray roster = "Nama Lengkap,No. Registrasi,Blok,Lokasi Sel\n"
                          "Budi Santoso,AI.1/2026,A,12\n"
                          "Joko Susilo,AI.2/2026,A,13\n";
const QByteArray contacts = "No. Registrasi,Nama Keluarga,Hubungan,No. HP\n"
                            "AI.1/2026,Sri Wahyuni,Istri,0812-3456-7890\n";

// A logbook in a folder every user may write, so that a refusal is the program's, not the file
// system's.
class OpenFolder
{
public:
    OpenFolder()
    {
        REQUIRE(m_dir.isValid());
        REQUIRE(QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7777)));
        db = path(u"kunjungan.sqlite"_s);
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString write(const QString &name, const QByteArray &bytes) const
    {
        QFile file(path(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(bytes) == bytes.size());
        file.close();
        REQUIRE(file.setPermissions(QFileDevice::Permissions(0x6666)));
        return file.fileName();
    }

    // kunjungan-admin --db <logbook> …, as root unless `inChild` switches user; `sudoUser` as
    // sudo would set it.
    Run admin(const QStringList &arguments, const std::function<void()> &inChild = {},
        const QByteArray &input = {}, const QString &sudoUser = {}) const
    {
        QStringList command { u"SUDO_USER="_s + sudoUser, adminBinary, u"--db"_s, db };
        if (sudoUser.isEmpty())
            command = QStringList { u"-u"_s, u"SUDO_USER"_s, adminBinary, u"--db"_s, db };
        return runProgram(u"env"_s, command + arguments, { input, {}, inChild });
    }

    // Every byte of the logbook's files (a file that is not there reads empty).
    QList<QByteArray> files() const
    {
        QList<QByteArray> contents;
        for (const QString &suffix : { u""_s, u"-wal"_s, u"-shm"_s }) {
            QFile file(db + suffix);
            contents.append(file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
        }
        return contents;
    }

    // The logbook's files may be written by anyone, as the folder.
    void openFiles() const
    {
        for (const QString &suffix : { u""_s, u"-wal"_s, u"-shm"_s }) {
            if (QFile::exists(db + suffix))
                REQUIRE(QFile::setPermissions(db + suffix, QFileDevice::Permissions(0x6666)));
        }
    }

    QString db;

private:
    QTemporaryDir m_dir;
};

// The logbook read in-process: its last event, and how the screens name its actor.
struct LastEvent
{
    explicit LastEvent(const QString &path)
    {
        logbook = openLogbook(path, clock);
        desk = std::make_unique<Desk>(*logbook, clock);
        const auto events = must(logbook->events(logbook->lastSeq(), logbook->lastSeq()));
        REQUIRE(events.size() == 1);
        event = events.first();
    }
    QString actorLabel() const { return Labels::actor(*desk, event.actor); }

    SystemClock clock;
    std::unique_ptr<Logbook> logbook;
    std::unique_ptr<Desk> desk;
    Event event;
};

bool switchedUser(const Run &run)
{
    if (run.code != 125)
        return true;
    WARN("cannot switch to an unprivileged user here (not root); this case is not tested");
    return false;
}

} // namespace

TEST_CASE("only root and the members of kunjungan-admin may change the record", "[cli][authority]")
{
    const gid_t admins = 1234;
    Authority::Identity root { 0, { 0 }, u"root"_s, {} };
    Authority::Identity budi { 1000, { 1000, 100, admins }, u"budi"_s, {} };
    Authority::Identity kiosk { 999, { 999, 100 }, u"kunjungan-kiosk"_s, {} };

    CHECK(Authority::mayChange(root, admins, u"roster import"_s).ok());
    CHECK(Authority::mayChange(budi, admins, u"roster import"_s).ok());
    const Result<void> refused = Authority::mayChange(kiosk, admins, u"officer add"_s);
    REQUIRE_FALSE(refused.ok());
    CHECK(exitCodeFor(refused.error().kind) == 5);
    CHECK(refused.error().message
        == u"Hanya root atau anggota grup kunjungan-admin yang boleh menjalankan \"officer add\" (Anda: "
           "kunjungan-kiosk); tidak ada yang ditulis."_s);
    // Without the group on this machine, only root may.
    CHECK(Authority::mayChange(root, std::nullopt, u"demo"_s).ok());
    CHECK_FALSE(Authority::mayChange(budi, std::nullopt, u"demo"_s).ok());
}

TEST_CASE(
    "the CLI's actor names the system user, and the sudo user for root only, without a colon or control "
    "character",
    "[cli][authority]")
{
    CHECK(Authority::actor({ 0, { 0 }, u"root"_s, u"budi"_s }) == u"cli:root:budi"_s);
    CHECK(Authority::actor({ 1000, { 1000 }, u"budi"_s, {} }) == u"cli:budi"_s);
    CHECK(Actor::cli(u"a:b\x1b"_s, u"c"_s + QChar(0x202E)) == u"cli:a?b?:c?"_s);
    CHECK(Actor::code(u"cli:root:budi"_s) == Actor::code(QString(Actor::Cli)));
    // This process: SUDO_USER is believed only from root (anyone else may set it).
    qputenv("SUDO_USER", "budi");
    const Authority::Identity me = Authority::current();
    qunsetenv("SUDO_USER");
    CHECK(me.uid == ::getuid());
    CHECK(me.groups.contains(::getgid()));
    CHECK(me.sudoUser == (::getuid() == 0 ? u"budi"_s : QString()));
}

TEST_CASE(
    "a user of the group kunjungan outside kunjungan-admin is refused every command that changes the record "
    "with exit 5, and nothing is written",
    "[cli][authority]")
{
    OpenFolder f;
    const AdminGroup adminGroup; // so the refusal is for not being in it, not for its absence
    REQUIRE(f.admin({ u"roster"_s, u"import"_s, f.write(u"roster.csv"_s, roster) }).code == 0);
    REQUIRE(
        f.admin({ u"officer"_s, u"add"_s, u"Siti Aminah"_s, u"--role"_s, u"admin"_s }, {}, "482913\n").code
        == 0);
    REQUIRE(
        f.admin({ u"officer"_s, u"add"_s, u"Tono"_s, u"--role"_s, u"officer"_s }, {}, "482915\n").code == 0);
    REQUIRE(
        f.admin({ u"officer"_s, u"add"_s, u"Rudi"_s, u"--role"_s, u"officer"_s }, {}, "582916\n").code == 0);
    REQUIRE(f.admin({ u"officer"_s, u"deactivate"_s, u"Rudi"_s }).code == 0);
    REQUIRE(f.admin({ u"contacts"_s, u"import"_s, f.write(u"contacts.csv"_s, contacts) }).code == 0);
    f.openFiles();
    const QList<QByteArray> before = f.files();
    const QString newRoster = f.write(u"new.csv"_s, roster + "Rahmat Hidayat,BI.3/2025,B,13\n");
    const QString newContacts = f.write(u"new-contacts.csv"_s,
        "No. Registrasi,Nama Keluarga,Hubungan,No. HP\n"
        "AI.2/2026,Slamet,Ayah,0813-1111-2222\n");

    const QList<QStringList> changing {
        { u"roster"_s, u"import"_s, newRoster },
        { u"roster"_s, u"import"_s, newRoster, u"--dry-run"_s },
        { u"contacts"_s, u"import"_s, newContacts },
        { u"officer"_s, u"add"_s, u"Ani"_s, u"--role"_s, u"admin"_s },
        { u"officer"_s, u"reset-pin"_s, u"Siti Aminah"_s },
        { u"officer"_s, u"deactivate"_s, u"Tono"_s },
        { u"officer"_s, u"activate"_s, u"Rudi"_s },
        { u"privacy"_s, u"redact"_s, u"--before"_s, u"2026-01-01"_s },
        { u"privacy"_s, u"export"_s, u"AI.1/2026"_s, f.path(u"budi.json"_s) },
    };
    for (const QStringList &arguments : changing) {
        const Run run = f.admin(arguments, asNobody(), "135724\n");
        if (!switchedUser(run))
            return;
        CHECK(run.code == 5);
        CHECK(run.err.trimmed()
            == u"Hanya root atau anggota grup kunjungan-admin yang boleh menjalankan \"%1\" (Anda: nobody); "
               u"tidak ada "
               "yang ditulis."_s.arg(arguments.mid(0, 2).join(u' ')));
        CHECK(run.out.isEmpty());
        CHECK(f.files() == before);
    }
    CHECK_FALSE(QFile::exists(f.path(u"budi.json"_s)));
    const QString demo = f.path(u"demo.sqlite"_s);
    const Run demoRun = runProgram(
        adminBinary, { u"--db"_s, demo, u"demo"_s, u"--days"_s, u"2"_s }, { {}, {}, asNobody() });
    CHECK(demoRun.code == 5);
    CHECK_FALSE(QFile::exists(demo));

    // Reading stays open to the group: lists, exports without phone numbers, reports, verify, backup.
    const QList<QStringList> reading {
        { u"roster"_s, u"list"_s },
        { u"roster"_s, u"export"_s, f.path(u"roster-out.csv"_s) },
        { u"officer"_s, u"list"_s },
        { u"schedule"_s, u"show"_s },
        { u"logbook"_s, u"export"_s, f.path(u"lines.csv"_s) },
        { u"logbook"_s, u"verify"_s },
        { u"report"_s, u"daily"_s, u"2026-11-30"_s },
        { u"backup"_s, f.path(u"backup.sqlite"_s) },
    };
    for (const QStringList &arguments : reading)
        CHECK(f.admin(arguments, asNobody()).code == 0);
    LastEvent last(f.db);
    CHECK(last.event.type == QString(EventType::ContactAdded));
}

TEST_CASE(
    "a member of kunjungan-admin may change the record, and each event names the system user who ran it",
    "[cli][authority]")
{
    OpenFolder f;
    const AdminGroup adminGroup;
    if (!adminGroup.gid()) {
        WARN("the group kunjungan-admin does not exist and cannot be made here (groupadd needs root)");
        return;
    }
    const Run imported
        = f.admin({ u"roster"_s, u"import"_s, f.write(u"roster.csv"_s, roster) }, asNobody(adminGroup.gid()));
    if (!switchedUser(imported))
        return;
    REQUIRE(imported.code == 0);
    {
        LastEvent last(f.db);
        CHECK(last.event.type == QString(EventType::RosterImported));
        CHECK(last.event.actor == u"cli:nobody"_s);
        CHECK(last.event.payload().value(u"os"_s).toString() == u"nobody"_s);
        CHECK(last.actorLabel() == u"baris perintah admin (nobody)"_s);
    }
    // A user who is not root cannot claim a sudo user.
    f.openFiles();
    REQUIRE(f.admin({ u"officer"_s, u"add"_s, u"Tono"_s, u"--role"_s, u"admin"_s },
                 asNobody(adminGroup.gid()), "482915\n", u"budi"_s)
                .code
        == 0);
    LastEvent last(f.db);
    CHECK(last.event.type == QString(EventType::OfficerPinSet)); // the officer's PIN, set with the account
    CHECK(last.event.actor == u"cli:nobody"_s);
    CHECK_FALSE(last.event.payload().contains(u"sudo"_s));
}

TEST_CASE("root through sudo is recorded as root and the sudo user, and changing either breaks the chain",
    "[cli][authority]")
{
    if (::getuid() != 0) {
        WARN("not root: the sudo case is not tested");
        return;
    }
    OpenFolder f;
    REQUIRE(f.admin({ u"officer"_s, u"add"_s, u"Tono"_s, u"--role"_s, u"admin"_s }, {}, "482915\n", u"budi"_s)
                .code
        == 0);
    {
        LastEvent last(f.db);
        CHECK(last.event.actor == u"cli:root:budi"_s);
        CHECK(last.event.payload().value(u"os"_s).toString() == u"root"_s);
        CHECK(last.event.payload().value(u"sudo"_s).toString() == u"budi"_s);
        CHECK(last.actorLabel() == u"baris perintah admin (root, sudo: budi)"_s);
        // The projections rebuilt from the stored events name the same actor.
        const QStringList live = dumpProjections(last.logbook->database());
        must(last.logbook->rebuildProjections());
        CHECK(dumpProjections(last.logbook->database()) == live);
    }
    REQUIRE(f.admin({ u"logbook"_s, u"verify"_s }).code == 0);
    {
        RawDb raw(f.db);
        REQUIRE(raw.exec(u"DROP TRIGGER events_no_update"_s));
        REQUIRE(raw.exec(u"UPDATE events SET payload = replace(payload, '\"budi\"', '\"ani\"') "
                         "WHERE payload LIKE '%\"budi\"%'"_s));
    }
    const Run verify = f.admin({ u"logbook"_s, u"verify"_s });
    CHECK(verify.code == 3);
    CHECK(verify.err.startsWith(u"seq "_s));
}

TEST_CASE("kunjungan-admin prints names from a forged record without control or text-direction characters",
    "[cli][authority]")
{
    OpenFolder f;
    {
        // An insider writes the names through the Desk, around the CSV import's checks.
        FakeClock clock(mondayNine());
        const auto logbook = openLogbook(f.db, clock);
        Desk desk(*logbook, clock);
        must(desk.load());
        must(desk.roster().importRoster(
            { rosterRow(2, u"Budi\x1b]0;owned\x07 Santoso\x1b[2J"_s, u"AI.1/2026"_s, u"12"_s),
                rosterRow(3, u"Joko "_s + QChar(0x202E) + u"olisuS"_s + QChar(0x9B) + u"8m"_s, u"AI.2/2026"_s,
                    u"13"_s) },
            u"roster.csv"_s, QString(Actor::Cli)));
    }
    const auto hidden = [](const QString &text) {
        return text.contains(QChar(0x1b)) || text.contains(QChar(0x07)) || text.contains(QChar(0x202E))
            || text.contains(QChar(0x9B));
    };
    for (const QStringList &arguments : QList<QStringList> {
             { u"roster"_s, u"list"_s }, { u"roster"_s, u"list"_s, u"--format"_s, u"tsv"_s } }) {
        const Run run = f.admin(arguments);
        REQUIRE(run.code == 0);
        CHECK_FALSE(hidden(run.out));
        CHECK(run.out.contains(u"Budi]0;owned Santoso[2J"_s));
        CHECK(run.out.contains(u"Joko olisuS8m"_s));
        CHECK(run.out.count(u'\n') == 3);
    }
    // And in an error message quoting what was typed.
    const Run typed = f.admin({ u"officer"_s, u"deactivate"_s, u"Tono\x1b[8m"_s });
    CHECK(typed.code == 2);
    CHECK_FALSE(hidden(typed.err));
    CHECK(typed.err.contains(u"Tono[8m"_s));
}

TEST_CASE(
    "the terminal guard keeps line breaks, tabs and letters, and drops a control character split across "
    "two writes",
    "[cli][authority]")
{
    QBuffer terminal;
    REQUIRE(terminal.open(QIODevice::WriteOnly));
    TerminalGuard guard(terminal);
    // U+202E (E2 80 AE) and é (C3 A9) each cut in two.
    CHECK(guard.write("nama\t\xE2\x80") == 7);
    CHECK(guard.write("\xAE"
                      "Budi \xC3")
        == 7);
    CHECK(guard.write("\xA9\x1b[31m\r\n") == 8);
    CHECK(QString::fromUtf8(terminal.data()) == u"nama\tBudi é[31m\n"_s);
}
