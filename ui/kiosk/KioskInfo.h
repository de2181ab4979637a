#pragma once

#include "Survey.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLatin1String>
#include <QList>
#include <QString>
#include <QStringList>

namespace kj {

class Desk;

// The service standard the kiosk shows under "Informasi layanan" (the seed's text, with the
// schedule, call length and complaint channels from the settings).
class KioskInfo
{
    Q_DECLARE_TR_FUNCTIONS(KioskInfo)

public:
    // The published standard's completion time (waktu penyelesaian).
    static constexpr int completionHours = 5;

    struct Section
    {
        QString key; // persyaratan, prosedur, jadwal, waktu, biaya, produk, pengaduan
        QString title;
        QString text;
    };
    static QList<Section> sections(const Desk &desk);
};

// The satisfaction survey (SKM) of PermenPANRB 14/2017 as the kiosk asks it: nine items (U1–U9),
// each answered on a four-point scale (1 worst … 4 best), recorded by ServiceDesk::answerSurvey.
class KioskSurvey
{
    Q_DECLARE_TR_FUNCTIONS(KioskSurvey)

public:
    static constexpr int itemCount = Survey::items;

    struct Item
    {
        QString key; // "U1" … "U9"
        QString question;
        QStringList answers; // four, worst first
    };
    static QList<Item> items();
};

} // namespace kj
