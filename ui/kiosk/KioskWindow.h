#pragma once

#include "Desk.h"

#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QStackedWidget;

namespace kj {

class ConfirmPage;
class ContactsPage;
class InfoPage;
class NamesPage;
class OfflinePage;
class PinPage;
class RefusalPage;
class SurveyPage;
class ThanksPage;
class TicketPage;
class WelcomePage;

// The WBP's touchscreen: a router between small pages — welcome with the "now calling" board,
// sign-in (cell → name → contact → confirm → ticket), refusals, the service standard and the
// satisfaction survey, and "not connected" while the server is away. The window holds what they share: the
// header and its clock, the way back to welcome after 30 s without a touch, the live board, and the
// lock-down: close, Alt+F4 and Escape do nothing; an officer leaves by holding the top-left corner, then
// entering a PIN.
class KioskWindow : public QWidget
{
    Q_OBJECT

public:
    static constexpr qint64 idleMs = 30'000;
    static constexpr qint64 longPressMs = 3'000;

    explicit KioskWindow(Desk &desk, QWidget *parent = nullptr);
    ~KioskWindow() override;

    // Where the kiosk is: "welcome", "names", "contacts", "confirm", "ticket", "refusal", "info",
    // "survey", "thanks", "pin", or "offline" while the logbook's server does not answer.
    QString page() const;
    QString refusalReason() const;
    QString refusalMessage() const;
    // The "now calling" board, one line per booth: "A-003 · Budi Santoso · <booth>".
    QStringList board() const;
    // The ticket the ticket screen shows, and its estimated wait.
    std::optional<Ticket> ticket() const;
    qint64 estimatedWaitSeconds() const;

public slots:
    // Runs every 250 ms from a timer; tests call it after moving the clock. Returns to the
    // welcome screen after idleMs, opens the PIN pad after a long press, updates the clock.
    void tick();

signals:
    // An officer entered a valid PIN; the window closes right after.
    void officerExit(const kj::Officer &officer);

protected:
    void closeEvent(QCloseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildHeader();
    void connectPages();
    // To the welcome page, forgetting any half-done sign-in; to the "not connected" page instead
    // while the logbook's server does not answer.
    void goHome();
    void route(QWidget *page);
    void refreshClock();
    void startCell(const QString &cell);
    void chooseWbp(const Wbp &person);
    void chooseContact(const Contact &contact);
    void confirm();
    void refuse(const Error &error);
    void openPin();
    void refreshPinLockout();
    void tryPin(const QString &officer, const QString &pin);

    Desk &m_desk;
    QTimer m_timer;
    qint64 m_lastTouchMs = 0;
    std::optional<qint64> m_cornerPressedMs;
    bool m_unlocked = false;
    QString m_clockMinute;

    // The half-done sign-in, forgotten on the way home.
    std::optional<Wbp> m_wbp;
    QList<Contact> m_approved; // the WBP's contacts to choose from
    std::optional<Contact> m_contact;

    QLabel *m_clockLabel = nullptr;
    QStackedWidget *m_pages;
    WelcomePage *m_welcome;
    NamesPage *m_names;
    ContactsPage *m_contacts;
    ConfirmPage *m_confirm;
    TicketPage *m_ticket;
    RefusalPage *m_refusal;
    InfoPage *m_info;
    SurveyPage *m_survey;
    ThanksPage *m_thanks;
    PinPage *m_pin;
    OfflinePage *m_offline;
};

} // namespace kj
