#include "KioskPreview.h"

#include "KioskWindow.h"

#include <QCloseEvent>
#include <QGraphicsProxyWidget>
#include <QGraphicsScene>

namespace kj {

namespace {
// The share of the screen's width the preview takes: the desk's cards and the queue's first
// columns stay uncovered at 1366×768.
constexpr qreal widthShare = 0.42;
} // namespace

KioskPreview::KioskPreview(KioskWindow *kiosk, QWidget *parent)
    : QGraphicsView(parent)
    , m_kiosk(kiosk)
{
    setWindowTitle(kiosk->windowTitle());
    setScene(new QGraphicsScene(this));
    kiosk->resize(kioskSize);
    m_proxy = scene()->addWidget(kiosk);
    m_proxy->setWindowFlags(Qt::Widget); // drawn as the page it is, without a frame of its own
    scene()->setSceneRect(m_proxy->boundingRect());
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setBackgroundBrush(Qt::black);
    connect(kiosk, &KioskWindow::officerExit, this, &QWidget::close);
}

KioskPreview::~KioskPreview() = default; // the scene deletes the proxy, the proxy the kiosk

void KioskPreview::placeOn(const QRect &available)
{
    // Room for what a window manager adds around a window: its title bar above, a border around.
    constexpr int titleBar = 32;
    constexpr int border = 8;
    const int width = int(available.width() * widthShare);
    const int height = width * kioskSize.height() / kioskSize.width();
    resize(width, height);
    move(available.right() + 1 - width - border, available.bottom() + 1 - height - titleBar - border);
}

qreal KioskPreview::scaleFactor() const
{
    return transform().m11();
}

void KioskPreview::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fitInView(m_proxy, Qt::KeepAspectRatio);
}

void KioskPreview::closeEvent(QCloseEvent *event)
{
    // The kiosk decides: only an officer's PIN lets it (and so this window) close.
    if (m_kiosk->isVisible() && !m_kiosk->close())
        event->ignore();
    else
        event->accept();
}

} // namespace kj
