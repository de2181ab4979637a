// Shared set-up for the logbook and desk tests: a real logbook file in a temporary folder, a fake
// clock on a Monday morning, and a small roster in cells 12 and 13 with family contacts.
#pragma once

#include "Clock.h"
#include "DayKey.h"
#include "Desk.h"
#include "Logbook.h"
#include "Projector.h"
#include "RosterCsv.h"
#include "Schema.h"
#include "TestStore.h"

#include <catch2/catch.hpp>

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUuid>

#include <memory>

namespace kj::test {

using namespace Qt::StringLiterals;

// Monday 30 November 2026, 09.00 WIB (02.00 UTC): cells 12 and 13 are open 08.00–11.00.
inline QDateTime mondayNine()
{
    return QDateTime(QDate(2026, 11, 30), QTime(2, 0), Qt::UTC);
}

inline const QString officer = Actor::officer(1);

// The value of a result that must succeed; a failure stops the test and names its reason.
template<typename T> T must(Result<T> result, const char *what = "")
{
    if (!result.ok()) {
        FAIL(what << ": " << result.error().reason.toStdString() << " — "
                  << result.error().message.toStdString() << " — " << result.error().detail.toStdString());
    }
    return std::move(result).value();
}

inline void must(const Result<void> &result, const char *what = "")
{
    if (!result.ok()) {
        FAIL(what << ": " << result.error().reason.toStdString() << " — "
                  << result.error().message.toStdString() << " — " << result.error().detail.toStdString());
    }
}

// Tests poll for changes themselves, so no timer runs behind their back.
inline std::unique_ptr<Logbook> openLogbook(const QString &path, const Clock &clock)
{
    Logbook::Options options;
    options.changePollMs = 0;
    return must(Logbook::open(path, clock, options), "open logbook");
}

inline RosterRow rosterRow(int line, const QString &name, const QString &registerNumber, const QString &cell)
{
    RosterRow row;
    row.line = line;
    row.name = name;
    row.registerNumber = registerNumber;
    row.block = u"C"_s;
    row.cell = cell;
    row.status = custodyStatusOf(registerNumber);
    return row;
}

// A plain connection of its own to a file or a database, for what the app never does (tampering,
// foreign files).
class RawDb
{
public:
    explicit RawDb(const QString &path)
        : m_name(u"raw-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        const QUrl url(path);
        const bool server = url.scheme() == u"postgresql";
        QSqlDatabase db = QSqlDatabase::addDatabase(server ? u"QPSQL"_s : u"QSQLITE"_s, m_name);
        if (server) {
            db.setHostName(url.host());
            db.setPort(url.port(-1));
            db.setUserName(url.userName());
        }
        db.setDatabaseName(server ? url.path().mid(1) : path);
        REQUIRE(db.open());
        m_server = server;
    }
    ~RawDb()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;

    bool exec(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        // Without values, sent as it is: PostgreSQL prepares no schema statements.
        bool ok = false;
        if (values.isEmpty()) {
            ok = q.exec(sql);
        } else {
            q.prepare(sql);
            for (const QVariant &v : values)
                q.addBindValue(v);
            ok = q.exec();
        }
        if (!ok)
            UNSCOPED_INFO("raw sql: " << q.lastError().text().toStdString());
        return ok;
    }

    // The SQLSTATE a statement fails with; empty when it runs (PostgreSQL).
    QString failureOf(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql) ? QString() : q.lastError().nativeErrorCode();
    }

    // Lifts one of the triggers that keep the events append-only (PostgreSQL names the table too).
    bool dropTrigger(const QString &trigger) const
    {
        return exec(u"DROP TRIGGER "_s + trigger + (m_server ? u" ON events"_s : QString()));
    }

private:
    QString m_name;
    bool m_server = false;
};

// One value of a query that must work.
inline QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        FAIL(sql.toStdString() << ": " << q.lastError().text().toStdString());
    return q.value(0);
}

inline qint64 eventCount(const Logbook &logbook)
{
    return scalar(logbook.database(), u"SELECT count(*) FROM events"_s).toLongLong();
}

inline QString lastEventType(const Logbook &logbook)
{
    return scalar(logbook.database(), u"SELECT type FROM event_log ORDER BY seq DESC LIMIT 1"_s).toString();
}

// Every projection table, row by row in primary-key order (each table's first column), as text
// ("∅" for NULL).
inline QStringList dumpProjections(const QSqlDatabase &db)
{
    QStringList lines;
    for (const QString &table : projectionTables()) {
        QSqlQuery q(db);
        REQUIRE(q.exec(u"SELECT * FROM "_s + table + u" ORDER BY 1"_s));
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values.append(q.isNull(i) ? u"∅"_s : q.value(i).toString());
            lines.append(table + u": "_s + values.join(u" | "_s));
        }
    }
    return lines;
}

// A logbook file with a roster of five WBP (cells 12, 13 and 4), contacts added through the desk.
struct DeskFixture
{
    TestStore store;
    QTemporaryDir dir;
    QString path;
    FakeClock clock { mondayNine() };
    std::unique_ptr<Logbook> logbook;
    std::unique_ptr<Desk> desk;

    qint64 budi = 0; // cell 12, approved contact
    qint64 agus = 0; // cell 12, approved contact
    qint64 joko = 0; // cell 13, approved contact
    qint64 dedi = 0; // cell 4 (Tuesday), approved contact
    qint64 eko = 0; // cell 12, a contact not yet approved
    QHash<qint64, qint64> contactOf; // WBP id → their first contact

    // withOfficer: officer 1 (the admin the fixture acts as) is created first; without, the roster
    // is written by the admin command line and the logbook holds no officer.
    explicit DeskFixture(bool withOfficer = true)
    {
        REQUIRE(dir.isValid());
        path = store.location(dir);
        reopen();
        if (withOfficer)
            must(desk->officers().add(u"Petugas Satu"_s, u"admin"_s, u"135792"_s, QString(Actor::System)),
                "officer 1");
        const QString actor = withOfficer ? officer : QString(Actor::Cli);
        must(desk->roster().importRoster({ rosterRow(2, u"Budi Santoso"_s, u"B I 101/2025"_s, u"12"_s),
                                             rosterRow(3, u"Agus Salim"_s, u"A I 17/2026"_s, u"12"_s),
                                             rosterRow(4, u"Joko Susilo"_s, u"B IIa 55/2024"_s, u"13"_s),
                                             rosterRow(5, u"Dedi Kurniawan"_s, u"A II 3/2026"_s, u"4"_s),
                                             rosterRow(6, u"Eko Prasetyo"_s, u"B I 9/2025"_s, u"12"_s) },
                 u"penghuni.csv"_s, actor),
            "import roster");
        budi = idOf(u"B I 101/2025"_s);
        agus = idOf(u"A I 17/2026"_s);
        joko = idOf(u"B IIa 55/2024"_s);
        dedi = idOf(u"A II 3/2026"_s);
        eko = idOf(u"B I 9/2025"_s);
        contactOf[budi] = must(
            desk->roster().addContact(budi, u"Siti Aminah"_s, u"Istri"_s, u"0812-3456-7890"_s, true, actor));
        contactOf[agus] = must(
            desk->roster().addContact(agus, u"Rina Wati"_s, u"Ibu"_s, u"0813 1111 2222"_s, true, actor));
        contactOf[joko] = must(desk->roster().addContact(
            joko, u"Dewi Lestari"_s, u"Anak"_s, u"+62 857 3333 4444"_s, true, actor));
        contactOf[dedi] = must(
            desk->roster().addContact(dedi, u"Sri Rahayu"_s, u"Kakak"_s, u"081355556666"_s, true, actor));
        contactOf[eko]
            = must(desk->roster().addContact(eko, u"Yanti"_s, u"Istri"_s, u"081377778888"_s, false, actor));
    }

    // Closes and opens the file again, as a restart of the program does.
    void reopen()
    {
        desk.reset();
        logbook.reset();
        logbook = openLogbook(path, clock);
        desk = std::make_unique<Desk>(*logbook, clock);
        must(desk->load(), "load desk");
    }

    qint64 idOf(const QString &registerNumber) const
    {
        const auto wbp = must(desk->roster().wbpByRegisterNumber(registerNumber));
        REQUIRE(wbp);
        return wbp->id;
    }

    Ticket signIn(qint64 wbp)
    {
        return must(desk->calls().signIn(wbp, contactOf.value(wbp), QString(Actor::Kiosk)), "sign in");
    }

    // The sessions row (the logbook line) of a ticket of today.
    QVariant session(int ticket, const QString &column) const
    {
        return scalar(logbook->database(),
            u"SELECT "_s + column + u" FROM sessions WHERE day = ? AND ticket = ?"_s,
            { dayKey(desk->today()), ticket });
    }
};

} // namespace kj::test
