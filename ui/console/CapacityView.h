#pragma once

#include "CapacityPlan.h"

#include <QDate>
#include <QWidget>

class QChart;
class QDateEdit;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace kj {

class Desk;

// Perencanaan kapasitas: for a date, how many stations the day needs so that every WBP expected can
// call (from the roster of the day's cells, the windows, the call length and the turnout seen in
// the history), and the day played out on the stations. Turnout, call length, turnaround and
// stations can be changed to try other days.
class CapacityView : public QWidget
{
    Q_OBJECT

public:
    explicit CapacityView(Desk &desk, QWidget *parent = nullptr);

    // Reads the date's cells, roster and turnout again, then plans.
    void setDate(QDate date);
    QDate date() const;
    void refresh();

    void setTurnoutPercent(int percent);
    void setCallMinutes(int minutes);
    void setTurnaroundSeconds(int seconds);
    void setStations(int stations);

    const CapacityInput &input() const { return m_input; }
    const CapacityPlan &plan() const { return m_plan; }
    QString verdictText() const;
    QString detailsText() const;
    // The simulated day as shown: one row per station and window.
    QList<QStringList> rows() const;
    // WBP served and not served with 1, 2, … stations, as the chart shows them.
    QList<std::pair<int, int>> byStationCount() const;

private:
    void replan();

    Desk &m_desk;
    CapacityInput m_input;
    CapacityPlan m_plan;
    QDateEdit *m_date;
    QLabel *m_day;
    QSpinBox *m_turnout;
    QLabel *m_turnoutSeen;
    QSpinBox *m_callMinutes;
    QSpinBox *m_turnaround;
    QSpinBox *m_stations;
    QLabel *m_verdict;
    QLabel *m_details;
    QTableWidget *m_table;
    QChart *m_chart;
    bool m_loading = false;
};

} // namespace kj
