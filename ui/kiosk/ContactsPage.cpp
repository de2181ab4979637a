#include "ContactsPage.h"

#include "ContactLabel.h"
#include "KioskWidgets.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kj {

ContactsPage::ContactsPage(QWidget *parent)
    : QWidget(parent)
    , m_list(new QVBoxLayout)
{
    setObjectName(u"contacts"_s);
    auto *layout = KioskStyle::pageLayout(this);
    layout->addWidget(KioskStyle::label(tr("Whom do you want to call?"), u"title"_s, this));
    m_list->setSpacing(16);
    layout->addLayout(m_list);
    layout->addStretch(1);
    auto *back = KioskStyle::button(tr("◀ Back"), u"back"_s, this, u"secondary"_s);
    connect(back, &QPushButton::clicked, this, &ContactsPage::back);
    layout->addWidget(back);
}

void ContactsPage::showContacts(const QList<Contact> &contacts)
{
    KioskStyle::clearLayout(m_list);
    for (const Contact &c : contacts) {
        auto *b = KioskStyle::button(
            kioskContactLabel(c, contacts), u"contact-"_s + QString::number(c.id), this, u"choice"_s);
        KioskStyle::setHeight(b, 96);
        connect(b, &QPushButton::clicked, this, [this, c] { emit chosen(c); });
        m_list->addWidget(b);
        b->show();
    }
}

} // namespace kj
