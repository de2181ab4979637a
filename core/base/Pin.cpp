#include "Pin.h"

#include "Sha256.h"

#include <QCoreApplication>

#include <sodium.h>

#include <atomic>

using namespace Qt::StringLiterals;

namespace kj {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Pin)
};

std::atomic<Pin::Cost> cost = Pin::Cost::Moderate;

// Each digit one more (or one less) than the one before, wrapping 9 to 0: 123456, 890123, 654321.
bool isRun(const QString &pin, int step)
{
    for (qsizetype i = 1; i < pin.size(); ++i) {
        if ((pin[i - 1].digitValue() + step + 10) % 10 != pin[i].digitValue())
            return false;
    }
    return true;
}
} // namespace

Result<void> Pin::checkStrength(const QString &pin)
{
    const bool digits = std::all_of(pin.cbegin(), pin.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!digits || pin.size() < minDigits || pin.size() > maxDigits)
        return Error::invalid(
            u"bad-pin"_s, Tr::tr("A PIN is %1 to %2 digits.").arg(minDigits).arg(maxDigits));
    if (isRun(pin, 0) || isRun(pin, 1) || isRun(pin, -1))
        return Error::invalid(u"weak-pin"_s,
            Tr::tr("This PIN is too easy to guess (one digit repeated, or digits "
                   "in a row). Choose another."));
    return {};
}

Result<QString> Pin::hash(const QString &pin)
{
    if (auto strong = checkStrength(pin); !strong)
        return strong.error();
    if (sodium_init() < 0)
        return Error { ErrorKind::Database, u"no-crypto"_s, Tr::tr("The PIN library cannot start.") };
    char out[crypto_pwhash_STRBYTES];
    const QByteArray bytes = pin.toUtf8();
    const bool minimum = cost.load() == Cost::Minimum;
    if (crypto_pwhash_str(out, bytes.constData(), quint64(bytes.size()),
            minimum ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_MODERATE,
            minimum ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_MODERATE)
        != 0) {
        return Error { ErrorKind::Database, u"no-memory"_s, Tr::tr("Not enough memory to protect the PIN.") };
    }
    return QString::fromLatin1(out);
}

bool Pin::matches(const QString &hash, const QString &pin)
{
    if (sodium_init() < 0 || hash.isEmpty())
        return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray p = pin.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), p.constData(), quint64(p.size())) == 0;
}

QString Pin::checkOf(const QString &hash)
{
    const Sha256Digest digest = sha256({ hash.toLatin1() });
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest.data()), 16).toHex());
}

void Pin::setCost(Cost c)
{
    cost = c;
}

} // namespace kj
