#pragma once

#include "Reports.h"
#include "Result.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;

namespace kj {

// The reports as printed pages (QtGui only, so kunjungan-admin can write PDFs without widgets):
// HTML laid out by QTextDocument on landscape A4, the table header repeated on every page and
// "Page i of n" at the foot of each. The same pages go to a PDF file and to a printer.
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)

public:
    // fullPhone: whole phone numbers (admins only); otherwise only their last 4 digits.
    static QString html(const DailyRegister &report, bool fullPhone = false);
    static QString html(const MonthlyRecap &recap);

    static QPageLayout pageLayout(); // A4 landscape, 12 mm margins
    // Lays the HTML out on the device's pages and paints them, numbered. The device's page
    // layout is set to pageLayout() first.
    static Result<void> paint(const QString &html, QPagedPaintDevice &device);
    static Result<void> writePdf(const QString &html, const QString &file);
    static Result<void> writePdf(const DailyRegister &report, const QString &file);
    static Result<void> writePdf(const MonthlyRecap &recap, const QString &file);
};

} // namespace kj
