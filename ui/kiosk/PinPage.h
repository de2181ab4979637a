#pragma once

#include "Desk.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace kj {

class KioskPinPad;

// The officer's way out: choose your name, enter your PIN. The window checks the PIN.
class PinPage : public QWidget
{
    Q_OBJECT

public:
    explicit PinPage(QWidget *parent = nullptr);

    // The officers to choose from (the first chosen), an empty PIN and the instruction.
    void open(const QList<Officer> &officers);
    void showMessage(const QString &message);
    void clear();

signals:
    void entered(const QString &officer, const QString &pin);
    void cancelled();

private:
    void choose(const QString &officer);

    QString m_officer;
    QLabel *m_message;
    QGridLayout *m_officers;
    KioskPinPad *m_pad;
};

} // namespace kj
