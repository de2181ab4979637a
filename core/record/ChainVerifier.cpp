#include "ChainVerifier.h"

#include "Sha256.h"

#include <cstring>

namespace kj {

ChainVerifier::ChainVerifier(std::optional<std::pair<qint64, QByteArray>> anchor)
    : m_anchor(std::move(anchor))
{ }

void ChainVerifier::stop(Problem problem, qint64 seq, qint64 missingTo)
{
    m_found.problem = problem;
    m_found.seq = seq;
    m_found.missingTo = missingTo;
    m_stopped = true;
}

void ChainVerifier::check(const StoredEvent &e)
{
    if (m_stopped)
        return;
    if (e.seq != m_expected)
        return stop(Problem::Missing, m_expected, e.seq - 1);
    const QLatin1String type = EventType::name(e.typeCode);
    const auto needed = size_t(canonicalCapacity(type.size(), e.payload.size()));
    if (m_canonical.size() < needed)
        m_canonical.resize(needed);
    const qsizetype size = writeCanonical(m_canonical.data(), e.seq, e.atMs, e.utcOffsetMinutes, type,
        e.actorCode, e.station, e.ticket, e.payload);
    const Sha256Digest digest = sha256(
        { QByteArrayView(m_previous.data(), chainHashSize), QByteArrayView(m_canonical.data(), size) });
    if (e.hash.size() != chainHashSize || std::memcmp(e.hash.data(), digest.data(), chainHashSize) != 0)
        return stop(Problem::Hash, e.seq);
    std::memcpy(m_previous.data(), digest.data(), chainHashSize);
    // A shortened hash is what people copy from the printed register; an empty one would match
    // anything.
    if (m_anchor && m_anchor->first == e.seq
        && (m_anchor->second.isEmpty()
            || !QByteArray(m_previous.data(), chainHashSize).toHex().startsWith(m_anchor->second.toLower())))
        return stop(Problem::Anchor, e.seq);
    ++m_found.events;
    ++m_expected;
}

ChainVerifier::Finding ChainVerifier::finish(qint64 lastSeq) const
{
    Finding found = m_found;
    if (found.problem == Problem::None && m_expected <= lastSeq) {
        found.problem = Problem::Missing;
        found.seq = m_expected;
        found.missingTo = lastSeq;
    }
    if (found.problem == Problem::None && found.events > 0)
        found.lastHash = QByteArray(m_previous.data(), chainHashSize);
    return found;
}

} // namespace kj
