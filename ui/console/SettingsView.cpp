#include "SettingsView.h"

#include "Announcer.h"
#include "Desk.h"
#include "Dialogs.h"
#include "Event.h"
#include "Labels.h"
#include "SpokenIndonesian.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kj {

namespace {

// ["12", "13"] → "12, 13", as the tables show lists of cells and windows.
QString joined(const QJsonValue &list)
{
    QStringList texts;
    for (const QJsonValue v : list.toArray())
        texts.append(v.toString());
    return texts.join(u", "_s);
}

// "1, 2, PC meja" → ["1", "2", "PC meja"], as the stations field is read.
QStringList stationNames(const QString &text)
{
    QStringList names;
    for (const QString &n : text.split(u',', Qt::SkipEmptyParts)) {
        if (!n.trimmed().isEmpty())
            names.append(n.trimmed());
    }
    return names;
}

// ["08:00-11:00"] → "08.00-11.00": stored with colons, shown the Indonesian way (the core reads both).
QString windowsText(const QJsonValue &list)
{
    return joined(list).replace(u':', u'.');
}

} // namespace

SettingsView::SettingsView(Desk &desk, Announcer &announcer, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_announcer(announcer)
    , m_defaultMinutes(new QSpinBox)
    , m_maxMinutes(new QSpinBox)
    , m_warningSeconds(new QSpinBox)
    , m_maxReason(new QLineEdit)
    , m_maxRetries(new QSpinBox)
    , m_stations(new QLineEdit)
    , m_deskPc(new QListWidget)
    , m_facilityName(new QLineEdit)
    , m_facilityAddress(new QLineEdit)
    , m_facilityPhone(new QLineEdit)
    , m_week(new QTableWidget(7, 2))
    , m_holidays(new QPlainTextEdit)
    , m_special(new QTableWidget(0, 4))
    , m_officers(new QTableWidget(0, 3))
    , m_pinButton(new QPushButton(tr("New PIN…")))
    , m_activeButton(new QPushButton(tr("Deactivate")))
    , m_language(new QComboBox)
    , m_voice(new QLabel)
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
    content->setMaximumWidth(980); // long fields are harder to read than a margin
    auto *layout = new QVBoxLayout(content);

    layout->addWidget(group(tr("Call length"), form));
    form->addRow(tr("Default length"), m_defaultMinutes);
    form->addRow(tr("Maximum with extensions"), m_maxMinutes);
    m_maxReason->setPlaceholderText(tr("Only above the published %1 minutes; printed on the daily register")
                                        .arg(CallLimits::publishedMaxMinutes));
    form->addRow(tr("Reason for a longer maximum"), m_maxReason);
    auto updateReason
        = [this] { m_maxReason->setEnabled(m_maxMinutes->value() > CallLimits::publishedMaxMinutes); };
    connect(m_maxMinutes, &QSpinBox::valueChanged, this, updateReason);
    updateReason();
    form->addRow(tr("Warning before the end"), m_warningSeconds);
    form->addRow(saveButton(&SettingsView::saveCallLimits));

    layout->addWidget(group(tr("Schedule"), form));
    m_week->setHorizontalHeaderLabels({ tr("Cells"), tr("Windows (e.g. 08.00-11.00)") });
    m_week->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    QStringList days;
    for (int d = 1; d <= 7; ++d)
        days.append(QLocale().dayName(d));
    m_week->setVerticalHeaderLabels(days);
    m_week->setMinimumHeight(m_week->verticalHeader()->defaultSectionSize() * 8 + 4);
    form->addRow(m_week);
    m_holidays->setPlaceholderText(tr("One a line: 2026-12-25 Natal"));
    m_holidays->setMaximumHeight(110);
    form->addRow(tr("Holidays"), m_holidays);
    m_special->setHorizontalHeaderLabels({ tr("Date (yyyy-mm-dd)"), tr("Cells (empty: the weekday's)"),
        tr("Windows (e.g. 08.00-11.00)"), tr("Note") });
    m_special->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_special->verticalHeader()->hide();
    m_special->setSelectionBehavior(QAbstractItemView::SelectRows);
    const int rowHeight = m_special->verticalHeader()->defaultSectionSize();
    m_special->setMinimumHeight(rowHeight * 4 + 4);
    m_special->setMaximumHeight(rowHeight * 7 + 4);
    m_special->setToolTip(
        tr("A date with its own cells and windows instead of its weekday's, e.g. Lebaran."));
    auto *specialButtons = new QHBoxLayout;
    auto *addSpecial = new QPushButton(tr("Add a special day"));
    connect(addSpecial, &QPushButton::clicked, this, &SettingsView::addSpecialDayRow);
    auto *removeSpecial = new QPushButton(tr("Remove the selected one"));
    connect(removeSpecial, &QPushButton::clicked, this, &SettingsView::removeSelectedSpecialDay);
    specialButtons->addWidget(addSpecial);
    specialButtons->addWidget(removeSpecial);
    specialButtons->addStretch(1);
    auto *specialBox = new QVBoxLayout;
    specialBox->addWidget(m_special);
    specialBox->addLayout(specialButtons);
    form->addRow(tr("Special days"), specialBox);
    form->addRow(saveButton(&SettingsView::saveSchedule));

    layout->addWidget(group(tr("Stations and queue"), form));
    m_stations->setPlaceholderText(tr("Names separated by commas, e.g. 1, 2"));
    form->addRow(tr("Stations"), m_stations);
    m_deskPc->setToolTip(
        tr("Tick a station that is this desk PC itself: its card opens the family's WhatsApp "
           "chat here instead of showing a code for a phone to scan."));
    m_deskPc->setMaximumHeight(rowHeight * 4 + 4);
    connect(m_stations, &QLineEdit::textChanged, this, &SettingsView::updateDeskPcList);
    form->addRow(tr("Station is this desk PC"), m_deskPc);
    form->addRow(saveButton(&SettingsView::saveStations));
    form->addRow(tr("\"No answer\" retries"), m_maxRetries);
    form->addRow(saveButton(&SettingsView::saveQueue));

    layout->addWidget(group(tr("Facility (for documents)"), form));
    form->addRow(tr("Name"), m_facilityName);
    form->addRow(tr("Address"), m_facilityAddress);
    form->addRow(tr("Phone"), m_facilityPhone);
    form->addRow(saveButton(&SettingsView::saveFacility));

    layout->addWidget(group(tr("Officers"), form));
    m_officers->setHorizontalHeaderLabels({ tr("Name"), tr("Role"), tr("State") });
    m_officers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_officers->verticalHeader()->hide();
    m_officers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_officers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_officers->setSelectionMode(QAbstractItemView::SingleSelection);
    m_officers->setMinimumHeight(rowHeight * 5 + 4);
    m_officers->setMaximumHeight(rowHeight * 9 + 4);
    connect(m_officers, &QTableWidget::itemSelectionChanged, this, &SettingsView::updateOfficerButtons);
    form->addRow(m_officers);
    auto *officerButtons = new QHBoxLayout;
    auto *addOfficerButton = new QPushButton(tr("Add officer…"));
    connect(addOfficerButton, &QPushButton::clicked, this, &SettingsView::addOfficer);
    connect(m_pinButton, &QPushButton::clicked, this, &SettingsView::resetSelectedPin);
    connect(m_activeButton, &QPushButton::clicked, this, &SettingsView::toggleSelectedOfficer);
    officerButtons->addWidget(addOfficerButton);
    officerButtons->addWidget(m_pinButton);
    officerButtons->addWidget(m_activeButton);
    officerButtons->addStretch(1);
    form->addRow(officerButtons);

    layout->addWidget(group(tr("Sound"), form));
    m_voice->setWordWrap(true);
    form->addRow(m_voice);
    auto *testButton = new QPushButton(tr("Test sound"));
    testButton->setObjectName(u"testSound"_s);
    testButton->setToolTip(tr("Sounds a call in the hall: the chime, then the voice"));
    connect(testButton, &QPushButton::clicked, this, &SettingsView::testSound);
    form->addRow(testButton);
    connect(&m_announcer, &Announcer::voiceChanged, this, &SettingsView::updateVoice);
    updateVoice();

    layout->addWidget(group(tr("Language"), form));
    // Each language by its own name.
    m_language->addItem(u"Bahasa Indonesia"_s, u"id"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    form->addRow(tr("Console language"), m_language);
    auto *languageNote
        = new QLabel(tr("Applied when Kunjungan next starts. The kiosk stays in Bahasa Indonesia; "
                        "--lang on the command line overrides this setting."));
    languageNote->setWordWrap(true);
    form->addRow(languageNote);
    form->addRow(saveButton(&SettingsView::saveLanguage));

    layout->addWidget(group(tr("Last changes"), form));
    m_history->setWordWrap(true);
    form->addRow(m_history);
    layout->addStretch(1);

    // Centred: on a wide screen the empty margin is shared, not all on the right.
    auto *centred = new QWidget;
    auto *centredLayout = new QHBoxLayout(centred);
    centredLayout->addWidget(content);
    auto *scroll = new QScrollArea;
    scroll->setWidget(centred);
    scroll->setWidgetResizable(true);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    // Filled when the page is opened (ConsoleWindow), not at start-up.
}

QString SettingsView::changedBy(const QString &key) const
{
    const QString actor = m_desk.service().settingChangedBy(key).valueOr({});
    return actor.isEmpty() ? tr("default") : Labels::actor(m_desk, actor);
}

void SettingsView::load()
{
    const Settings &s = m_desk.settings();
    m_defaultMinutes->setValue(s.call.defaultMinutes);
    m_maxMinutes->setValue(s.call.maxMinutes);
    m_warningSeconds->setValue(s.call.warningSeconds);
    m_maxReason->setText(s.call.maxReason);
    m_maxRetries->setValue(s.queue.maxRetries);
    m_stations->setText(s.stations.join(u", "_s));
    updateDeskPcList();
    for (int row = 0; row < m_deskPc->count(); ++row)
        m_deskPc->item(row)->setCheckState(s.isDeskPc(row + 1) ? Qt::Checked : Qt::Unchecked);
    m_facilityName->setText(s.facility.name);
    m_facilityAddress->setText(s.facility.address);
    m_facilityPhone->setText(s.facility.phone);
    const QJsonObject schedule = s.section(Settings::ScheduleKey);
    const QJsonArray week = schedule.value(u"week"_s).toArray();
    for (int d = 0; d < 7; ++d) {
        const QJsonObject day = week.at(d).toObject();
        m_week->setItem(d, 0, new QTableWidgetItem(joined(day.value(u"cells"_s))));
        m_week->setItem(d, 1, new QTableWidgetItem(windowsText(day.value(u"windows"_s))));
    }
    QStringList holidayLines;
    const QJsonObject holidays = schedule.value(u"holidays"_s).toObject();
    for (auto it = holidays.begin(); it != holidays.end(); ++it)
        holidayLines.append(it.key() + u' ' + it.value().toString());
    m_holidays->setPlainText(holidayLines.join(u'\n'));
    const QJsonObject special = schedule.value(u"special"_s).toObject();
    m_special->setRowCount(0);
    for (auto it = special.begin(); it != special.end(); ++it) {
        const QJsonObject day = it.value().toObject();
        addSpecialDayRow();
        const int row = m_special->rowCount() - 1;
        m_special->item(row, 0)->setText(it.key());
        m_special->item(row, 1)->setText(joined(day.value(u"cells"_s)));
        m_special->item(row, 2)->setText(windowsText(day.value(u"windows"_s)));
        m_special->item(row, 3)->setText(day.value(u"note"_s).toString());
    }

    const auto selected = selectedOfficer();
    const QList<Officer> officers = m_desk.officers().list(true).valueOr({});
    m_officers->setRowCount(int(officers.size()));
    for (int row = 0; row < officers.size(); ++row) {
        const Officer &o = officers[row];
        const QStringList cells = { o.name, o.isAdmin() ? tr("Administrator") : tr("Officer"),
            o.active ? tr("active") : tr("inactive") };
        for (int column = 0; column < cells.size(); ++column)
            m_officers->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    selectOfficer(selected ? selected->name : QString());
    updateOfficerButtons();

    m_language->setCurrentIndex(qMax(0, m_language->findData(s.language)));
    updateVoice();
    m_history->setText(tr("Last changed by — schedule: %1 · call length: %2 · stations: %3 · queue: %4 · "
                          "facility: %5 · language: %6")
                           .arg(changedBy(Settings::ScheduleKey), changedBy(Settings::CallKey),
                               changedBy(Settings::StationsKey), changedBy(Settings::QueueKey),
                               changedBy(Settings::FacilityKey), changedBy(Settings::LanguageKey)));
}

void SettingsView::addSpecialDayRow()
{
    const int row = m_special->rowCount();
    m_special->insertRow(row);
    for (int column = 0; column < m_special->columnCount(); ++column)
        m_special->setItem(row, column, new QTableWidgetItem);
}

bool SettingsView::removeSelectedSpecialDay()
{
    // The row the officer last touched (a selection can be a single cell).
    const int row = m_special->currentRow();
    if (row < 0)
        return false;
    m_special->removeRow(row);
    return true;
}

bool SettingsView::save(const QString &key, const QJsonObject &value)
{
    if (m_actor.isEmpty())
        return false;
    auto r = m_desk.service().changeSetting(key, value, m_actor);
    if (!r) {
        Dialogs::error(this, r.error()); // the fields keep what was typed, to be fixed
        return false;
    }
    load();
    return true;
}

bool SettingsView::saveCallLimits()
{
    return save(Settings::CallKey,
        { { u"defaultMinutes"_s, m_defaultMinutes->value() }, { u"maxMinutes"_s, m_maxMinutes->value() },
            { u"warningSeconds"_s, m_warningSeconds->value() },
            { u"maxReason"_s, m_maxReason->text().simplified() } });
}

bool SettingsView::saveSchedule()
{
    auto list = [](const QString &text) {
        QJsonArray items;
        for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
            if (!part.trimmed().isEmpty())
                items.append(part.trimmed().remove(u' '));
        return items;
    };
    QJsonObject value = m_desk.settings().section(Settings::ScheduleKey);
    QJsonArray week;
    for (int d = 0; d < 7; ++d) {
        const QString cells = m_week->item(d, 0) ? m_week->item(d, 0)->text() : QString();
        const QString windows = m_week->item(d, 1) ? m_week->item(d, 1)->text() : QString();
        week.append(QJsonObject { { u"cells"_s, list(cells) }, { u"windows"_s, list(windows) } });
    }
    value.insert(u"week"_s, week);
    QJsonObject holidays;
    const QStringList lines = m_holidays->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        const qsizetype space = trimmed.indexOf(u' ');
        const QString date = space < 0 ? trimmed : trimmed.left(space);
        if (!QDate::fromString(date, Qt::ISODate).isValid()) {
            Dialogs::error(this,
                { ErrorKind::InvalidInput, u"bad-date"_s, tr("Not a date (yyyy-mm-dd): %1").arg(trimmed) });
            return false;
        }
        holidays.insert(date, space < 0 ? QString() : trimmed.mid(space + 1).trimmed());
    }
    value.insert(u"holidays"_s, holidays);
    QJsonObject special;
    for (int row = 0; row < m_special->rowCount(); ++row) {
        auto text = [&](int column) {
            const QTableWidgetItem *item = m_special->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        if (text(0).isEmpty() && text(1).isEmpty() && text(2).isEmpty() && text(3).isEmpty())
            continue; // an added row left empty
        if (!QDate::fromString(text(0), Qt::ISODate).isValid()) {
            Dialogs::error(this,
                { ErrorKind::InvalidInput, u"bad-date"_s,
                    tr("Special day %1: not a date (yyyy-mm-dd): %2").arg(row + 1).arg(text(0)) });
            return false;
        }
        special.insert(text(0),
            QJsonObject {
                { u"cells"_s, list(text(1)) }, { u"windows"_s, list(text(2)) }, { u"note"_s, text(3) } });
    }
    value.insert(u"special"_s, special);
    return save(Settings::ScheduleKey, value);
}

void SettingsView::updateDeskPcList()
{
    // One box a station as typed; a station keeps its tick while the names around it change.
    QSet<QString> ticked;
    for (int row = 0; row < m_deskPc->count(); ++row) {
        if (m_deskPc->item(row)->checkState() == Qt::Checked)
            ticked.insert(m_deskPc->item(row)->data(Qt::UserRole).toString());
    }
    m_deskPc->clear();
    for (const QString &name : stationNames(m_stations->text())) {
        auto *item = new QListWidgetItem(tr("Station %1").arg(name), m_deskPc);
        item->setData(Qt::UserRole, name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(name) ? Qt::Checked : Qt::Unchecked);
    }
}

bool SettingsView::saveStations()
{
    QJsonArray deskPc;
    for (int row = 0; row < m_deskPc->count(); ++row)
        deskPc.append(m_deskPc->item(row)->checkState() == Qt::Checked);
    const QJsonArray names = QJsonArray::fromStringList(stationNames(m_stations->text()));
    return save(Settings::StationsKey, { { u"names"_s, names }, { u"deskPc"_s, deskPc } });
}

QString SettingsView::voiceText() const
{
    QString text;
    switch (m_announcer.voice()) {
    case Announcer::Voice::Looking:
        text = tr("Call voice: looking for an Indonesian voice…");
        break;
    case Announcer::Voice::Indonesian:
        text = tr(
            "Call voice: %1, in Indonesian. A call sounds the chime, then the voice reads the ticket, the "
            "name, the cell and the station.")
                   .arg(m_announcer.voiceName());
        break;
    case Announcer::Voice::None:
        text
            = tr("Call voice: no Indonesian voice is installed, so a call sounds the chime only. The package "
                 "speech-dispatcher-espeak-ng gives one.");
        break;
    }
    if (m_announcer.isMuted())
        text += u' ' + tr("The desk's sound is muted now.");
    return text;
}

void SettingsView::updateVoice()
{
    m_voice->setText(voiceText());
}

void SettingsView::testSound()
{
    const QString station = m_desk.settings().stations.value(0, u"1"_s);
    m_announcer.announceCall(
        u"Tes suara. "_s + SpokenIndonesian::call(u"A-001"_s, QString(), u"12"_s, station));
    updateVoice();
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

std::optional<Officer> SettingsView::selectedOfficer() const
{
    const auto rows = m_officers->selectionModel()->selectedRows();
    const QTableWidgetItem *item = rows.isEmpty() ? nullptr : m_officers->item(rows.first().row(), 0);
    if (!item)
        return std::nullopt;
    for (const Officer &o : m_desk.officers().list(true).valueOr({})) {
        if (o.name == item->text())
            return o;
    }
    return std::nullopt;
}

bool SettingsView::selectOfficer(const QString &name)
{
    for (int row = 0; row < m_officers->rowCount(); ++row) {
        if (!name.isEmpty() && m_officers->item(row, 0)->text() == name) {
            m_officers->selectRow(row);
            return true;
        }
    }
    m_officers->clearSelection();
    return false;
}

void SettingsView::updateOfficerButtons()
{
    const auto officer = selectedOfficer();
    m_pinButton->setEnabled(officer.has_value());
    m_activeButton->setEnabled(officer.has_value());
    m_activeButton->setText(officer && !officer->active ? tr("Reactivate") : tr("Deactivate"));
}

bool SettingsView::resetSelectedPin()
{
    const auto officer = selectedOfficer();
    if (!officer || m_actor.isEmpty())
        return false;
    const QString name = officer->name;
    FormField pin { u"pin"_s, tr("New PIN"), FormField::Kind::Pin };
    pin.required = true;
    FormField again { u"again"_s, tr("New PIN again"), FormField::Kind::Pin };
    again.required = true;
    const auto answer = Dialogs::form(this, tr("New PIN for %1").arg(name), { pin, again });
    if (!answer)
        return false;
    if (answer->value(u"pin"_s) != answer->value(u"again"_s)) {
        Dialogs::error(this, { ErrorKind::InvalidInput, u"pin-mismatch"_s, tr("The two PINs differ.") });
        return false;
    }
    auto r = m_desk.officers().setPin(name, answer->value(u"pin"_s).toString(), m_actor);
    if (!r) {
        Dialogs::error(this, r.error());
        return false;
    }
    Dialogs::info(this, tr("%1 has a new PIN.").arg(name));
    load();
    return true;
}

bool SettingsView::toggleSelectedOfficer()
{
    const auto officer = selectedOfficer();
    if (!officer || m_actor.isEmpty())
        return false;
    const QString name = officer->name;
    const bool activate = !officer->active;
    if (!activate
        && !Dialogs::confirm(this, tr("Deactivate an officer"),
            tr("%1 will no longer be able to sign in. Their name stays in the visiting book. "
               "Deactivate?")
                .arg(name))) {
        return false;
    }
    auto r = m_desk.officers().setActive(name, activate, m_actor);
    if (!r) {
        Dialogs::error(this, r.error());
        return false;
    }
    load();
    return true;
}

bool SettingsView::saveLanguage()
{
    if (!save(Settings::LanguageKey, { { u"code"_s, m_language->currentData().toString() } }))
        return false;
    Dialogs::info(this, tr("The language changes when Kunjungan next starts."));
    return true;
}

bool SettingsView::addOfficer()
{
    if (m_actor.isEmpty())
        return false;
    FormField name { u"name"_s, tr("Name"), FormField::Kind::Text };
    name.required = true;
    FormField role { u"role"_s, tr("Role"), FormField::Kind::Choice };
    role.choices = { tr("Officer"), tr("Administrator") };
    role.choiceKeys = { u"officer"_s, u"admin"_s };
    FormField pin { u"pin"_s, tr("PIN"), FormField::Kind::Pin };
    pin.required = true;
    const auto answer = Dialogs::form(this, tr("Add an officer"), { name, role, pin });
    if (!answer)
        return false;
    auto r = m_desk.officers().add(answer->value(u"name"_s).toString(), answer->value(u"role"_s).toString(),
        answer->value(u"pin"_s).toString(), m_actor);
    if (!r) {
        Dialogs::error(this, r.error());
        return false;
    }
    load();
    return true;
}

} // namespace kj
