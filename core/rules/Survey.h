#pragma once

namespace kj {

// The kiosk's satisfaction survey (SKM, PermenPANRB 14/2017): nine service elements (unsur
// U1–U9), each answered on a four-point scale, 1 the worst and 4 the best.
namespace Survey {
inline constexpr int items = 9;
inline constexpr int scale = 4;
} // namespace Survey

} // namespace kj
