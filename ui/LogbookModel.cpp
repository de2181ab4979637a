#include "LogbookModel.h"

#include "Clock.h"
#include "Desk.h"
#include "Format.h"
#include "Projector.h"
#include "Queue.h"
#include "Reports.h"

#include <QColor>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kj {

namespace {
QString likePattern(const QString &text)
{
    QString escaped = text.trimmed();
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return u'%' + escaped + u'%';
}

// The column that shows a corrected field; -1 for the fields listed only in the tooltip.
int columnOf(const QString &field)
{
    if (field == u"outcome")
        return LogbookModel::OutcomeColumn;
    if (field == u"duration")
        return LogbookModel::DurationColumn;
    if (field == u"station")
        return LogbookModel::StationColumn;
    if (field == u"started")
        return LogbookModel::StartedColumn;
    return -1;
}
} // namespace

std::optional<QString> LogbookLine::corrected(const QString &field) const
{
    for (auto it = corrections.crbegin(); it != corrections.crend(); ++it) {
        if (it->field == field)
            return it->value;
    }
    return std::nullopt;
}

LogbookModel::LogbookModel(Desk &desk, QObject *parent)
    : QAbstractTableModel(parent)
    , m_desk(desk)
{
}

void LogbookModel::setFilter(const LogbookFilter &filter)
{
    m_filter = filter;
    reload();
}

void LogbookModel::reload()
{
    beginResetModel();
    m_lines.clear();
    m_atEnd = false;
    m_pages = 0;
    m_officerNames.clear();
    endResetModel();
    fetchMore();
}

QList<LogbookLine> LogbookModel::fetchPage() const
{
    QStringList where;
    QVariantList values;
    // Name and register number are looked up in the (small) roster first, so the sessions are
    // read through their WBP index: a search that matches nobody costs nothing.
    if (!m_filter.name.trimmed().isEmpty() || !m_filter.registerNumber.trimmed().isEmpty()) {
        const QList<qint64> ids = matchingWbp();
        if (ids.isEmpty())
            return {};
        // A common name word matches hundreds of WBP: then the newest days are walked instead,
        // which finds a page of them at once (measured on a million sessions: 19 ms vs 93 ms).
        if (ids.size() > 40) {
            where.append(wbpCondition(u"w."_s, values));
        } else {
            QStringList idTexts;
            for (qint64 id : ids)
                idTexts.append(QString::number(id));
            where.append(u"s.wbp_id IN ("_s + idTexts.join(u',') + u')');
        }
    }
    if (!m_filter.cell.trimmed().isEmpty()) {
        where.append(u"s.cell = ?"_s);
        values << m_filter.cell.trimmed();
    }
    if (m_filter.from.isValid()) {
        where.append(u"s.day >= ?"_s);
        values << Projector::dayKey(m_filter.from);
    }
    if (m_filter.to.isValid()) {
        where.append(u"s.day <= ?"_s);
        values << Projector::dayKey(m_filter.to);
    }
    if (!m_filter.outcome.isEmpty()) {
        where.append(u"s.outcome = ?"_s);
        values << m_filter.outcome;
        // Spelled out so SQLite may use the partial index of the exceptions (see Schema).
        if (m_filter.outcome != Outcome::Completed)
            where.append(u"s.outcome <> 'completed'"_s);
    }
    if (m_filter.officerId) {
        where.append(u"s.officer_id = ?"_s);
        values << m_filter.officerId;
    }
    if (!m_lines.isEmpty()) {
        // Keyset paging: the next page starts after the last line shown, not at an OFFSET.
        where.append(u"(s.day < ? OR (s.day = ? AND s.ticket < ?))"_s);
        values << m_lines.last().day << m_lines.last().day << m_lines.last().ticket;
    }
    const QString sql = u"SELECT s.id, s.day, s.ticket, w.name, w.reg_no, s.cell, s.contact_id, s.station, s.state, "
                        "s.signed_in, s.started, s.ended, s.duration_ms, s.outcome, s.officer_id, s.amended "
                        "FROM sessions s JOIN wbp w ON w.id = s.wbp_id "_s
        + (where.isEmpty() ? QString() : u"WHERE "_s + where.join(u" AND "_s))
        + u" ORDER BY s.day DESC, s.ticket DESC LIMIT %1"_s.arg(pageSize);
    QSqlQuery q(m_desk.logbook().database());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    QList<LogbookLine> lines;
    if (!q.exec()) {
        qWarning("logbook view: %s", qUtf8Printable(q.lastError().text()));
        return lines;
    }
    while (q.next()) {
        LogbookLine l;
        l.id = q.value(0).toLongLong();
        l.day = q.value(1).toInt();
        l.ticket = q.value(2).toInt();
        l.name = q.value(3).toString();
        l.registerNumber = q.value(4).toString();
        l.cell = q.value(5).toString();
        l.contactId = q.value(6).toLongLong();
        l.station = q.value(7).toInt();
        l.state = q.value(8).toInt();
        l.signedInMs = q.value(9).toLongLong();
        l.startedMs = q.value(10).toLongLong();
        l.endedMs = q.value(11).toLongLong();
        l.durationMs = q.isNull(12) ? -1 : q.value(12).toLongLong();
        l.outcome = q.value(13).toString();
        l.officerId = q.value(14).toLongLong();
        l.amended = q.value(15).toBool();
        lines.append(l);
    }
    readCorrections(lines);
    return lines;
}

void LogbookModel::readCorrections(QList<LogbookLine> &lines) const
{
    QHash<qint64, LogbookLine *> amended;
    for (LogbookLine &l : lines) {
        if (l.amended)
            amended.insert(l.id, &l);
    }
    if (amended.isEmpty())
        return;
    QStringList ids;
    for (auto it = amended.cbegin(); it != amended.cend(); ++it)
        ids.append(QString::number(it.key()));
    QSqlQuery q(m_desk.logbook().database());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT session_id, field, value, reason FROM session_notes WHERE kind = 'amend' AND session_id IN ("_s
                + ids.join(u',') + u") ORDER BY seq"_s)) {
        qWarning("logbook view: %s", qUtf8Printable(q.lastError().text()));
        return;
    }
    while (q.next())
        amended.value(q.value(0).toLongLong())->corrections.append({q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
}

QString LogbookModel::wbpCondition(const QString &alias, QVariantList &values) const
{
    QStringList where;
    if (!m_filter.name.trimmed().isEmpty()) {
        where.append(u"(%1name LIKE ? ESCAPE '\\' OR %1aliases LIKE ? ESCAPE '\\')"_s.arg(alias));
        values << likePattern(m_filter.name) << likePattern(m_filter.name);
    }
    if (!m_filter.registerNumber.trimmed().isEmpty()) {
        where.append(u"%1reg_no LIKE ? ESCAPE '\\'"_s.arg(alias));
        values << likePattern(m_filter.registerNumber);
    }
    return where.join(u" AND "_s);
}

QList<qint64> LogbookModel::matchingWbp() const
{
    QVariantList values;
    const QString where = wbpCondition(QString(), values);
    QSqlQuery q(m_desk.logbook().database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id FROM wbp WHERE "_s + where);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    QList<qint64> ids;
    if (!q.exec())
        return ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

bool LogbookModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void LogbookModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const QList<LogbookLine> page = fetchPage();
    m_atEnd = page.size() < pageSize;
    if (page.isEmpty())
        return;
    ++m_pages;
    beginInsertRows({}, int(m_lines.size()), int(m_lines.size() + page.size() - 1));
    m_lines.append(page);
    endInsertRows();
}

int LogbookModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int LogbookModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LogbookModel::outcomeLabel(const QString &outcome, int state)
{
    return Reports::outcomeLabel(outcome, state);
}

QString LogbookModel::officerName(qint64 id) const
{
    if (!id)
        return {};
    if (m_officerNames.isEmpty()) {
        for (const Officer &o : m_desk.officers(true))
            m_officerNames.insert(o.id, o.name);
    }
    return m_officerNames.value(id);
}

QString LogbookModel::correctedText(const QString &field, const QString &value)
{
    if (field == u"outcome")
        return outcomeLabel(value, 0);
    bool number = false;
    const int minutes = value.toInt(&number);
    if (field == u"duration" && number)
        return Format::duration(qint64(minutes) * 60);
    return value;
}

QString LogbookModel::fieldLabel(const QString &field)
{
    if (field == u"outcome")
        return tr("Outcome");
    if (field == u"duration")
        return tr("Duration");
    if (field == u"station")
        return tr("Station");
    if (field == u"started")
        return tr("Started");
    if (field == u"ended")
        return tr("Ended");
    if (field == u"contact")
        return tr("Family contact");
    if (field == u"note")
        return tr("Note");
    return field;
}

QVariant LogbookModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const LogbookLine &l = m_lines.at(index.row());
    if (role == Qt::ForegroundRole && l.amended)
        return QColor(0x92400e);
    if (role == Qt::ToolTipRole && l.amended) {
        QStringList lines{tr("Corrected; the original values stay in the line:")};
        for (const LogbookCorrection &c : l.corrections)
            lines.append(u"%1: %2 — %3"_s.arg(fieldLabel(c.field), correctedText(c.field, c.value), c.reason));
        return lines.join(u'\n');
    }
    if (role != Qt::DisplayRole)
        return {};
    const QString original = display(l, index.column());
    for (auto it = l.corrections.crbegin(); it != l.corrections.crend(); ++it) {
        if (columnOf(it->field) == index.column())
            return u"%1 \u2192 %2"_s.arg(original.isEmpty() ? u"\u2013"_s : original, correctedText(it->field, it->value));
    }
    return original;
}

QString LogbookModel::display(const LogbookLine &l, int column) const
{
    const Schedule &schedule = m_desk.schedule();
    switch (column) {
    case DateColumn: return Format::shortDate(Projector::dayFromKey(l.day));
    case TicketColumn: return Queue::ticketLabel(l.ticket);
    case NameColumn: return l.name;
    case RegisterColumn: return l.registerNumber;
    case CellColumn: return l.cell;
    case StationColumn: return l.station ? QString::number(l.station) : QString();
    case StartedColumn:
        return l.startedMs ? Format::time(schedule.toLocal(QDateTime::fromMSecsSinceEpoch(l.startedMs, Qt::UTC)).time())
                           : QString();
    case DurationColumn: return l.durationMs >= 0 ? Format::duration((l.durationMs + 500) / 1000) : QString();
    case OutcomeColumn: return outcomeLabel(l.outcome, l.state);
    case OfficerColumn: return officerName(l.officerId);
    case CorrectedColumn: {
        if (!l.amended)
            return {};
        const auto note = l.corrected(u"note"_s);
        return note ? tr("corrected: %1").arg(*note) : tr("corrected");
    }
    default: return {};
    }
}

QVariant LogbookModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn: return tr("Date");
    case TicketColumn: return tr("Ticket");
    case NameColumn: return tr("Name");
    case RegisterColumn: return tr("Register no.");
    case CellColumn: return tr("Cell");
    case StationColumn: return tr("Station");
    case StartedColumn: return tr("Started");
    case DurationColumn: return tr("Duration");
    case OutcomeColumn: return tr("Outcome");
    case OfficerColumn: return tr("Officer");
    case CorrectedColumn: return tr("Correction");
    default: return {};
    }
}

} // namespace kj
