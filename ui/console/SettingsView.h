#pragma once

#include "Desk.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace kj {

class Announcer;

// Pengaturan (admins only): call lengths, the schedule (week, holidays, special days), stations,
// retry limit, the facility's details, officers and their PINs, the console's language, and the
// voice of the hall's call with a sound test. Each save is one event through the Desk; the page
// shows who made the last change of each part.
class SettingsView : public QWidget
{
    Q_OBJECT

public:
    SettingsView(Desk &desk, Announcer &announcer, QWidget *parent = nullptr);

    void setActor(const QString &actor) { m_actor = actor; }
    // Fills the fields from the Desk's settings.
    void load();

    // The fields, for the tests and the Save buttons.
    QSpinBox *defaultMinutes() const { return m_defaultMinutes; }
    QSpinBox *maxMinutes() const { return m_maxMinutes; }
    QSpinBox *warningSeconds() const { return m_warningSeconds; }
    // Why the maximum is above the published 10 minutes; asked only then, printed on the register.
    QLineEdit *maxReason() const { return m_maxReason; }
    QSpinBox *maxRetries() const { return m_maxRetries; }
    // Station names, comma separated, and below them one check box a station: "this desk PC".
    QLineEdit *stations() const { return m_stations; }
    QListWidget *deskPcStations() const { return m_deskPc; }
    QLineEdit *facilityName() const { return m_facilityName; }
    QLineEdit *facilityAddress() const { return m_facilityAddress; }

    bool saveCallLimits();
    bool saveStations();
    bool saveQueue();
    bool saveFacility();

    // The week table (cells and windows per weekday, "08.00-11.00, 13.00-14.30"), the holidays
    // ("2026-12-25 Natal", one a line) and the special days (a row each: date yyyy-mm-dd, cells
    // (empty = the weekday's), windows, note), saved together; the core checks them.
    QTableWidget *week() const { return m_week; }
    QPlainTextEdit *holidays() const { return m_holidays; }
    QTableWidget *specialDays() const { return m_special; }
    void addSpecialDayRow();
    bool removeSelectedSpecialDay();
    bool saveSchedule();

    // Officers, a row each (name, role, active or not), all of them: an inactive officer's name
    // stays in the record.
    QTableWidget *officers() const { return m_officers; }
    bool selectOfficer(const QString &name);
    bool addOfficer(); // asks name, role and PIN
    bool resetSelectedPin(); // asks the new PIN twice
    // Deactivates the selected officer (after a confirmation), or reactivates an inactive one.
    bool toggleSelectedOfficer();

    // Which voice speaks the hall's call, or that the chime calls alone; "Tes suara" sounds a call.
    QString voiceText() const;
    void testSound();

    // The console's language, applied at its next start.
    QComboBox *language() const { return m_language; }
    bool saveLanguage();

private:
    bool save(const QString &key, const QJsonObject &value);
    QString changedBy(const QString &key) const;
    std::optional<Officer> selectedOfficer() const;
    void updateOfficerButtons();
    void updateDeskPcList();
    void updateVoice();

    Desk &m_desk;
    Announcer &m_announcer;
    QString m_actor;
    QSpinBox *m_defaultMinutes;
    QSpinBox *m_maxMinutes;
    QSpinBox *m_warningSeconds;
    QLineEdit *m_maxReason;
    QSpinBox *m_maxRetries;
    QLineEdit *m_stations;
    QListWidget *m_deskPc;
    QLineEdit *m_facilityName;
    QLineEdit *m_facilityAddress;
    QLineEdit *m_facilityPhone;
    QTableWidget *m_week;
    QPlainTextEdit *m_holidays;
    QTableWidget *m_special;
    QTableWidget *m_officers;
    QPushButton *m_pinButton;
    QPushButton *m_activeButton;
    QComboBox *m_language;
    QLabel *m_voice;
    QLabel *m_history;
};

} // namespace kj
