#pragma once

#include "Result.h"

#include <QWidget>

class QLabel;

namespace kj {

// Why the WBP cannot sign in now (the Desk's own message, but never a restriction's reason) and
// what to do about it at the kiosk.
class RefusalPage : public QWidget
{
    Q_OBJECT

public:
    explicit RefusalPage(QWidget *parent = nullptr);

    void showRefusal(const Error &error);
    // The refusal as the page shows it.
    const Error &refusal() const { return m_refusal; }
    void reset() { m_refusal = Error {}; }

signals:
    void home();

private:
    Error m_refusal;
    QLabel *m_title;
    QLabel *m_text;
    QLabel *m_hint;
};

} // namespace kj
