#pragma once

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QDate>
#include <QHash>

#include <optional>

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

// A correction of a line (an amendment event, kept in session_notes): what was wrong, the right
// value as the officer wrote it, and why.
struct LogbookCorrection
{
    QString field; // outcome, duration (minutes), station, started, ended, contact, note
    QString value;
    QString reason;
};

// One line of the visiting book as the sessions projection holds it: the original values, with
// the corrections made since, oldest first.
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
    qint64 officerId = 0; // who ended it (or called it, while not ended)
    bool amended = false;
    QList<LogbookCorrection> corrections;
    // The latest correction of a field, if any.
    std::optional<QString> corrected(const QString &field) const;
};

// The visiting book over SQLite, newest first, a page at a time (keyset paging on the
// (day, ticket) index), so a million lines open as fast as ten. A corrected value is shown in its
// column beside the original ("Selesai → Diakhiri lebih awal"), never instead of it.
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
    void readCorrections(QList<LogbookLine> &lines) const;
    QString display(const LogbookLine &line, int column) const;
    QList<qint64> matchingWbp() const;
    // The name and register-number filters as a condition on wbp columns (alias "w." or none).
    QString wbpCondition(const QString &alias, QVariantList &values) const;
    QString officerName(qint64 id) const;

    Desk &m_desk;
    LogbookFilter m_filter;
    QList<LogbookLine> m_lines;
    bool m_atEnd = false;
    int m_pages = 0;
    mutable QHash<qint64, QString> m_officerNames;
};

} // namespace kj
