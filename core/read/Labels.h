#pragma once

#include <QCoreApplication>
#include <QString>

namespace kj {

class Desk;

// The words people read for the record's keys, in the UI language: one place for each, shared by
// the screens, the printed register and the exports.
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)

public:
    // An Outcome key ("Selesai", "Tidak hadir" …); without one, the ticket's state (TicketState:
    // waiting, called, in call).
    static QString outcome(const QString &outcome, int state = 0);
    // A field of a line that can be corrected (Amendment).
    static QString field(const QString &field);
    // Who an event's actor is, for people: the officer's name, or the kiosk, the admin command
    // line with the system user who ran it, the system.
    static QString actor(const Desk &desk, const QString &actor);
};

} // namespace kj
