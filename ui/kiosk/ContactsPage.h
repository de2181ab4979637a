#pragma once

#include "Desk.h"

#include <QWidget>

class QVBoxLayout;

namespace kj {

// Whom do you want to call: a WBP's approved family contacts, a button each.
class ContactsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ContactsPage(QWidget *parent = nullptr);

    void showContacts(const QList<Contact> &contacts);

signals:
    void chosen(const kj::Contact &contact);
    void back();

private:
    QVBoxLayout *m_list;
};

} // namespace kj
