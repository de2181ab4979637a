#pragma once

#include "VisitingBook.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QHash>

namespace kj {

class Desk;

// The visiting book over SQLite, newest first, a page at a time (keyset paging on the
// (day, ticket) index), so a million lines open as fast as ten. A corrected value is shown in its
// column beside the original ("Selesai → Diakhiri lebih awal"), never instead of it.
class LogbookModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, TicketColumn, NameColumn, RegisterColumn, CellColumn, StationColumn, StartedColumn,
                  DurationColumn, OutcomeColumn, OfficerColumn, CorrectedColumn, ColumnCount };
    static constexpr int pageSize = VisitingBook::pageSize;

    explicit LogbookModel(Desk &desk, QObject *parent = nullptr);

    void setFilter(const LogbookFilter &filter);
    const LogbookFilter &filter() const { return m_filter; }
    // Reads again from the first page (after a change).
    void reload();
    const LogbookLine &line(int row) const { return m_lines.at(row); }
    int pagesLoaded() const { return m_pages; }

    static QString outcomeLabel(const QString &outcome, int state);
    // A corrected value as shown: an outcome by its label, a duration in minutes as a duration.
    static QString correctedText(const QString &field, const QString &value);
    static QString fieldLabel(const QString &field);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

private:
    QList<LogbookLine> fetchPage() const;
    QString display(const LogbookLine &line, int column) const;
    // The name and register-number filters as a condition on wbp columns (alias "w." or none).
    QString officerName(qint64 id) const;

    Desk &m_desk;
    LogbookFilter m_filter;
    QList<LogbookLine> m_lines;
    bool m_atEnd = false;
    int m_pages = 0;
    mutable QHash<qint64, QString> m_officerNames;
};

} // namespace kj
