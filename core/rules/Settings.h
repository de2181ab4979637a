#pragma once

#include "CallTimer.h"
#include "Queue.h"
#include "Result.h"
#include "Schedule.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace kj {

// The facility as its documents name it (kop surat) and as the kiosk shows it.
struct FacilityInfo
{
    QString ministry = QStringLiteral("KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA");
    QString office = QStringLiteral("KANTOR WILAYAH DIREKTORAT JENDERAL PEMASYARAKATAN JAWA TENGAH");
    QString name = QStringLiteral("Rumah Tahanan Negara Kelas IIB Jepara");
    QString address
        = QStringLiteral("Jl. Pengkol IV, Pengkol, Kec. Jepara, Kabupaten Jepara, Jawa Tengah 59415");
    QString phone = QStringLiteral("0291 591008");
    QString complaints = QStringLiteral("Instagram: jepararutan · Lapor Karutan");
};

// Everything an admin can change; each section is stored as one settings event.
struct Settings
{
    Q_DECLARE_TR_FUNCTIONS(Settings)

public:
    ScheduleConfig schedule = ScheduleConfig::seedDefault();
    QueuePolicy queue;
    CallLimits call;
    FacilityInfo facility;
    QStringList stations = { QStringLiteral("1"), QStringLiteral("2") }; // station names
    // Per station (as stations): the station is this desk PC itself, so WhatsApp opens here rather
    // than on a phone scanning the card's code. Stored settings from before the flag read as false.
    QList<bool> stationIsDeskPc = { false, false };
    QString language = QStringLiteral("id"); // the console's, from its next start (Language.h)

    // Section keys as stored.
    static inline const QString ScheduleKey = QStringLiteral("schedule");
    static inline const QString QueueKey = QStringLiteral("queue");
    static inline const QString CallKey = QStringLiteral("call");
    static inline const QString FacilityKey = QStringLiteral("facility");
    static inline const QString StationsKey = QStringLiteral("stations");
    static inline const QString LanguageKey = QStringLiteral("language");
    static QStringList keys();

    // A station's name (stations are numbered from 1); its number when it has none; empty for 0.
    QString stationName(int station) const;
    // Station numbers count from 1; false outside 1..stations.
    bool isDeskPc(int station) const { return stationIsDeskPc.value(station - 1, false); }

    QJsonObject section(const QString &key) const;
    // Reads a section; refuses (InvalidInput, nothing changed) what would not make a valid setting.
    Result<void> setSection(const QString &key, const QJsonObject &json);
    // What a new change of a section must also keep (a stored older setting still loads without
    // it): a maximum call length above the published standard needs its reason.
    Result<void> checkChange(const QString &key) const;
};

} // namespace kj
