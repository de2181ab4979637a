#pragma once

#include <QLatin1String>
#include <QStringList>

namespace kj {

// How a line of the visiting book ended; stored as these keys, so never rename one.
namespace Outcome {
inline constexpr QLatin1String Completed { "completed" }; // selesai
inline constexpr QLatin1String EndedEarly { "ended-early" }; // diakhiri lebih awal
inline constexpr QLatin1String Stopped { "stopped" }; // dihentikan petugas (reason required)
inline constexpr QLatin1String Interrupted { "interrupted" }; // closed on recovery after a crash
inline constexpr QLatin1String NoShow { "no-show" }; // tidak hadir
inline constexpr QLatin1String NoAnswer { "no-answer" }; // tidak tersambung
inline constexpr QLatin1String Cancelled { "cancelled" }; // dibatalkan

// Every outcome a line can have, in the order above.
QStringList all();
// A call took place (the first four): the register counts these as served.
bool isServed(QStringView outcome);
} // namespace Outcome

} // namespace kj
