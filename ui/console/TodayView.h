#pragma once

#include <QWidget>

class QLabel;

namespace kj {

class Clock;
class Schedule;

// The day at a glance: date, today's cells and windows, open or closed and when that changes.
class TodayView : public QWidget
{
    Q_OBJECT

public:
    TodayView(const Schedule &schedule, const Clock &clock, QWidget *parent = nullptr);

    // Re-reads the clock; the owner calls it on its tick.
    void refresh();
    QString headline() const;
    QString status() const;

private:
    const Schedule &m_schedule;
    const Clock &m_clock;
    QLabel *m_headline;
    QLabel *m_status;
};

} // namespace kj
