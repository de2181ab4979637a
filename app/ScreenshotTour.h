#pragma once

#include "ConsoleWindow.h"

#include <QSize>
#include <QString>

class QWidget;

namespace kj {

class Desk;
class KioskWindow;

// `kunjungan --screenshots FOLDER`, for people without a display (CI, a server) and for looking at
// every screen before a release: each page of the desk at 1366×768 and the kiosk's pages at
// 1280×800 (open, names, a refusal, the service information, the survey, closed), and the whole
// screen, as PNG files; then a ".done" file.
class ScreenshotTour
{
public:
    static constexpr QSize deskSize { 1366, 768 };

    ScreenshotTour(Desk &desk, ConsoleWindow &console, KioskWindow *kiosk);
    void save(const QString &folder);

private:
    void shot(QWidget &window, const QString &name);
    // Shows a page of the desk and saves it as `name`.
    void shotOfPage(ConsoleWindow::Page page, const QString &name);
    void tourDesk();
    void tourKiosk();
    void tap(const QString &button);
    void type(const QString &text);
    void saveClosedKiosk();

    Desk &m_desk;
    ConsoleWindow &m_console;
    KioskWindow *m_kiosk;
    QString m_folder;
};

} // namespace kj
