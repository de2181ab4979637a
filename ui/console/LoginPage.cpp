#include "LoginPage.h"

#include "Colours.h"
#include "Event.h"
#include "Format.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kj {

LoginPage::LoginPage(Desk &desk, const QString &demoHint, const QString &demoOfficer, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_demoOfficer(demoOfficer)
    , m_place(new QLabel)
    , m_heading(new QLabel)
    , m_hint(new QLabel(demoHint))
    , m_name(new QComboBox)
    , m_newName(new QLineEdit)
    , m_pin(new QLineEdit)
    , m_pinAgain(new QLineEdit)
    , m_pinAgainLabel(new QLabel(tr("PIN again")))
    , m_error(new QLabel)
    , m_submit(new QPushButton)
{
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setAlignment(Qt::AlignCenter);
    QFont larger = font();
    larger.setPointSizeF(larger.pointSizeF() * 1.25);
    m_place->setFont(larger);
    m_place->setAlignment(Qt::AlignCenter);
    m_place->setWordWrap(true);
    m_hint->setVisible(!demoHint.isEmpty());
    m_hint->setWordWrap(true);
    m_hint->setMargin(8);
    Colours::apply(m_hint, QColor(0x78350f), QColor(0xfef3c7));
    Colours::apply(m_error, QColor(0xb91c1c));
    m_error->setWordWrap(true);
    for (QLineEdit *pin : { m_pin, m_pinAgain }) {
        pin->setEchoMode(QLineEdit::Password);
        pin->setMaxLength(12);
    }
    m_submit->setDefault(true);
    m_submit->setMinimumHeight(36);

    auto *box = new QWidget;
    box->setMinimumWidth(380);
    box->setMaximumWidth(460);
    auto *form = new QFormLayout(box);
    form->addRow(m_place);
    form->addRow(m_heading);
    form->addRow(m_hint);
    form->addRow(tr("Officer"), m_name);
    form->addRow(tr("Name"), m_newName);
    form->addRow(tr("PIN"), m_pin);
    form->addRow(m_pinAgainLabel, m_pinAgain);
    form->addRow(m_error);
    form->addRow(m_submit);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(box, 0, Qt::AlignHCenter);
    outer->addStretch(2);

    auto go = [this] {
        submit(m_creating ? m_newName->text() : m_name->currentText(), m_pin->text(), m_pinAgain->text());
    };
    connect(m_submit, &QPushButton::clicked, this, go);
    connect(m_pin, &QLineEdit::returnPressed, this, go);
    connect(m_pinAgain, &QLineEdit::returnPressed, this, go);
    reset();
}

void LoginPage::reset()
{
    // Officers that cannot be read (the server does not answer) are not "no officers yet": the
    // page keeps the names it had.
    if (const auto officers = m_desk.officers().list()) {
        m_creating = officers->isEmpty();
        // The officer chosen before stays chosen; at first the one the demo hint names.
        const QString current = m_name->count() > 0 ? m_name->currentText() : m_demoOfficer;
        m_name->clear();
        for (const Officer &o : *officers)
            m_name->addItem(o.name);
        if (!current.isEmpty())
            m_name->setCurrentText(current);
    }
    m_place->setText(m_desk.settings().facility.name + u'\n' + tr("Online visiting service (video call)")
        + u'\n' + Format::date(m_desk.today()));
    m_heading->setText(m_creating ? tr("First start: create the administrator") : tr("Sign in"));
    m_submit->setText(m_creating ? tr("Create and sign in") : tr("Sign in"));
    m_name->setVisible(!m_creating);
    if (auto *form = qobject_cast<QFormLayout *>(m_name->parentWidget()->layout())) {
        form->setRowVisible(m_name, !m_creating);
        form->setRowVisible(m_newName, m_creating);
        form->setRowVisible(m_pinAgain, m_creating);
    }
    m_pin->clear();
    m_pinAgain->clear();
    m_error->clear();
    m_pin->setFocus();
}

QString LoginPage::chosenOfficer() const
{
    return m_name->currentText();
}

QString LoginPage::errorText() const
{
    return m_error->text();
}

void LoginPage::showError(const Error &error)
{
    m_lastReason = error.reason;
    m_error->setText(error.message);
    m_pin->clear();
    m_pinAgain->clear();
}

bool LoginPage::submit(const QString &name, const QString &pin, const QString &pinAgain)
{
    m_lastReason.clear();
    if (m_creating) {
        if (pin != pinAgain) {
            showError({ ErrorKind::InvalidInput, u"pin-mismatch"_s, tr("The two PINs are not the same.") });
            return false;
        }
        if (auto added = m_desk.officers().addFirstAdmin(name, pin); !added) {
            showError(added.error());
            return false;
        }
    }
    auto officer = m_desk.officers().login(name, pin);
    if (!officer) {
        showError(officer.error());
        return false;
    }
    m_error->clear();
    m_pin->clear();
    m_pinAgain->clear();
    emit loggedIn(*officer);
    return true;
}

} // namespace kj
