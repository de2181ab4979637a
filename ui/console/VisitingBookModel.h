#pragma once

#include "VisitingBook.h"

#include <QAbstractTableModel>
#include <QCoreApplication>

namespace kj {

class Desk;

// The visiting book, newest first, a page at a time (keyset paging on the (day, ticket) index), so
// a million lines open as fast as ten. A corrected value is shown in its
// column beside the original ("Selesai → Diakhiri lebih awal"), never instead of it.
class VisitingBookModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        TicketColumn,
        NameColumn,
        RegisterNumberColumn,
        CellColumn,
        StationColumn,
        StartedColumn,
        DurationColumn,
        OutcomeColumn,
        OfficerColumn,
        CorrectedColumn,
        ColumnCount
    };
    static constexpr int pageSize = VisitingBook::pageSize;

    explicit VisitingBookModel(Desk &desk, QObject *parent = nullptr);

    void setFilter(const VisitingBook::Filter &filter);
    const VisitingBook::Filter &filter() const { return m_filter; }
    // Reads again from the first page (after a change).
    void reload();
    const BookLine &line(int row) const { return m_lines.at(row); }
    int pagesLoaded() const { return m_pages; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

private:
    QList<BookLine> fetchPage() const;
    QString display(const BookLine &line, int column) const;

    Desk &m_desk;
    VisitingBook::Filter m_filter;
    QList<BookLine> m_lines;
    bool m_atEnd = false;
    int m_pages = 0;
};

} // namespace kj
