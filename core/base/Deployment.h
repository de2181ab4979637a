#pragma once

#include <QByteArray>
#include <QString>

namespace kj {

// Where this PC keeps things and how it talks to its service manager.
namespace Deployment {
// The logbook to open when none is given: $KUNJUNGAN_DB, else `url` (a postgresql:// address or a
// file) or `path` in section [database] of $KUNJUNGAN_CONFIG or /etc/kunjungan/kunjungan.conf (the
// shared logbook of the desk and the kiosk), else ~/.local/share/kunjungan/kunjungan.sqlite.
QString defaultDatabasePath();
// Files written from now on are readable and writable by the owner and the group only: the
// logbook holds personal data, and the desk and the kiosk share it through the kunjungan group.
void restrictNewFiles();
// Tells systemd (Type=notify units) a state such as "READY=1" or "WATCHDOG=1"; false when not
// run by systemd.
bool notifyServiceManager(const QByteArray &state);
// Half the unit's WatchdogSec in milliseconds, or 0 when no watchdog is asked for.
int watchdogPingIntervalMs();
} // namespace Deployment

} // namespace kj
