#include "RefusalPage.h"

#include "KioskWidgets.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kj {

RefusalPage::RefusalPage(QWidget *parent)
    : QWidget(parent)
    , m_title(KioskStyle::label(QString(), u"title"_s, this))
    , m_text(KioskStyle::label(QString(), u"refusal"_s, this))
    , m_hint(KioskStyle::label(QString(), u"hint"_s, this))
{
    setObjectName(u"refusal"_s);
    auto *layout = KioskStyle::pageLayout(this);
    m_title->setObjectName(u"refusal-title"_s);
    layout->addWidget(m_title);
    m_text->setObjectName(u"refusal-message"_s);
    m_hint->setObjectName(u"refusal-hint"_s);
    layout->addWidget(m_text);
    layout->addWidget(m_hint);
    layout->addStretch(1);
    auto *start = KioskStyle::button(tr("Back to the start"), u"home"_s, this);
    connect(start, &QPushButton::clicked, this, &RefusalPage::home);
    layout->addWidget(start);
}

// The Desk's message says what is wrong; the hint says what to do at the kiosk. A restriction's
// reason is for the officers: whoever taps that name here learns only that visits are suspended.
void RefusalPage::showRefusal(const Error &error)
{
    m_refusal = error;
    if (error.reason == u"restricted")
        m_refusal = Error::refused(error.reason, tr("Visits are suspended for you for now."));
    QString hint;
    if (error.reason == u"unknown-wbp")
        hint = tr("Check your register number with the officer at the desk.");
    else if (error.reason == u"schedule")
        hint = tr("Please come back at that time. The schedule is under \"Service information\".");
    else if (error.reason == u"restricted")
        hint = tr("Please contact the officer.");
    else if (error.reason == u"no-approved-contact")
        hint = tr("The officer can register and approve your family's number; then you can sign in here.");
    else if (error.reason == u"already-waiting")
        hint = tr("You are already in the queue with number %1. Please wait to be called.").arg(error.detail);
    else if (error.reason == u"already-called-today")
        hint = tr("Please come back then: you can sign in again on your cell's next visiting day.");
    else if (error.reason == u"weekly-quota")
        hint = tr("You can sign in again next week.");
    else
        hint = tr("Please ask the officer for help.");
    // A WBP who already had their call today is not refused: they had their turn.
    m_title->setText(error.reason == u"already-called-today" ? tr("You have already had your turn today")
                                                             : tr("You cannot sign in now"));
    m_text->setText(m_refusal.message);
    m_hint->setText(hint);
}

} // namespace kj
