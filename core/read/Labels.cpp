#include "Labels.h"

#include "Amendment.h"
#include "Desk.h"
#include "Event.h"
#include "OfficerRecords.h"
#include "Outcome.h"
#include "Queue.h"

namespace kj {

QString Labels::outcome(const QString &outcome, int state)
{
    if (outcome == Outcome::Completed)
        return tr("Completed");
    if (outcome == Outcome::EndedEarly)
        return tr("Ended early");
    if (outcome == Outcome::Stopped)
        return tr("Stopped by officer");
    if (outcome == Outcome::Interrupted)
        return tr("Interrupted");
    if (outcome == Outcome::NoShow)
        return tr("Did not come");
    if (outcome == Outcome::NoAnswer)
        return tr("No answer");
    if (outcome == Outcome::Cancelled)
        return tr("Cancelled");
    if (!outcome.isEmpty())
        return outcome;
    switch (static_cast<TicketState>(state)) {
    case TicketState::Waiting:
        return tr("Waiting");
    case TicketState::Called:
        return tr("Called");
    case TicketState::InCall:
        return tr("In call");
    default:
        return {};
    }
}

QString Labels::field(const QString &field)
{
    if (field == Amendment::Outcome)
        return tr("Outcome");
    if (field == Amendment::Duration)
        return tr("Duration");
    if (field == Amendment::Station)
        return tr("Station");
    if (field == Amendment::Started)
        return tr("Started");
    if (field == Amendment::Ended)
        return tr("Ended");
    if (field == Amendment::Contact)
        return tr("Family contact");
    if (field == Amendment::Note)
        return tr("Note");
    return field;
}

QString Labels::actor(const Desk &desk, const QString &actor)
{
    if (const auto code = Actor::code(actor); code && *code > 0) {
        const auto names = OfficerRecords(desk.logbook()).names();
        return names ? names->value(*code, actor) : actor;
    }
    if (actor == Actor::Kiosk)
        return tr("kiosk");
    if (const auto cli = Actor::cliUsers(actor)) {
        if (cli->os.isEmpty())
            return tr("admin command line");
        if (cli->sudo.isEmpty())
            return tr("admin command line (%1)").arg(cli->os);
        return tr("admin command line (%1, sudo: %2)").arg(cli->os, cli->sudo);
    }
    if (actor == Actor::System)
        return tr("system");
    return actor;
}

} // namespace kj
