#pragma once

#include <QString>

namespace kj {
class Clock;
}

namespace kj::reliability {

// The child side of the crash loop: a random service day at the desk on a real logbook file,
// printing "ack SEQ HASH" on stdout for every event once its commit has returned. Runs until
// killed; returns non-zero only when the logbook fails (a database or integrity error).
int runServiceDay(const QString &path, const Clock &clock, quint32 seed);

} // namespace kj::reliability
