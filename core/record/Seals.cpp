#include "Seals.h"

#include "Signing.h"

#include <QDir>
#include <QFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace kj {

namespace {

const QString secretName = u"seal.key"_s;
const QString publicName = u"seal.pub"_s;
const QString sealsName = u"seals"_s;
const QByteArray format = "kunjungan-seal-1";

// The signed text of a seal: everything on its line before the signature.
QByteArray message(const QString &logbookId, qint64 seq, const QByteArray &hash, const QDateTime &atUtc)
{
    return format + ' ' + logbookId.toLatin1() + ' ' + QByteArray::number(seq) + ' ' + hash.toHex() + ' '
        + atUtc.toUTC().toString(Qt::ISODate).toLatin1();
}

Result<QByteArray> readHex(const QString &file, qsizetype bytes)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        return Error { ErrorKind::Database, u"seal-key-unreadable"_s,
            SealFolder::tr("%1 cannot be read: %2. Sealing needs root.").arg(file, f.errorString()) };
    }
    const QByteArray key = QByteArray::fromHex(f.readAll().trimmed());
    if (key.size() != bytes)
        return Error::integrity(u"seal-key-damaged"_s, SealFolder::tr("%1 is not a key.").arg(file));
    return key;
}

// Writes a file whole with the given permissions from its first byte on.
Result<void> writeNew(const QString &file, const QByteArray &bytes, mode_t mode)
{
    const int fd = ::open(QFile::encodeName(file).constData(), O_WRONLY | O_CREAT | O_EXCL, mode);
    if (fd < 0 || ::fchmod(fd, mode) != 0
        || ::write(fd, bytes.constData(), size_t(bytes.size())) != bytes.size() || ::fsync(fd) != 0) {
        if (fd >= 0)
            ::close(fd);
        return Error { ErrorKind::Database, u"seal-unwritable"_s,
            SealFolder::tr("%1 cannot be written.").arg(file) };
    }
    ::close(fd);
    return {};
}

} // namespace

QString SealFolder::defaultPath()
{
    const QString set = qEnvironmentVariable("KUNJUNGAN_SEAL_DIR");
    return set.isEmpty() ? u"/var/lib/kunjungan-seal"_s : set;
}

Result<Seal> SealFolder::seal(
    const QString &logbookId, qint64 seq, const QByteArray &hash, const QDateTime &nowUtc) const
{
    const QDir dir(m_path);
    if (!dir.exists() && !QDir().mkpath(m_path))
        return Error { ErrorKind::Database, u"seal-unwritable"_s, tr("%1 cannot be made.").arg(m_path) };
    if (!QFile::exists(dir.filePath(secretName))) {
        auto pair = Signing::generate();
        if (!pair)
            return pair.error();
        // The secret key is readable by its owner alone (root, in a deployment).
        if (auto r = writeNew(dir.filePath(secretName), pair->secretKey.toHex() + '\n', 0600); !r)
            return r.error();
        if (auto r = writeNew(dir.filePath(publicName), pair->publicKey.toHex() + '\n', 0644); !r)
            return r.error();
    }
    auto secret = readHex(dir.filePath(secretName), 64);
    if (!secret)
        return secret.error();
    const QDateTime at = nowUtc.toUTC();
    const QByteArray text = message(logbookId, seq, hash, at);
    const QByteArray line = text + ' ' + Signing::sign(text, *secret).toHex() + '\n';
    QFile out(dir.filePath(sealsName));
    const bool created = !out.exists();
    if (!out.open(QIODevice::Append) || out.write(line) != line.size() || !out.flush()
        || ::fsync(out.handle()) != 0) {
        return Error { ErrorKind::Database, u"seal-unwritable"_s,
            tr("%1 cannot be written.").arg(out.fileName()) };
    }
    if (created)
        out.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return Seal { logbookId, seq, hash, at, true };
}

Result<QList<Seal>> SealFolder::read() const
{
    const QDir dir(m_path);
    if (!QFile::exists(dir.filePath(publicName)))
        return QList<Seal>();
    auto publicKey = readHex(dir.filePath(publicName), 32);
    if (!publicKey)
        return publicKey.error();
    QFile in(dir.filePath(sealsName));
    if (!in.exists())
        return QList<Seal>();
    if (!in.open(QIODevice::ReadOnly))
        return Error { ErrorKind::Database, u"seal-unreadable"_s,
            tr("%1 cannot be read.").arg(in.fileName()) };
    QList<Seal> seals;
    while (!in.atEnd()) {
        const QList<QByteArray> parts = in.readLine().trimmed().split(' ');
        if (parts.size() != 6 || parts[0] != format) {
            seals.append(Seal {}); // an unreadable line is a seal that does not hold
            continue;
        }
        Seal s { QString::fromLatin1(parts[1]), parts[2].toLongLong(), QByteArray::fromHex(parts[3]),
            QDateTime::fromString(QString::fromLatin1(parts[4]), Qt::ISODate), false };
        s.signatureHolds = Signing::verify(
            message(s.logbookId, s.seq, s.hash, s.atUtc), QByteArray::fromHex(parts[5]), *publicKey);
        seals.append(s);
    }
    return seals;
}

} // namespace kj
