#include "LogbookModel.h"

#include "Clock.h"
#include "DayKey.h"
#include "Desk.h"
#include "Format.h"
#include "Projector.h"
#include "Queue.h"
#include "Reports.h"

#include <QColor>

using namespace Qt::StringLiterals;

namespace kj {

namespace {
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
    auto page = VisitingBook::page(m_desk.logbook().database(), m_filter, m_lines.isEmpty() ? nullptr : &m_lines.last());
    if (!page) {
        qWarning("visiting book: %s", qUtf8Printable(page.error().detail));
        return {};
    }
    return *page;
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
    if (const auto minutes = Desk::correctedMinutes(value); field == u"duration" && minutes)
        return Format::duration(qRound64(*minutes * 60));
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
    case DateColumn: return Format::shortDate(dayFromKey(l.day));
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
