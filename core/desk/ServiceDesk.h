#pragma once

#include "Complaints.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace kj {

class Desk;

// The service itself: its settings, and what the public says of it: complaints (pengaduan) and
// the kiosk's satisfaction survey.
class ServiceDesk
{
    Q_DECLARE_TR_FUNCTIONS(ServiceDesk)

public:
    explicit ServiceDesk(Desk &desk)
        : m_desk(desk)
    { }

    // One settings section (Settings::keys()); refused, with nothing written, if it would not
    // make a valid setting or the day's queue would not fit it.
    Result<void> changeSetting(const QString &key, const QJsonObject &value, const QString &actor);
    // Who last changed a section (an actor), empty while it has its default.
    Result<QString> settingChangedBy(const QString &key) const;

    // Filing a complaint and every later change of it is an event naming who made it.
    Result<qint64> addComplaint(const Complaint &complaint, const QString &actor);
    Result<void> updateComplaint(
        qint64 id, const QString &status, const QString &followUp, const QString &actor);
    Result<std::optional<Complaint>> complaint(qint64 id) const;
    Result<QList<Complaint>> complaints(QDate from, QDate to) const; // received from..to, newest first
    Result<QList<ComplaintChange>> complaintChanges(qint64 id) const; // oldest first

    // One answer to the kiosk survey: the nine items, each 1 (worst) to 4 (best); at most one a
    // minute (survey-too-soon).
    static constexpr qint64 surveyIntervalMs = 60'000;
    Result<void> answerSurvey(const QList<int> &answers);

private:
    Desk &m_desk;
};

} // namespace kj
