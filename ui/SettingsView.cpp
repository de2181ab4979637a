#include "SettingsView.h"

#include "Desk.h"
#include "Dialogs.h"
#include "Event.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSqlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kj {

SettingsView::SettingsView(Desk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_defaultMinutes(new QSpinBox)
    , m_maxMinutes(new QSpinBox)
    , m_warningSeconds(new QSpinBox)
    , m_maxRetries(new QSpinBox)
    , m_stations(new QLineEdit)
    , m_facilityName(new QLineEdit)
    , m_facilityAddress(new QLineEdit)
    , m_facilityPhone(new QLineEdit)
    , m_officers(new QLabel)
    , m_history(new QLabel)
{
    // Wide ranges here: the core's validation decides and explains what is allowed.
    m_defaultMinutes->setRange(1, 120);
    m_maxMinutes->setRange(1, 120);
    m_warningSeconds->setRange(0, 3600);
    m_maxRetries->setRange(0, 20);
    m_defaultMinutes->setSuffix(tr(" min"));
    m_maxMinutes->setSuffix(tr(" min"));
    m_warningSeconds->setSuffix(tr(" s"));

    auto group = [](const QString &title, QFormLayout *&form) {
        auto *box = new QGroupBox(title);
        form = new QFormLayout(box);
        return box;
    };
    auto saveButton = [this](auto slot) {
        auto *b = new QPushButton(tr("Save"));
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    QFormLayout *form = nullptr;
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);

    layout->addWidget(group(tr("Call length"), form));
    form->addRow(tr("Default length"), m_defaultMinutes);
    form->addRow(tr("Maximum with extensions"), m_maxMinutes);
    form->addRow(tr("Warning before the end"), m_warningSeconds);
    form->addRow(saveButton(&SettingsView::saveCallLimits));

    layout->addWidget(group(tr("Stations and queue"), form));
    m_stations->setPlaceholderText(tr("Names separated by commas, e.g. 1, 2"));
    form->addRow(tr("Stations"), m_stations);
    form->addRow(saveButton(&SettingsView::saveStations));
    form->addRow(tr("\"No answer\" retries"), m_maxRetries);
    form->addRow(saveButton(&SettingsView::saveQueue));

    layout->addWidget(group(tr("Facility (for documents)"), form));
    form->addRow(tr("Name"), m_facilityName);
    form->addRow(tr("Address"), m_facilityAddress);
    form->addRow(tr("Phone"), m_facilityPhone);
    form->addRow(saveButton(&SettingsView::saveFacility));

    layout->addWidget(group(tr("Officers"), form));
    m_officers->setWordWrap(true);
    form->addRow(m_officers);
    auto *addOfficerButton = new QPushButton(tr("Add officer…"));
    connect(addOfficerButton, &QPushButton::clicked, this, &SettingsView::addOfficer);
    form->addRow(addOfficerButton);

    layout->addWidget(group(tr("Last changes"), form));
    m_history->setWordWrap(true);
    form->addRow(m_history);
    layout->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    // Filled when the page is opened (ConsoleWindow), not at start-up.
}

QString SettingsView::changedBy(const QString &key) const
{
    QSqlQuery q(m_desk.logbook().database());
    q.prepare(u"SELECT actor FROM settings WHERE key = ?"_s);
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return tr("default");
    const QString actor = q.value(0).toString();
    for (const Officer &o : m_desk.officers()) {
        if (actor == Actor::officer(o.id))
            return o.name;
    }
    return actor;
}

void SettingsView::load()
{
    const Settings &s = m_desk.settings();
    m_defaultMinutes->setValue(s.call.defaultMinutes);
    m_maxMinutes->setValue(s.call.maxMinutes);
    m_warningSeconds->setValue(s.call.warningSeconds);
    m_maxRetries->setValue(s.queue.maxRetries);
    m_stations->setText(s.stations.join(u", "_s));
    m_facilityName->setText(s.facility.name);
    m_facilityAddress->setText(s.facility.address);
    m_facilityPhone->setText(s.facility.phone);
    QStringList officers;
    for (const Officer &o : m_desk.officers())
        officers.append(o.isAdmin() ? tr("%1 (admin)").arg(o.name) : o.name);
    m_officers->setText(officers.join(u", "_s));
    m_history->setText(tr("Call length: %1 · Stations: %2 · Queue: %3 · Facility: %4")
                           .arg(changedBy(Settings::CallKey), changedBy(Settings::StationsKey),
                                changedBy(Settings::QueueKey), changedBy(Settings::FacilityKey)));
}

bool SettingsView::save(const QString &key, const QJsonObject &value)
{
    if (m_actor.isEmpty())
        return false;
    auto r = m_desk.changeSetting(key, value, m_actor);
    if (!r) {
        Dialogs::error(this, r.error());
        load();
        return false;
    }
    load();
    return true;
}

bool SettingsView::saveCallLimits()
{
    return save(Settings::CallKey, {{u"defaultMinutes"_s, m_defaultMinutes->value()},
                                    {u"maxMinutes"_s, m_maxMinutes->value()},
                                    {u"warningSeconds"_s, m_warningSeconds->value()}});
}

bool SettingsView::saveStations()
{
    QStringList names;
    for (const QString &n : m_stations->text().split(u',', Qt::SkipEmptyParts))
        if (!n.trimmed().isEmpty())
            names.append(n.trimmed());
    return save(Settings::StationsKey, {{u"names"_s, QJsonArray::fromStringList(names)}});
}

bool SettingsView::saveQueue()
{
    QJsonObject value = m_desk.settings().section(Settings::QueueKey);
    value.insert(u"maxRetries"_s, m_maxRetries->value());
    return save(Settings::QueueKey, value);
}

bool SettingsView::saveFacility()
{
    QJsonObject value = m_desk.settings().section(Settings::FacilityKey);
    value.insert(u"name"_s, m_facilityName->text().trimmed());
    value.insert(u"address"_s, m_facilityAddress->text().trimmed());
    value.insert(u"phone"_s, m_facilityPhone->text().trimmed());
    return save(Settings::FacilityKey, value);
}

bool SettingsView::addOfficer()
{
    if (m_actor.isEmpty())
        return false;
    FormField name{u"name"_s, tr("Name"), FormField::Kind::Text};
    name.required = true;
    FormField role{u"role"_s, tr("Role"), FormField::Kind::Choice};
    role.choices = {tr("Officer"), tr("Administrator")};
    role.choiceKeys = {u"officer"_s, u"admin"_s};
    FormField pin{u"pin"_s, tr("PIN"), FormField::Kind::Pin};
    pin.required = true;
    const auto answer = Dialogs::form(this, tr("Add an officer"), {name, role, pin});
    if (!answer)
        return false;
    auto r = m_desk.addOfficer(answer->value(u"name"_s).toString(), answer->value(u"role"_s).toString(),
                               answer->value(u"pin"_s).toString(), m_actor);
    if (!r) {
        Dialogs::error(this, r.error());
        return false;
    }
    load();
    return true;
}

} // namespace kj
