#include "PinPage.h"

#include "KioskWidgets.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kj {

namespace {
constexpr int columns = 3;
} // namespace

PinPage::PinPage(QWidget *parent)
    : QWidget(parent)
    , m_message(KioskStyle::label(QString(), u"body"_s, this))
    , m_officers(new QGridLayout)
    , m_pad(new KioskPinPad(this))
{
    setObjectName(u"pin"_s);
    auto *layout = KioskStyle::pageLayout(this);
    m_message->setObjectName(u"pin-message"_s);
    layout->addWidget(m_message);
    m_officers->setSpacing(12);
    layout->addLayout(m_officers);
    auto *row = new QHBoxLayout;
    m_pad->setMaximumWidth(560);
    connect(m_pad, &KioskPinPad::entered, this, [this](const QString &pin) { emit entered(m_officer, pin); });
    row->addStretch(1);
    row->addWidget(m_pad, 2);
    row->addStretch(1);
    layout->addLayout(row, 1);
    auto *cancel = KioskStyle::button(tr("Cancel"), u"home"_s, this, u"secondary"_s);
    connect(cancel, &QPushButton::clicked, this, &PinPage::cancelled);
    layout->addWidget(cancel);
}

void PinPage::open(const QList<Officer> &officers)
{
    m_pad->clear();
    showInstruction();
    KioskStyle::clearLayout(m_officers);
    m_officer = officers.isEmpty() ? QString() : officers.first().name;
    for (int i = 0; i < officers.size(); ++i) {
        const QString name = officers[i].name;
        auto *b = KioskStyle::button(name, u"officer-"_s + QString::number(officers[i].id), this,
            name == m_officer ? u"primary"_s : u"secondary"_s);
        connect(b, &QPushButton::clicked, this, [this, name] { choose(name); });
        m_officers->addWidget(b, i / columns, i % columns);
        b->show(); // the layout would show it only at the next event loop turn
    }
}

void PinPage::choose(const QString &officer)
{
    m_officer = officer;
    for (int j = 0; j < m_officers->count(); ++j) {
        auto *other = qobject_cast<QPushButton *>(m_officers->itemAt(j)->widget());
        KioskStyle::setRole(other, other->text() == officer ? u"primary"_s : u"secondary"_s);
    }
}

void PinPage::showMessage(const QString &message)
{
    m_message->setText(message);
}

void PinPage::showInstruction()
{
    m_message->setText(tr("Officer: choose your name and enter your PIN to close the kiosk."));
}

void PinPage::clear()
{
    m_pad->clear();
}

void PinPage::setClosed(const QString &why)
{
    const bool closed = !why.isEmpty();
    if (closed) {
        m_pad->clear();
        m_message->setText(why);
    } else if (m_closed) {
        showInstruction();
    }
    m_closed = closed;
    m_pad->setEnabled(!closed);
}

} // namespace kj
