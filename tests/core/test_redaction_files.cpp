// A redacted family name or phone number is gone from the logbook's files, not only from its
// tables: no copy in a freed part of a page, none in the write-ahead log.
#include "DeskFixture.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace kj;
using namespace kj::test;
using namespace Qt::StringLiterals;

namespace {

// Which of the logbook's files (the database, its -wal and -shm) hold the bytes, by suffix.
QStringList filesHolding(const QString &path, const QByteArray &bytes)
{
    QStringList found;
    for (const QString &suffix : { u""_s, u"-wal"_s, u"-shm"_s }) {
        QFile file(path + suffix);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(bytes))
            found.append(suffix.isEmpty() ? u"db"_s : suffix);
    }
    return found;
}

} // namespace

TEST_CASE(
    "after a redaction no byte of the family name or phone number is left in the database, WAL or shm file",
    "[logbook][privacy]")
{
    DeskFixture f;
    const QByteArray name = u"Siti Aminah"_s.toUtf8();
    const QByteArray phone = u"+6281234567890"_s.toUtf8();
    // The scan finds them while they are held: it can fail.
    REQUIRE_FALSE(filesHolding(f.path, name).isEmpty());
    REQUIRE_FALSE(filesHolding(f.path, phone).isEmpty());

    // Later contacts share the pages and are kept: the redacted values leave holes among them,
    // which SQLite fills with zeros only under secure_delete.
    f.clock.advanceSeconds(24 * 3600);
    const QDateTime cutOff = f.clock.nowUtc();
    f.clock.advanceSeconds(3600);
    for (int i = 0; i < 40; ++i) {
        must(f.desk->roster().addContact(f.agus, u"Keluarga Nomor %1"_s.arg(i), u"Anak"_s,
            u"0812%1"_s.arg(10'000'000 + i), true, officer));
    }
    must(f.logbook->flushToDisk());
    {
        // As `kunjungan-admin privacy redact` does while the desk keeps the logbook open.
        const auto admin = openLogbook(f.path, f.clock);
        CHECK(must(admin->redactPersonalBefore(cutOff, QString(Actor::Cli))) == 2 * f.contactOf.size());
    }
    CHECK_FALSE(filesHolding(f.path, "Keluarga Nomor 39").isEmpty());
    CHECK(filesHolding(f.path, name).isEmpty());
    CHECK(filesHolding(f.path, phone).isEmpty());

    // The desk goes on writing and closes; still no copy comes back.
    must(f.desk->roster().addContact(f.agus, u"Ahmad"_s, u"Anak"_s, u"081299990000"_s, true, officer));
    f.desk.reset();
    f.logbook.reset();
    CHECK(filesHolding(f.path, name).isEmpty());
    CHECK(filesHolding(f.path, phone).isEmpty());
    CHECK(must(openLogbook(f.path, f.clock)->verify()).ok());
}

TEST_CASE("a redaction while another program holds a read open says a copy is left, and running it again "
          "removes it",
    "[logbook][privacy]")
{
    DeskFixture f;
    f.clock.advanceSeconds(24 * 3600);
    const QByteArray name = u"Siti Aminah"_s.toUtf8();
    auto admin = must(Logbook::open(f.path, f.clock, Logbook::Options { false, 50, 0, {} }));
    {
        // Another program reads (a snapshot of) the logbook from before the redaction.
        RawDb reader(f.path);
        REQUIRE(reader.exec(u"BEGIN"_s));
        REQUIRE(reader.exec(u"SELECT count(*) FROM personal_data"_s));
        const auto redacted = admin->redactPersonalBefore(f.clock.nowUtc(), QString(Actor::Cli));
        REQUIRE_FALSE(redacted.ok());
        CHECK(redacted.error().reason == u"redact-checkpoint"_s);
        CHECK(redacted.error().message.contains(u"-wal"_s));
        REQUIRE(reader.exec(u"COMMIT"_s));
    }
    // The values themselves are destroyed already; the second run finds nothing more to destroy.
    CHECK(must(f.desk->roster().contact(f.contactOf[f.budi]))->name.isEmpty());
    CHECK(must(admin->redactPersonalBefore(f.clock.nowUtc(), QString(Actor::Cli))) == 0);
    CHECK(filesHolding(f.path, name).isEmpty());
}
