#include "ReportsView.h"

#include "Clock.h"
#include "Dialogs.h"
#include "ReportCsv.h"
#include "ReportDocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrinter>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kj {

ReportsView::ReportsView(Desk &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_kind(new QComboBox)
    , m_date(new QDateEdit)
    , m_fullPhone(new QCheckBox(tr("Full phone numbers")))
    , m_print(new QPushButton(tr("Print…")))
    , m_pdf(new QPushButton(tr("Save PDF…")))
    , m_csv(new QPushButton(tr("Save CSV…")))
    , m_preview(new QTextBrowser)
{
    m_kind->addItem(tr("Daily register"));
    m_kind->addItem(tr("Monthly recap"));
    m_date->setCalendarPopup(true);
    m_date->setDate(desk.today());
    m_date->setMinimumWidth(220);
    m_fullPhone->setEnabled(false);
    m_fullPhone->setToolTip(
        tr("Administrators only. Otherwise only the last 4 digits are shown and printed."));
    m_preview->setOpenLinks(false);
    // The page wraps to the view's width; the tables' outer borders alone would add a scroll bar.
    m_preview->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The printed page's HTML at the screen's font size (its sizes are relative to it).
    const QFont font = m_preview->font();
    m_preview->document()->setDefaultFont(font);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Report:")));
    bar->addWidget(m_kind);
    bar->addWidget(m_date);
    bar->addSpacing(12);
    bar->addWidget(m_fullPhone);
    bar->addStretch(1);
    bar->addWidget(m_print);
    bar->addWidget(m_pdf);
    bar->addWidget(m_csv);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_preview, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_date->setDisplayFormat(kind() == Kind::Daily ? u"dddd, d MMMM yyyy"_s : u"MMMM yyyy"_s);
        refresh();
    });
    connect(m_date, &QDateEdit::dateChanged, this, &ReportsView::refresh);
    connect(m_fullPhone, &QCheckBox::toggled, this, &ReportsView::refresh);
    connect(m_print, &QPushButton::clicked, this, &ReportsView::print);
    connect(m_pdf, &QPushButton::clicked, this, &ReportsView::savePdf);
    connect(m_csv, &QPushButton::clicked, this, &ReportsView::saveCsv);
    // Another officer's or process's change shows when the page is next looked at.
    connect(&m_desk, &Desk::changed, this, [this] {
        if (isVisible())
            refresh();
    });
    m_date->setDisplayFormat(u"dddd, d MMMM yyyy"_s);
    refresh();
}

void ReportsView::setOfficer(const std::optional<Officer> &officer)
{
    const bool admin = officer && officer->isAdmin();
    m_fullPhone->setChecked(false);
    m_fullPhone->setEnabled(admin);
}

void ReportsView::showReport(Kind kind, QDate date)
{
    const QSignalBlocker blockKind(m_kind);
    const QSignalBlocker blockDate(m_date);
    m_kind->setCurrentIndex(kind == Kind::Daily ? 0 : 1);
    m_date->setDisplayFormat(kind == Kind::Daily ? u"dddd, d MMMM yyyy"_s : u"MMMM yyyy"_s);
    m_date->setDate(date);
    refresh();
}

ReportsView::Kind ReportsView::kind() const
{
    return m_kind->currentIndex() == 0 ? Kind::Daily : Kind::Monthly;
}

QDate ReportsView::date() const
{
    return m_date->date();
}

void ReportsView::refresh()
{
    m_daily.reset();
    m_monthly.reset();
    m_html.clear();
    if (kind() == Kind::Daily) {
        auto report = Reports::dailyRegister(m_desk, date());
        if (report) {
            m_daily = *report;
            m_html = ReportDocument::html(*m_daily, m_fullPhone->isChecked());
        } else {
            m_preview->setPlainText(report.error().message);
        }
    } else {
        auto recap = Reports::monthlyRecap(m_desk, date());
        if (recap) {
            m_monthly = *recap;
            m_html = ReportDocument::html(*m_monthly);
        } else {
            m_preview->setPlainText(recap.error().message);
        }
    }
    if (!m_html.isEmpty())
        m_preview->setHtml(m_html);
    for (QPushButton *b : { m_print, m_pdf, m_csv })
        b->setEnabled(!m_html.isEmpty());
}

QString ReportsView::previewText() const
{
    return m_preview->toPlainText();
}

QString ReportsView::fileStem() const
{
    return kind() == Kind::Daily ? u"laporan-harian-"_s + date().toString(u"yyyy-MM-dd"_s)
                                 : u"rekap-bulanan-"_s + date().toString(u"yyyy-MM"_s);
}

bool ReportsView::print()
{
    if (m_html.isEmpty())
        return false;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReportDocument::pageLayout());
    printer.setDocName(fileStem());
    if (!Dialogs::choosePrinter(this, printer))
        return false;
    if (auto printed = ReportDocument::paint(m_html, printer); !printed) {
        Dialogs::error(this, printed.error());
        return false;
    }
    return true;
}

bool ReportsView::savePdf()
{
    if (m_html.isEmpty())
        return false;
    const auto file = Dialogs::saveFile(
        this, tr("Save the report as PDF"), fileStem() + u".pdf"_s, tr("PDF files (*.pdf)"));
    if (!file)
        return false;
    if (auto written = ReportDocument::writePdf(m_html, *file); !written) {
        Dialogs::error(this, written.error());
        return false;
    }
    Dialogs::info(this, tr("Saved: %1").arg(*file));
    return true;
}

bool ReportsView::saveCsv()
{
    if (!m_daily && !m_monthly)
        return false;
    const auto file = Dialogs::saveFile(
        this, tr("Save the report as CSV"), fileStem() + u".csv"_s, tr("CSV files (*.csv)"));
    if (!file)
        return false;
    const Result<void> written = m_daily ? ReportCsv::write(*m_daily, *file, m_fullPhone->isChecked())
                                         : ReportCsv::write(*m_monthly, *file);
    if (!written) {
        Dialogs::error(this, written.error());
        return false;
    }
    Dialogs::info(this, tr("Saved: %1").arg(*file));
    return true;
}

} // namespace kj
