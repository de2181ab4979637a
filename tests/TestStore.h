// The store a logbook test runs on, its one fixture parameter: a file in a temporary folder, or,
// when KUNJUNGAN_TEST_STORE=pg and KUNJUNGAN_TEST_PG names a PostgreSQL server where the test may
// create and drop databases, a new database of its own, dropped when the test ends.
#pragma once

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

namespace kj::test {

class TestStore
{
public:
    // The test run asked for PostgreSQL (ctest's "on PostgreSQL" run).
    static bool postgresAsked()
    {
        return qEnvironmentVariable("KUNJUNGAN_TEST_STORE") == QLatin1String("pg");
    }
    // The server the tests may use, empty when none is named.
    static QString server() { return qEnvironmentVariable("KUNJUNGAN_TEST_PG"); }

    TestStore() = default;
    ~TestStore()
    {
        for (const QString &name : std::as_const(m_databases))
            admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        QSqlDatabase::removeDatabase(m_connection);
    }
    TestStore(const TestStore &) = delete;
    TestStore &operator=(const TestStore &) = delete;

    bool postgres() const { return postgresAsked() && !server().isEmpty(); }

    // Where a new logbook goes: a file named `file` in dir, or the address of a new database.
    QString location(const QTemporaryDir &dir, const QString &file = QStringLiteral("logbook.sqlite"))
    {
        if (!postgres())
            return dir.filePath(file);
        const QString name = QStringLiteral("kj_test_") + QUuid::createUuid().toString(QUuid::Id128);
        REQUIRE(admin(QStringLiteral("CREATE DATABASE %1").arg(name)));
        m_databases.append(name);
        QUrl url(server());
        url.setPath(QLatin1Char('/') + name);
        return url.toString();
    }

private:
    bool admin(const QString &sql)
    {
        if (!QSqlDatabase::contains(m_connection)) {
            const QUrl url(server());
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
            db.setHostName(url.host());
            db.setPort(url.port(-1));
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
            if (!db.open()) {
                UNSCOPED_INFO("KUNJUNGAN_TEST_PG: " << db.lastError().text().toStdString());
                return false;
            }
        }
        QSqlQuery q(QSqlDatabase::database(m_connection));
        if (!q.exec(sql)) {
            UNSCOPED_INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
            return false;
        }
        return true;
    }

    QString m_connection = QStringLiteral("test-store-") + QUuid::createUuid().toString(QUuid::Id128);
    QStringList m_databases;
};

} // namespace kj::test
