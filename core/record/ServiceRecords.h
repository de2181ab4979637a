#pragma once

#include "Complaints.h"
#include "Result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>

#include <array>

namespace kj {

class Logbook;

// One stored settings section and who last changed it.
struct StoredSetting
{
    QJsonObject value;
    QString actor;
};

// The kiosk survey's answers over some days: how many answered, and each item's sum.
struct SurveyTotals
{
    int respondents = 0;
    std::array<qint64, 9> itemTotals {};
};

// The service's own projections: its settings, the complaints about it and the kiosk survey.
class ServiceRecords
{
public:
    explicit ServiceRecords(const Logbook &logbook)
        : m_logbook(logbook)
    { }

    // Every stored settings section by key (the ones never changed are absent).
    Result<QMap<QString, StoredSetting>> settings() const;

    Result<std::optional<Complaint>> complaint(qint64 id) const;
    // Received from..to, newest first.
    Result<QList<Complaint>> complaints(QDate from, QDate to) const;
    // Oldest first, its filing included.
    Result<QList<ComplaintChange>> complaintChanges(qint64 id) const;

    // Answers on the days from..to (yyyymmdd).
    Result<SurveyTotals> survey(int fromDay, int toDay) const;
    // When the last survey answer was recorded (UTC ms), 0 if never.
    Result<qint64> lastSurveyAtMs() const;

private:
    Result<QList<Complaint>> complaintList(const QString &where, const QVariantList &values) const;
    const Logbook &m_logbook;
};

} // namespace kj
