// Runs kunjungan-admin as an unprivileged user, inside or outside the group kunjungan-admin, for
// the tests of who may change the record (root may always, so the tests drop it in the child).
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

#include <fcntl.h>
#include <grp.h>
#include <sys/file.h>
#include <unistd.h>

namespace kj::test {

// The uid and gid of the user "nobody".
inline constexpr uid_t nobodyId = 65534;

// Runs in the child between fork and exec: becomes nobody, in no group but `extraGroup`, if given.
// Exit 125 when the process cannot switch (not root).
inline std::function<void()> asNobody(std::optional<gid_t> extraGroup = std::nullopt)
{
    return [extraGroup] {
        const gid_t groups[] = { extraGroup.value_or(0) };
        if (::setgroups(extraGroup ? 1 : 0, groups) != 0 || ::setgid(nobodyId) != 0
            || ::setuid(nobodyId) != 0)
            ::_exit(125);
    };
}

// The group kunjungan-admin on this machine while the object lives: created, as the package's
// postinst does, when missing, and removed again if it was created here. Test programs run in
// parallel, so a file lock lets one at a time hold it.
class AdminGroup
{
public:
    AdminGroup()
    {
        m_lock = ::open("/tmp/kunjungan-admin-group.lock", O_CREAT | O_RDWR | O_CLOEXEC, 0600);
        if (m_lock >= 0)
            ::flock(m_lock, LOCK_EX);
        if (!::getgrnam(name))
            m_created = QProcess::execute(QStringLiteral("groupadd"),
                            { QStringLiteral("--system"), QString::fromLatin1(name) })
                == 0;
        if (const group *found = ::getgrnam(name))
            m_gid = found->gr_gid;
    }
    ~AdminGroup()
    {
        if (m_created)
            QProcess::execute(QStringLiteral("groupdel"), { QString::fromLatin1(name) });
        if (m_lock >= 0)
            ::close(m_lock);
    }
    AdminGroup(const AdminGroup &) = delete;
    AdminGroup &operator=(const AdminGroup &) = delete;

    // nullopt when the group neither exists nor can be made here (groupadd needs root).
    std::optional<gid_t> gid() const { return m_gid; }

    static constexpr const char *name = "kunjungan-admin";

private:
    int m_lock = -1;
    bool m_created = false;
    std::optional<gid_t> m_gid;
};

} // namespace kj::test
