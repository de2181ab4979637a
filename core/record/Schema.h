#pragma once

#include <QList>
#include <QStringList>

namespace kj {

// The logbook's tables, as steps: step i brings a file from schema version i to i + 1.
// Never edit a released step; add a new one.
QList<QStringList> schemaMigrations();

// The tables written from events (emptied and refilled by a rebuild), in dependency order.
QStringList projectionTables();

} // namespace kj
