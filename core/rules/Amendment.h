#pragma once

#include <QLatin1String>
#include <QStringList>

#include <optional>

namespace kj {

// A correction of a line of the visiting book: an appended amendment that keeps the original
// line. Which fields may be corrected, and how a corrected value is read.
namespace Amendment {
inline constexpr QLatin1String Outcome { "outcome" };
inline constexpr QLatin1String Contact { "contact" };
inline constexpr QLatin1String Station { "station" };
inline constexpr QLatin1String Note { "note" };
inline constexpr QLatin1String Duration { "duration" };
inline constexpr QLatin1String Started { "started" };
inline constexpr QLatin1String Ended { "ended" };
QStringList fields();
// A corrected duration as an officer writes it ("4", "4,5"), in minutes, if it is one (0 to 24 h).
std::optional<double> minutes(const QString &value);
} // namespace Amendment

} // namespace kj
