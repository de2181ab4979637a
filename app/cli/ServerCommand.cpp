#include "AdminCommands.h"

#include "ServerSetup.h"

#include <QDir>
#include <QFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace kj {

int AdminCommands::serverInit(const QString &address, const QString &secretsDir)
{
    const QDir dir(secretsDir.isEmpty() ? u"."_s : secretsDir);
    if (!dir.exists()) {
        return fail(Error::invalid(u"secrets-dir"_s, tr("The folder %1 does not exist.").arg(dir.path())));
    }
    auto report = ServerSetup::init(address, m_clock);
    if (!report)
        return fail(report.error());
    m_out << tr("Database %1: %2.")
                 .arg(report->database,
                     report->databaseCreated ? tr("created") : tr("already there, schema and grants checked"))
          << '\n';
    m_out << tr("Roles created: %1.")
                 .arg(report->rolesCreated.isEmpty()
                         ? tr("none (they were there; their passwords are unchanged)")
                         : report->rolesCreated.join(u", "_s))
          << '\n';
    for (auto it = report->passwords.cbegin(); it != report->passwords.cend(); ++it) {
        // Any host and port: the line serves on the client PC, whatever the server is called there.
        QFile file(dir.filePath(it.key() + u".pgpass"_s));
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            || file.write(u"*:*:%1:%2:%3\n"_s.arg(report->database, it.key(), it.value()).toUtf8()) < 0) {
            return fail(Error::invalid(u"secrets-write"_s,
                tr("%1 could not be written (does it exist already?). The role %2 was created; set a new "
                   "password for it with ALTER ROLE on the server.")
                    .arg(file.fileName(), it.key())));
        }
        m_out << tr("The password of %1 is in %2: copy it to each PC of that role as the .pgpass of the user "
                    "running Kunjungan (mode 0600), then delete it here.")
                     .arg(it.key(), file.fileName())
              << '\n';
    }
    return 0;
}

} // namespace kj
