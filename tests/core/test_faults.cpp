// Faults the old PC at the desk will meet: a full disk, a read-only file or folder, a logbook
// locked by another program, a file that is not a logbook, a WAL cut short by a power cut. Each
// must give its documented reason (ErrorKind::Database, so exit 4 in the CLI), leave nothing
// half-written, and never crash.
#include "DeskFixture.h"
#include "FreeText.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

#include <csignal>
#include <iostream>
#include <sys/resource.h>
#include <unistd.h>

using namespace kj;
using namespace kj::test;
using namespace Qt::StringLiterals;

namespace {

const char *const faultChildVariable = "KJ_FAULT_CHILD";
const char *const faultDbVariable = "KJ_FAULT_DB";

// A few calls through the desk so the record has some history (each WBP once: one call a day).
void someHistory(DeskFixture &f, QList<qint64> people = {})
{
    if (people.isEmpty())
        people = { f.budi, f.agus };
    for (qint64 wbp : people) {
        f.signIn(wbp);
        must(f.desk->calls().callNext(1, officer));
        must(f.desk->calls().startCall(1, officer));
        f.clock.advanceSeconds(90);
        must(f.desk->calls().endCall(1, Outcome::EndedEarly, QString(), officer));
    }
}

// What must hold after any refused write: the same events, the same projections, a valid chain.
struct Snapshot
{
    qint64 events = 0;
    QStringList projections;
};

Snapshot snapshot(const Logbook &logbook)
{
    return { eventCount(logbook), dumpProjections(logbook.database()) };
}

void checkUnchanged(const Logbook &logbook, const Snapshot &before)
{
    CHECK(eventCount(logbook) == before.events);
    CHECK(dumpProjections(logbook.database()) == before.projections);
    CHECK(must(logbook.verify()).ok());
}

void checkDatabaseError(const Error &e, const QString &reason)
{
    INFO("detail: " << e.detail.toStdString());
    CHECK(e.kind == ErrorKind::Database);
    CHECK(e.reason == reason);
    CHECK(exitCodeFor(e.kind) == 4);
    CHECK_FALSE(e.message.isEmpty());
}

// Runs one of the hidden child test cases below in a new process of this test program.
QProcess *startChild(
    QProcess &child, const QString &testName, const QString &db, const std::function<void()> &inChild = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(faultChildVariable), u"1"_s);
    env.insert(QString::fromLatin1(faultDbVariable), db);
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::SeparateChannels);
    if (inChild)
        child.setChildProcessModifier(inChild);
    child.start(QCoreApplication::applicationFilePath(), { testName });
    REQUIRE(child.waitForStarted(10'000));
    return &child;
}

QByteArray waitForLine(QProcess &child, const QByteArray &line)
{
    const QByteArray wanted = line + '\n';
    QByteArray output;
    while (!output.contains(wanted) && child.waitForReadyRead(30'000))
        output += child.readAllStandardOutput();
    INFO("child said: " << output.toStdString() << child.readAllStandardError().toStdString());
    REQUIRE(output.contains(wanted));
    return output;
}

// chattr +i makes a file or folder unchangeable even for root (tests run as root in CI, where
// permission bits stop nothing). Undone on destruction so the temporary folder can be removed.
class Immutable
{
public:
    explicit Immutable(const QString &path)
        : m_path(path)
    {
        m_ok = QProcess::execute(u"chattr"_s, { u"+i"_s, m_path }) == 0;
    }
    ~Immutable()
    {
        if (m_ok)
            QProcess::execute(u"chattr"_s, { u"-i"_s, m_path });
    }
    Immutable(const Immutable &) = delete;
    Immutable &operator=(const Immutable &) = delete;
    bool ok() const { return m_ok; }

private:
    QString m_path;
    bool m_ok = false;
};

Logbook::Options quickOptions(int busyTimeoutMs = 5000)
{
    Logbook::Options options;
    options.busyTimeoutMs = busyTimeoutMs;
    options.changePollMs = 0;
    return options;
}

} // namespace

// ---- disk full ----------------------------------------------------------------------------

TEST_CASE(
    "a disk filling up during the day refuses each write with db-full, keeps the record whole, and the desk "
    "works again once there is room",
    "[faults]")
{
    DeskFixture f;
    someHistory(f);
    QSqlDatabase db = f.logbook->database();
    const qint64 pages = scalar(db, u"PRAGMA page_count"_s).toLongLong();
    REQUIRE(scalar(db, u"PRAGMA max_page_count = "_s + QString::number(pages)).toLongLong() == pages);

    // Corrections with the longest notes and reasons until the file cannot grow any more.
    const qint64 session = scalar(db, u"SELECT min(id) FROM sessions"_s).toLongLong();
    const QString longReason = QString(FreeText::maxReason, u'x');
    std::optional<Error> full;
    for (int i = 0; i < 1000 && !full; ++i) {
        const Snapshot before = snapshot(*f.logbook);
        const QString note = u"catatan %1 "_s.arg(i).leftJustified(FreeText::maxReason, u'c');
        const auto amended = f.desk->calls().amend(session, u"note"_s, note, longReason, officer);
        if (!amended.ok()) {
            full = amended.error();
            checkUnchanged(*f.logbook, before);
        }
    }
    REQUIRE(full);
    checkDatabaseError(*full, u"db-full"_s);

    // Every kind of write meets the same full disk, and none leaves a trace.
    const Snapshot before = snapshot(*f.logbook);
    const auto signedIn = f.desk->calls().signIn(f.joko, f.contactOf.value(f.joko), QString(Actor::Kiosk));
    if (!signedIn.ok())
        checkDatabaseError(signedIn.error(), u"db-full"_s);
    const auto roster = f.desk->roster().importRoster(
        { rosterRow(2, u"Warga Baru"_s, u"B I 999/2026"_s, u"12"_s) }, u"baru.csv"_s, officer);
    if (!roster.ok())
        checkDatabaseError(roster.error(), u"db-full"_s);
    if (!signedIn.ok() && !roster.ok())
        checkUnchanged(*f.logbook, before);
    // Reading still works: the desk shows the queue and finds people.
    CHECK(must(f.desk->roster().wbpByRegisterNumber(u"B I 101/2025"_s)));
    CHECK(must(f.logbook->verify()).ok());

    REQUIRE(scalar(db, u"PRAGMA max_page_count = 1000000"_s).toLongLong() == 1000000);
    must(f.desk->calls().amend(session, u"note"_s, u"ada ruang lagi"_s, longReason, officer));
    CHECK(must(f.logbook->verify()).ok());
}

TEST_CASE("fault child: appends until the file-size limit stops it", "[.faultchild]")
{
    if (!qEnvironmentVariableIsSet(faultChildVariable))
        return;
    FakeClock clock(mondayNine());
    auto logbook = openLogbook(qEnvironmentVariable(faultDbVariable), clock);
    Desk desk(*logbook, clock);
    must(desk.load(false));
    const QString reason = QString(2000, u'r');
    for (int i = 0; i < 20'000; ++i) {
        const Snapshot before = snapshot(*logbook);
        const auto r = logbook->append({ EventType::SurveyAnswered, QString(Actor::Kiosk), 0,
            { { u"i"_s, i }, { u"text"_s, reason } } });
        if (r.ok()) {
            std::cout << "ack " << r->seq << std::endl;
            continue;
        }
        std::cout << "error " << r.error().reason.toStdString() << " kind " << int(r.error().kind)
                  << std::endl;
        checkUnchanged(*logbook, before);
        // Still refused, still whole, and no crash on the next attempt either.
        const auto again
            = logbook->append({ EventType::SurveyAnswered, QString(Actor::Kiosk), 0, { { u"i"_s, i } } });
        if (!again.ok())
            std::cout << "again " << again.error().reason.toStdString() << std::endl;
        std::cout << "done" << std::endl;
        return;
    }
    FAIL("the file-size limit never stopped a write");
}

TEST_CASE("a file-size limit reached mid-write (SIGXFSZ ignored) refuses the write as a full disk and loses "
          "no acknowledged event",
    "[faults]")
{
    DeskFixture f;
    someHistory(f);
    f.desk.reset();
    f.logbook.reset();
    const qint64 limit = QFileInfo(f.path).size() + 48 * 1024;

    QProcess child;
    startChild(child, u"fault child: appends until the file-size limit stops it"_s, f.path, [limit] {
        ::signal(SIGXFSZ, SIG_IGN);
        const rlimit r { rlim_t(limit), rlim_t(limit) };
        if (::setrlimit(RLIMIT_FSIZE, &r) != 0)
            ::_exit(125);
    });
    REQUIRE(child.waitForFinished(60'000));
    const QString out = QString::fromUtf8(child.readAllStandardOutput());
    INFO("child: " << out.toStdString() << child.readAllStandardError().toStdString());
    REQUIRE(child.exitStatus() == QProcess::NormalExit);
    CHECK(child.exitCode() == 0);
    qint64 lastAck = 0;
    QString reason;
    for (const QString &line : out.split(u'\n')) {
        if (line.startsWith(u"ack "_s))
            lastAck = line.mid(4).toLongLong();
        if (line.startsWith(u"error "_s))
            reason = line.section(u' ', 1, 1);
    }
    CHECK(lastAck > 0);
    // SQLite reads a short write as a full disk (SQLITE_FULL); EFBIG on a write that cannot even
    // start is an I/O error. Both are ErrorKind::Database, exit 4; refused before COMMIT they say
    // nothing was written, refused at COMMIT that the change may have been kept (see below).
    CHECK((reason == u"db-full"_s || reason == u"db-io"_s));
    CHECK(out.contains(u"done"_s));

    // The next start, with room again, finds every acknowledged event. It may find one more: the
    // refused write itself, whole. SQLite had already written that transaction's commit frame to
    // the WAL when a later write of the same commit failed (most likely the padding of the WAL for
    // the sync, synchronous=FULL), so COMMIT reported an error although the frame is valid; a
    // restart's WAL recovery then replays it. Never a part of a transaction, never a lost
    // acknowledged one.
    f.reopen();
    CHECK(f.logbook->lastSeq() >= lastAck);
    CHECK(f.logbook->lastSeq() <= lastAck + 1);
    if (f.logbook->lastSeq() == lastAck + 1)
        WARN("the write refused with " << reason.toStdString()
                                       << " was committed after all (see the comment)");
    CHECK(scalar(f.logbook->database(), u"PRAGMA integrity_check"_s).toString() == u"ok"_s);
    CHECK(must(f.logbook->verify()).ok());
    f.signIn(f.joko);
}

// ---- read-only file or folder --------------------------------------------------------------

TEST_CASE("a read-only logbook file refuses writes with db-readonly and changes nothing", "[faults]")
{
    DeskFixture f;
    someHistory(f);
    f.desk.reset();
    f.logbook.reset();
    const QByteArray bytes = [&] {
        QFile file(f.path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }();

    auto tryWrites = [&](const QString &path) {
        Logbook::Options options = quickOptions();
        auto logbook = must(Logbook::open(path, f.clock, options), "open read-only");
        Desk desk(*logbook, f.clock);
        must(desk.load(false));
        const Snapshot before = snapshot(*logbook);
        const auto signedIn = desk.calls().signIn(f.joko, f.contactOf.value(f.joko), QString(Actor::Kiosk));
        REQUIRE_FALSE(signedIn.ok());
        checkDatabaseError(signedIn.error(), u"db-readonly"_s);
        const auto amended = desk.calls().amend(1, u"note"_s, u"x"_s, u"y"_s, officer);
        REQUIRE_FALSE(amended.ok());
        checkDatabaseError(amended.error(), u"db-readonly"_s);
        checkUnchanged(*logbook, before);
    };

    Immutable immutable(f.path);
    if (immutable.ok()) {
        tryWrites(f.path);
    } else if (::geteuid() != 0) {
        REQUIRE(QFile::setPermissions(f.path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        tryWrites(f.path);
        QFile::setPermissions(f.path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    } else {
        // Root ignores permission bits and chattr is not allowed here: SQLite's own read-only
        // open (a URI; Debian builds SQLite with SQLITE_USE_URI) gives the same refusal.
        WARN("chattr +i is not permitted and root ignores file permissions: the read-only file is simulated "
             "with SQLite's mode=ro");
        tryWrites(u"file:"_s + f.path + u"?mode=ro"_s);
    }
    QFile file(f.path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == bytes);
}

TEST_CASE(
    "a logbook in a folder that cannot be written is refused at the start, with no file changed", "[faults]")
{
    DeskFixture f;
    someHistory(f);
    f.desk.reset();
    f.logbook.reset(); // a clean close removes the WAL: the next start must create it
    const QString folder = QFileInfo(f.path).absolutePath();
    const QStringList before = QDir(folder).entryList(QDir::Files);
    const qint64 size = QFileInfo(f.path).size();

    Immutable immutable(folder);
    if (!immutable.ok()) {
        WARN("chattr +i is not permitted here: the read-only folder is not tested");
        return;
    }
    auto opened = Logbook::open(f.path, f.clock, quickOptions());
    if (opened.ok()) {
        // SQLite may open a WAL database read-only without its -wal file; then every write is refused.
        Desk desk(**opened, f.clock);
        const auto signedIn = desk.calls().signIn(f.joko, f.contactOf.value(f.joko), QString(Actor::Kiosk));
        REQUIRE_FALSE(signedIn.ok());
        CHECK(signedIn.error().kind == ErrorKind::Database);
        UNSCOPED_INFO("write refused with " << signedIn.error().reason.toStdString());
    } else {
        INFO("detail: " << opened.error().detail.toStdString());
        CHECK(opened.error().kind == ErrorKind::Database);
        CHECK((opened.error().reason == u"db-cantopen"_s || opened.error().reason == u"db-readonly"_s));
    }
    opened = Error {};
    CHECK(QDir(folder).entryList(QDir::Files) == before);
    CHECK(QFileInfo(f.path).size() == size);
}

// ---- locked by another process -------------------------------------------------------------

TEST_CASE("fault child: holds the logbook's write lock until stdin closes", "[.faultchild]")
{
    if (!qEnvironmentVariableIsSet(faultChildVariable))
        return;
    RawDb raw(qEnvironmentVariable(faultDbVariable));
    REQUIRE(raw.exec(u"BEGIN EXCLUSIVE"_s));
    std::cout << "locked" << std::endl;
    std::getchar(); // until the parent closes our stdin or dies
    REQUIRE(raw.exec(u"ROLLBACK"_s));
}

TEST_CASE(
    "a logbook locked by another process beyond the busy timeout refuses with db-locked, then works once "
    "the lock is gone",
    "[faults]")
{
    DeskFixture f;
    someHistory(f);
    QProcess child;
    startChild(child, u"fault child: holds the logbook's write lock until stdin closes"_s, f.path);
    waitForLine(child, "locked");

    auto logbook = must(Logbook::open(f.path, f.clock, quickOptions(150)), "open while locked");
    Desk desk(*logbook, f.clock);
    must(desk.load(false));
    const Snapshot before = snapshot(*logbook);
    const SystemClock machine;
    const qint64 startMs = machine.monotonicMs();
    const auto signedIn = desk.calls().signIn(f.joko, f.contactOf.value(f.joko), QString(Actor::Kiosk));
    const qint64 waitedMs = machine.monotonicMs() - startMs;
    REQUIRE_FALSE(signedIn.ok());
    checkDatabaseError(signedIn.error(), u"db-locked"_s);
    CHECK(waitedMs >= 100); // it did wait for the lock …
    CHECK(waitedMs < 5000); // … but not for ever
    checkUnchanged(*logbook, before);

    child.closeWriteChannel();
    REQUIRE(child.waitForFinished(10'000));
    CHECK(child.exitCode() == 0);
    must(desk.calls().signIn(f.joko, f.contactOf.value(f.joko), QString(Actor::Kiosk)),
        "sign in after the lock");
    CHECK(eventCount(*logbook) == before.events + 1);
}

TEST_CASE("a new logbook locked by another process while it is being created refuses to start with db-locked",
    "[faults]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"baru.sqlite"_s);
    QProcess child;
    startChild(child, u"fault child: holds the logbook's write lock until stdin closes"_s, path);
    waitForLine(child, "locked");
    FakeClock clock(mondayNine());
    const auto opened = Logbook::open(path, clock, quickOptions(150));
    REQUIRE_FALSE(opened.ok());
    checkDatabaseError(opened.error(), u"db-locked"_s);
    child.closeWriteChannel();
    REQUIRE(child.waitForFinished(10'000));
    // Once the other program is gone the logbook is created normally.
    CHECK(Logbook::open(path, clock, quickOptions()).ok());
}

// ---- not a database ------------------------------------------------------------------------

TEST_CASE(
    "a logbook whose header was overwritten, or a CSV given as the logbook, is refused with db-corrupt and "
    "left untouched",
    "[faults]")
{
    DeskFixture f;
    someHistory(f);
    f.desk.reset();
    f.logbook.reset();
    {
        QFile file(f.path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.write(QByteArray(100, '\x5a'));
    }
    const QString csv = f.dir.filePath(u"penghuni.csv"_s);
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Nama Lengkap,No. Registrasi,Blok,Lokasi Sel\nBudi,B I 1/2026,A,12\n");
    }
    for (const QString &path : { f.path, csv }) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        file.close();
        const auto opened = Logbook::open(path, f.clock, quickOptions());
        REQUIRE_FALSE(opened.ok());
        checkDatabaseError(opened.error(), u"db-corrupt"_s);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == bytes);
        CHECK_FALSE(QFileInfo::exists(path + u"-wal"_s));
    }
}

// ---- truncated WAL ---------------------------------------------------------------------------

TEST_CASE(
    "a WAL cut short by a power cut opens as a whole earlier state: committed transactions are all there "
    "or all absent",
    "[faults]")
{
    DeskFixture f;
    someHistory(f, { f.budi });
    QSqlDatabase db = f.logbook->database();
    // The state on disk while the program runs: the file and its WAL, never checkpointed.
    REQUIRE(scalar(db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s).toInt() == 0);
    const qint64 baseEvents = eventCount(*f.logbook);
    someHistory(f, { f.agus, f.joko });
    must(f.desk->roster().importRoster({ rosterRow(2, u"Budi Santoso"_s, u"B I 101/2025"_s, u"12"_s),
                                           rosterRow(3, u"Agus Salim"_s, u"A I 17/2026"_s, u"12"_s),
                                           rosterRow(4, u"Joko Susilo"_s, u"B IIa 55/2024"_s, u"13"_s),
                                           rosterRow(5, u"Dedi Kurniawan"_s, u"A II 3/2026"_s, u"4"_s),
                                           rosterRow(6, u"Eko Prasetyo"_s, u"B I 9/2025"_s, u"12"_s),
                                           rosterRow(7, u"Warga Baru"_s, u"B I 777/2026"_s, u"13"_s) },
        u"penghuni.csv"_s, officer));
    const QList<Event> all = must(f.logbook->events(1, f.logbook->lastSeq()));
    QFile wal(f.path + u"-wal"_s);
    REQUIRE(wal.open(QIODevice::ReadOnly));
    const QByteArray walBytes = wal.readAll();
    QFile main(f.path);
    REQUIRE(main.open(QIODevice::ReadOnly));
    const QByteArray mainBytes = main.readAll();
    REQUIRE(walBytes.size() > 32 + 24 + 4096);

    const qint64 frame = 24 + 4096;
    QList<qint64> cuts = { 0, 20, 32 + frame / 2, walBytes.size() / 3, walBytes.size() / 2,
        walBytes.size() - frame / 3, walBytes.size() - 1, walBytes.size() };
    qint64 previousEvents = 0;
    for (const qint64 cut : cuts) {
        CAPTURE(cut, walBytes.size());
        QTemporaryDir copyDir;
        const QString copy = copyDir.filePath(u"logbook.sqlite"_s);
        QFile out(copy);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(mainBytes);
        out.close();
        QFile outWal(copy + u"-wal"_s);
        REQUIRE(outWal.open(QIODevice::WriteOnly));
        outWal.write(walBytes.left(cut));
        outWal.close();

        auto logbook = must(Logbook::open(copy, f.clock, quickOptions()), "open with a cut WAL");
        CHECK(scalar(logbook->database(), u"PRAGMA integrity_check"_s).toString() == u"ok"_s);
        CHECK(must(logbook->verify()).ok());
        // A prefix of what was written, at least what the main file held, never a different event.
        const QList<Event> kept = must(logbook->events(1, logbook->lastSeq()));
        CHECK(kept.size() >= baseEvents);
        CHECK(kept.size() >= previousEvents);
        REQUIRE(kept.size() <= all.size());
        for (qsizetype i = 0; i < kept.size(); ++i)
            CHECK(kept[i].hash == all[i].hash);
        previousEvents = kept.size();
        // The projections are those of exactly these events.
        const QStringList live = dumpProjections(logbook->database());
        must(logbook->rebuildProjections());
        CHECK(dumpProjections(logbook->database()) == live);
        // And the desk works on it.
        Desk desk(*logbook, f.clock);
        must(desk.load(), "load after the cut");
        if (cut == walBytes.size())
            CHECK(kept.size() == all.size());
    }
}
