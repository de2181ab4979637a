#pragma once

#include "Desk.h"

#include <QList>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <optional>

class QFrame;
class QGridLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace kj {

class KioskKeyboard;
class KioskPinPad;

// The WBP's touchscreen: welcome with the "now calling" board, sign-in (cell → name → contact →
// confirm → ticket), refusals, the service standard and the satisfaction survey. Locked down:
// close, Alt+F4 and Escape do nothing; an officer leaves by holding the top-left corner, then
// entering a PIN. After 30 s without a touch it returns to the welcome screen.
class KioskWindow : public QWidget
{
    Q_OBJECT

public:
    static constexpr qint64 idleMs = 30'000;
    static constexpr qint64 longPressMs = 3'000;

    explicit KioskWindow(Desk &desk, QWidget *parent = nullptr);
    ~KioskWindow() override;

    // Where the kiosk is: "welcome", "names", "contacts", "confirm", "ticket", "refusal", "info",
    // "survey", "thanks" or "pin".
    QString page() const;
    QString refusalReason() const { return m_refusal.reason; }
    QString refusalMessage() const { return m_refusal.message; }
    // The "now calling" board, one line per booth: "A-003 · Budi Santoso · <booth>".
    QStringList board() const { return m_boardLines; }
    // The ticket the ticket screen shows, and its estimated wait.
    std::optional<Ticket> ticket() const { return m_ticket; }
    qint64 estimatedWaitSeconds() const { return m_waitSeconds; }

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
    QWidget *buildWelcome();
    QWidget *buildNames();
    QWidget *buildContacts();
    QWidget *buildConfirm();
    QWidget *buildTicket();
    QWidget *buildRefusal();
    QWidget *buildInfo();
    QWidget *buildSurvey();
    QWidget *buildThanks();
    QWidget *buildPin();

    void goHome();
    void showPage(QWidget *page);
    void refreshWelcome();
    void refreshBoard();
    void refreshClock();
    void startCell(const QString &cell);
    void startSearch();
    void refreshNames();
    void setKeyboardVisible(bool visible);
    void chooseWbp(const Wbp &person);
    void chooseContact(const Contact &contact);
    void confirm();
    void refreshTicket();
    void refuse(const Error &error);
    void showInfo(const QString &key);
    void startSurvey();
    void showSurveyItem();
    void answerSurvey(int answer);
    void openPin();
    void tryPin(const QString &pin);

    Desk &m_desk;
    QTimer m_timer;
    qint64 m_lastTouchMs = 0;
    std::optional<qint64> m_cornerPressedMs;
    bool m_unlocked = false;

    // The half-done sign-in, forgotten on the way home.
    QString m_cell; // empty = search the whole roster
    QString m_search;
    int m_namesPage = 0;
    std::optional<Wbp> m_wbp;
    std::optional<Contact> m_contact;
    std::optional<Ticket> m_ticket;
    qint64 m_waitSeconds = 0;
    Error m_refusal;
    QList<int> m_surveyAnswers;
    QString m_pinOfficer;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_clockLabel = nullptr;
    QPushButton *m_corner = nullptr;

    QWidget *m_welcome = nullptr;
    QLabel *m_date = nullptr;
    QLabel *m_today = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_cellPrompt = nullptr;
    QGridLayout *m_cellGrid = nullptr;
    QStringList m_cellButtonsFor;
    QGridLayout *m_boardGrid = nullptr;
    QLabel *m_boardFoot = nullptr;
    QStringList m_boardLines;
    QString m_clockMinute;

    QWidget *m_names = nullptr;
    QLabel *m_namesTitle = nullptr;
    QLabel *m_searchLabel = nullptr;
    QPushButton *m_searchToggle = nullptr;
    QGridLayout *m_namesGrid = nullptr;
    QLabel *m_noMatch = nullptr;
    QLabel *m_pageLabel = nullptr;
    QPushButton *m_prev = nullptr;
    QPushButton *m_next = nullptr;
    KioskKeyboard *m_keyboard = nullptr;

    QWidget *m_contacts = nullptr;
    QVBoxLayout *m_contactList = nullptr;

    QWidget *m_confirm = nullptr;
    QLabel *m_confirmName = nullptr;
    QLabel *m_confirmDetails = nullptr;

    QWidget *m_ticketPage = nullptr;
    QLabel *m_ticketNumber = nullptr;
    QLabel *m_ticketPlace = nullptr;
    QLabel *m_ticketWait = nullptr;
    QLabel *m_ticketService = nullptr;

    QWidget *m_refusalPage = nullptr;
    QLabel *m_refusalText = nullptr;
    QLabel *m_refusalHint = nullptr;

    QWidget *m_info = nullptr;
    QLabel *m_infoTitle = nullptr;
    QLabel *m_infoText = nullptr;

    QWidget *m_survey = nullptr;
    QLabel *m_surveyProgress = nullptr;
    QLabel *m_surveyQuestion = nullptr;
    QList<QPushButton *> m_surveyButtons;

    QWidget *m_thanks = nullptr;

    QWidget *m_pin = nullptr;
    QGridLayout *m_pinOfficers = nullptr;
    QLabel *m_pinMessage = nullptr;
    KioskPinPad *m_pinPad = nullptr;
};

} // namespace kj
