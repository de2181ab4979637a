// `logbook verify` checks the file it is given, whatever characters its name holds: the verifier
// opens its own read-only connections by URI, where '#', '?' and '%' mean something.
#include "DeskFixture.h"
#include "ProgramRun.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace kj;
using namespace kj::test;
using namespace Qt::StringLiterals;

TEST_CASE(
    "verify checks the file named even with # ? or % in its name, not the file an unescaped URI would name",
    "[cli][verify]")
{
    // The name, and the file SQLite would open if the name were put into a URI as it is.
    const std::pair<QString, QString> cases[] = {
        { u"a#b.sqlite"_s, u"a"_s },
        { u"x?y.sqlite"_s, u"x"_s },
        { u"p%41q.sqlite"_s, u"pAq.sqlite"_s },
    };
    for (const auto &[name, decoyName] : cases) {
        DYNAMIC_SECTION(name.toStdString())
        {
            QTemporaryDir dir;
            REQUIRE(dir.isValid());
            const QString path = dir.filePath(name);
            {
                FakeClock clock(mondayNine());
                const auto logbook = openLogbook(path, clock);
                Desk desk(*logbook, clock);
                must(desk.load());
                must(desk.roster().importRoster(
                    { rosterRow(2, u"Budi Santoso"_s, u"B I 101/2025"_s, u"12"_s) }, u"penghuni.csv"_s,
                    QString(Actor::Cli)));
                must(desk.roster().importRoster(
                    { rosterRow(2, u"Budi Santoso"_s, u"B I 101/2025"_s, u"13"_s) }, u"penghuni.csv"_s,
                    QString(Actor::Cli)));
            }
            // An untouched copy where the unescaped URI points, then the named file is altered.
            REQUIRE(QFile::copy(path, dir.filePath(decoyName)));
            {
                RawDb raw(path);
                REQUIRE(raw.exec(u"DROP TRIGGER events_no_update"_s));
                REQUIRE(raw.exec(
                    u"UPDATE events SET payload = replace(payload, '\"13\"', '\"14\"') WHERE seq = 2"_s));
            }
            const Run tampered = runProgram(adminBinary, { u"--db"_s, path, u"logbook"_s, u"verify"_s });
            CHECK(tampered.code == 3);
            CHECK(tampered.err.startsWith(u"seq 2: "_s));
            // The copy itself verifies: the check above failed on the named file's own change.
            CHECK(runProgram(adminBinary, { u"--db"_s, dir.filePath(decoyName), u"logbook"_s, u"verify"_s })
                      .code
                == 0);
        }
    }
}
