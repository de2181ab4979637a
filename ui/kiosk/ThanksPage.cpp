#include "ThanksPage.h"

#include "KioskWidgets.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kj {

ThanksPage::ThanksPage(QWidget *parent)
    : QWidget(parent)
    , m_note(KioskStyle::label(QString(), u"body"_s, this))
{
    setObjectName(u"thanks"_s);
    auto *layout = KioskStyle::pageLayout(this);
    layout->addStretch(1);
    auto *title = KioskStyle::label(tr("Thank you for your answers."), u"title"_s, this);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    m_note->setObjectName(u"thanks-note"_s);
    m_note->setAlignment(Qt::AlignCenter);
    m_note->hide();
    layout->addWidget(m_note);
    layout->addStretch(1);
    auto *start = KioskStyle::button(tr("Back to the start"), u"home"_s, this);
    connect(start, &QPushButton::clicked, this, &ThanksPage::home);
    layout->addWidget(start);
}

void ThanksPage::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

} // namespace kj
