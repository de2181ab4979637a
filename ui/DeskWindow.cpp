#include "DeskWindow.h"

#include "Desk.h"
#include "QueueView.h"
#include "TodayView.h"

#include <QLabel>
#include <QVBoxLayout>

namespace kj {

DeskWindow::DeskWindow(Desk &desk, const QString &demoNote, QWidget *parent)
    : QMainWindow(parent)
    , m_desk(desk)
    , m_today(new TodayView(desk.schedule(), desk.clock()))
    , m_queue(new QueueView(desk))
{
    setWindowTitle(tr("Kunjungan — Visiting desk"));
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    if (!demoNote.isEmpty()) {
        auto *banner = new QLabel(demoNote);
        banner->setStyleSheet(QStringLiteral("background:#b45309;color:white;font-weight:bold;padding:6px;"));
        layout->addWidget(banner);
    }
    layout->addWidget(m_today);
    layout->addWidget(m_queue, 1);
    setCentralWidget(central);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        m_today->refresh();
        m_queue->refresh();
    });
    m_tick.start(1000);
}

} // namespace kj
