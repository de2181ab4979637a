#pragma once

#include <QByteArrayView>

#include <array>
#include <initializer_list>

namespace kj {

// SHA-256 of the concatenated parts. Through OpenSSL's libcrypto, which uses the CPU's SHA
// instructions: about six times faster per event than Qt 6.4's own implementation, and a full
// verify hashes every event of twenty years.
using Sha256Digest = std::array<unsigned char, 32>;
Sha256Digest sha256(std::initializer_list<QByteArrayView> parts);

} // namespace kj
