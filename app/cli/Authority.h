#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

#include <sys/types.h>

namespace kj {

// Who runs kunjungan-admin, and whether they may change the record. Reading (lists, exports
// without family phone numbers, reports, verify, backup) is for the group `kunjungan`, which the
// kiosk user and the officers' accounts are in; changing officers, settings, the roster or the
// record, and exporting everything held about a person, is for root and the members of the group
// `kunjungan-admin`, which the kiosk user never is.
class Authority
{
    Q_DECLARE_TR_FUNCTIONS(Authority)

public:
    static constexpr const char *adminGroup = "kunjungan-admin";

    struct Identity
    {
        uid_t uid = 0;
        QList<gid_t> groups; // the primary group and the supplementary ones
        QString user; // the account name, or the uid in decimal when it has none
        QString sudoUser; // who ran sudo, for root only (anyone else could set SUDO_USER)
    };
    // This process's real user and groups.
    static Identity current();
    // The admin group's id on this machine; nullopt when it does not exist (then only root may).
    static std::optional<gid_t> adminGroupId();

    // Root, or a member of the admin group. Refused (exit 5) naming the group and the command.
    static Result<void> mayChange(const Identity &who, std::optional<gid_t> adminGid, const QString &command);
    // The actor of the events the CLI appends: the operating-system user, and under sudo the user
    // who ran it.
    static QString actor(const Identity &who);
};

} // namespace kj
