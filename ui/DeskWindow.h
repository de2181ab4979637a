#pragma once

#include <QMainWindow>
#include <QTimer>

namespace kj {

class Desk;
class QueueView;
class TodayView;

// The visiting desk's main window: the day at a glance and today's queue.
class DeskWindow : public QMainWindow
{
    Q_OBJECT

public:
    // demoNote: shown as a banner when the clock is simulated (demo mode); empty otherwise.
    DeskWindow(Desk &desk, const QString &demoNote, QWidget *parent = nullptr);

private:
    Desk &m_desk;
    TodayView *m_today;
    QueueView *m_queue;
    QTimer m_tick;
};

} // namespace kj
