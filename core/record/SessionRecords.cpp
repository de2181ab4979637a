#include "SessionRecords.h"

#include "Logbook.h"
#include "Outcome.h"
#include "Sql.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace kj {

namespace {

// A common name word matches hundreds of WBP: then the newest days are walked and each line's WBP
// tested, which fills a page at once (on a million sessions 19 ms, against 93 ms for a list of
// their ids). Fewer WBP are read through the sessions_wbp index, so a rare name costs nothing.
constexpr int wbpListLimit = 40;

QString likePattern(const QString &text)
{
    QString escaped = text.trimmed().toLower();
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return u'%' + escaped + u'%';
}

// The roster condition of the name and register number fields, on the wbp table under `alias`.
QString wbpCondition(const SessionQuery &query, const QString &alias, QVariantList &values)
{
    QStringList where;
    if (!query.name.trimmed().isEmpty()) {
        where.append(
            u"(lower(%1name) LIKE ? ESCAPE '\\' OR lower(%1aliases) LIKE ? ESCAPE '\\')"_s.arg(alias));
        values << likePattern(query.name) << likePattern(query.name);
    }
    if (!query.registerNumber.trimmed().isEmpty()) {
        where.append(u"lower(%1reg_no) LIKE ? ESCAPE '\\'"_s.arg(alias));
        values << likePattern(query.registerNumber);
    }
    return where.join(u" AND "_s);
}

// The WBP the name and register number fields select, at most wbpListLimit + 1 of them.
Result<QList<qint64>> matchingWbp(const QSqlDatabase &db, const SessionQuery &query)
{
    QVariantList values;
    const QString where = wbpCondition(query, QString(), values);
    auto q = Sql::run(db, u"SELECT id FROM wbp WHERE %1 LIMIT %2"_s.arg(where).arg(wbpListLimit + 1), values);
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    return ids;
}

QString idList(const QList<qint64> &ids)
{
    QStringList texts;
    texts.reserve(ids.size());
    for (qint64 id : ids)
        texts.append(QString::number(id));
    return texts.join(u',');
}

const QString lineColumns
    = u"s.id, s.day, s.ticket, s.wbp_id, w.name, w.reg_no, s.cell, s.contact_id, c.relation, "
      "s.station, s.state, s.signed_in, s.called, s.started, s.ended, s.duration_ms, "
      "s.outcome, s.officer_id, s.amended "
      "FROM sessions s JOIN wbp w ON w.id = s.wbp_id LEFT JOIN contacts c ON c.id = s.contact_id"_s;

SessionRow rowFrom(const QSqlQuery &q)
{
    SessionRow r;
    r.id = q.value(0).toLongLong();
    r.day = q.value(1).toInt();
    r.ticket = q.value(2).toInt();
    r.wbpId = q.value(3).toLongLong();
    r.name = q.value(4).toString();
    r.registerNumber = q.value(5).toString();
    r.cell = q.value(6).toString();
    r.contactId = q.value(7).toLongLong();
    r.relation = q.value(8).toString();
    r.station = q.value(9).toInt();
    r.state = q.value(10).toInt();
    r.signedInMs = q.value(11).toLongLong();
    r.calledMs = q.value(12).toLongLong();
    r.startedMs = q.value(13).toLongLong();
    r.endedMs = q.value(14).toLongLong();
    r.durationMs = q.isNull(15) ? -1 : q.value(15).toLongLong();
    r.outcome = q.value(16).toString();
    r.officerId = q.value(17).toLongLong();
    r.amended = q.value(18).toBool();
    return r;
}

RunningCall runningCallFrom(const QSqlQuery &q)
{
    return RunningCall { q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt(),
        q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toLongLong(), {} };
}

const QString runningCallColumns = u"id, day, ticket, station, started, paused_ms, coalesce(pause_from, 0)"_s;

} // namespace

Result<QList<SessionRow>> SessionRecords::lines(const SessionQuery &query) const
{
    const QSqlDatabase db = m_logbook.database();
    QStringList where;
    QVariantList values;
    if (!query.name.trimmed().isEmpty() || !query.registerNumber.trimmed().isEmpty()) {
        auto ids = matchingWbp(db, query);
        if (!ids)
            return ids.error();
        if (ids->isEmpty())
            return QList<SessionRow>();
        if (ids->size() > wbpListLimit)
            where.append(wbpCondition(query, u"w."_s, values));
        else
            where.append(u"s.wbp_id IN ("_s + idList(*ids) + u')');
    }
    if (query.wbpId) {
        where.append(u"s.wbp_id = ?"_s);
        values << query.wbpId;
    }
    if (!query.cell.trimmed().isEmpty()) {
        where.append(u"s.cell = ?"_s);
        values << query.cell.trimmed();
    }
    if (query.fromDay) {
        where.append(u"s.day >= ?"_s);
        values << query.fromDay;
    }
    if (query.toDay) {
        where.append(u"s.day <= ?"_s);
        values << query.toDay;
    }
    if (!query.outcome.isEmpty()) {
        where.append(u"s.outcome = ?"_s);
        values << query.outcome;
        // Spelled out so the partial index of the exceptions may be used (see Schema).
        if (query.outcome != Outcome::Completed)
            where.append(u"s.outcome <> 'completed'"_s);
    }
    // An officer's lines are found by walking the days, newest first, between the first and the
    // last day a line named them: an officer serves most days of that span, so a page fills at
    // once, and no index of officers has to be kept for twenty years.
    if (query.officerId) {
        where.append(u"s.officer_id = ? AND s.day >= (SELECT first_day FROM officers WHERE id = ?) "
                     "AND s.day <= (SELECT last_day FROM officers WHERE id = ?)"_s);
        values << query.officerId << query.officerId << query.officerId;
    }
    if (query.after) {
        // Keyset paging: the next page starts after the last line read, not at an OFFSET.
        const QString before = query.newestFirst ? u"<"_s : u">"_s;
        where.append(u"(s.day %1 ? OR (s.day = ? AND s.ticket %1 ?))"_s.arg(before));
        values << query.after->first << query.after->first << query.after->second;
    }
    const QString order = query.newestFirst ? u"DESC"_s : u"ASC"_s;
    const QString sql = u"SELECT "_s + lineColumns
        + (where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s))
        + u" ORDER BY s.day %1, s.ticket %1"_s.arg(order)
        + (query.limit > 0 ? u" LIMIT %1"_s.arg(query.limit) : QString());
    auto q = Sql::run(db, sql, values);
    if (!q)
        return q.error();
    QList<SessionRow> rows;
    while (q->next())
        rows.append(rowFrom(*q));
    if (auto notes = readNotes(rows); !notes)
        return notes.error();
    return rows;
}

Result<std::optional<SessionRow>> SessionRecords::line(qint64 sessionId) const
{
    auto q = Sql::run(m_logbook.database(), u"SELECT "_s + lineColumns + u" WHERE s.id = ?"_s, { sessionId });
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<SessionRow>();
    QList<SessionRow> rows { rowFrom(*q) };
    q->finish();
    if (auto notes = readNotes(rows); !notes)
        return notes.error();
    return std::optional<SessionRow>(rows.constFirst());
}

Result<void> SessionRecords::readNotes(QList<SessionRow> &rows) const
{
    // A few hundred lines at a time: one statement each, through the notes' session index.
    constexpr qsizetype chunk = 500;
    QHash<qint64, SessionRow *> byId;
    for (SessionRow &r : rows)
        byId.insert(r.id, &r);
    for (qsizetype first = 0; first < rows.size(); first += chunk) {
        QList<qint64> ids;
        for (qsizetype i = first; i < qMin(rows.size(), first + chunk); ++i)
            ids.append(rows[i].id);
        auto q = Sql::run(m_logbook.database(),
            u"SELECT session_id, seq, kind, field, value, reason FROM session_notes "
            "WHERE session_id IN ("_s
                + idList(ids) + u") ORDER BY seq"_s);
        if (!q)
            return q.error();
        while (q->next()) {
            byId.value(q->value(0).toLongLong())
                ->notes.append({ q->value(1).toLongLong(), q->value(2).toString(), q->value(3).toString(),
                    q->value(4).toString(), q->value(5).toString() });
        }
    }
    return {};
}

Result<Queue> SessionRecords::queueOf(int day) const
{
    auto q = Sql::run(m_logbook.database(),
        u"SELECT ticket, wbp_id, cell, contact_id, state, station, recalls, retries, "
        "signed_in, order_key FROM sessions WHERE day = ? ORDER BY ticket"_s,
        { day });
    if (!q)
        return q.error();
    QList<Ticket> tickets;
    while (q->next()) {
        Ticket t;
        t.number = q->value(0).toInt();
        t.wbpId = q->value(1).toString();
        t.cell = q->value(2).toString();
        t.contactId = q->value(3).isNull() ? QString() : q->value(3).toString();
        t.state = static_cast<TicketState>(q->value(4).toInt());
        t.station = q->value(5).toInt();
        t.recalls = q->value(6).toInt();
        t.retries = q->value(7).toInt();
        t.signedInUtc = QDateTime::fromMSecsSinceEpoch(q->value(8).toLongLong(), Qt::UTC);
        t.orderKey = q->value(9).toLongLong();
        tickets.append(t);
    }
    return Queue::restore(tickets);
}

namespace {

Result<void> readExtensions(const QSqlDatabase &db, RunningCall &call)
{
    auto q = Sql::run(db,
        u"SELECT value, reason FROM session_notes WHERE session_id = ? AND kind = 'extend' "
        "ORDER BY seq"_s,
        { call.sessionId });
    if (!q)
        return q.error();
    while (q->next())
        call.extensions.append({ q->value(0).toInt(), q->value(1).toString() });
    return {};
}

} // namespace

Result<std::optional<RunningCall>> SessionRecords::runningCall(int day, int ticket) const
{
    auto q = Sql::run(m_logbook.database(),
        u"SELECT "_s + runningCallColumns
            + u" FROM sessions WHERE day = ? AND ticket = ? AND started IS NOT NULL"_s,
        { day, ticket });
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<RunningCall>();
    RunningCall call = runningCallFrom(*q);
    q->finish();
    if (auto read = readExtensions(m_logbook.database(), call); !read)
        return read.error();
    return std::optional<RunningCall>(call);
}

Result<QList<RunningCall>> SessionRecords::runningCalls() const
{
    // The state as a literal, not a bound value: only then can SQLite answer from the partial
    // index sessions_in_call instead of reading the whole book.
    static_assert(static_cast<int>(TicketState::InCall) == 2, "sessions_in_call indexes state = 2");
    auto q = Sql::run(
        m_logbook.database(), u"SELECT "_s + runningCallColumns + u" FROM sessions WHERE state = 2"_s);
    if (!q)
        return q.error();
    QList<RunningCall> calls;
    while (q->next())
        calls.append(runningCallFrom(*q));
    q->finish();
    for (RunningCall &call : calls) {
        if (auto read = readExtensions(m_logbook.database(), call); !read)
            return read.error();
    }
    return calls;
}

Result<int> SessionRecords::completedCalls(qint64 wbpId, int fromDay, int toDay) const
{
    auto n = Sql::number(m_logbook.database(),
        u"SELECT count(*) FROM sessions WHERE wbp_id = ? AND day >= ? AND day <= ? AND state = ?"_s,
        { wbpId, fromDay, toDay, static_cast<int>(TicketState::Done) });
    if (!n)
        return n.error();
    return int(*n);
}

Result<SessionRecords::Totals> SessionRecords::totals() const
{
    auto q = Sql::run(m_logbook.database(), u"SELECT count(*), count(started) FROM sessions"_s);
    if (!q)
        return q.error();
    Totals t;
    if (q->next())
        t = { q->value(0).toLongLong(), q->value(1).toLongLong() };
    return t;
}

Result<QMap<int, int>> SessionRecords::visitorsPerDay(int fromDay, int toDay) const
{
    auto q = Sql::run(m_logbook.database(),
        u"SELECT day, count(DISTINCT wbp_id) FROM sessions WHERE day >= ? AND day <= ? GROUP BY day"_s,
        { fromDay, toDay });
    if (!q)
        return q.error();
    QMap<int, int> visitors;
    while (q->next())
        visitors.insert(q->value(0).toInt(), q->value(1).toInt());
    return visitors;
}

Result<QList<Event>> SessionRecords::history(qint64 sessionId) const
{
    auto found = line(sessionId);
    if (!found)
        return found.error();
    if (!*found)
        return QList<Event>();
    const SessionRow &row = **found;
    // A line's own events lie between its sign-in and its end (with a margin for small clock
    // steps); later corrections are found through its notes.
    constexpr qint64 marginMs = 10 * 60'000;
    auto lo = m_logbook.firstSeqAtOrAfter(row.signedInMs - marginMs);
    if (!lo)
        return lo.error();
    auto hi = row.endedMs ? m_logbook.firstSeqAtOrAfter(row.endedMs + marginMs)
                          : Result<qint64>(m_logbook.lastSeq() + 1);
    if (!hi)
        return hi.error();
    auto near = m_logbook.events(*lo, *hi - 1);
    if (!near)
        return near.error();
    QList<Event> events;
    for (const Event &e : std::as_const(*near)) {
        if (e.ticket == row.ticket && e.day() == row.day)
            events.append(e);
    }
    for (const SessionNote &note : row.notes) {
        if (note.seq < *hi)
            continue;
        auto later = m_logbook.events(note.seq, note.seq);
        if (!later)
            return later.error();
        events.append(*later);
    }
    return events;
}

} // namespace kj
