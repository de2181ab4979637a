#pragma once

#include "Event.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <optional>
#include <utility>
#include <vector>

namespace kj {

// Checks the logbook's hash chain as its events are read in order from seq 1: each stored hash
// must be the hash of the one before and the event's canonical bytes, and the anchor, if one is
// given, must match. It is fed by AuditSource::events while the audit reads the events for its
// replay, so twenty years of calls (several million events) are read once for both checks.
class ChainVerifier
{
public:
    enum class Problem { None, Missing, Hash, Anchor };
    struct Finding
    {
        Problem problem = Problem::None;
        qint64 seq = 0; // the first bad event (for Missing: the first missing one)
        qint64 missingTo = 0; // Missing: the last missing one
        qint64 events = 0; // events checked before the first bad one
        QByteArray lastHash; // hash of lastSeq when the chain verifies
    };

    // anchor: a seq and its hash as printed (hex, possibly shortened).
    explicit ChainVerifier(std::optional<std::pair<qint64, QByteArray>> anchor = std::nullopt);
    // The next event read. A finding ends the walk: what follows is not checked.
    void check(const StoredEvent &e);
    // What the walk found once every event up to lastSeq (the snapshot's last) was read.
    Finding finish(qint64 lastSeq) const;

private:
    void stop(Problem problem, qint64 seq, qint64 missingTo = 0);

    std::optional<std::pair<qint64, QByteArray>> m_anchor;
    std::array<char, chainHashSize> m_previous {}; // zeros before the first event
    qint64 m_expected = 1;
    Finding m_found;
    bool m_stopped = false;
    std::vector<char> m_canonical; // grows to the largest event, then is reused
};

} // namespace kj
