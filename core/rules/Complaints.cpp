#include "Complaints.h"

#include "FreeText.h"

using namespace Qt::StringLiterals;

namespace kj {

namespace {

Result<void> checkStatus(const QString &status, const QString &followUp)
{
    if (!Complaints::statuses().contains(status))
        return Error::invalid(u"bad-status"_s, Complaints::tr("Unknown complaint status: %1").arg(status));
    if (status == u"selesai" && followUp.trimmed().isEmpty())
        return Error::invalid(
            u"follow-up-required"_s, Complaints::tr("A complaint can only be closed with its follow-up."));
    return FreeText::check(followUp, FreeText::Field::FollowUp);
}

} // namespace

QStringList Complaints::channels()
{
    return { u"langsung"_s, u"instagram"_s, u"lapor-karutan"_s, u"lainnya"_s };
}

QString Complaints::channelLabel(const QString &key)
{
    if (key == u"langsung")
        return tr("In person");
    if (key == u"instagram")
        return tr("Instagram");
    if (key == u"lapor-karutan")
        return tr("Lapor Karutan");
    if (key == u"lainnya")
        return tr("Other");
    return key;
}

QStringList Complaints::statuses()
{
    return { u"baru"_s, u"diproses"_s, u"selesai"_s };
}

QString Complaints::statusLabel(const QString &key)
{
    if (key == u"baru")
        return tr("New");
    if (key == u"diproses")
        return tr("Being handled");
    if (key == u"selesai")
        return tr("Closed");
    return key;
}

Result<void> Complaints::validate(const Complaint &complaint, QDate today)
{
    if (!complaint.received.isValid() || complaint.received > today)
        return Error::invalid(
            u"bad-date"_s, tr("The date the complaint was received must be today or earlier."));
    if (!channels().contains(complaint.channel))
        return Error::invalid(u"bad-channel"_s, tr("Unknown complaint channel: %1").arg(complaint.channel));
    if (complaint.content.trimmed().isEmpty())
        return Error::invalid(u"content-empty"_s, tr("The complaint's content is empty."));
    if (auto text = FreeText::check({ { complaint.content, FreeText::Field::Complaint },
            { complaint.who, FreeText::Field::Complainant } });
        !text)
        return text;
    return checkStatus(complaint.status, complaint.followUp);
}

Result<void> Complaints::validateChange(
    const Complaint &before, const QString &status, const QString &followUp)
{
    if (status == before.status && followUp.trimmed() == before.followUp)
        return Error::invalid(u"no-change"_s, tr("Nothing was changed."));
    return checkStatus(status, followUp);
}

} // namespace kj
