#include "AuditSource.h"
#include "ChainVerifier.h"

using namespace Qt::StringLiterals;

namespace kj {

ChainVerifier::Finding ChainVerifier::walk(
    AuditSource &source, std::optional<std::pair<qint64, QByteArray>> anchor)
{
    Finding found;
    QByteArray previous(chainHashSize, '\0');
    qint64 expected = 1;
    const QString stop = u"chain-stop"_s; // a finding ends the walk
    auto stopAt = [&](Problem problem, qint64 seq, qint64 missingTo = 0) -> Result<void> {
        found.problem = problem;
        found.seq = seq;
        found.missingTo = missingTo;
        return Error { ErrorKind::Integrity, stop, {} };
    };
    auto walked = source.events(1, source.lastSeq(), [&](const Event &e) -> Result<void> {
        if (e.seq != expected)
            return stopAt(Problem::Missing, expected, e.seq - 1);
        if (e.hash.size() != chainHashSize || e.hash != e.chainHash(previous))
            return stopAt(Problem::Hash, e.seq);
        previous = e.hash;
        // A shortened hash is what people copy from the printed register; an empty one would
        // match anything.
        if (anchor && anchor->first == e.seq
            && (anchor->second.isEmpty() || !previous.toHex().startsWith(anchor->second.toLower())))
            return stopAt(Problem::Anchor, e.seq);
        ++found.events;
        ++expected;
        return {};
    });
    if (!walked && walked.error().reason != stop) {
        found.problem = Problem::Unreadable;
        found.seq = expected;
        found.detail = walked.error().detail;
    }
    if (found.problem == Problem::None && expected <= source.lastSeq()) {
        found.problem = Problem::Missing;
        found.seq = expected;
        found.missingTo = source.lastSeq();
    }
    if (found.problem == Problem::None && found.events > 0)
        found.lastHash = previous;
    return found;
}

} // namespace kj
