#pragma once

#include <QList>
#include <QStringList>

namespace kj {

class Dialect;

// The logbook's tables. A new logbook is created at the current version by createStatements();
// an older one is brought up by upgradeSteps(): step i takes it from version i + 1 to i + 2.
// Version 1 is the first release: never edit a released schema, add a step. Both are given in the
// store's dialect.
inline constexpr int schemaVersion = 2;
QStringList createStatements(const Dialect &dialect);
QList<QStringList> upgradeSteps(const Dialect &dialect);

// The tables written from events (emptied and refilled by a rebuild), in dependency order.
QStringList projectionTables();

} // namespace kj
