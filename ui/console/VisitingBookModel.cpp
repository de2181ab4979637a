#include "VisitingBookModel.h"

#include "Amendment.h"
#include "Desk.h"
#include "Format.h"
#include "Labels.h"
#include "Queue.h"

#include <QColor>

using namespace Qt::StringLiterals;

namespace kj {

namespace {
// The field a column shows, when a correction of it shows there; empty for the others (their
// corrections are listed in the tooltip).
QString fieldOf(int column)
{
    switch (column) {
    case VisitingBookModel::OutcomeColumn:
        return Amendment::Outcome;
    case VisitingBookModel::DurationColumn:
        return Amendment::Duration;
    case VisitingBookModel::StationColumn:
        return Amendment::Station;
    case VisitingBookModel::StartedColumn:
        return Amendment::Started;
    default:
        return {};
    }
}
} // namespace

VisitingBookModel::VisitingBookModel(Desk &desk, QObject *parent)
    : QAbstractTableModel(parent)
    , m_desk(desk)
{ }

void VisitingBookModel::setFilter(const VisitingBook::Filter &filter)
{
    m_filter = filter;
    reload();
}

void VisitingBookModel::reload()
{
    beginResetModel();
    m_lines.clear();
    m_atEnd = false;
    m_pages = 0;
    endResetModel();
    fetchMore();
}

QList<BookLine> VisitingBookModel::fetchPage() const
{
    auto page = VisitingBook::page(m_desk, m_filter, m_lines.isEmpty() ? nullptr : &m_lines.last());
    if (!page) {
        qWarning("visiting book: %s", qUtf8Printable(page.error().detail));
        return {};
    }
    return *page;
}

bool VisitingBookModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void VisitingBookModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const QList<BookLine> page = fetchPage();
    m_atEnd = page.size() < pageSize;
    if (page.isEmpty())
        return;
    ++m_pages;
    beginInsertRows({}, int(m_lines.size()), int(m_lines.size() + page.size() - 1));
    m_lines.append(page);
    endInsertRows();
}

int VisitingBookModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int VisitingBookModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VisitingBookModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const BookLine &l = m_lines.at(index.row());
    if (role == Qt::ForegroundRole && l.isCorrected())
        return QColor(0x92400e);
    if (role == Qt::ToolTipRole && l.isCorrected()) {
        QStringList lines { tr("Corrected; the original values stay in the line:") };
        for (const Correction &c : l.corrections)
            lines.append(u"%1: %2 — %3"_s.arg(
                Labels::field(c.field), BookLines::valueText(c.field, c.value), c.reason));
        return lines.join(u'\n');
    }
    if (role != Qt::DisplayRole)
        return {};
    // A corrected field shows what the line said first and what it says now.
    const QString field = fieldOf(index.column());
    if (const Correction *latest = field.isEmpty() ? nullptr : l.latest(field)) {
        const auto first = std::find_if(l.corrections.cbegin(), l.corrections.cend(),
            [&](const Correction &c) { return c.field == field; });
        return u"%1 \u2192 %2"_s.arg(first->original.isEmpty() ? u"\u2013"_s : first->original,
            BookLines::valueText(field, latest->value));
    }
    return display(l, index.column());
}

QString VisitingBookModel::display(const BookLine &l, int column) const
{
    const QTimeZone zone = m_desk.schedule().zone();
    switch (column) {
    case DateColumn:
        return Format::shortDate(l.date());
    case TicketColumn:
        return Queue::ticketLabel(l.ticket);
    case NameColumn:
        return l.name;
    case RegisterNumberColumn:
        return l.registerNumber;
    case CellColumn:
        return l.cell;
    case StationColumn:
        return l.stationName;
    case StartedColumn:
        return BookLines::fieldText(l, Amendment::Started, zone);
    case DurationColumn:
        return BookLines::fieldText(l, Amendment::Duration, zone);
    case OutcomeColumn:
        return Labels::outcome(l.outcome, int(l.state));
    case OfficerColumn:
        return l.officer;
    case CorrectedColumn: {
        if (!l.isCorrected())
            return {};
        const Correction *note = l.latest(Amendment::Note);
        return note ? tr("corrected: %1").arg(note->value) : tr("corrected");
    }
    default:
        return {};
    }
}

QVariant VisitingBookModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TicketColumn:
        return tr("Ticket");
    case NameColumn:
        return tr("Name");
    case RegisterNumberColumn:
        return tr("Register no.");
    case CellColumn:
        return tr("Cell");
    case StationColumn:
        return tr("Station");
    case StartedColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    case OutcomeColumn:
        return tr("Outcome");
    case OfficerColumn:
        return tr("Officer");
    case CorrectedColumn:
        return tr("Correction");
    default:
        return {};
    }
}

} // namespace kj
