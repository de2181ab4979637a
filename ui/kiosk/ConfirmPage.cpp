#include "ConfirmPage.h"

#include "KioskWidgets.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kj {

ConfirmPage::ConfirmPage(QWidget *parent)
    : QWidget(parent)
    , m_name(KioskStyle::label(QString(), u"title"_s, this))
    , m_details(KioskStyle::label(QString(), u"body"_s, this))
{
    setObjectName(u"confirm"_s);
    auto *layout = KioskStyle::pageLayout(this);
    layout->addWidget(KioskStyle::label(tr("Is this right?"), u"title"_s, this));
    layout->addWidget(m_name);
    layout->addWidget(m_details);
    layout->addStretch(1);
    auto *row = new QHBoxLayout;
    row->setSpacing(24);
    auto *back = KioskStyle::button(tr("◀ No, start again"), u"back"_s, this, u"secondary"_s);
    auto *ok = KioskStyle::button(tr("Yes, sign me in"), u"confirm-yes"_s, this);
    KioskStyle::setHeight(ok, 120);
    KioskStyle::setHeight(back, 120);
    connect(back, &QPushButton::clicked, this, &ConfirmPage::back);
    connect(ok, &QPushButton::clicked, this, &ConfirmPage::confirmed);
    row->addWidget(back, 1);
    row->addWidget(ok, 2);
    layout->addLayout(row);
}

void ConfirmPage::showSignIn(const Wbp &person, const QString &contact)
{
    m_name->setText(person.name);
    m_details->setText(tr("Cell %1 · register number %2").arg(person.cell, person.registerNumber) + u"\n\n"_s
        + tr("Video call to: %1").arg(contact));
}

} // namespace kj
