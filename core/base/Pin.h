#pragma once

#include "Result.h"

#include <QString>

namespace kj {

// Officer PINs: 6 to 12 digits, not a trivial one, stored only as an Argon2id hash (libsodium
// crypto_pwhash_str at its MODERATE limits: about 0.8 s per check on the desk PC, which makes each
// guess of a stolen hash as slow).
namespace Pin {
inline constexpr int minDigits = 6;
inline constexpr int maxDigits = 12;
// InvalidInput "bad-pin" (not 6–12 digits) or "weak-pin" (one digit repeated, or a run such as
// 123456 or 987654).
Result<void> checkStrength(const QString &pin);
Result<QString> hash(const QString &pin);
bool matches(const QString &hash, const QString &pin);
// What the record keeps of a hash: the start of its SHA-256, so verify can tell a hash replaced
// outside the Desk. Without the salt, which only the hash holds, no guess can be tried on it.
QString checkOf(const QString &hash);

// The tests' seam: their PINs are hashed at libsodium's minimum cost, thousands of times faster.
enum class Cost { Moderate, Minimum };
void setCost(Cost cost);
} // namespace Pin

} // namespace kj
