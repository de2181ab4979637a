#pragma once

#include "Result.h"

#include <QString>

namespace kj {

// Officer PINs: 4 to 8 digits, stored only as an Argon2id hash (libsodium crypto_pwhash_str).
namespace Pin {
Result<void> checkFormat(const QString &pin);
Result<QString> hash(const QString &pin);
bool matches(const QString &hash, const QString &pin);
} // namespace Pin

} // namespace kj
