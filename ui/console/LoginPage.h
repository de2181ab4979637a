#pragma once

#include "Desk.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kj {

// The lock screen: an officer signs in with a PIN. On an empty database it asks for the first
// admin instead. In demo mode it shows the demo officer and PIN, with that officer chosen.
class LoginPage : public QWidget
{
    Q_OBJECT

public:
    // demoOfficer: the officer the demo hint names, chosen in the list (empty outside the demo).
    LoginPage(
        Desk &desk, const QString &demoHint, const QString &demoOfficer = {}, QWidget *parent = nullptr);

    // Re-reads the officers (the first-run form shows while there are none) and clears the PIN.
    void reset();
    bool isCreatingAdmin() const { return m_creating; }
    // What the button does with the fields; false with the reason shown on the page.
    bool submit(const QString &name, const QString &pin, const QString &pinAgain = {});
    QString errorText() const;
    // The officer chosen in the list.
    QString chosenOfficer() const;
    QString lastReason() const { return m_lastReason; }

signals:
    void loggedIn(const kj::Officer &officer);

private:
    void showError(const Error &error);

    Desk &m_desk;
    QString m_demoOfficer;
    bool m_creating = false;
    QString m_lastReason;
    QLabel *m_place; // the facility, the service and today's date, so the desk PC says where it is
    QLabel *m_heading;
    QLabel *m_hint;
    QComboBox *m_name;
    QLineEdit *m_newName;
    QLineEdit *m_pin;
    QLineEdit *m_pinAgain;
    QLabel *m_pinAgainLabel;
    QLabel *m_error;
    QPushButton *m_submit;
};

} // namespace kj
