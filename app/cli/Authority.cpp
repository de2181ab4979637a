#include "Authority.h"

#include "Event.h"

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace kj {

Authority::Identity Authority::current()
{
    Identity who;
    who.uid = ::getuid();
    who.groups.append(::getgid());
    const int count = ::getgroups(0, nullptr);
    if (count > 0) {
        QList<gid_t> supplementary(count);
        const int got = ::getgroups(count, supplementary.data());
        if (got > 0)
            who.groups.append(supplementary.first(got));
    }
    const passwd *account = ::getpwuid(who.uid);
    who.user = account ? QString::fromLocal8Bit(account->pw_name) : QString::number(who.uid);
    if (who.uid == 0)
        who.sudoUser = qEnvironmentVariable("SUDO_USER");
    return who;
}

std::optional<gid_t> Authority::adminGroupId()
{
    const group *found = ::getgrnam(adminGroup);
    if (!found)
        return std::nullopt;
    return found->gr_gid;
}

Result<void> Authority::mayChange(const Identity &who, std::optional<gid_t> adminGid, const QString &command)
{
    if (who.uid == 0 || (adminGid && who.groups.contains(*adminGid)))
        return {};
    return Error::refused(u"not-admin"_s,
        tr("Only root or a member of the group %1 may run \"%2\" (you are %3); nothing was written.")
            .arg(QString::fromLatin1(adminGroup), command, who.user));
}

QString Authority::actor(const Identity &who)
{
    return Actor::cli(who.user, who.sudoUser);
}

} // namespace kj
