#include "ServiceDesk.h"

#include "CallDesk.h"
#include "DayKey.h"
#include "Desk.h"
#include "Drafts.h"
#include "ServiceRecords.h"
#include "Survey.h"

using namespace Qt::StringLiterals;

namespace kj {

Result<void> ServiceDesk::changeSetting(const QString &key, const QJsonObject &value, const QString &actor)
{
    if (auto allowed = m_desk.authorize(actor, Desk::Role::Admin); !allowed)
        return allowed.error();
    Settings trial = m_desk.settings();
    if (auto set = trial.setSection(key, value); !set)
        return set;
    if (auto kept = trial.checkChange(key); !kept)
        return kept;
    if (key == Settings::StationsKey) {
        Queue queue = m_desk.calls().queue();
        if (auto fits = queue.setPolicy(trial.queue); !fits)
            return fits;
    }
    auto r = m_desk.logbook().append(Drafts::settingChanged(key, trial.section(key), actor));
    if (!r)
        return r.error();
    if (auto loaded = m_desk.loadSettings(); !loaded)
        return loaded;
    m_desk.calls().reload();
    return {};
}

Result<QString> ServiceDesk::settingChangedBy(const QString &key) const
{
    auto stored = ServiceRecords(m_desk.logbook()).settings();
    if (!stored)
        return stored.error();
    return stored->value(key).actor;
}

Result<qint64> ServiceDesk::addComplaint(const Complaint &complaint, const QString &actor)
{
    if (auto allowed = m_desk.authorize(actor, Desk::Role::Officer); !allowed)
        return allowed.error();
    Complaint c = complaint;
    c.who = c.who.simplified();
    c.content = c.content.trimmed();
    c.followUp = c.followUp.trimmed();
    if (auto valid = Complaints::validate(c, m_desk.today()); !valid)
        return valid.error();
    auto id = m_desk.logbook().write<qint64>([&](WriteTransaction &tx) -> Result<qint64> {
        auto complaintId = tx.nextId(u"complaints"_s);
        if (!complaintId)
            return complaintId;
        QString who;
        if (!c.who.isEmpty()) {
            auto digest = tx.storePersonal(c.who);
            if (!digest)
                return digest.error();
            who = *digest;
        }
        auto r = tx.append(Drafts::complaintAdded(
            *complaintId, c.received, c.channel, who, c.content, c.status, c.followUp, actor));
        if (!r)
            return r.error();
        return complaintId;
    });
    if (id)
        emit m_desk.changed();
    return id;
}

Result<void> ServiceDesk::updateComplaint(
    qint64 id, const QString &status, const QString &followUp, const QString &actor)
{
    if (auto allowed = m_desk.authorize(actor, Desk::Role::Officer); !allowed)
        return allowed.error();
    auto before = complaint(id);
    if (!before)
        return before.error();
    if (!*before)
        return Error::invalid(u"no-complaint"_s, tr("There is no such complaint."));
    if (auto valid = Complaints::validateChange(**before, status, followUp); !valid)
        return valid.error();
    auto r = m_desk.logbook().append(Drafts::complaintUpdated(id, status, followUp, actor));
    if (!r)
        return r.error();
    emit m_desk.changed();
    return {};
}

Result<std::optional<Complaint>> ServiceDesk::complaint(qint64 id) const
{
    return ServiceRecords(m_desk.logbook()).complaint(id);
}

Result<QList<Complaint>> ServiceDesk::complaints(QDate from, QDate to) const
{
    return ServiceRecords(m_desk.logbook()).complaints(from, to);
}

Result<QList<ComplaintChange>> ServiceDesk::complaintChanges(qint64 id) const
{
    return ServiceRecords(m_desk.logbook()).complaintChanges(id);
}

Result<void> ServiceDesk::answerSurvey(const QList<int> &answers)
{
    if (answers.size() != Survey::items
        || std::any_of(answers.cbegin(), answers.cend(), [](int a) { return a < 1 || a > Survey::scale; })) {
        return Error::invalid(u"bad-survey"_s,
            tr("A survey answer gives each of the %1 items a value from 1 to %2.")
                .arg(Survey::items)
                .arg(Survey::scale));
    }
    auto r = m_desk.logbook().write<bool>([&](WriteTransaction &tx) -> Result<bool> {
        // One answer a minute at most: a curious WBP tapping through the survey again and again
        // must not decide the satisfaction index.
        auto last = ServiceRecords(m_desk.logbook()).lastSurveyAtMs();
        if (!last)
            return last.error();
        if (*last && m_desk.clock().nowUtc().toMSecsSinceEpoch() - *last < surveyIntervalMs)
            return Error::refused(u"survey-too-soon"_s,
                tr("Thank you: an answer was just recorded. The survey can "
                   "be filled in again in a minute."));
        if (auto appended = tx.append(Drafts::surveyAnswered(answers)); !appended)
            return appended.error();
        return true;
    });
    if (!r)
        return r.error();
    emit m_desk.changed();
    return {};
}

} // namespace kj
