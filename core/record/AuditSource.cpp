#include "AuditSource.h"

#include "ChainVerifier.h"

#include <QHash>

namespace kj {

Result<void> AuditSource::events(
    qint64 from, qint64 to, const std::function<Result<void>(const Event &)> &fn, ChainVerifier *chain)
{
    Q_ASSERT(!chain || from == 1);
    QHash<qint64, QString> actors; // names by code, made once
    Event e;
    return storedEvents(from, to, [&](const StoredEvent &stored) {
        if (chain)
            chain->check(stored);
        e.seq = stored.seq;
        e.atMs = stored.atMs;
        e.utcOffsetMinutes = stored.utcOffsetMinutes;
        e.type = EventType::text(stored.typeCode);
        auto known = actors.constFind(stored.actorCode);
        if (known == actors.cend())
            known = actors.insert(stored.actorCode, Actor::name(stored.actorCode));
        e.actor = *known;
        e.station = stored.station;
        e.ticket = stored.ticket;
        e.payloadJson = stored.payload.toByteArray();
        e.hash = stored.hash.toByteArray();
        return fn(e);
    });
}

} // namespace kj
