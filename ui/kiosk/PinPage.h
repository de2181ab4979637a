#pragma once

#include "Desk.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace kj {

class KioskPinPad;

// The officer's way out: choose your name, enter your PIN. The window checks the PIN and tells
// the page when too many wrong PINs have closed the pad for a while.
class PinPage : public QWidget
{
    Q_OBJECT

public:
    explicit PinPage(QWidget *parent = nullptr);

    // The officers to choose from (the first chosen), an empty PIN and the instruction.
    void open(const QList<Officer> &officers);
    void showMessage(const QString &message);
    void clear();
    // While `why` is not empty the pad is closed and says why (how long); when it opens again it
    // asks for the PIN.
    void setClosed(const QString &why);

signals:
    void entered(const QString &officer, const QString &pin);
    void cancelled();

private:
    void choose(const QString &officer);
    void showInstruction();

    QString m_officer;
    bool m_closed = false;
    QLabel *m_message;
    QGridLayout *m_officers;
    KioskPinPad *m_pad;
};

} // namespace kj
