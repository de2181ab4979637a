#include "AdminCommands.h"

#include "Desk.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace kj {

// ---- officers -----------------------------------------------------------------------------

int AdminCommands::officerAdd(
    const QString &name, const QString &role, const std::function<QString()> &readPin)
{
    auto opened = openDesk(true);
    if (!opened)
        return fail(opened.error());
    auto added = (*opened)->desk->officers().add(name, role, readPin(), m_actor);
    if (!added)
        return fail(added.error());
    m_out << tr("Officer %1 added.").arg(name.simplified()) << '\n';
    return 0;
}

int AdminCommands::officerResetPin(const QString &name, const std::function<QString()> &readPin)
{
    auto opened = openDesk(false);
    if (!opened)
        return fail(opened.error());
    if (auto set = (*opened)->desk->officers().setPin(name, readPin(), m_actor); !set)
        return fail(set.error());
    m_out << tr("New PIN set for %1.").arg(name.simplified()) << '\n';
    return 0;
}

int AdminCommands::officerSetActive(const QString &name, bool active)
{
    auto opened = openDesk(false);
    if (!opened)
        return fail(opened.error());
    if (auto set = (*opened)->desk->officers().setActive(name, active, m_actor); !set)
        return fail(set.error());
    m_out << (active ? tr("%1 can sign in again.")
                     : tr("%1 can no longer sign in; their name stays in the record."))
                 .arg(name.simplified())
          << '\n';
    return 0;
}

int AdminCommands::officerList()
{
    auto opened = openDesk(false);
    if (!opened)
        return fail(opened.error());
    auto officers = (*opened)->desk->officers().list(true);
    if (!officers)
        return fail(officers.error());
    m_out << "nama\tperan\tstatus\n";
    for (const Officer &o : std::as_const(*officers))
        m_out << o.name << '\t' << o.role << '\t' << (o.active ? "aktif" : "nonaktif") << '\n';
    return 0;
}

} // namespace kj
