#pragma once

#include <QGraphicsView>

class QGraphicsProxyWidget;

namespace kj {

class KioskWindow;

// The kiosk as the demo shows it on the desk's own screen: the real kiosk window, laid out at the
// touchscreen's 1280×800 and scaled down into a window in the desk's lower right corner, so the
// station cards and the queue stay in sight and the whole kiosk fits the screen. Clicks reach the
// kiosk as taps; it closes only as the kiosk does (an officer's PIN).
class KioskPreview : public QGraphicsView
{
    Q_OBJECT

public:
    static constexpr QSize kioskSize { 1280, 800 };

    explicit KioskPreview(KioskWindow *kiosk, QWidget *parent = nullptr); // takes the kiosk
    ~KioskPreview() override;

    KioskWindow *kiosk() const { return m_kiosk; }
    // Sizes and places the window in the lower right of a screen's available area: a bit less
    // than half its width, above the bottom edge.
    void placeOn(const QRect &available);
    // How much the kiosk is scaled down (1 = its own size).
    qreal scaleFactor() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    KioskWindow *m_kiosk;
    QGraphicsProxyWidget *m_proxy;
};

} // namespace kj
