#include "AdminCommands.h"

#include "Desk.h"
#include "Format.h"
#include "ReportCsv.h"
#include "Reports.h"
#include "Terminal.h"

#include <QLocale>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace kj {

// ---- reports ------------------------------------------------------------------------------

namespace {
Error noPdf()
{
    return Error::invalid(
        u"no-pdf"_s, AdminCommands::tr("This kunjungan-admin was built without PDF support; use --csv."));
}
} // namespace

int AdminCommands::reportDaily(const QString &date, const QString &pdf, const QString &csv)
{
    const auto day = parseDay(date);
    if (!day)
        return fail(badDay(date));
    if (!pdf.isEmpty() && !m_pdf.daily)
        return fail(noPdf());
    auto opened = openDesk(false);
    if (!opened)
        return fail(opened.error());
    const auto report = Reports::dailyRegister(*(*opened)->desk, *day);
    if (!report)
        return fail(report.error());
    if (!csv.isEmpty()) {
        if (auto written = ReportCsv::write(*report, csv); !written)
            return fail(written.error());
        m_out << tr("Daily register of %1 written to %2.").arg(Format::date(*day), csv) << '\n';
    }
    if (!pdf.isEmpty()) {
        if (auto written = m_pdf.daily(*report, pdf); !written)
            return fail(written.error());
        m_out << tr("Daily register of %1 written to %2.").arg(Format::date(*day), pdf) << '\n';
    }
    if (!csv.isEmpty() || !pdf.isEmpty())
        return 0;

    m_out << Reports::registerTitle() << '\n' << Format::date(*day) << '\n';
    if (report->lines.isEmpty()) {
        m_out << Reports::emptyDayText(*report) << '\n';
    } else {
        // The columns that fit a terminal; the PDF and the CSV have them all.
        static const QList<qsizetype> columns = { 0, 1, 2, 3, 4, 7, 8, 10, 11, 12, 13 };
        const QStringList headers = Reports::registerHeaders();
        QList<QStringList> rows;
        QStringList header;
        for (qsizetype c : columns)
            header.append(headers[c]);
        rows.append(header);
        for (qsizetype i = 0; i < report->lines.size(); ++i) {
            const QStringList cells = Reports::registerCells(*report, i, false);
            QStringList row;
            for (qsizetype c : columns)
                row.append(cells[c]);
            rows.append(row);
        }
        Terminal::printAligned(m_out, rows);
    }
    for (const auto &[label, value] : Reports::totalsText(report->totals))
        m_out << label << u": "_s << value << '\n';
    if (report->anchor)
        m_out << Reports::anchorText(*report->anchor) << '\n';
    return 0;
}

int AdminCommands::reportMonthly(const QString &month, const QString &pdf, const QString &csv)
{
    const QDate first = QDate::fromString(month.trimmed() + u"-01"_s, u"yyyy-MM-dd"_s);
    if (!first.isValid())
        return fail(Error::invalid(u"bad-month"_s, tr("Not a month (yyyy-mm): %1").arg(month)));
    if (!pdf.isEmpty() && !m_pdf.monthly)
        return fail(noPdf());
    auto opened = openDesk(false);
    if (!opened)
        return fail(opened.error());
    const auto recap = Reports::monthlyRecap(*(*opened)->desk, first);
    if (!recap)
        return fail(recap.error());
    const QString name = QLocale().toString(first, u"MMMM yyyy"_s);
    if (!csv.isEmpty()) {
        if (auto written = ReportCsv::write(*recap, csv); !written)
            return fail(written.error());
        m_out << tr("Monthly recap of %1 written to %2.").arg(name, csv) << '\n';
    }
    if (!pdf.isEmpty()) {
        if (auto written = m_pdf.monthly(*recap, pdf); !written)
            return fail(written.error());
        m_out << tr("Monthly recap of %1 written to %2.").arg(name, pdf) << '\n';
    }
    if (!csv.isEmpty() || !pdf.isEmpty())
        return 0;

    m_out << Reports::recapTitle(first) << '\n';
    QList<QStringList> rows { QStringList { QString() } + Reports::tallyHeaders() };
    for (const TallyRow &row : recap->byDay)
        rows.append(QStringList { row.label } + Reports::tallyCells(row.tally));
    rows.append(QStringList { tr("Month") } + Reports::tallyCells(recap->total));
    Terminal::printAligned(m_out, rows);
    const Ikm &ikm = recap->ikm;
    m_out << tr("IKM: %1, quality %2 (%n respondent(s))", nullptr, ikm.respondents)
                 .arg(Reports::decimal(ikm.index, 2), Reports::ikmCategoryLabel(ikm.category))
          << '\n';
    m_out << tr("Complaints: %1").arg(recap->complaints.size()) << '\n';
    m_out << tr("Restrictions in force: %1").arg(recap->restrictions.size()) << '\n';
    m_out << tr("Corrected lines: %1").arg(recap->corrected) << '\n';
    return 0;
}

} // namespace kj
