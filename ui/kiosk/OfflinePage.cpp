#include "OfflinePage.h"

#include "KioskWidgets.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kj {

OfflinePage::OfflinePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"offline"_s);
    auto *layout = KioskStyle::pageLayout(this);
    layout->addStretch(1);
    auto *title = KioskStyle::label(tr("The sign-in service is not connected right now."), u"title"_s, this);
    title->setObjectName(u"offline-title"_s);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    auto *ask = KioskStyle::label(tr("Please tell an officer."), u"title"_s, this);
    ask->setAlignment(Qt::AlignCenter);
    layout->addWidget(ask);
    auto *note = KioskStyle::label(
        tr("Nobody was signed in halfway. This screen goes back to the start by itself when the "
           "service is connected again."),
        u"body"_s, this);
    note->setAlignment(Qt::AlignCenter);
    layout->addWidget(note);
    layout->addStretch(1);
}

} // namespace kj
