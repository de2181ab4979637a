#pragma once

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QDate>
#include <QHash>

namespace kj {

class Desk;

// What the visiting book is searched by; empty fields do not filter.
struct LogbookFilter
{
    QString name;           // part of the WBP's name or alias
    QString registerNumber; // part of the register number
    QString cell;           // exact
    QDate from;
    QDate to;
    QString outcome;        // Outcome key, or "no-show", "no-answer", "cancelled"
    qint64 officerId = 0;
};

// One line of the visiting book as the sessions projection holds it (the original, never the
// corrected value: corrections are listed beside it).
struct LogbookLine
{
    qint64 id = 0;
    int day = 0; // yyyymmdd
    int ticket = 0;
    QString name;
    QString registerNumber;
    QString cell;
    qint64 contactId = 0;
    int station = 0;
    int state = 0;
    qint64 signedInMs = 0;
    qint64 startedMs = 0; // 0 = not started
    qint64 endedMs = 0;
    qint64 durationMs = -1; // -1 = unknown
    QString outcome;
    qint64 officerId = 0;
    bool amended = false;
};

// The visiting book over SQLite, newest first, a page at a time (keyset paging on the
// (day, ticket) index), so a million lines open as fast as ten.
class LogbookModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, TicketColumn, NameColumn, RegisterColumn, CellColumn, StationColumn, StartedColumn,
                  DurationColumn, OutcomeColumn, OfficerColumn, CorrectedColumn, ColumnCount };
    static constexpr int pageSize = 100;

    explicit LogbookModel(Desk &desk, QObject *parent = nullptr);

    void setFilter(const LogbookFilter &filter);
    const LogbookFilter &filter() const { return m_filter; }
    // Reads again from the first page (after a change).
    void reload();
    const LogbookLine &line(int row) const { return m_lines.at(row); }
    int pagesLoaded() const { return m_pages; }

    static QString outcomeLabel(const QString &outcome, int state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

private:
    QList<LogbookLine> fetchPage() const;
    QList<qint64> matchingWbp() const;
    QString officerName(qint64 id) const;

    Desk &m_desk;
    LogbookFilter m_filter;
    QList<LogbookLine> m_lines;
    bool m_atEnd = false;
    int m_pages = 0;
    mutable QHash<qint64, QString> m_officerNames;
};

} // namespace kj
