#include "Settings.h"

#include "Language.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace kj {

namespace {

QJsonArray windowsJson(const QList<TimeWindow> &windows)
{
    QJsonArray list;
    for (const TimeWindow &w : windows)
        list.append(QString(w.start.toString(u"HH:mm"_s) + u'-' + w.end.toString(u"HH:mm"_s)));
    return list;
}

std::optional<QList<TimeWindow>> windowsFrom(const QJsonValue &value)
{
    QList<TimeWindow> windows;
    for (const QJsonValue v : value.toArray()) {
        // Stored as 08:00-11:00; typed the Indonesian way as 08.00-11.00 too.
        const QStringList parts = v.toString().replace(u'.', u':').split(u'-');
        if (parts.size() != 2)
            return std::nullopt;
        TimeWindow w { QTime::fromString(parts[0].trimmed(), u"H:mm"_s),
            QTime::fromString(parts[1].trimmed(), u"H:mm"_s) };
        if (!w.start.isValid() || !w.end.isValid())
            return std::nullopt;
        windows.append(w);
    }
    return windows;
}

QStringList stringsFrom(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue v : value.toArray())
        list.append(v.toString());
    return list;
}

} // namespace

QStringList Settings::keys()
{
    return { ScheduleKey, QueueKey, CallKey, FacilityKey, StationsKey, LanguageKey };
}

QString Settings::stationName(int station) const
{
    return station > 0 ? stations.value(station - 1, QString::number(station)) : QString();
}

QJsonObject Settings::section(const QString &key) const
{
    if (key == ScheduleKey) {
        QJsonArray week;
        for (const DayRule &day : schedule.week)
            week.append(QJsonObject { { u"cells"_s, QJsonArray::fromStringList(day.cells) },
                { u"windows"_s, windowsJson(day.windows) } });
        QJsonObject holidays;
        for (auto it = schedule.holidays.cbegin(); it != schedule.holidays.cend(); ++it)
            holidays.insert(it.key().toString(Qt::ISODate), *it);
        QJsonObject special;
        for (auto it = schedule.specialDays.cbegin(); it != schedule.specialDays.cend(); ++it)
            special.insert(it.key().toString(Qt::ISODate),
                QJsonObject { { u"cells"_s, QJsonArray::fromStringList(it->cells) },
                    { u"windows"_s, windowsJson(it->windows) }, { u"note"_s, it->note } });
        return { { u"zone"_s, QString::fromLatin1(schedule.zoneId) }, { u"week"_s, week },
            { u"holidays"_s, holidays }, { u"special"_s, special } };
    }
    if (key == QueueKey)
        return { { u"maxRetries"_s, queue.maxRetries }, { u"weeklyQuota"_s, queue.weeklyQuota },
            { u"onePerDay"_s, queue.onePerDay } };
    if (key == CallKey) {
        QJsonObject json { { u"defaultMinutes"_s, call.defaultMinutes }, { u"maxMinutes"_s, call.maxMinutes },
            { u"warningSeconds"_s, call.warningSeconds } };
        if (!call.maxReason.isEmpty())
            json.insert(u"maxReason"_s, call.maxReason);
        return json;
    }
    if (key == FacilityKey)
        return { { u"ministry"_s, facility.ministry }, { u"office"_s, facility.office },
            { u"name"_s, facility.name }, { u"address"_s, facility.address }, { u"phone"_s, facility.phone },
            { u"complaints"_s, facility.complaints } };
    if (key == StationsKey) {
        QJsonArray deskPc;
        for (const bool flag : stationIsDeskPc)
            deskPc.append(flag);
        return { { u"names"_s, QJsonArray::fromStringList(stations) }, { u"deskPc"_s, deskPc } };
    }
    if (key == LanguageKey)
        return { { u"code"_s, language } };
    return {};
}

Result<void> Settings::setSection(const QString &key, const QJsonObject &json)
{
    auto invalid = [](const QString &message) { return Error::invalid(u"invalid-setting"_s, message); };
    if (key == ScheduleKey) {
        ScheduleConfig config;
        config.zoneId = json.value(u"zone"_s).toString(u"Asia/Jakarta"_s).toLatin1();
        const QJsonArray week = json.value(u"week"_s).toArray();
        if (week.size() != 7)
            return invalid(tr("The schedule needs exactly 7 weekdays."));
        for (int d = 0; d < 7; ++d) {
            const auto windows = windowsFrom(week[d].toObject().value(u"windows"_s));
            if (!windows)
                return invalid(tr("A window must be written like 08.00-11.00."));
            config.week[d] = { stringsFrom(week[d].toObject().value(u"cells"_s)), *windows };
        }
        const QJsonObject holidays = json.value(u"holidays"_s).toObject();
        for (auto it = holidays.begin(); it != holidays.end(); ++it)
            config.holidays.insert(QDate::fromString(it.key(), Qt::ISODate), it->toString());
        const QJsonObject special = json.value(u"special"_s).toObject();
        for (auto it = special.begin(); it != special.end(); ++it) {
            const QJsonObject s = it->toObject();
            const auto windows = windowsFrom(s.value(u"windows"_s));
            if (!windows)
                return invalid(tr("A window must be written like 08.00-11.00."));
            config.specialDays.insert(QDate::fromString(it.key(), Qt::ISODate),
                SpecialDay { stringsFrom(s.value(u"cells"_s)), *windows, s.value(u"note"_s).toString() });
        }
        auto made = Schedule::make(config);
        if (!made)
            return made.error();
        schedule = made->config();
        return {};
    }
    if (key == QueueKey) {
        QueuePolicy policy = queue;
        policy.maxRetries = json.value(u"maxRetries"_s).toInt(policy.maxRetries);
        policy.weeklyQuota = json.value(u"weeklyQuota"_s).toInt(policy.weeklyQuota);
        policy.onePerDay = json.value(u"onePerDay"_s).toBool(policy.onePerDay);
        if (auto valid = policy.validate(); !valid)
            return valid;
        queue = policy;
        return {};
    }
    if (key == CallKey) {
        CallLimits limits;
        limits.defaultMinutes = json.value(u"defaultMinutes"_s).toInt(call.defaultMinutes);
        limits.maxMinutes = json.value(u"maxMinutes"_s).toInt(call.maxMinutes);
        limits.warningSeconds = json.value(u"warningSeconds"_s).toInt(call.warningSeconds);
        // A reason only explains a maximum above the standard's.
        if (limits.maxMinutes > CallLimits::publishedMaxMinutes)
            limits.maxReason = json.value(u"maxReason"_s).toString().simplified();
        if (auto valid = limits.validate(); !valid)
            return valid;
        call = limits;
        return {};
    }
    if (key == FacilityKey) {
        FacilityInfo info;
        info.ministry = json.value(u"ministry"_s).toString(facility.ministry);
        info.office = json.value(u"office"_s).toString(facility.office);
        info.name = json.value(u"name"_s).toString(facility.name);
        info.address = json.value(u"address"_s).toString(facility.address);
        info.phone = json.value(u"phone"_s).toString(facility.phone);
        info.complaints = json.value(u"complaints"_s).toString(facility.complaints);
        if (info.name.trimmed().isEmpty())
            return invalid(tr("The facility needs a name."));
        facility = info;
        return {};
    }
    if (key == StationsKey) {
        // "deskPc" runs beside "names", one flag a station; settings saved before it have none.
        const QJsonArray names = json.value(u"names"_s).toArray();
        const QJsonValue deskPc = json.value(u"deskPc"_s);
        const QJsonArray flags = deskPc.toArray();
        if (!deskPc.isUndefined()
            && (!deskPc.isArray() || flags.size() != names.size()
                || !std::all_of(
                    flags.begin(), flags.end(), [](const QJsonValue &f) { return f.isBool(); }))) {
            return invalid(tr("Each station needs its own yes-or-no \"this desk PC\" flag."));
        }
        QStringList kept;
        QList<bool> keptFlags;
        for (qsizetype i = 0; i < names.size(); ++i) {
            const QString name = names.at(i).toString().trimmed();
            if (name.isEmpty())
                continue;
            kept.append(name);
            keptFlags.append(flags.at(i).toBool(false));
        }
        if (kept.isEmpty() || kept.size() > 20)
            return invalid(tr("There must be between 1 and 20 stations."));
        stations = kept;
        stationIsDeskPc = keptFlags;
        queue.stations = int(kept.size());
        return {};
    }
    if (key == LanguageKey) {
        const QString code = json.value(u"code"_s).toString();
        if (!availableLanguages().contains(code))
            return invalid(tr("Unknown language: %1").arg(code));
        language = code;
        return {};
    }
    return invalid(tr("Unknown setting: %1").arg(key));
}

Result<void> Settings::checkChange(const QString &key) const
{
    if (key == CallKey && call.maxMinutes > CallLimits::publishedMaxMinutes && call.maxReason.isEmpty()) {
        return Error::invalid(u"max-above-standard"_s,
            tr("The published standard allows video calls of at most %1 minutes. To set %2 "
               "minutes, give the reason; it is printed on the daily register.")
                .arg(CallLimits::publishedMaxMinutes)
                .arg(call.maxMinutes));
    }
    return {};
}

} // namespace kj
