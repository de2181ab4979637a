#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace kj {

// A complaint about the service (pengaduan) as it stands now.
struct Complaint
{
    qint64 id = 0;
    QDate received;
    QString channel; // a Complaints::channels() key
    QString who; // empty when not given, or once redacted
    QString content;
    QString followUp; // what was done about it (tindak lanjut)
    QString status; // a Complaints::statuses() key
};

// One change of a complaint (its filing included), as the logbook recorded it.
struct ComplaintChange
{
    qint64 seq = 0;
    QDateTime atUtc;
    QString actor;
    QString status;
    QString followUp;
};

// The channels a complaint comes by, the states it goes through, and the checks it must pass.
class Complaints
{
    Q_DECLARE_TR_FUNCTIONS(Complaints)

public:
    // Stored keys: "langsung" (at the desk), "instagram", "lapor-karutan", "lainnya".
    static QStringList channels();
    static QString channelLabel(const QString &key);
    // Stored keys: "baru" (new), "diproses" (being handled), "selesai" (closed).
    static QStringList statuses();
    static QString statusLabel(const QString &key);

    // InvalidInput: bad-date (invalid or after today), bad-channel, content-empty, bad-status,
    // follow-up-required (a closed complaint says what was done), and FreeText's text-* for the
    // content, the complainant's name and the follow-up.
    static Result<void> validate(const Complaint &complaint, QDate today);
    // The same for a change of status and follow-up; no-change when both stay as they are.
    static Result<void> validateChange(
        const Complaint &before, const QString &status, const QString &followUp);
};

} // namespace kj
