// A visiting day for the report tests, made through the Desk as the officers make one: Monday
// 30 November 2026, four tickets (served, no-show, ended early, no answer) and one correction.
#pragma once

#include "DayKey.h"
#include "DeskFixture.h"

#include "Reports.h"

namespace kj::test {

struct SeededDay
{
    QDate day;
    QList<int> tickets; // in sign-in order: Budi, Agus, Joko, Eko
    QList<qint64> sessions; // their lines in the visiting book; Budi's is corrected: 5 minutes
                            // instead of 4 min 35 s
    qint64 lastSeq = 0; // the day's last event
};

inline SeededDay seedVisitingDay(DeskFixture &f)
{
    Desk &desk = *f.desk;
    SeededDay seeded;
    seeded.day = desk.today();
    must(desk.roster().changeContact(
        f.contactOf[f.eko], { { u"approved"_s, true } }, u"disetujui"_s, officer));
    for (qint64 wbp : { f.budi, f.agus, f.joko, f.eko })
        seeded.tickets.append(f.signIn(wbp).number);

    f.clock.advanceSeconds(60); // 09.01: Budi waited 1 minute
    must(desk.calls().callNext(1, officer));
    must(desk.calls().startCall(1, officer));
    f.clock.advanceSeconds(4 * 60 + 35);
    must(desk.calls().endCall(1, Outcome::Completed, QString(), officer)); // 09.05.35

    must(desk.calls().callNext(2, officer)); // Agus, waited 5 min 35 s
    must(desk.calls().noShow(2, officer));
    must(desk.calls().callNext(2, officer)); // Joko, waited 5 min 35 s
    must(desk.calls().startCall(2, officer));
    f.clock.advanceSeconds(2 * 60);
    must(desk.calls().endCall(2, Outcome::EndedEarly, QString(), officer)); // 09.07.35, a 2-minute call

    for (int attempt = 0; attempt < 3; ++attempt) { // Eko's family never answers
        must(desk.calls().callNext(1, officer));
        must(desk.calls().noAnswer(1, officer));
    }
    for (int ticket : std::as_const(seeded.tickets)) {
        seeded.sessions.append(scalar(f.logbook->database(),
            u"SELECT id FROM sessions WHERE day = ? AND ticket = ?"_s, { dayKey(seeded.day), ticket })
                                   .toLongLong());
    }
    f.clock.advanceSeconds(30 * 60);
    must(desk.calls().amend(seeded.sessions[0], u"duration"_s, u"5"_s, u"jam bilik terlambat"_s, officer));
    seeded.lastSeq = f.logbook->lastSeq();
    return seeded;
}

} // namespace kj::test
