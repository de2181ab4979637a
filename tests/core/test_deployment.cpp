#include "Deployment.h"
#include "ScopedEnv.h"

#include <QFile>
#include <QTemporaryDir>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>

using namespace kj;
using namespace kj::test;
using namespace Qt::StringLiterals;

TEST_CASE(
    "the shared logbook path comes from the config file unless the environment names one", "[deployment]")
{
    QTemporaryDir dir;
    const QString config = dir.filePath(u"kunjungan.conf"_s);
    QFile file(config);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("[database]\npath=/var/lib/kunjungan/shared.sqlite\n");
    file.close();

    ScopedEnv noDb("KUNJUNGAN_DB", QByteArray());
    ScopedEnv conf("KUNJUNGAN_CONFIG", config.toUtf8());
    CHECK(Deployment::defaultDatabasePath() == u"/var/lib/kunjungan/shared.sqlite"_s);
    {
        ScopedEnv db("KUNJUNGAN_DB", "/tmp/elsewhere.sqlite");
        CHECK(Deployment::defaultDatabasePath() == u"/tmp/elsewhere.sqlite"_s);
    }
    ScopedEnv missing("KUNJUNGAN_CONFIG", dir.filePath(u"none.conf"_s).toUtf8());
    CHECK(Deployment::defaultDatabasePath().endsWith(u"/kunjungan.sqlite"_s));
}

TEST_CASE("the watchdog is pinged on the service manager's socket at half its interval", "[deployment]")
{
    QTemporaryDir dir;
    const QByteArray path = dir.filePath(u"notify"_s).toUtf8();
    const int fd = ::socket(AF_UNIX, SOCK_DGRAM, 0);
    REQUIRE(fd >= 0);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    REQUIRE(::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) == 0);

    {
        ScopedEnv socket("NOTIFY_SOCKET", path);
        CHECK(Deployment::notifyServiceManager("WATCHDOG=1"));
    }
    char buffer[64] = {};
    const ssize_t n = ::recv(fd, buffer, sizeof(buffer), MSG_DONTWAIT);
    ::close(fd);
    CHECK(QByteArray(buffer, int(n)) == QByteArray("WATCHDOG=1"));

    ScopedEnv noSocket("NOTIFY_SOCKET", QByteArray());
    CHECK_FALSE(Deployment::notifyServiceManager("WATCHDOG=1"));
    {
        ScopedEnv watchdog("WATCHDOG_USEC", "30000000");
        CHECK(Deployment::watchdogPingIntervalMs() == 15000);
    }
    ScopedEnv none("WATCHDOG_USEC", QByteArray());
    CHECK(Deployment::watchdogPingIntervalMs() == 0);
}
