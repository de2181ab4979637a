#pragma once

#include "Result.h"

#include <QByteArray>

namespace kj {

// Ed25519 signatures (libsodium): the facility signs the logbook's head with a secret key only
// root can read; anyone with the public key can check the signature.
namespace Signing {
struct KeyPair
{
    QByteArray publicKey; // 32 bytes
    QByteArray secretKey; // 64 bytes
};
Result<KeyPair> generate();
QByteArray sign(const QByteArray &message, const QByteArray &secretKey);
bool verify(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey);
} // namespace Signing

} // namespace kj
