#include "Rows.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace kj::Rows {

namespace {

std::optional<qint64> optionalInteger(const Cursor &c, int column)
{
    return c.isNull(column) ? std::nullopt : std::optional<qint64>(c.integer(column));
}

std::optional<QString> optionalText(const Cursor &c, int column)
{
    return c.isNull(column) ? std::nullopt : std::optional<QString>(c.text(column));
}

QString v(qint64 n)
{
    return QString::number(n);
}

QString v(const QString &s)
{
    return s;
}

QString v(bool b)
{
    return b ? u"1"_s : u"0"_s;
}

template<typename T> QString v(const std::optional<T> &o)
{
    return o ? v(*o) : u"NULL"_s;
}

} // namespace

QStringList values(const Setting &r)
{
    return { r.key, r.value, v(r.seq), r.actor };
}

QStringList values(const Officer &r)
{
    return { v(r.id), r.name, r.role, v(r.active), v(qint64(r.failed)), v(r.lastFailed), v(r.firstDay),
        v(r.lastDay), v(r.pinCheck) };
}

QStringList values(const Wbp &r)
{
    return { v(r.id), r.registerNumber, r.name, r.aliases, r.block, r.cell, r.status, v(r.entryDate),
        v(r.expiryDate), v(r.active) };
}

QStringList values(const Contact &r)
{
    return { v(r.id), v(r.wbpId), r.nameDigest, r.phoneDigest, r.relation, v(r.approved), v(r.active) };
}

QStringList values(const Restriction &r)
{
    return { v(r.id), v(r.wbpId), r.reason, r.fromDay, v(r.toDay), v(r.lifted) };
}

QStringList values(const Session &r)
{
    return { v(r.id), v(qint64(r.day)), v(qint64(r.ticket)), v(r.wbpId), r.cell, v(r.contactId),
        v(qint64(r.state)), v(qint64(r.station)), v(r.orderKey), v(qint64(r.recalls)), v(qint64(r.retries)),
        v(r.signedIn), v(r.called), v(r.started), v(r.ended), v(r.pauseFrom), v(r.pausedMs),
        v(qint64(r.extendedMin)), v(r.warned), v(r.timedUp), v(r.durationMs), v(r.allowedMs), v(r.outcome),
        v(r.officerId), v(r.amended) };
}

QStringList values(const Note &r)
{
    return { v(r.id), v(r.sessionId), v(r.seq), r.kind, r.field, r.value, r.reason };
}

QStringList values(const Survey &r)
{
    QStringList list { v(r.seq), v(qint64(r.day)) };
    for (int answer : r.answers)
        list.append(v(qint64(answer)));
    return list;
}

QStringList values(const Complaint &r)
{
    return { v(r.id), v(qint64(r.day)), r.channel, r.whoDigest, r.content, r.followUp, r.status };
}

QStringList values(const ComplaintChange &r)
{
    return { v(r.seq), v(r.complaintId), v(r.at), r.actor, r.status, r.followUp };
}

Ticket toTicket(const Session &session)
{
    Ticket t;
    t.number = session.ticket;
    t.wbpId = QString::number(session.wbpId);
    t.cell = session.cell;
    t.contactId = session.contactId ? QString::number(*session.contactId) : QString();
    t.state = static_cast<TicketState>(session.state);
    t.station = session.station;
    t.recalls = session.recalls;
    t.retries = session.retries;
    t.signedInUtc = QDateTime::fromMSecsSinceEpoch(session.signedIn, Qt::UTC);
    t.orderKey = session.orderKey;
    return t;
}

void read(const Cursor &c, Setting &row)
{
    row = { c.text(0), c.text(1), c.integer(2), c.text(3) };
}

void read(const Cursor &c, Officer &row)
{
    row = { c.integer(0), c.text(1), c.text(2), c.integer(3) != 0, int(c.integer(4)), optionalInteger(c, 5),
        optionalInteger(c, 6), optionalInteger(c, 7), optionalText(c, 8) };
}

void read(const Cursor &c, Wbp &row)
{
    row = { c.integer(0), c.text(1), c.text(2), c.text(3), c.text(4), c.text(5), c.text(6),
        optionalText(c, 7), optionalText(c, 8), c.integer(9) != 0 };
}

void read(const Cursor &c, Contact &row)
{
    row = { c.integer(0), c.integer(1), c.text(2), c.text(3), c.text(4), c.integer(5) != 0,
        c.integer(6) != 0 };
}

void read(const Cursor &c, Restriction &row)
{
    row = { c.integer(0), c.integer(1), c.text(2), c.text(3), optionalText(c, 4), c.integer(5) != 0 };
}

void read(const Cursor &c, Session &row)
{
    row.id = c.integer(0);
    row.day = int(c.integer(1));
    row.ticket = int(c.integer(2));
    row.wbpId = c.integer(3);
    row.cell = c.text(4);
    row.contactId = optionalInteger(c, 5);
    row.state = int(c.integer(6));
    row.station = int(c.integer(7));
    row.orderKey = c.integer(8);
    row.recalls = int(c.integer(9));
    row.retries = int(c.integer(10));
    row.signedIn = c.integer(11);
    row.called = optionalInteger(c, 12);
    row.started = optionalInteger(c, 13);
    row.ended = optionalInteger(c, 14);
    row.pauseFrom = optionalInteger(c, 15);
    row.pausedMs = c.integer(16);
    row.extendedMin = int(c.integer(17));
    row.warned = c.integer(18) != 0;
    row.timedUp = c.integer(19) != 0;
    row.durationMs = optionalInteger(c, 20);
    row.allowedMs = optionalInteger(c, 21);
    row.outcome = optionalText(c, 22);
    row.officerId = optionalInteger(c, 23);
    row.amended = c.integer(24) != 0;
}

void read(const Cursor &c, Note &row)
{
    row = { c.integer(0), c.integer(1), c.integer(2), c.text(3), c.text(4), c.text(5), c.text(6) };
}

void read(const Cursor &c, Survey &row)
{
    row.seq = c.integer(0);
    row.day = int(c.integer(1));
    for (int i = 0; i < 9; ++i)
        row.answers[size_t(i)] = int(c.integer(2 + i));
}

void read(const Cursor &c, Complaint &row)
{
    row = { c.integer(0), int(c.integer(1)), c.text(2), c.text(3), c.text(4), c.text(5), c.text(6) };
}

void read(const Cursor &c, ComplaintChange &row)
{
    row = { c.integer(0), c.integer(1), c.integer(2), c.text(3), c.text(4), c.text(5) };
}

void read(const Cursor &c, PersonalData &row)
{
    row.id = c.integer(0);
    row.digest = c.bytes(1);
    row.salt = c.isNull(2) ? std::nullopt : std::optional<QByteArray>(c.bytes(2));
    row.value = optionalText(c, 3);
    row.created = c.integer(4);
    row.redacted = optionalInteger(c, 5);
}

void read(const Cursor &c, EventTypeName &row)
{
    row = { c.integer(0), c.text(1) };
}

} // namespace kj::Rows
