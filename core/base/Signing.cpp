#include "Signing.h"

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace kj {

Result<Signing::KeyPair> Signing::generate()
{
    if (sodium_init() < 0)
        return Error { ErrorKind::Database, u"no-crypto"_s, u"libsodium cannot start"_s };
    KeyPair pair { QByteArray(crypto_sign_PUBLICKEYBYTES, '\0'),
        QByteArray(crypto_sign_SECRETKEYBYTES, '\0') };
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pair.publicKey.data()),
        reinterpret_cast<unsigned char *>(pair.secretKey.data()));
    return pair;
}

QByteArray Signing::sign(const QByteArray &message, const QByteArray &secretKey)
{
    if (sodium_init() < 0 || secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
        reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
        reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return signature;
}

bool Signing::verify(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey)
{
    if (sodium_init() < 0 || signature.size() != crypto_sign_BYTES
        || publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
               reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
               reinterpret_cast<const unsigned char *>(publicKey.constData()))
        == 0;
}

} // namespace kj
