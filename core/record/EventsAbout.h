#pragma once

#include "Event.h"
#include "Result.h"

#include <QJsonObject>
#include <QList>
#include <QSet>

namespace kj {

class Logbook;

// What one WBP's part of the record is: their id, and the ids of their contacts and restrictions
// and the (day, ticket) of their lines.
struct WbpFootprint
{
    qint64 wbpId = 0;
    QSet<qint64> contactIds;
    QSet<qint64> restrictionIds;
    QSet<std::pair<int, int>> lines;
};

// An event that names the WBP, with the part of its payload about them (a roster import names
// everyone: only their row of it is kept).
struct EventAbout
{
    Event event;
    QJsonObject payload;
};

// Every event that names the WBP, directly or through their contacts, restrictions and lines, in
// order. Reads the whole logbook, a batch at a time.
Result<QList<EventAbout>> eventsAbout(const Logbook &logbook, const WbpFootprint &footprint);

} // namespace kj
