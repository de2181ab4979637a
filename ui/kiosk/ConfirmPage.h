#pragma once

#include "Desk.h"

#include <QWidget>

class QLabel;

namespace kj {

// Is this right: the WBP and the family contact chosen, "yes, sign me in" or start again.
class ConfirmPage : public QWidget
{
    Q_OBJECT

public:
    explicit ConfirmPage(QWidget *parent = nullptr);

    // The contact as the kiosk names it (kioskContactLabel).
    void showSignIn(const Wbp &person, const QString &contact);

signals:
    void confirmed();
    void back();

private:
    QLabel *m_name;
    QLabel *m_details;
};

} // namespace kj
