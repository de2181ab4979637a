#include "ThanksPage.h"

#include "KioskWidgets.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kj {

ThanksPage::ThanksPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"thanks"_s);
    auto *layout = KioskStyle::pageLayout(this);
    layout->addStretch(1);
    auto *title = KioskStyle::label(tr("Thank you for your answers."), u"title"_s, this);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    layout->addStretch(1);
    auto *start = KioskStyle::button(tr("Back to the start"), u"home"_s, this);
    connect(start, &QPushButton::clicked, this, &ThanksPage::home);
    layout->addWidget(start);
}

} // namespace kj
