#include "LogbookCheck.h"

#include "Desk.h"
#include "Logbook.h"
#include "Schema.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>

#include <optional>

using namespace Qt::StringLiterals;

namespace kj::reliability {

namespace {

// Every projection table, row by row in primary-key order, as text.
std::optional<QStringList> dumpProjections(const QSqlDatabase &db)
{
    QStringList lines;
    for (const QString &table : projectionTables()) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT * FROM "_s + table + u" ORDER BY 1"_s))
            return std::nullopt;
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values.append(q.isNull(i) ? u"NULL"_s : q.value(i).toString());
            lines.append(table + u": "_s + values.join(u" | "_s));
        }
    }
    return lines;
}

QString describe(const Error &e)
{
    return e.reason + u" "_s + e.detail;
}

struct OpenCall
{
    int day = 0;
    int ticket = 0;
};

QList<OpenCall> openCalls(const QSqlDatabase &db)
{
    QList<OpenCall> calls;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT day, ticket FROM sessions WHERE state = ?"_s);
    q.addBindValue(static_cast<int>(TicketState::InCall));
    if (q.exec()) {
        while (q.next())
            calls.append({ q.value(0).toInt(), q.value(1).toInt() });
    }
    return calls;
}

} // namespace

CheckReport checkAfterKill(const QString &path, const Clock &clock, QMap<qint64, QByteArray> &acknowledged,
    const QString &scratchFolder)
{
    CheckReport report;
    Logbook::Options options;
    options.create = false;
    options.changePollMs = 0;
    auto opened = Logbook::open(path, clock, options);
    // A writer killed before it made its file leaves no logbook: nothing was acknowledged, so
    // nothing is lost (seen under ASan on a busy machine, where starting takes longer).
    if (!opened && opened.error().reason == u"db-missing" && acknowledged.isEmpty())
        return report;
    if (!opened) {
        report.failures.append(u"cannot open: "_s + describe(opened.error()));
        report.lost = acknowledged.size();
        return report;
    }
    Logbook &logbook = **opened;
    QSqlDatabase db = logbook.database();

    {
        QSqlQuery q(db);
        if (!q.exec(u"PRAGMA integrity_check"_s) || !q.next() || q.value(0).toString() != u"ok"_s)
            report.failures.append(u"integrity_check: "_s + q.value(0).toString());
    }

    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        QMap<qint64, QByteArray> stored;
        if (!q.exec(u"SELECT seq, hash FROM events"_s))
            report.failures.append(u"cannot read events"_s);
        while (q.next())
            stored.insert(q.value(0).toLongLong(), q.value(1).toByteArray().toHex());
        report.events = stored.size();
        for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
            if (stored.value(it.key()) != it.value()) {
                ++report.lost;
                if (report.lost <= 5)
                    report.failures.append(u"acknowledged event %1 (%2) is %3"_s.arg(it.key()).arg(
                        QString::fromLatin1(it.value()),
                        stored.contains(it.key()) ? u"there with another hash"_s : u"missing"_s));
            }
        }
    }

    auto verified = logbook.verify();
    if (!verified)
        report.failures.append(u"verify failed: "_s + describe(verified.error()));
    else if (!verified->ok())
        report.failures.append(
            u"chain broken at seq %1: %2"_s.arg(verified->firstBadSeq()).arg(verified->problem()));

    const auto live = dumpProjections(db);
    const QString copy = scratchFolder + u"/rebuild.sqlite"_s;
    QFile::remove(copy);
    if (auto backedUp = logbook.backupTo(copy); !backedUp) {
        report.failures.append(u"copy for the rebuild failed: "_s + describe(backedUp.error()));
    } else {
        auto other = Logbook::open(copy, clock, options);
        if (!other) {
            report.failures.append(u"cannot open the copy: "_s + describe(other.error()));
        } else if (auto rebuilt = (*other)->rebuildProjections(); !rebuilt) {
            report.failures.append(u"rebuild failed: "_s + describe(rebuilt.error()));
        } else {
            const auto fromEvents = dumpProjections((*other)->database());
            if (!live || !fromEvents || *live != *fromEvents) {
                QString first;
                if (live && fromEvents) {
                    for (qsizetype i = 0; i < qMax(live->size(), fromEvents->size()); ++i) {
                        if (live->value(i) != fromEvents->value(i)) {
                            first = u"; live: "_s + live->value(i) + u"; rebuilt: "_s + fromEvents->value(i);
                            break;
                        }
                    }
                }
                report.failures.append(u"projections differ from a rebuild"_s + first);
            }
        }
    }
    QFile::remove(copy);

    // What the console does on start: every open call resumed or closed as interrupted.
    const QList<OpenCall> open = openCalls(db);
    report.openCalls = int(open.size());
    const qint64 before = logbook.lastSeq();
    Desk desk(logbook, clock);
    if (auto loaded = desk.load(); !loaded) {
        report.failures.append(u"recovery failed: "_s + describe(loaded.error()));
        return report;
    }
    auto appended = logbook.events(before + 1, logbook.lastSeq());
    if (!appended) {
        report.failures.append(u"cannot read the recovery events"_s);
        return report;
    }
    for (const Event &e : *appended)
        acknowledged.insert(e.seq, e.hash.toHex());
    for (const OpenCall &call : open) {
        bool resumed = false;
        for (const Event &e : *appended) {
            if (e.type == EventType::CallRecovered && e.day() == call.day && e.ticket == call.ticket
                && e.payload().value(u"action"_s).toString() == u"resumed"_s)
                resumed = true;
        }
        QSqlQuery q(db);
        q.prepare(u"SELECT state, outcome, station FROM sessions WHERE day = ? AND ticket = ?"_s);
        q.addBindValue(call.day);
        q.addBindValue(call.ticket);
        const bool found = q.exec() && q.next();
        const bool interrupted = found && q.value(0).toInt() == static_cast<int>(TicketState::Done)
            && q.value(1).toString() == QString(Outcome::Interrupted);
        const bool stillOpen = found && q.value(0).toInt() == static_cast<int>(TicketState::InCall);
        if (resumed && stillOpen && desk.calls().timer(q.value(2).toInt()) != nullptr)
            ++report.resumed;
        else if (interrupted)
            ++report.interrupted;
        else
            report.failures.append(
                u"open call %1/%2 was neither resumed nor closed as interrupted"_s.arg(call.day).arg(
                    call.ticket));
    }
    if (auto again = logbook.verify(); !again || !again->ok())
        report.failures.append(u"the chain does not verify after the recovery"_s);
    return report;
}

} // namespace kj::reliability
