#include "EventsAbout.h"

#include "Logbook.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace kj {

namespace {

qint64 idOf(const QJsonValue &value)
{
    return value.isString() ? value.toString().toLongLong() : value.toInteger();
}

} // namespace

Result<QList<EventAbout>> eventsAbout(const Logbook &logbook, const WbpFootprint &footprint)
{
    QList<EventAbout> found;
    const qint64 lastSeq = logbook.lastSeq();
    constexpr qint64 batch = 20'000;
    for (qint64 from = 1; from <= lastSeq; from += batch) {
        auto chunk = logbook.events(from, from + batch - 1);
        if (!chunk)
            return chunk.error();
        for (const Event &e : std::as_const(*chunk)) {
            QJsonObject p = e.payload();
            bool mentions = false;
            if (e.ticket != 0) {
                mentions = footprint.lines.contains({ e.day(), e.ticket });
            } else if (e.type == EventType::ContactAdded || e.type == EventType::RestrictionAdded) {
                mentions = idOf(p.value(u"wbp"_s)) == footprint.wbpId;
            } else if (e.type == EventType::ContactChanged) {
                mentions = footprint.contactIds.contains(idOf(p.value(u"id"_s)));
            } else if (e.type == EventType::RestrictionLifted) {
                mentions = footprint.restrictionIds.contains(idOf(p.value(u"id"_s)));
            } else if (e.type == EventType::RosterImported) {
                QJsonObject own { { u"file"_s, p.value(u"file"_s) } };
                for (const QJsonValue row : p.value(u"rows"_s).toArray()) {
                    if (idOf(row.toObject().value(u"id"_s)) == footprint.wbpId)
                        own.insert(u"row"_s, row);
                }
                for (const QJsonValue id : p.value(u"inactive"_s).toArray()) {
                    if (idOf(id) == footprint.wbpId)
                        own.insert(u"inactive"_s, true);
                }
                mentions = own.size() > 1;
                p = own;
            }
            if (mentions)
                found.append({ e, p });
        }
    }
    return found;
}

} // namespace kj
