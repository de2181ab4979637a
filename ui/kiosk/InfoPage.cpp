#include "InfoPage.h"

#include "KioskInfo.h"
#include "KioskWidgets.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kj {

InfoPage::InfoPage(Desk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_title(KioskStyle::label(QString(), u"title"_s, this))
    , m_text(KioskStyle::label(QString(), u"info"_s, this))
{
    setObjectName(u"info"_s);
    auto *layout = KioskStyle::pageLayout(this);
    auto *row = new QHBoxLayout;
    row->setSpacing(32);
    auto *menu = new QVBoxLayout;
    menu->setSpacing(KioskStyle::gap);
    for (const KioskInfo::Section &section : KioskInfo::sections(m_desk)) {
        auto *b = KioskStyle::button(section.title, u"info-"_s + section.key, this, u"secondary"_s);
        const QString key = section.key;
        connect(b, &QPushButton::clicked, this, [this, key] { showSection(key); });
        menu->addWidget(b);
    }
    menu->addStretch(1);
    row->addLayout(menu, 2);
    // Back under the text: the seven sections alone fill the menu's height.
    auto *text = new QVBoxLayout;
    m_text->setObjectName(u"info-text"_s);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    text->addWidget(m_title);
    text->addWidget(m_text, 1);
    auto *back = KioskStyle::button(tr("◀ Back"), u"home"_s, this, u"secondary"_s);
    connect(back, &QPushButton::clicked, this, &InfoPage::home);
    text->addWidget(back);
    row->addLayout(text, 5);
    layout->addLayout(row, 1);
}

void InfoPage::showSection(const QString &key)
{
    for (const KioskInfo::Section &section : KioskInfo::sections(m_desk)) {
        if (section.key == key) {
            m_title->setText(section.title);
            m_text->setText(section.text);
        }
        // The open section's button is the yellow one, so the reader sees where they are.
        if (auto *b = findChild<QPushButton *>(u"info-"_s + section.key))
            KioskStyle::setRole(b, section.key == key ? u"primary"_s : u"secondary"_s);
    }
}

} // namespace kj
