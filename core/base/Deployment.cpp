#include "Deployment.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>

using namespace Qt::StringLiterals;

namespace kj {

QString Deployment::defaultDatabasePath()
{
    if (QString env = qEnvironmentVariable("KUNJUNGAN_DB"); !env.isEmpty())
        return env;
    const QString config = qEnvironmentVariable("KUNJUNGAN_CONFIG", u"/etc/kunjungan/kunjungan.conf"_s);
    if (QFileInfo::exists(config)) {
        const QSettings settings(config, QSettings::IniFormat);
        // url: a postgresql:// address (or a file); path: the file, as older configurations say.
        for (const QString &key : { u"database/url"_s, u"database/path"_s }) {
            if (QString location = settings.value(key).toString(); !location.isEmpty())
                return location;
        }
    }
    // One folder whatever the program's name, so the desk, the kiosk and the CLI find one file.
    const QString folder
        = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/kunjungan"_s;
    QDir().mkpath(folder);
    return folder + u"/kunjungan.sqlite"_s;
}

void Deployment::restrictNewFiles()
{
    ::umask(0007);
}

bool Deployment::notifyServiceManager(const QByteArray &state)
{
    QByteArray path = qgetenv("NOTIFY_SOCKET");
    if (path.isEmpty() || (path[0] != '/' && path[0] != '@'))
        return false;
    sockaddr_un address {};
    if (size_t(path.size()) >= sizeof(address.sun_path))
        return false;
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    if (path[0] == '@')
        address.sun_path[0] = '\0'; // abstract socket
    const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    const auto length = socklen_t(offsetof(sockaddr_un, sun_path) + size_t(path.size()));
    const bool sent = ::sendto(fd, state.constData(), size_t(state.size()), MSG_NOSIGNAL,
                          reinterpret_cast<const sockaddr *>(&address), length)
        == state.size();
    ::close(fd);
    return sent;
}

int Deployment::watchdogPingIntervalMs()
{
    bool ok = false;
    const qint64 usec = qEnvironmentVariable("WATCHDOG_USEC").toLongLong(&ok);
    if (!ok || usec <= 0)
        return 0;
    return int(qMax<qint64>(usec / 2000, 100));
}

} // namespace kj
