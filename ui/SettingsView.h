#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace kj {

class Desk;

// Pengaturan (admins only): call lengths, stations, retry limit, the facility's details and
// officers. Each save is one settings event through the Desk; the page shows who changed what.
class SettingsView : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsView(Desk &desk, QWidget *parent = nullptr);

    void setActor(const QString &actor) { m_actor = actor; }
    // Fills the fields from the Desk's settings.
    void load();

    // The fields, for the tests and the Save buttons.
    QSpinBox *defaultMinutes() const { return m_defaultMinutes; }
    QSpinBox *maxMinutes() const { return m_maxMinutes; }
    QSpinBox *warningSeconds() const { return m_warningSeconds; }
    QSpinBox *maxRetries() const { return m_maxRetries; }
    QLineEdit *stations() const { return m_stations; }
    QLineEdit *facilityName() const { return m_facilityName; }
    QLineEdit *facilityAddress() const { return m_facilityAddress; }

    bool saveCallLimits();
    bool saveStations();
    bool saveQueue();
    bool saveFacility();
    // The week table (cells and windows per weekday, "08:00-11:00, 13:00-14:30") and the
    // holidays ("2026-12-25 Natal", one a line); the core checks them.
    QTableWidget *week() const { return m_week; }
    QPlainTextEdit *holidays() const { return m_holidays; }
    bool saveSchedule();
    bool addOfficer(); // asks name, role and PIN

private:
    bool save(const QString &key, const QJsonObject &value);
    QString changedBy(const QString &key) const;

    Desk &m_desk;
    QString m_actor;
    QSpinBox *m_defaultMinutes;
    QSpinBox *m_maxMinutes;
    QSpinBox *m_warningSeconds;
    QSpinBox *m_maxRetries;
    QLineEdit *m_stations;
    QLineEdit *m_facilityName;
    QLineEdit *m_facilityAddress;
    QLineEdit *m_facilityPhone;
    QTableWidget *m_week;
    QPlainTextEdit *m_holidays;
    QLabel *m_officers;
    QLabel *m_history;
};

} // namespace kj
