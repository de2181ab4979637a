#pragma once

#include "Desk.h"
#include "Reports.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QPushButton;
class QTextBrowser;

namespace kj {

// Laporan: the daily register or the monthly recap of a chosen day or month, shown as it prints,
// then printed or saved as PDF or CSV. Phone numbers show only their last 4 digits unless an
// admin asks for them in full.
class ReportsView : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Daily, Monthly };

    explicit ReportsView(Desk &desk, QWidget *parent = nullptr);

    // Who is logged in: only an admin may see full phone numbers (and it is off again for the next).
    void setOfficer(const std::optional<Officer> &officer);
    void showReport(Kind kind, QDate date);
    Kind kind() const;
    QDate date() const;
    // Reads the report again (after a change in the logbook).
    void refresh();
    QString previewText() const;
    QCheckBox *fullPhoneBox() const { return m_fullPhone; }

    // Each asks through Dialogs; false when cancelled or failed (the error shown).
    bool print();
    bool savePdf();
    bool saveCsv();

private:
    QString fileStem() const;

    Desk &m_desk;
    QComboBox *m_kind;
    QDateEdit *m_date;
    QCheckBox *m_fullPhone;
    QPushButton *m_print;
    QPushButton *m_pdf;
    QPushButton *m_csv;
    QTextBrowser *m_preview;
    std::optional<DailyRegister> m_daily;
    std::optional<MonthlyRecap> m_monthly;
    QString m_html;
};

} // namespace kj
