#include "Pin.h"

#include <QCoreApplication>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace kj {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Pin)
};
} // namespace

Result<void> Pin::checkFormat(const QString &pin)
{
    const bool digits = std::all_of(pin.cbegin(), pin.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!digits || pin.size() < 4 || pin.size() > 8)
        return Error::invalid(u"bad-pin"_s, Tr::tr("A PIN is 4 to 8 digits."));
    return {};
}

Result<QString> Pin::hash(const QString &pin)
{
    if (auto format = checkFormat(pin); !format)
        return format.error();
    if (sodium_init() < 0)
        return Error{ErrorKind::Database, u"no-crypto"_s, Tr::tr("The PIN library cannot start.")};
    char out[crypto_pwhash_STRBYTES];
    const QByteArray bytes = pin.toUtf8();
    if (crypto_pwhash_str(out, bytes.constData(), quint64(bytes.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0) {
        return Error{ErrorKind::Database, u"no-memory"_s, Tr::tr("Not enough memory to protect the PIN.")};
    }
    return QString::fromLatin1(out);
}

bool Pin::matches(const QString &hash, const QString &pin)
{
    if (sodium_init() < 0)
        return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray p = pin.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), p.constData(), quint64(p.size())) == 0;
}

} // namespace kj
