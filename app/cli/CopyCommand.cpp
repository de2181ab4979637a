#include "AdminCommands.h"

#include "Logbook.h"
#include "LogbookCopy.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace kj {

int AdminCommands::logbookCopy(const QString &target)
{
    auto logbook = openLogbook(false, m_clock);
    if (!logbook)
        return fail(logbook.error());
    const auto copied = copyLogbook(**logbook, target, m_clock);
    if (!copied)
        return fail(copied.error());
    // The address as given holds no password (a password in it is refused).
    m_out << tr("Copied and verified: %1 events to %2, last hash %3")
                 .arg(copied->events)
                 .arg(target, QString::fromLatin1(copied->lastHash.toHex()))
          << '\n';
    return 0;
}

} // namespace kj
