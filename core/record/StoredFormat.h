#pragma once

#include "Outcome.h"

#include <QtGlobal>

namespace kj {

// Parts of the stored format that events leave out because they are the usual case; the writer
// (Drafts) and the reader (Projector) share them. Old events are read with them, so they never
// follow a setting.
namespace StoredFormat {
// A call ends "completed" unless its end event says otherwise.
inline constexpr QLatin1String defaultOutcome = Outcome::Completed;
// A call's end omits its allowed time when it is this many minutes plus the call's extensions.
inline constexpr int endPayloadBaseMinutes = 5;
inline constexpr qint64 msPerMinute = 60'000;
constexpr qint64 standardAllowedMs(int extendedMinutes)
{
    return (endPayloadBaseMinutes + extendedMinutes) * msPerMinute;
}
} // namespace StoredFormat

} // namespace kj
