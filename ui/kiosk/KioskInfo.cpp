#include "KioskInfo.h"

#include "Clock.h"
#include "Desk.h"
#include "Format.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace kj {

QList<KioskInfo::Section> KioskInfo::sections(const Desk &desk)
{
    const Settings &settings = desk.settings();
    const Schedule &schedule = desk.schedule();

    QStringList days;
    for (int d = 0; d < 7; ++d) {
        const DayRule &rule = schedule.config().week[size_t(d)];
        if (rule.cells.isEmpty() || rule.windows.isEmpty())
            continue;
        days.append(tr("%1: cell %2, %3")
                        .arg(QLocale().dayName(d + 1), Format::joinAnd(rule.cells),
                            schedule.describeWindows(rule.windows)));
    }
    if (days.isEmpty())
        days.append(tr("No visiting days are set. Please ask the officer."));

    // The published standard in its own words (the Indonesian translation holds them), each step
    // of the procedure with what the kiosk does for it.
    const CallLimits &call = settings.call;
    const int standardMax = CallLimits::publishedMaxMinutes;
    return {
        { u"persyaratan"_s, tr("Requirements"),
            tr("1. Online visits are for every WBP.\n"
               "2. Every WBP has the right to register with the online visiting officer.\n"
               "3. Online visits are scheduled for each WBP cell.\n"
               "4. WBP may contact their family free of charge.") },
        { u"prosedur"_s, tr("Procedure"),
            tr("1. Every WBP has the right to register with the online visiting officer, ACCORDING TO THE "
               "SCHEDULE.\n    Here: tap your cell and your name on your cell's day.\n"
               "2. The WBP fills in the visiting book.\n"
               "    Here: your sign-in is written into the electronic visiting book and you get a number.\n"
               "3. Then the WBP is called by the online visiting officer and may use the service's "
               "facilities.\n"
               "    Here: your number and booth appear under \"Now calling\"; go to that booth.\n"
               "4. A video call lasts at most %1 minutes.\n"
               "    At the booth: the officer runs a countdown of %2 minutes, and may add time up to %3 "
               "minutes.")
                .arg(standardMax)
                .arg(call.defaultMinutes)
                .arg(call.maxMinutes) },
        { u"jadwal"_s, tr("Schedule"), days.join(u'\n') },
        { u"waktu"_s, tr("Time"),
            tr("Completion time: %n hour(s).", nullptr, completionHours) + u'\n'
                + tr("Visits are scheduled for each cell, with an officer on duty. Each WBP gets a video "
                     "call of "
                     "%1 minutes; the officer may extend it up to %2 minutes.")
                      .arg(call.defaultMinutes)
                      .arg(call.maxMinutes) },
        { u"biaya"_s, tr("Cost"), tr("Free of charge: Rp 0. No payment is asked for this service.") },
        { u"produk"_s, tr("Service"), tr("Online visits by video call.") },
        { u"pengaduan"_s, tr("Complaints"),
            tr("Complaints, suggestions and feedback: %1.\n%2, %3, telephone %4.")
                .arg(settings.facility.complaints, settings.facility.name, settings.facility.address,
                    settings.facility.phone) },
    };
}

QList<KioskSurvey::Item> KioskSurvey::items()
{
    const QStringList suitable
        = { tr("Not suitable"), tr("Somewhat suitable"), tr("Suitable"), tr("Very suitable") };
    return {
        { u"U1"_s, tr("Do the requirements fit this service?"), suitable },
        { u"U2"_s, tr("How easy was the procedure?"),
            { tr("Not easy"), tr("Somewhat easy"), tr("Easy"), tr("Very easy") } },
        { u"U3"_s, tr("How fast was the service?"),
            { tr("Not fast"), tr("Somewhat fast"), tr("Fast"), tr("Very fast") } },
        { u"U4"_s, tr("How fair was the cost?"),
            { tr("Very expensive"), tr("Rather expensive"), tr("Cheap"), tr("Free") } },
        { u"U5"_s, tr("Did you get the service as it is announced?"), suitable },
        { u"U6"_s, tr("How capable were the officers?"),
            { tr("Not capable"), tr("Somewhat capable"), tr("Capable"), tr("Very capable") } },
        { u"U7"_s, tr("How polite and friendly were the officers?"),
            { tr("Not polite"), tr("Somewhat polite"), tr("Polite"), tr("Very polite") } },
        { u"U8"_s, tr("How are complaints and suggestions handled?"),
            { tr("No way to complain"), tr("There is a way, it does not work"), tr("It works, not well"),
                tr("Handled well") } },
        { u"U9"_s, tr("How good are the rooms and equipment?"),
            { tr("Poor"), tr("Fair"), tr("Good"), tr("Very good") } },
    };
}

} // namespace kj
