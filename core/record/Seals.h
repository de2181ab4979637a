#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace kj {

// One seal: the head of a logbook (its last event's seq and hash) at a time, signed with the
// facility's Ed25519 key.
struct Seal
{
    QString logbookId;
    qint64 seq = 0;
    QByteArray hash;
    QDateTime atUtc;
    bool signatureHolds = false; // under the folder's public key
};

// The facility's seals of its logbook, in a folder only root may write (so nobody in the
// kunjungan group can remove or forge a seal): seal.key (the secret key, root only, made on
// first use), seal.pub (the public key, for auditors) and seals (one signed line per seal). A
// truncation or a consistent rewrite of the logbook behind a seal no longer matches it.
class SealFolder
{
    Q_DECLARE_TR_FUNCTIONS(SealFolder)

public:
    explicit SealFolder(QString path)
        : m_path(std::move(path))
    { }
    // $KUNJUNGAN_SEAL_DIR, else /var/lib/kunjungan-seal.
    static QString defaultPath();

    QString path() const { return m_path; }
    // Signs the head and appends it; makes the key pair first if there is none.
    Result<Seal> seal(
        const QString &logbookId, qint64 seq, const QByteArray &hash, const QDateTime &nowUtc) const;
    // Every seal, oldest first, each with whether its signature holds; none when the folder has
    // no public key (the logbook was never sealed here).
    Result<QList<Seal>> read() const;

private:
    QString m_path;
};

} // namespace kj
