#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace kj {
class Clock;
}

namespace kj::reliability {

// What one look at a logbook file after a kill found.
struct CheckReport
{
    QStringList failures; // empty: all promises kept
    qint64 lost = 0; // acknowledged events missing or with another hash
    qint64 events = 0; // events in the file
    int openCalls = 0; // calls open at the kill
    int resumed = 0; // of those, resumed with their time left
    int interrupted = 0; // of those, closed as interrupted
};

// Checks the file the way a restart would find it: every acknowledged event (seq → hex hash) is
// there, SQLite's integrity check passes, the chain verifies, the projections equal a rebuild
// from the events (done in a copy), and Desk::load() recovers every open call. Events the
// recovery appends are added to `acknowledged`, since they too were committed.
CheckReport checkAfterKill(const QString &path, const Clock &clock, QMap<qint64, QByteArray> &acknowledged,
    const QString &scratchFolder);

} // namespace kj::reliability
